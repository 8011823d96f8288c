/**
 * The Warmly language server: wires the LSP connection to the engine. It holds no rule logic; it decides when
 * to lint, with which options, and turns findings into diagnostics, code actions and hovers.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { extensionOf, fixText, formatFor, LineIndex, lint, type Finding, type Format, type LintOptions } from '../engine';
// Message catalogs: YAML/JSON/.properties documents that are not catalogs (package.json, CI files) get no findings.
import { isDataFileNotCatalog } from '../engine';
import { codeActions, COMMAND_FIX_ALL, COMMAND_SHOW_DOCUMENTATION, editFor, FIX_ALL_KIND, minimalEdit } from './code-actions';
import { configTargetPath, disableInConfigEdit } from './config-edit';
import { createConfigSource, describeProblem, problemOf, readConfigText, type ConfigProblem, type ConfigSource, type ResolvedConfig } from './config-source';
import { countBySeverity, SOURCE, toDiagnostics } from './diagnostics';
import { hoverAt } from './hover';
import { Scheduler } from './scheduler';
import serverPackage from '../../package.json';
import { isTrusted, type InitializationOptions } from '../../../shared/init-options';
import { DEFAULT_SETTINGS, editorOverrides, readSettings, type ClientSettings } from './settings';

export const VERSION: string = serverPackage.version;

/** What a client may pass in `initializationOptions` (shared with the VS Code client). */
export type { InitializationOptions };

export const STATUS_NOTIFICATION = 'warmly/status';

export const UNTRUSTED_NOTICE = 'untrusted workspace: Warmly reads no config file here (.warmlyrc*, warmly.config.*, package.json "warmly") and lints with your user settings only; trust the folder to use its configuration';

/** Language ids → formats, for documents whose file name says nothing (untitled buffers, odd extensions). */
const LANGUAGE_FORMATS: Record<string, Format> = {
  plaintext: 'plain', text: 'plain', markdown: 'markdown', html: 'html', handlebars: 'handlebars', mustache: 'handlebars',
  liquid: 'liquid', twig: 'twig', jinja: 'twig', 'jinja-html': 'twig', nunjucks: 'twig', erb: 'erb', 'html.erb': 'erb',
  eruby: 'erb', mjml: 'mjml',
};

interface DocumentState {
  settings: ClientSettings;
  options: LintOptions;
  ignored: boolean;
  configFiles: string[];
  generation: number;
}

interface LintState {
  version: number;
  generation: number;
  findings: Finding[];
  format: Format;
}

