/**
 * One running server's state and its core: what the client said at `initialize`, each document's config and
 * lint (kept in DocumentStates), and when to lint and publish. The LSP handlers (server.ts) call into this.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeLensRefreshRequest, LSPErrorCodes, ResponseError, TextDocuments, type ClientCapabilities, type Connection, type DocumentDiagnosticReport } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { extensionOf, formatFor, isCodeNotCatalog, isDataFileNotLinted, isEmailModule, isOtherPythonFile, isOtherReactFile, type Format, type LintOptions } from '../engine';
import { lint } from '../linter';
import { LintCancelled, LintRunner, OFFLOAD_AT_CHARS } from './lint-runner';
import { tooLargeFinding } from './size-limit';
import { FORMAT_BY_LANGUAGE_ID } from '../../shared/formats';
import { warmthOf, type Warmth } from './warmth';
import { SETTINGS_SECTION, STATUS_NOTIFICATION, type InitializationOptions, type StatusParams } from '../../shared/protocol';
import { configTargetPath, disableInConfigEdit } from './config-edit';
import { ConfigDiagnostics } from './config-diagnostics';
import { describeProblem, problemOf, readConfigText, type ConfigProblem, type ConfigSource, type ResolvedConfig } from './config-source';
import { countBySeverity, toDiagnostics } from './diagnostics';
import { DocumentStates, type DocumentConfig, type LintState } from './document-states';
import { Scheduler } from './scheduler';
import { carryFindings } from './carried-findings';
import { signalWarm } from '../warm-signal';
import { DEFAULT_SETTINGS, editorOverrides, readSettings, type ClientSettings } from './settings';

export type Trigger = 'open' | 'change' | 'save' | 'refresh';

export function pathOf(uri: string): string {
  if (!uri.startsWith('file:')) return '';
  try {
    return fileURLToPath(uri);
  } catch {
    return '';
  }
}

/** Linted on the lint thread; code actions that need more lints of it (fix-all, checked suppressions) are left out. */
export function isBig(doc: TextDocument): boolean {
  return doc.getText().length >= OFFLOAD_AT_CHARS;
}

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly scheduler = new Scheduler();
  readonly states = new DocumentStates(this.documents, this.scheduler);
  /** Big documents lint on a thread of their own, so they never hold up the others (lint-runner.ts). */
  readonly runner = new LintRunner(join(__dirname, 'lint-worker.js'), (text, options, memo) => lint(text, options, memo));
  readonly configProblems: ConfigDiagnostics;
  capabilities: ClientCapabilities = {};
  initOptions: InitializationOptions = {};
  baseSettings: ClientSettings = DEFAULT_SETTINGS;
  pullMode = false;
  /** False in an untrusted workspace: no config file is read, only the editor's (user) settings apply. */
  trusted = true;
  workspaceRoots: string[] = [];
  private readonly warnedSettings = new Set<string>();

  constructor(readonly connection: Connection, readonly configSource: ConfigSource) {
    this.configProblems = new ConfigDiagnostics(connection);
  }

  log(message: string): void {
    this.connection.console.log(`[warmly] ${message}`);
  }

  logError(where: string, error: unknown): void {
    this.connection.console.error(`[warmly] ${where}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }

  /** Every handler goes through this: a bug in one document must never take the server down. */
  safe<A extends unknown[], R>(where: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await fn(...args);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        // A newer version arrived while this request waited for a lint: the request's answer is moot.
        if (error instanceof LintCancelled) return fallback;
        this.logError(where, error);
        return fallback;
      }
    };
  }

  supportsConfiguration(): boolean {
    return Boolean(this.capabilities.workspace?.configuration);
  }

  supportsDocumentChanges(): boolean {
    return Boolean(this.capabilities.workspace?.workspaceEdit?.documentChanges);
  }

  formatOf(doc: TextDocument): Format {
    const path = pathOf(doc.uri);
    const byName = formatFor(path || doc.uri);
    if (byName !== 'plain' || ['.txt', '.text'].includes(extensionOf(path || doc.uri))) return byName;
    // Language ids → formats, for documents whose file name says nothing (untitled buffers, odd extensions).
    return Object.hasOwn(FORMAT_BY_LANGUAGE_ID, doc.languageId) ? FORMAT_BY_LANGUAGE_ID[doc.languageId] : 'plain';
  }

  isConfigFile(uri: string): boolean {
    const name = basename(pathOf(uri));
    return name !== '' && this.configSource.fileNames.includes(name);
  }

  // ---- config ---------------------------------------------------------------------------------------------

  private async settingsFor(uri: string): Promise<ClientSettings> {
    if (!this.supportsConfiguration()) return this.baseSettings;
    const [section] = await this.connection.workspace.getConfiguration([{ scopeUri: uri, section: SETTINGS_SECTION }]);
    return readSettings(section, this.baseSettings);
  }

  private resolveConfig(uri: string, path: string, settings: ClientSettings): ResolvedConfig {
    // Untitled buffers get the settings of the workspace they are typed in.
    const target = path || join(this.workspaceRoots[0] ?? process.cwd(), 'untitled');
    try {
      const resolved = this.configSource.resolve(target, editorOverrides(settings));
      if (resolved.settingsProblem) this.warnAboutSettings(resolved.settingsProblem);
      this.states.of(uri).lastGood = resolved;
      for (const file of resolved.files) this.configProblems.clear(file);
      return resolved;
    } catch (error) {
      const problem = problemOf(error);
      if (!problem) throw error;
      this.configProblems.publish(problem.file, [problem]);
      // Keep linting with the last settings that worked for this document.
      return this.states.of(uri).lastGood ?? { options: {}, ignored: false, files: [problem.file] };
    }
  }

  private warnAboutSettings(problem: ConfigProblem): void {
    const message = `Warmly ignores your warmly.* settings: ${describeProblem(problem)}.`;
    if (this.warnedSettings.has(message)) return;
    this.warnedSettings.add(message);
    void this.connection.window.showWarningMessage(message);
  }

  configFor(uri: string): Promise<DocumentConfig> {
    const state = this.states.of(uri);
    if (!state.config) {
      const at = this.states.generation;
      const config = this.settingsFor(uri).then((settings) => {
        const resolved = this.resolveConfig(uri, pathOf(uri), settings);
        return { settings, options: resolved.options, ignored: resolved.ignored, configFiles: resolved.files, generation: at };
      });
      config.catch(() => { if (state.config === config) state.config = undefined; });
      state.config = config;
    }
    return state.config;
  }

  /** The document's config, and the document itself if it is still at the version it was asked about. */
  async settled(doc: TextDocument): Promise<{ doc: TextDocument; config: DocumentConfig } | undefined> {
    const config = await this.configFor(doc.uri);
    const current = this.states.current(doc.uri, doc.version);
    return current && { doc: current, config };
  }

  // ---- lint -----------------------------------------------------------------------------------------------

  lintOptions(doc: TextDocument, config: DocumentConfig): LintOptions {
    const path = pathOf(doc.uri);
    // Included partials are read from the document's workspace folder (or its own folder outside any), never beyond.
    const partialRoot = path ? this.workspaceRootOf(path) : undefined;
    return { ...config.options, filePath: path || doc.uri, format: this.formatOf(doc), partialRoot };
  }

  /** The innermost workspace folder holding `path`, else the folder the file is in. */
  workspaceRootOf(path: string): string {
    return this.workspaceRoots.filter((r) => path === r || path.startsWith(r.endsWith(sep) ? r : r + sep)).sort((a, b) => b.length - a.length)[0] ?? dirname(path);
  }

  /** The last finished lint of `doc` if it is for this version and config. */
  lastLint(doc: TextDocument, config: DocumentConfig): LintState | undefined {
    const cached = this.states.of(doc.uri).lint;
    return cached && cached.version === doc.version && cached.generation === config.generation ? cached : undefined;
  }

  /**
   * The findings of `doc` at its current version: the cached lint, the one under way for this version, or a new
   * one (small documents on this thread, big ones on the lint thread). Rejects with LintCancelled when a newer
   * version or the document's closing made the lint stale.
   */
  findingsOf(doc: TextDocument, config: DocumentConfig): Promise<LintState> {
    const cached = this.lastLint(doc, config);
    if (cached) return Promise.resolve(cached);
    const state = this.states.of(doc.uri);
    const { version } = doc;
    const { generation } = config;
    const text = doc.getText();
    if (state.pending && state.pending.version === version && state.pending.generation === generation) return state.pending.result;
    const pending = {
      version,
      generation,
      result: this.lintNow(doc, config).then(
        (r): LintState => {
          const result: LintState = { version, generation, text, findings: r.findings, format: r.format };
          if (state.pending === pending) state.pending = undefined;
          // A slower lint of an older version never replaces a newer one's result.
          if (!state.lint || state.lint.version < version || (state.lint.version === version && state.lint.generation <= generation)) state.lint = result;
          // A lint on the lint thread may end after its document closed: no status for a closed document.
          if (this.documents.get(doc.uri)) this.sendStatus(doc.uri, result);
          signalWarm();
          return result;
        },
        (error: unknown) => {
          if (state.pending === pending) state.pending = undefined;
          throw error;
        },
      ),
    };
    state.pending = pending;
    return pending.result;
  }

  private lintNow(doc: TextDocument, config: DocumentConfig): Promise<{ findings: LintState['findings']; format: Format }> {
    const text = doc.getText();
    // Data files that are neither message catalogs nor surveys (package.json, CI YAML, pom.xml) get no findings.
    if (!this.isLinted(doc, config)) {
      return Promise.resolve({ findings: [], format: this.formatOf(doc) });
    }
    const tooLarge = tooLargeFinding(text, config.settings.maxDocumentKB);
    if (tooLarge) return Promise.resolve({ findings: [tooLarge], format: this.formatOf(doc) });
    return this.runner.run(doc.uri, text, this.lintOptions(doc, config));
  }

  /**
   * What hover and code actions answer from without waiting: the lint of this version if it is done, else, for a
   * big document (linted on the lint thread, so its result may be seconds away), the previous lint's findings
   * carried over to the current text (carried-findings.ts: those an edit touched are left out). Undefined when
   * the caller should wait for the lint: a small document (its lint is a few milliseconds on this thread), or no
   * earlier lint with this config.
   */
  answerableLint(doc: TextDocument, config: DocumentConfig): Pick<LintState, 'findings' | 'format'> | undefined {
    const done = this.lastLint(doc, config);
    if (done) return done;
    const last = this.states.of(doc.uri).lint;
    if (!last || last.generation !== config.generation || !isBig(doc)) return undefined;
    return { findings: carryFindings(last.text, doc.getText(), last.findings), format: last.format };
  }

  /** A newer version arrived or the document closed: its lint under way is of no use any more. */
  cancelLint(uri: string): void {
    this.runner.cancel(uri);
  }

  /** The document closed: no lint of it is of use, and what its lints remembered can go. */
  forgetLints(uri: string): void {
    this.runner.forget(uri);
  }

  /**
   * Whether the document is linted at all: not when disabled, ignored, a config file, a data file that is no catalog,
   * a React component that is no email (the client sends every `.tsx`/`.jsx` document it opens), JavaScript/TypeScript
   * that is neither a locale module nor a module returning an HTML email (the client sends every `.js`/`.ts` document too), or a Python module that holds no messages.
   */
  isLinted(doc: TextDocument, config: DocumentConfig): boolean {
    const path = pathOf(doc.uri) || doc.uri;
    // A JS/TS module that returns an HTML email is neither a data file nor code to leave alone.
    const email = () => isEmailModule(path, doc.getText());
    return config.settings.enable && !config.ignored && !this.isConfigFile(doc.uri) && !(isDataFileNotLinted(path, doc.getText()) && !email())
      && !isOtherReactFile(path, doc.getText(), this.formatOf(doc)) && !(isCodeNotCatalog(path, doc.getText(), doc.languageId) && !email())
      && !isOtherPythonFile(path, doc.getText(), this.formatOf(doc));
  }

  /**
   * The document's warmth (score, fixes, gain), cached per version and config generation; null when not linted, and
   * for a big document (the lint-thread size and up): scoring runs fix-all and lints again on this thread, which would
   * block every other document for seconds, so those get no lens (`warmly score` reports them).
   */
  warmthOf(doc: TextDocument, config: DocumentConfig): Warmth | null {
    const state = this.states.of(doc.uri);
    const cached = state.warmth;
    if (cached && cached.version === doc.version && cached.generation === config.generation) return cached.value;
    const small = !isBig(doc);
    const value = small && this.isLinted(doc, config) ? warmthOf(doc.getText(), this.lintOptions(doc, config)) : null;
    state.warmth = { version: doc.version, generation: config.generation, value };
    return value;
  }

  private sendStatus(uri: string, result: LintState): void {
    if (!this.initOptions.statusNotification) return;
    const params: StatusParams = { uri, version: result.version, counts: countBySeverity(result.findings) };
    void this.connection.sendNotification(STATUS_NOTIFICATION, params);
  }

  // ---- push diagnostics -----------------------------------------------------------------------------------

  async validate(doc: TextDocument, trigger: Trigger): Promise<void> {
    const uri = doc.uri;
    const ticket = this.scheduler.begin(uri);
    // A new version makes a lint of the old one useless: stop it rather than let it hold the lint thread.
    if (trigger === 'change') this.cancelLint(uri);
    const config = await this.configFor(uri);
    if (!this.scheduler.isCurrent(uri, ticket)) return;
    if (trigger === 'change' && config.settings.run === 'onSave') return;
    // Pull clients ask when they want results; only onSave mode needs a snapshot taken at open and save.
    if (this.pullMode && (config.settings.run !== 'onSave' || trigger === 'refresh')) return;
    // A big document takes a while to lint and blocks the event loop meanwhile; waiting longer after its edits
    // lets a burst of keystrokes collapse into one run, so small documents are not stuck behind a queue of them.
    const debounce = config.settings.debounceMs;
    const delay = trigger !== 'change' ? 0 : debounce > 0 ? Math.max(debounce, Math.min(2000, Math.floor(doc.getText().length / 1000))) : 0;
    this.scheduler.after(uri, ticket, delay, async () => {
      try {
        // A newer version would have started a newer ticket; this guards against a closed or reopened document.
        let current = this.states.current(uri, doc.version);
        if (!current) return;
        const result = await this.findingsOf(current, config);
        // The lint may have run on the lint thread: publish only if nothing newer was asked for meanwhile.
        current = this.states.current(uri, doc.version);
        if (!current || !this.scheduler.isCurrent(uri, ticket)) return;
        const diagnostics = toDiagnostics(result.findings, current.getText(), current.version);
        if (config.settings.run === 'onSave') this.states.of(uri).saved = { version: current.version, generation: config.generation, diagnostics };
        if (!this.pullMode) void this.connection.sendDiagnostics({ uri, version: current.version, diagnostics });
        else if (trigger === 'save' && this.capabilities.workspace?.diagnostics?.refreshSupport) void this.connection.languages.diagnostics.refresh();
      } catch (error) {
        if (!(error instanceof LintCancelled)) this.logError(`lint ${uri}`, error);
      }
    });
  }

  /** Settings or config files changed: every open document is linted again with fresh config. */
  revalidateAll(): void {
    this.states.invalidate();
    if (this.capabilities.workspace?.codeLens?.refreshSupport) void this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    if (this.pullMode) {
      if (this.capabilities.workspace?.diagnostics?.refreshSupport) void this.connection.languages.diagnostics.refresh();
      return;
    }
    for (const doc of this.documents.all()) void this.validate(doc, 'refresh').catch((e) => this.logError('revalidate', e));
  }

  // ---- pull diagnostics -----------------------------------------------------------------------------------

  async report(doc: TextDocument, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    const version = doc.version;
    const settled = await this.settled(doc);
    if (!settled) {
      // The document moved while settings were being fetched: ask the client to pull again.
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed; pull again.', { retriggerRequest: true });
    }
    const { doc: current, config } = settled;
    const state = this.states.of(doc.uri);
    const savedReport = config.settings.run === 'onSave' ? state.saved : undefined;
    if (savedReport && savedReport.generation === config.generation) {
      const resultId = `saved:${savedReport.version}:${savedReport.generation}`;
      if (previousResultId === resultId) return { kind: 'unchanged', resultId };
      return { kind: 'full', resultId, items: savedReport.diagnostics };
    }
    const resultId = `${version}:${config.generation}`;
    if (previousResultId === resultId) return { kind: 'unchanged', resultId };
    let result: LintState;
    try {
      result = await this.findingsOf(current, config);
    } catch (error) {
      if (error instanceof LintCancelled) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed; pull again.', { retriggerRequest: true });
      throw error;
    }
    if (!this.states.current(doc.uri, version)) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed; pull again.', { retriggerRequest: true });
    const items = toDiagnostics(result.findings, current.getText(), version);
    if (config.settings.run === 'onSave') state.saved = { version, generation: config.generation, diagnostics: items };
    return { kind: 'full', resultId, items };
  }

  // ---- config edits ---------------------------------------------------------------------------------------

  /** The edit that turns `ruleId` off for `path` in the nearest config file (creating one if needed). */
  configEditFor(path: string, ruleId: string, config: DocumentConfig) {
    const root = this.workspaceRootOf(path);
    const target = configTargetPath(config.configFiles, root);
    if (!target) return undefined;
    const open = this.documents.get(pathToFileURL(target).href);
    const text = open ? open.getText() : existsSync(target) ? readConfigText(target) : undefined;
    return disableInConfigEdit({
      filePath: path,
      ruleId,
      target: { path: target, text, version: open ? open.version : null },
      documentChanges: this.supportsDocumentChanges(),
      canCreateFiles: Boolean(this.capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create')),
    });
  }
}
