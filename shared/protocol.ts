/**
 * The protocol between Warmly's VS Code client (client/src) and its language server (server/language-server): the
 * initialization options, the settings' shape, the custom notification and request, and the command ids. Both
 * sides import these types and constants, so a field or name changed on one side is a type error on the other.
 * Dependency-free on purpose: the client must not pull the engine (or anything else) into its bundle.
 */

// ---- initialize -------------------------------------------------------------------------------------------

/** What a client tells Warmly's language server in `initialize`'s `initializationOptions`. */
export interface InitializationOptions {
  /**
   * Whether the user trusts the workspace. `false`: the server reads no config file (.warmlyrc*,
   * warmly.config.*, package.json "warmly") and lints with the editor's settings alone, which the client limits
   * to the user's own. Absent means trusted: editors without a trust model have always read config files.
   */
  trusted?: boolean;
  /** The `warmly.*` settings, for clients without `workspace/configuration`. */
  settings?: unknown;
  /** Send `warmly/status` notifications with per-document counts (for a status bar). */
  statusNotification?: boolean;
}

/** Trusted unless the client said otherwise. */
export function isTrusted(options: InitializationOptions | undefined): boolean {
  return options?.trusted !== false;
}

// ---- settings ---------------------------------------------------------------------------------------------

/** The configuration section every setting lives under (`warmly.enable`, …). */
export const SETTINGS_SECTION = 'warmly';

export type SeverityName = 'off' | 'hint' | 'info' | 'warning' | 'error';
export type RunMode = 'onType' | 'onSave';

/**
 * The `warmly.*` settings the server reads, as the client may send them. The server's own reading
 * (server/language-server/settings.ts) is checked against these keys, so a setting added on one side only does not compile.
 */
export interface SettingsShape {
  enable: boolean;
  run: RunMode;
  /** Rule id → severity or full rule settings, applied over the config files. */
  rules: Record<string, unknown>;
  personalization: Record<string, unknown>;
  language: 'auto' | 'en' | 'fa';
  /** Pause after the last keystroke before linting. */
  debounceMs: number;
  reportUnusedDisables: boolean;
  /** Show the warmth code lens ("Warmth 64 · 3 fixes · +22") at the top of each template. */
  codeLens: boolean;
  /** Documents above this size (in KB) are not linted; one information diagnostic says so. */
  maxDocumentKB: number;
}

export type SettingKey = keyof SettingsShape;

/** Every key of {@link SettingsShape}, for clients that copy settings one by one. */
export const SETTING_KEYS = ['enable', 'run', 'rules', 'personalization', 'language', 'debounceMs', 'reportUnusedDisables', 'codeLens', 'maxDocumentKB'] as const satisfies readonly SettingKey[];

/** The `source` of every diagnostic the server publishes (the status bar counts these). */
export const DIAGNOSTIC_SOURCE = 'warmly';

// ---- notifications ----------------------------------------------------------------------------------------

/** Server → client, when `statusNotification` was asked for: a document's finding counts after each lint. */
export const STATUS_NOTIFICATION = 'warmly/status';

export interface StatusParams {
  uri: string;
  version: number;
  counts: Record<Exclude<SeverityName, 'off'> | 'total', number>;
}

// ---- requests ---------------------------------------------------------------------------------------------

/** Client → server: every rule the server lints with, for "Warmly: Show rules". No params. */
export const RULES_REQUEST = 'warmly/rules';

export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Exclude<SeverityName, 'off'>;
  /** Where the rule's README lives. */
  docsUrl: string;
  fixable: boolean;
  /** The languages the rule has messages for. */
  languages: string[];
}

export type RulesResult = RuleInfo[];

/**
 * Client → server, for tests and bug reports: which documents the server holds state for. A closed document
 * must not appear. Result: `{ uris: string[]; scheduled: number }`.
 */
export const DEBUG_DOCUMENT_STATES_REQUEST = 'warmly/debug/documentStates';

/**
 * Client → server, for the soak test: run a full garbage collection when the server was started with
 * `node --expose-gc` (otherwise nothing is collected) and report the live heap. Result: `{ collected: boolean;
 * heapUsedBytes: number }`. Live heap after a full collection is what a leak grows; RSS also holds garbage that
 * the next collection would free, and on a busy machine that alone can swing by half.
 */
export const DEBUG_HEAP_REQUEST = 'warmly/debug/heap';

export interface HeapSnapshot {
  collected: boolean;
  heapUsedBytes: number;
}

/**
 * Client → server: the warmth of one open document, as its code lens shows it (the VS Code status bar puts it
 * beside the count). Params `{ uri }`. Result: a {@link WarmthResult}, or null when the document is not linted.
 */
export const WARMTH_REQUEST = 'warmly/warmth';

export interface WarmthResult {
  uri: string;
  version: number;
  /** The warmth score, 0-100. */
  score: number;
  /** Findings fix-all would rewrite. */
  fixes: number;
  /** The score after fix-all, minus the score now. */
  gain: number;
}

// ---- commands ---------------------------------------------------------------------------------------------

/** Commands the server executes (`workspace/executeCommand`); vscode-languageclient registers them itself. */
export const SERVER_COMMANDS = {
  showDocumentation: 'warmly.showDocumentation',
  fixAll: 'warmly.fixAll',
} as const;

/** Commands the VS Code extension registers and contributes to the palette. Must not clash with the server's. */
export const CLIENT_COMMANDS = {
  lintWorkspace: 'warmly.lintWorkspace',
  fixAllInFile: 'warmly.fixAllInFile',
  showRules: 'warmly.showRules',
  restartServer: 'warmly.restartServer',
} as const;

/** The code action kind of "fix all": `source.fixAll.warmly`. */
export const FIX_ALL_KIND_SUFFIX = 'warmly';
export const FIX_ALL_KIND = `source.fixAll.${FIX_ALL_KIND_SUFFIX}`;