export function startServer(connection: Connection, configSource: ConfigSource = createConfigSource()): void {
  const documents = new TextDocuments(TextDocument);
  const scheduler = new Scheduler();
  let capabilities: ClientCapabilities = {};
  let initOptions: InitializationOptions = {};
  let baseSettings: ClientSettings = DEFAULT_SETTINGS;
  let pullMode = false;
  /** False in an untrusted workspace: no config file is read, only the editor's (user) settings apply. */
  let trusted = true;
  let workspaceRoots: string[] = [];
  /** Bumped whenever settings or config files change: every cached state of an older generation is stale. */
  let generation = 0;
  const states = new Map<string, Promise<DocumentState>>();
  const lastGood = new Map<string, ResolvedConfig>();
  const lints = new Map<string, LintState>();
  /** onSave mode: what the last open/save found, returned to pulls until the next save. */
  const saved = new Map<string, { version: number; generation: number; diagnostics: Diagnostic[] }>();
  const configDiagnostics = new Set<string>();
  /** The version each document was opened at: TextDocuments reports the opening as a content change too. */
  const openedAt = new Map<string, number>();

  const log = (message: string) => connection.console.log(`[warmly] ${message}`);
  const logError = (where: string, error: unknown) =>
    connection.console.error(`[warmly] ${where}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);

  /** Every handler goes through this: a bug in one document must never take the server down. */
  function safe<A extends unknown[], R>(where: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await fn(...args);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        logError(where, error);
        return fallback;
      }
    };
  }

  const supportsConfiguration = () => Boolean(capabilities.workspace?.configuration);
  const supportsDocumentChanges = () => Boolean(capabilities.workspace?.workspaceEdit?.documentChanges);

  function pathOf(uri: string): string {
    if (!uri.startsWith('file:')) return '';
    try {
      return fileURLToPath(uri);
    } catch {
      return '';
    }
  }

  function formatOf(doc: TextDocument): Format {
    const path = pathOf(doc.uri);
    const byName = formatFor(path || doc.uri);
    if (byName !== 'plain' || ['.txt', '.text'].includes(extensionOf(path || doc.uri))) return byName;
    return LANGUAGE_FORMATS[doc.languageId] ?? 'plain';
  }

  function isConfigFile(uri: string): boolean {
    const name = basename(pathOf(uri));
    return name !== '' && configSource.fileNames.includes(name);
  }

  async function settingsFor(uri: string): Promise<ClientSettings> {
    if (!supportsConfiguration()) return baseSettings;
    const [section] = await connection.workspace.getConfiguration([{ scopeUri: uri, section: 'warmly' }]);
    return readSettings(section, baseSettings);
  }

  const warnedSettings = new Set<string>();

  function resolveConfig(uri: string, path: string, settings: ClientSettings): ResolvedConfig {
    // Untitled buffers get the settings of the workspace they are typed in.
    const target = path || join(workspaceRoots[0] ?? process.cwd(), 'untitled');
    try {
      const resolved = configSource.resolve(target, editorOverrides(settings));
      if (resolved.settingsProblem) warnAboutSettings(resolved.settingsProblem);
      lastGood.set(uri, resolved);
      for (const file of resolved.files) clearConfigProblems(file);
      return resolved;
    } catch (error) {
      const problem = problemOf(error);
      if (!problem) throw error;
      publishConfigProblems(problem.file, [problem]);
      // Keep linting with the last settings that worked for this document.
      return lastGood.get(uri) ?? { options: {}, ignored: false, files: [problem.file] };
    }
  }

  function warnAboutSettings(problem: ConfigProblem): void {
    const message = `Warmly ignores your warmly.* settings: ${describeProblem(problem)}.`;
    if (warnedSettings.has(message)) return;
    warnedSettings.add(message);
    void connection.window.showWarningMessage(message);
  }

  function stateFor(uri: string): Promise<DocumentState> {
    let state = states.get(uri);
    if (!state) {
      const at = generation;
      state = settingsFor(uri).then((settings) => {
        const resolved = resolveConfig(uri, pathOf(uri), settings);
        return { settings, options: resolved.options, ignored: resolved.ignored, configFiles: resolved.files, generation: at };
      });
      state.catch(() => states.delete(uri));
      states.set(uri, state);
    }
    return state;
  }

  function lintOptions(doc: TextDocument, state: DocumentState): LintOptions {
    return { ...state.options, filePath: pathOf(doc.uri) || doc.uri, format: formatOf(doc) };
  }

  function findingsOf(doc: TextDocument, state: DocumentState): LintState {
    const cached = lints.get(doc.uri);
    if (cached && cached.version === doc.version && cached.generation === state.generation) return cached;
    let result: LintState;
    if (!state.settings.enable || state.ignored || isConfigFile(doc.uri) || isDataFileNotCatalog(pathOf(doc.uri) || doc.uri, doc.getText())) {
      result = { version: doc.version, generation: state.generation, findings: [], format: formatOf(doc) };
    } else {
      const r = lint(doc.getText(), lintOptions(doc, state));
      result = { version: doc.version, generation: state.generation, findings: r.findings, format: r.format };
    }
    lints.set(doc.uri, result);
    sendStatus(doc.uri, result);
    return result;
  }

  function sendStatus(uri: string, result: LintState): void {
    if (!initOptions.statusNotification) return;
    void connection.sendNotification(STATUS_NOTIFICATION, { uri, version: result.version, counts: countBySeverity(result.findings) });
  }

  // ---- config file problems -------------------------------------------------------------------------------

  function problemDiagnostic(problem: ConfigProblem, text: string | undefined): Diagnostic {
    let range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const lines = text === undefined ? undefined : new LineIndex(text);
    if (problem.line !== undefined) {
      const start = { line: Math.max(0, problem.line - 1), character: Math.max(0, (problem.column ?? 1) - 1) };
      const end = lines ? lines.positionAt(lines.lineEnd(start.line)) : start;
      range = { start, end: end.line === start.line && end.character > start.character ? end : start };
    } else if (text !== undefined && lines) {
      const key = problem.keyPath.split('.').pop() ?? '';
      const at = key ? text.indexOf(`"${key}"`) : -1;
      if (at >= 0) range = { start: lines.positionAt(at), end: lines.positionAt(at + key.length + 2) };
    }
    return { range, severity: 1, source: SOURCE, code: 'config', message: `Warmly config: ${describeProblem(problem)}. Linting goes on with the last valid settings.` };
  }

  // Checked for type and size before reading: the file named in a problem may be a device or a huge file.
  const readText = readConfigText;

  function publishConfigProblems(file: string, problems: ConfigProblem[]): void {
    const uri = pathToFileURL(file).href;
    const text = readText(file);
    configDiagnostics.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => problemDiagnostic(p, text)) });
  }

  function clearConfigProblems(file: string): void {
    const uri = pathToFileURL(file).href;
    if (!configDiagnostics.delete(uri)) return;
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  // ---- push diagnostics ------------------------------------------------------------------------------------

  type Trigger = 'open' | 'change' | 'save' | 'refresh';

  async function validate(doc: TextDocument, trigger: Trigger): Promise<void> {
    const uri = doc.uri;
    const ticket = scheduler.begin(uri);
    const state = await stateFor(uri);
    if (!scheduler.isCurrent(uri, ticket)) return;
    if (trigger === 'change' && state.settings.run === 'onSave') return;
    // Pull clients ask when they want results; only onSave mode needs a snapshot taken at open and save.
    if (pullMode && (state.settings.run !== 'onSave' || trigger === 'refresh')) return;
    // A big document takes a while to lint and blocks the event loop meanwhile; waiting longer after its edits
    // lets a burst of keystrokes collapse into one run, so small documents are not stuck behind a queue of them.
    const debounce = state.settings.debounceMs;
    const delay = trigger !== 'change' ? 0 : debounce > 0 ? Math.max(debounce, Math.min(2000, Math.floor(doc.getText().length / 1000))) : 0;
    scheduler.after(uri, ticket, delay, () => {
      try {
        const current = documents.get(uri);
        // A newer version would have started a newer ticket; this guards against a closed or reopened document.
        if (!current || current.version !== doc.version) return;
        const result = findingsOf(current, state);
        const diagnostics = toDiagnostics(result.findings, current.getText(), current.version);
        if (state.settings.run === 'onSave') saved.set(uri, { version: current.version, generation: state.generation, diagnostics });
        if (!pullMode) void connection.sendDiagnostics({ uri, version: current.version, diagnostics });
        else if (trigger === 'save' && capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
      } catch (error) {
        logError(`lint ${uri}`, error);
      }
    });
  }

  function revalidateAll(): void {
    generation++;
    states.clear();
    saved.clear();
    if (pullMode) {
      if (capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
      return;
    }
    for (const doc of documents.all()) void validate(doc, 'refresh').catch((e) => logError('revalidate', e));
  }

  // ---- pull diagnostics -------------------------------------------------------------------------------------

  async function report(doc: TextDocument, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    const version = doc.version;
    const state = await stateFor(doc.uri);
    const current = documents.get(doc.uri);
    if (!current || current.version !== version) {
      // The document moved while settings were being fetched: ask the client to pull again.
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed; pull again.', { retriggerRequest: true });
    }
    const savedReport = state.settings.run === 'onSave' ? saved.get(doc.uri) : undefined;
    if (savedReport && savedReport.generation === state.generation) {
      const resultId = `saved:${savedReport.version}:${savedReport.generation}`;
      if (previousResultId === resultId) return { kind: 'unchanged', resultId };
      return { kind: 'full', resultId, items: savedReport.diagnostics };
    }
    const resultId = `${version}:${state.generation}`;
    if (previousResultId === resultId) return { kind: 'unchanged', resultId };
    const result = findingsOf(current, state);
    const items = toDiagnostics(result.findings, current.getText(), version);
    if (state.settings.run === 'onSave') saved.set(doc.uri, { version, generation: state.generation, diagnostics: items });
    return { kind: 'full', resultId, items };
  }

  // ---- lifecycle -------------------------------------------------------------------------------------------

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    initOptions = (params.initializationOptions ?? {}) as InitializationOptions;
    baseSettings = readSettings(initOptions.settings, DEFAULT_SETTINGS);
    trusted = isTrusted(initOptions);
    configSource.setWorkspaceTrust(trusted);
    pullMode = Boolean(capabilities.textDocument?.diagnostic);
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter(Boolean);
    if (workspaceRoots.length === 0 && params.rootUri) workspaceRoots = [pathOf(params.rootUri)].filter(Boolean);
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        executeCommandProvider: { commands: [COMMAND_SHOW_DOCUMENTATION, COMMAND_FIX_ALL] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'warmly-language-server', version: VERSION },
    };
    if (pullMode) {
      result.capabilities.diagnosticProvider = { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: true };
    }
    return result;
  });

  connection.onInitialized(
    safe('initialized', undefined, async () => {
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        const names = [...new Set([...configSource.fileNames, 'package.json'])];
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: names.map((name) => ({ globPattern: `**/${name}` })),
        });
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          const removed = new Set(e.removed.map((f) => pathOf(f.uri)));
          workspaceRoots = [...workspaceRoots.filter((r) => !removed.has(r)), ...e.added.map((f) => pathOf(f.uri)).filter(Boolean)];
        });
      }
      log(`ready (${pullMode ? 'pull' : 'push'} diagnostics)`);
      if (!trusted) log(UNTRUSTED_NOTICE);
    }),
  );

  connection.onDidChangeConfiguration(
    safe('didChangeConfiguration', undefined, (params) => {
      // Clients without workspace/configuration send the settings along; others are asked again per document.
      if (!supportsConfiguration() && params.settings && typeof params.settings === 'object') {
        baseSettings = readSettings(params.settings, readSettings(initOptions.settings, DEFAULT_SETTINGS));
      }
      revalidateAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    safe('didChangeWatchedFiles', undefined, (params) => {
      configSource.clearCache();
      // An untrusted workspace's config files are not read, not even to report problems in them.
      for (const change of trusted ? params.changes : []) {
        const path = pathOf(change.uri);
        if (!path || basename(path) === 'package.json') continue;
        const problems = change.type === FileChangeType.Deleted ? undefined : configSource.checkFile(path);
        if (problems === undefined) { clearConfigProblems(path); continue; }
        if (problems.length) publishConfigProblems(path, problems);
        else clearConfigProblems(path);
      }
      revalidateAll();
    }),
  );

  // ---- documents -------------------------------------------------------------------------------------------

  documents.onDidOpen(
    safe('didOpen', undefined, (e) => {
      openedAt.set(e.document.uri, e.document.version);
      return validate(e.document, 'open');
    }),
  );
  documents.onDidChangeContent(
    safe('didChange', undefined, (e) => {
      if (openedAt.get(e.document.uri) === e.document.version) return;
      return validate(e.document, 'change');
    }),
  );
  documents.onDidSave(safe('didSave', undefined, (e) => validate(e.document, 'save')));
  documents.onDidClose(
    safe('didClose', undefined, (e) => {
      const uri = e.document.uri;
      scheduler.forget(uri);
      states.delete(uri);
      lints.delete(uri);
      saved.delete(uri);
      lastGood.delete(uri);
      openedAt.delete(uri);
      if (!pullMode) void connection.sendDiagnostics({ uri, diagnostics: [] });
    }),
  );

  connection.languages.diagnostics.on(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: 'full', items: [] };
    try {
      return await report(doc, params.previousResultId);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      logError(`diagnostics ${doc.uri}`, error);
      return { kind: 'full', items: [] };
    }
  });

  connection.languages.diagnostics.onWorkspace(
    safe('workspace/diagnostic', { items: [] }, async (params) => {
      const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const doc of documents.all()) {
        try {
          const r = await report(doc, previous.get(doc.uri));
          items.push({ ...r, uri: doc.uri, version: doc.version } as WorkspaceDocumentDiagnosticReport);
        } catch (error) {
          if (!(error instanceof ResponseError)) logError(`workspace diagnostics ${doc.uri}`, error);
        }
      }
      return { items };
    }),
  );

  connection.onCodeAction(
    safe('codeAction', [] as CodeAction[], async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const state = await stateFor(doc.uri);
      const current = documents.get(doc.uri);
      if (!current || current.version !== doc.version) return [];
      const { findings, format } = findingsOf(current, state);
      const text = current.getText();
      const options = lintOptions(current, state);
      const path = pathOf(current.uri);
      return codeActions({
        uri: current.uri,
        version: current.version,
        text,
        format,
        findings,
        range: { start: current.offsetAt(params.range.start), end: current.offsetAt(params.range.end) },
        only: params.context.only,
        lint: (t) => lint(t, options).findings,
        fix: (filter) => fixText(text, options, filter).text,
        documentChanges: supportsDocumentChanges(),
        configEdit: trusted && format === 'plain' && path ? (ruleId) => configEditFor(path, ruleId, state) : undefined,
      });
    }),
  );

  function configEditFor(path: string, ruleId: string, state: DocumentState) {
    const root = workspaceRoots.filter((r) => path.startsWith(r)).sort((a, b) => b.length - a.length)[0] ?? dirname(path);
    const target = configTargetPath(state.configFiles, root);
    if (!target) return undefined;
    const open = documents.get(pathToFileURL(target).href);
    const text = open ? open.getText() : existsSync(target) ? readText(target) : undefined;
    return disableInConfigEdit({
      filePath: path,
      ruleId,
      target: { path: target, text, version: open ? open.version : null },
      documentChanges: supportsDocumentChanges(),
      canCreateFiles: Boolean(capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create')),
    });
  }

  connection.onHover(
    safe('hover', null, async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const state = await stateFor(doc.uri);
      const current = documents.get(doc.uri);
      if (!current || current.version !== doc.version) return null;
      return hoverAt(current.getText(), findingsOf(current, state).findings, current.offsetAt(params.position));
    }),
  );

  connection.onExecuteCommand(
    safe('executeCommand', null as unknown, async (params) => {
      const args = params.arguments ?? [];
      if (params.command === COMMAND_SHOW_DOCUMENTATION) {
        const arg = args[0] as string | { url?: string } | undefined;
        const url = typeof arg === 'string' ? arg : arg?.url;
        if (!url) return null;
        if (capabilities.window?.showDocument?.support) return connection.window.showDocument({ uri: url, external: true });
        connection.window.showInformationMessage(`Warmly documentation: ${url}`);
        return { success: true };
      }
      if (params.command === COMMAND_FIX_ALL) {
        const arg = (typeof args[0] === 'string' ? { uri: args[0], version: args[1] } : args[0]) as { uri?: string; version?: number } | undefined;
        const doc = arg?.uri ? documents.get(arg.uri) : undefined;
        if (!doc) return { applied: false, reason: 'not-open' };
        // Refuse to fix a document that moved on since the caller looked at it.
        if (typeof arg?.version === 'number' && arg.version !== doc.version) return { applied: false, reason: 'stale' };
        const state = await stateFor(doc.uri);
        if (documents.get(doc.uri)?.version !== doc.version) return { applied: false, reason: 'stale' };
        const text = doc.getText();
        const fixed = fixText(text, lintOptions(doc, state)).text;
        if (fixed === text) return { applied: false, reason: 'nothing-to-fix' };
        const edit = editFor({ uri: doc.uri, version: doc.version, text, documentChanges: supportsDocumentChanges() }, [minimalEdit(text, fixed)]);
        const result = await connection.workspace.applyEdit({ label: 'Fix all Warmly problems', edit });
        return { applied: result.applied, reason: result.failureReason };
      }
      return null;
    }),
  );

  connection.onShutdown(() => {
    for (const doc of documents.all()) scheduler.forget(doc.uri);
  });

  documents.listen(connection);
  connection.listen();
}
