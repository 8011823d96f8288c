/**
 * What a client tells Warmly's language server in `initialize`'s `initializationOptions`. The VS Code client
 * (client/src) and the server (server/src/lsp) both import this one type, so a field renamed on one side is a
 * type error on the other. Kept to the start-up options on purpose; the rest of the protocol lives in the server.
 */
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
