/**
 * `warmly-language-server`: Warmly over the Language Server Protocol.
 * Transports: `--stdio` (any editor) and `--node-ipc` (VS Code's language client); `--socket=<port>` also works.
 */
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  type Connection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { FrameWriter } from './frame-writer';
import { LifecycleGuard } from './lifecycle-guard';
import { startServer, VERSION } from './server';
import { compileRegexpsOnce } from '../regexp-tuning';
import { loadPhraseSnapshot } from '../phrase-snapshot';

const HELP = `Usage: warmly-language-server [--stdio | --node-ipc]

Speaks the Language Server Protocol so any editor can show Warmly's warnings and quick fixes.

Options:
  --stdio       talk LSP over standard input and output (Neovim, Helix, Zed, Emacs, ...)
  --node-ipc    talk LSP over Node's IPC channel (VS Code's language client)
  --version     print the version
  -h, --help    show this help
`;

const argv = process.argv.slice(2);
if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
} else if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(HELP);
} else if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe') || a.startsWith('--clientProcessId'))) {
  process.stderr.write(`warmly-language-server: choose a transport, e.g. --stdio\n\n${HELP}`);
  process.exitCode = 2;
} else {
  // With stdio, console.log would corrupt the stream.
  compileRegexpsOnce();
  loadPhraseSnapshot();
  const connection = connect();
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  process.on('uncaughtException', (error) => connection.console.error(`[warmly] uncaught: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`[warmly] unhandled rejection: ${String(reason)}`));
  startServer(connection);
}

/**
 * The connection for the transport on the command line. For stdio and node-ipc the reader is wrapped in the
 * lifecycle guard (errors before `initialize` and after `shutdown`, exit on a broken header); sockets and pipes
 * are left to the library, which reads the transport from process.argv.
 */
function connect(): Connection {
  let reader: MessageReader | undefined;
  let writer: MessageWriter | undefined;
  if (argv.includes('--stdio')) {
    reader = new StreamMessageReader(process.stdin);
    writer = new FrameWriter(process.stdout);
  } else if (argv.includes('--node-ipc')) {
    reader = new IPCMessageReader(process);
    writer = new IPCMessageWriter(process);
  }
  if (!reader || !writer) return createConnection(ProposedFeatures.all);
  const guarded = new LifecycleGuard(reader, writer, (reason) => {
    process.stderr.write(`warmly-language-server: ${reason}; ending the connection so the client can restart the server\n`);
    process.exit(1);
  });
  return createConnection(ProposedFeatures.all, guarded, writer);
}
