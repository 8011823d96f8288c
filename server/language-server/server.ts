/**
 * The Warmly language server: wires the LSP connection to the engine. It holds no rule logic; it decides when
 * to lint, with which options, and turns findings into diagnostics, code actions and hovers. The state and the
 * linting core live in Session (session.ts); this file registers the handlers, grouped by what they serve.
 */
import { basename } from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ResponseError,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeLens,
  type Connection,
  type InitializeResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { docsUrl, type Finding } from '../engine';
import { fixText, lint, rules } from '../linter';
import serverPackage from '../package.json';
import {
  DEBUG_DOCUMENT_STATES_REQUEST,
  DEBUG_HEAP_REQUEST,
  type HeapSnapshot,
  isTrusted,
  RULES_REQUEST,
  STATUS_NOTIFICATION,
  type InitializationOptions,
  type RulesResult,
  WARMTH_REQUEST,
  type WarmthResult,
} from '../../shared/protocol';
import { codeActions, COMMAND_FIX_ALL, COMMAND_SHOW_DOCUMENTATION, editFor, FIX_ALL_KIND, minimalEdit } from './code-actions';
import { createConfigSource, type ConfigSource } from './config-source';
import { SOURCE } from './diagnostics';
import type { DocumentStatesSnapshot } from './document-states';
import { hoverAt } from './hover';
import { isBig, pathOf, Session } from './session';
import { sameInOtherLocales } from './sibling-locales';
import { DEFAULT_SETTINGS, readSettings } from './settings';
import { warmthLens } from './warmth';

export const VERSION: string = serverPackage.version;

/** What a client may pass in `initializationOptions` (shared with the VS Code client). */
export type { InitializationOptions };

export { STATUS_NOTIFICATION };

export const UNTRUSTED_NOTICE = 'untrusted workspace: Warmly reads no config file here (.warmlyrc*, warmly.config.*, package.json "warmly") and lints with your user settings only; trust the folder to use its configuration';

export function startServer(connection: Connection, configSource: ConfigSource = createConfigSource()): void {
  const session = new Session(connection, configSource);
  registerLifecycle(session);
  registerConfigChanges(session);
  registerDocumentSync(session);
  registerPullDiagnostics(session);
  registerEditorFeatures(session);
  registerCommands(session);
  registerWarmlyRequests(session);
  connection.onShutdown(() => {
    for (const doc of session.documents.all()) session.scheduler.forget(doc.uri);
    session.runner.dispose();
  });
  session.documents.listen(connection);
  connection.listen();
}

function registerLifecycle(session: Session): void {
  const { connection } = session;
  connection.onInitialize((params): InitializeResult => {
    session.capabilities = params.capabilities;
    session.initOptions = (params.initializationOptions ?? {}) as InitializationOptions;
    session.baseSettings = readSettings(session.initOptions.settings, DEFAULT_SETTINGS);
    session.trusted = isTrusted(session.initOptions);
    session.configSource.setWorkspaceTrust(session.trusted);
    session.pullMode = Boolean(session.capabilities.textDocument?.diagnostic);
    session.workspaceRoots = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter(Boolean);
    if (session.workspaceRoots.length === 0 && params.rootUri) session.workspaceRoots = [pathOf(params.rootUri)].filter(Boolean);
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [COMMAND_SHOW_DOCUMENTATION, COMMAND_FIX_ALL] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'warmly-language-server', version: VERSION },
    };
    if (session.pullMode) {
      result.capabilities.diagnosticProvider = { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: true };
    }
    return result;
  });

  connection.onInitialized(
    session.safe('initialized', undefined, async () => {
      const { capabilities } = session;
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        const names = [...new Set([...session.configSource.fileNames, 'package.json'])];
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: names.map((name) => ({ globPattern: `**/${name}` })),
        });
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          const removed = new Set(e.removed.map((f) => pathOf(f.uri)));
          session.workspaceRoots = [...session.workspaceRoots.filter((r) => !removed.has(r)), ...e.added.map((f) => pathOf(f.uri)).filter(Boolean)];
        });
      }
      session.log(`ready (${session.pullMode ? 'pull' : 'push'} diagnostics)`);
      if (!session.trusted) session.log(UNTRUSTED_NOTICE);
    }),
  );
}

