// A bare LSP client over a child's stdio, for timing: push diagnostics only, settings via initializationOptions.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { serverBin } from './paths.mjs';

/** Starts the server; `firstDiagnostics` and `waitFor` resolve when publishDiagnostics for a uri/version arrives. */
/** `nodeArgs` go to the server's Node (e.g. `--cpu-prof` to profile its start-up). */
export async function startServer({ settings = {}, nodeArgs = [] } = {}) {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  // When each write to the server was issued and its size: the 2 MB didOpen leaves the client only after the
  // client has encoded it (tens of milliseconds here), which smallWhileBig reports apart from the server's part.
  const writes = [];
  const write = child.stdin.write.bind(child.stdin);
  child.stdin.write = (chunk, ...rest) => {
    writes.push({ at: performance.now(), bytes: chunk.length });
    if (writes.length > 64) writes.shift();
    return write(chunk, ...rest);
  };
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}#${p.version ?? ''}`;
    const w = waiters.get(key) ?? waiters.get(`${p.uri}#*`);
    if (w) { waiters.delete(key); waiters.delete(`${p.uri}#*`); w({ at: performance.now(), count: p.diagnostics.length }); }
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.listen();

  const waitFor = (uri, version = '*', timeoutMs = 30_000) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; server stderr: ${stderr.slice(-500)}`)), timeoutMs);
    waiters.set(`${uri}#${version}`, (r) => { clearTimeout(timer); resolve(r); });
  });

  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: { settings },
  });
  connection.sendNotification('initialized', {});

  return {
    child,
    spawnedAt,
    /** When the first write of at least `bytes` issued after `since` left the client (undefined: none yet). */
    writtenAt(bytes, since) {
      return writes.find((w) => w.at >= since && w.bytes >= bytes)?.at;
    },
    open(uri, languageId, text, version = 1) {
      const done = waitFor(uri, version);
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
      return done;
    },
    change(uri, version, contentChanges) {
      const done = waitFor(uri, version);
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
      return done;
    },
    /** Resident set size now and at its peak, from /proc (Linux). */
    memory() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+)`, 'm'))?.[1]);
      return { rssKb: kb('VmRSS'), peakRssKb: kb('VmHWM') };
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        connection.sendNotification('exit');
      } catch { /* already gone */ }
      await new Promise((resolve) => { if (child.exitCode !== null) resolve(); else child.once('exit', resolve); setTimeout(resolve, 2000); });
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
}
