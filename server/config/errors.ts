/** A configuration problem, said the way a person fixes it: which file, which key, what was expected. */
export class ConfigError extends Error {
  readonly file: string;
  /** Dotted path of the offending key, e.g. `rules.no-repy` or `overrides.0.files`; empty for the whole file. */
  readonly keyPath: string;
  /** What would have been accepted, e.g. `one of "off", "hint", "info", "warning", "error"`. */
  readonly expected: string;
  /** 1-based, when the position is known. */
  readonly line?: number;
  readonly column?: number;
  /** What is wrong, in a few words ("is not a known rule"). */
  readonly problem: string;

  constructor(init: { file: string; keyPath?: string; expected: string; problem: string; line?: number; column?: number }) {
    const where = init.line !== undefined ? `${init.file}:${init.line}:${init.column ?? 1}` : init.file;
    const key = init.keyPath ? `"${init.keyPath}" ` : '';
    super(`${where}: ${key}${init.problem}; expected ${init.expected}`);
    this.name = 'ConfigError';
    this.file = init.file;
    this.keyPath = init.keyPath ?? '';
    this.expected = init.expected;
    this.problem = init.problem;
    this.line = init.line;
    this.column = init.column;
  }
}