function registerConfigChanges(session: Session): void {
  const { connection, configSource } = session;
  connection.onDidChangeConfiguration(
    session.safe('didChangeConfiguration', undefined, (params) => {
      // Clients without workspace/configuration send the settings along; others are asked again per document.
      if (!session.supportsConfiguration() && params.settings && typeof params.settings === 'object') {
        session.baseSettings = readSettings(params.settings, readSettings(session.initOptions.settings, DEFAULT_SETTINGS));
      }
      session.revalidateAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    session.safe('didChangeWatchedFiles', undefined, (params) => {
      configSource.clearCache();
      // An untrusted workspace's config files are not read, not even to report problems in them.
      for (const change of session.trusted ? params.changes : []) {
        const path = pathOf(change.uri);
        if (!path || basename(path) === 'package.json') continue;
        const problems = change.type === FileChangeType.Deleted ? undefined : configSource.checkFile(path);
        if (problems === undefined) { session.configProblems.clear(path); continue; }
        if (problems.length) session.configProblems.publish(path, problems);
        else session.configProblems.clear(path);
      }
      session.revalidateAll();
    }),
  );
}

function registerDocumentSync(session: Session): void {
  const { documents, states } = session;
  documents.onDidOpen(
    session.safe('didOpen', undefined, (e) => {
      states.of(e.document.uri).openedAt = e.document.version;
      return session.validate(e.document, 'open');
    }),
  );
  documents.onDidChangeContent(
    session.safe('didChange', undefined, (e) => {
      if (states.of(e.document.uri).openedAt === e.document.version) return;
      return session.validate(e.document, 'change');
    }),
  );
  documents.onDidSave(session.safe('didSave', undefined, (e) => session.validate(e.document, 'save')));
  documents.onDidClose(
    session.safe('didClose', undefined, (e) => {
      const uri = e.document.uri;
      states.forget(uri);
      session.forgetLints(uri);
      if (!session.pullMode) void session.connection.sendDiagnostics({ uri, diagnostics: [] });
    }),
  );
}

function registerPullDiagnostics(session: Session): void {
  const { connection, documents } = session;
  connection.languages.diagnostics.on(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: 'full', items: [] };
    try {
      return await session.report(doc, params.previousResultId);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      session.logError(`diagnostics ${doc.uri}`, error);
      return { kind: 'full', items: [] };
    }
  });

  connection.languages.diagnostics.onWorkspace(
    session.safe('workspace/diagnostic', { items: [] }, async (params) => {
      const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const doc of documents.all()) {
        try {
          const r = await session.report(doc, previous.get(doc.uri));
          items.push({ ...r, uri: doc.uri, version: doc.version } as WorkspaceDocumentDiagnosticReport);
        } catch (error) {
          if (!(error instanceof ResponseError)) session.logError(`workspace diagnostics ${doc.uri}`, error);
        }
      }
      return { items };
    }),
  );
}

function registerEditorFeatures(session: Session): void {
  const { connection, documents } = session;
  connection.onCodeAction(
    session.safe('codeAction', [] as CodeAction[], async (params) => {
      const doc = documents.get(params.textDocument.uri);
      const settled = doc && (await session.settled(doc));
      if (!settled) return [];
      const { doc: current, config } = settled;
      // The lint for this version: the finished one, or the one under way (shared, never a second run).
      // A big document whose lint is under way answers from the last one, carried over to its text.
      const { findings, format } = session.answerableLint(current, config) ?? (await session.findingsOf(current, config));
      // Edits must fit the text they were computed for: a document that moved on meanwhile gets none.
      if (!session.states.current(current.uri, current.version)) return [];
      const text = current.getText();
      const options = session.lintOptions(current, config);
      const path = pathOf(current.uri);
      // Fix-all and the checked suppressions lint the document again, several times: for a big document that is
      // seconds on this thread, blocking every other document, so it gets the rewrites and documentation only.
      const big = isBig(current);
      return codeActions({
        uri: current.uri,
        version: current.version,
        text,
        format,
        findings,
        range: { start: current.offsetAt(params.range.start), end: current.offsetAt(params.range.end) },
        only: params.context.only,
        lint: big ? undefined : (t) => lint(t, options).findings,
        fix: big ? undefined : (filter) => fixText(text, options, filter).text,
        documentChanges: session.supportsDocumentChanges(),
        configEdit: session.trusted && format === 'plain' && path ? (ruleId) => session.configEditFor(path, ruleId, config) : undefined,
      });
    }),
  );

  // One lens at the top of each template: its warmth, how many fixes, what they gain; the click applies fix-all.
  connection.onCodeLens(
    session.safe('codeLens', [] as CodeLens[], async (params) => {
      const doc = documents.get(params.textDocument.uri);
      const settled = doc && (await session.settled(doc));
      if (!settled || !settled.config.settings.codeLens) return [];
      const warmth = session.warmthOf(settled.doc, settled.config);
      return warmth ? [warmthLens(settled.doc.uri, warmth)] : [];
    }),
  );

  connection.onHover(
    session.safe('hover', null, async (params) => {
      const doc = documents.get(params.textDocument.uri);
      const settled = doc && (await session.settled(doc));
      if (!settled) return null;
      const { doc: current, config } = settled;
      const filePath = pathOf(current.uri);
      // Only under the cursor, so the sister locale files are read when someone hovers a finding, not on every keystroke.
      const localesOf = (here: readonly Finding[]) =>
        filePath ? sameInOtherLocales(filePath, here, (text, path) => lint(text, { ...config.options, filePath: path }).findings) : new Map();
      const findings = (session.answerableLint(current, config) ?? (await session.findingsOf(current, config))).findings;
      return hoverAt(current.getText(), findings, current.offsetAt(params.position), localesOf);
    }),
  );
}

