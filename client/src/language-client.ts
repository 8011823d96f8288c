/**
 * Starts the bundled language server (`server/dist/server.js`) over node IPC and keeps it running:
 * if it dies, it is restarted and the user is told once.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CONFIG_FILE_GLOB, DOCUMENT_SELECTOR } from './languages';

export const CLIENT_ID = 'warmly';
const CLIENT_NAME = 'Warmly';

/** What the server is told at start-up. `trusted: false` asks it to ignore config files in the workspace. */
export interface InitializationOptions {
  trusted: boolean;
}

/** More crashes than this within the window and we stop restarting: something is deeply wrong. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60_000;

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };

  const crashes: number[] = [];
  let toldUser = false;

  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    initializationOptions: { trusted: vscode.workspace.isTrusted } satisfies InitializationOptions,
    synchronize: {
      configurationSection: 'warmly',
      fileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_FILE_GLOB),
    },
    diagnosticCollectionName: 'warmly',
    errorHandler: {
      error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        const now = Date.now();
        crashes.push(now);
        while (crashes.length && crashes[0] < now - RESTART_WINDOW_MS) crashes.shift();
        if (crashes.length > MAX_RESTARTS) {
          return {
            action: CloseAction.DoNotRestart,
            message: 'Warmly\'s language server stopped 5 times in 3 minutes, so it stays off. Run "Warmly: Restart server" to try again.',
          };
        }
        if (!toldUser) {
          toldUser = true;
          void vscode.window
            .showWarningMessage('Warmly\'s language server stopped unexpectedly and was restarted.', 'Show log')
            .then((choice) => choice && output.show(true));
        }
        return { action: CloseAction.Restart, handled: true };
      },
    },
    middleware: {
      // The server reads the `warmly` section; tell it alongside whether the folder is trusted, because a
      // trust decision can change while the server runs.
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value, i) =>
            params.items[i]?.section === 'warmly' && value && typeof value === 'object'
              ? { ...value, trusted: vscode.workspace.isTrusted }
              : value,
          );
        },
      },
      // `warmly.enable: false` hides findings at once, whatever the server does with the setting.
      handleDiagnostics: (uri, diagnostics, next) => {
        const enabled = vscode.workspace.getConfiguration('warmly', uri).get<boolean>('enable', true);
        next(uri, enabled ? diagnostics : []);
      },
    },
  };

  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
