/**
 * A real LSP client for the protocol tests: spawns the BUILT server (`server/bin/warmly-language-server.js
 * --stdio`) and drives it with vscode-languageserver-protocol over the child's stdio.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SERVER_BIN = join(ROOT, 'server', 'bin', 'warmly-language-server.js');

/** The tests run the bundle a user runs; build it when a subset is run without `npm test`. */
export function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'server', 'dist', 'server.js'))) return;
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Building the server bundle failed: run "node esbuild.mjs"');
}

/**
 * Every server a test starts, until it exits. A test that fails or times out before its `client.stop()` must not
 * leave a server behind: a live child keeps the test file's process (and so `npm test`) from ever finishing.
 */
const live = new Set<ChildProcess>();
function killAll(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}
// Under `node --test` (NODE_TEST_CONTEXT is set in each test file's process) the file's last hook ends them; the
// exit handler covers a process that ends another way. Outside the test runner (bench) only the exit handler.
if (process.env.NODE_TEST_CONTEXT) after(killAll);
process.on('exit', killAll);

export function tempWorkspace(prefix = 'warmly-lsp-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const uriOf = (path: string) => pathToFileURL(path).href;

export interface StartOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  workspaceFolder?: string;
  /** Answers `workspace/configuration`; only used when the capabilities advertise it. */
  configuration?: (items: { scopeUri?: string; section?: string }[]) => unknown[];
  /** Whether `workspace/applyEdit` succeeds. */
  applyEdit?: (edit: WorkspaceEdit) => boolean;
  /** Another server launcher to run instead of the repository's bin (the installed package's, in test/package). */
  serverBin?: string;
  /** Node options for the server process (the soak test passes --expose-gc). */
  nodeArgs?: string[];
}

/** Capabilities of a typical push-diagnostics client (like Neovim 0.7 or Helix). */
export const PUSH_CLIENT: ClientCapabilities = {
  workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { didSave: true },
    publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
  window: { showDocument: { support: true } },
};

export class Client {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly registrations: Registration[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly shownDocuments: string[] = [];
  readonly logs: string[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  private waiters: (() => void)[] = [];
  private stderr = '';

  private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection) {}

  static async start(options: StartOptions = {}): Promise<Client> {
    if (!options.serverBin) ensureBuilt();
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.serverBin ?? SERVER_BIN, '--stdio'], { cwd: options.workspaceFolder ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    live.add(child);
    child.once('exit', () => live.delete(child));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new Client(child, connection);
    child.stderr!.on('data', (d) => { client.stderr += String(d); });
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = client.diagnostics.get(p.uri) ?? [];
      list.push(p);
      client.diagnostics.set(p.uri, list);
      client.wake();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => { client.logs.push(p.message); });
    connection.onUnhandledNotification((m) => { client.notifications.push({ method: m.method, params: m.params }); client.wake(); });
    connection.onRequest(RegistrationRequest.type, (p) => { client.registrations.push(...p.registrations); client.wake(); });
    connection.onRequest(ConfigurationRequest.type, (p) => (options.configuration ? options.configuration(p.items) : p.items.map(() => null)));
    connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      client.appliedEdits.push(p.edit);
      return { applied: options.applyEdit ? options.applyEdit(p.edit) : true };
    });
    connection.onRequest(ShowDocumentRequest.type, (p) => { client.shownDocuments.push(p.uri); return { success: true }; });
    connection.listen();
    const folder = options.workspaceFolder;
    const init = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? uriOf(folder) : null,
      workspaceFolders: folder ? [{ uri: uriOf(folder), name: 'ws' }] : null,
      capabilities: options.capabilities ?? PUSH_CLIENT,
      initializationOptions: options.initializationOptions ?? { settings: { debounceMs: 0 } },
    });
    client.initializeResult = init as { capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } };
    await connection.sendNotification('initialized', {});
    return client;
  }

  initializeResult!: { capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } };

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves when `check` returns a value, re-checked on every message from the server. */
  async until<T>(check: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}. Server stderr:\n${this.stderr}\nLogs:\n${this.logs.join('\n')}`);
      await new Promise<void>((res) => {
        const t = setTimeout(res, Math.min(left, 200));
        this.waiters.push(() => { clearTimeout(t); res(); });
      });
    }
  }

  /** The first diagnostics published for `uri` at `version` (or, for config files, any). */
  waitForDiagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.until(() => this.diagnostics.get(uri)?.find((p) => version === undefined || p.version === version)?.diagnostics, `diagnostics for ${uri}@${version}`, timeoutMs);
  }

  /** The latest diagnostics for `uri` that satisfy `accept`. */
  waitForLatest(uri: string, accept: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    return this.until(() => {
      const list = this.diagnostics.get(uri);
      const last = list?.[list.length - 1];
      return last && accept(last.diagnostics) ? last.diagnostics : undefined;
    }, what);
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((res) => {
      if (this.child.exitCode !== null) res(this.child.exitCode);
      else this.child.once('exit', (code) => res(code));
    });
    // A server that ignores shutdown is killed; the exit code then says so (null).
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), exited]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; the exit code below tells.
    }
    const code = await exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }

  get serverStderr(): string {
    return this.stderr;
  }
}

/** Applies the edits a workspace edit makes to one document (documentChanges or changes). */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit, version?: number): string {
  const edits: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) {
      if (version !== undefined && change.textDocument.version !== null && change.textDocument.version !== version) {
        throw new Error(`edit is for version ${change.textDocument.version}, document is at ${version}`);
      }
      edits.push(...(change.edits as TextEdit[]));
    }
  }
  edits.push(...(edit.changes?.[uri] ?? []));
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, text), edits);
}

/** The text a diagnostic's range covers. */
export function textAt(text: string, d: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }): string {
  const doc = TextDocument.create('x:', 'plaintext', 0, text);
  return text.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end));
}

/**
 * The built server over stdio for one test file, on a fresh temporary workspace: started before the file's tests
 * (handed to `started`), stopped after them.
 */
export function serverForFile(started: (client: Client, dir: string) => void): void {
  let client: Client | undefined;
  before(async () => {
    ensureBuilt();
    const dir = tempWorkspace();
    client = await Client.start({ workspaceFolder: dir });
    started(client, dir);
  });
  after(async () => {
    await client?.stop();
  });
}