function registerCommands(session: Session): void {
  const { connection, documents } = session;
  connection.onExecuteCommand(
    session.safe('executeCommand', null as unknown, async (params) => {
      const args = params.arguments ?? [];
      if (params.command === COMMAND_SHOW_DOCUMENTATION) {
        const arg = args[0] as string | { url?: string } | undefined;
        const url = typeof arg === 'string' ? arg : arg?.url;
        if (!url) return null;
        if (session.capabilities.window?.showDocument?.support) return connection.window.showDocument({ uri: url, external: true });
        connection.window.showInformationMessage(`Warmly documentation: ${url}`);
        return { success: true };
      }
      if (params.command === COMMAND_FIX_ALL) {
        const arg = (typeof args[0] === 'string' ? { uri: args[0], version: args[1] } : args[0]) as { uri?: string; version?: number } | undefined;
        const doc = arg?.uri ? documents.get(arg.uri) : undefined;
        if (!doc) return { applied: false, reason: 'not-open' };
        // Refuse to fix a document that moved on since the caller looked at it.
        if (typeof arg?.version === 'number' && arg.version !== doc.version) return { applied: false, reason: 'stale' };
        const settled = await session.settled(doc);
        if (!settled) return { applied: false, reason: 'stale' };
        const text = doc.getText();
        const fixed = fixText(text, session.lintOptions(doc, settled.config)).text;
        if (fixed === text) return { applied: false, reason: 'nothing-to-fix' };
        const edit = editFor({ uri: doc.uri, version: doc.version, text, documentChanges: session.supportsDocumentChanges() }, [minimalEdit(text, fixed)]);
        const result = await connection.workspace.applyEdit({ label: 'Fix all Warmly problems', edit });
        return { applied: result.applied, reason: result.failureReason };
      }
      return null;
    }),
  );
}

/** Warmly's own requests: the rule list for the client's "Show rules", and what the server holds (tests). */
function registerWarmlyRequests(session: Session): void {
  session.connection.onRequest(RULES_REQUEST, (): RulesResult =>
    rules.map((rule) => ({
      id: rule.id,
      description: rule.description,
      defaultSeverity: rule.defaultSeverity,
      docsUrl: docsUrl(rule.id),
      fixable: rule.fixable,
      languages: Object.keys(rule.messages),
    })),
  );
  session.connection.onRequest(WARMTH_REQUEST, session.safe('warmth', null as WarmthResult | null, async (params: { uri?: string }) => {
    const doc = params?.uri ? session.documents.get(params.uri) : undefined;
    const settled = doc && (await session.settled(doc));
    if (!settled) return null;
    const warmth = session.warmthOf(settled.doc, settled.config);
    return warmth && { uri: settled.doc.uri, version: settled.doc.version, ...warmth };
  }));
  session.connection.onRequest(DEBUG_DOCUMENT_STATES_REQUEST, (): DocumentStatesSnapshot => session.states.snapshot());
  session.connection.onRequest(DEBUG_HEAP_REQUEST, (): HeapSnapshot => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    return { collected: Boolean(gc), heapUsedBytes: process.memoryUsage().heapUsed };
  });
}
