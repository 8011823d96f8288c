/**
 * The server's view of the shared config resolver (`server/src/config`, the same one the CLI uses): one
 * small adapter so the rest of the server does not depend on its details.
 */
import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import type { LintOptions } from '../engine';

export interface ConfigProblem {
  file: string;
  keyPath: string;
  expected: string;
  line?: number;
  column?: number;
  message: string;
}

export interface ResolvedConfig {
  options: LintOptions;
  ignored: boolean;
  /** The config files that contributed, farthest first. */
  files: string[];
}

export interface ConfigSource {
  resolve(filePath: string): ResolvedConfig;
  clearCache(): void;
  validateText(text: string, filePath: string): ConfigProblem[];
  readonly fileNames: readonly string[];
}

export function problemOf(error: unknown): ConfigProblem | undefined {
  const e = error as Partial<ConfigProblem> | undefined;
  if (!e || typeof e.file !== 'string' || typeof e.keyPath !== 'string') return undefined;
  return {
    file: e.file,
    keyPath: e.keyPath,
    expected: String(e.expected ?? ''),
    line: typeof e.line === 'number' ? e.line : undefined,
    column: typeof e.column === 'number' ? e.column : undefined,
    message: String((error as Error).message ?? `${e.keyPath}: expected ${e.expected}`),
  };
}

/** Stand-in until the shared resolver lands: nearest JSON config file, no cascading. */
const FILE_NAMES = ['.warmlyrc', '.warmlyrc.json', 'warmly.config.json'];

class ProblemError extends Error implements ConfigProblem {
  constructor(public file: string, public keyPath: string, public expected: string) {
    super(`${keyPath}: expected ${expected}`);
  }
}

export function createConfigSource(): ConfigSource {
  const check = (text: string, file: string): LintOptions => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ProblemError(file, '(root)', 'valid JSON');
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ProblemError(file, '(root)', 'an object');
    const rules = (json as { rules?: unknown }).rules;
    if (rules !== undefined && (typeof rules !== 'object' || rules === null)) throw new ProblemError(file, 'rules', 'an object');
    for (const [id, v] of Object.entries((rules ?? {}) as Record<string, unknown>)) {
      if (typeof v === 'string' && !['off', 'hint', 'info', 'warning', 'error'].includes(v)) throw new ProblemError(file, `rules.${id}`, 'one of off, hint, info, warning, error');
    }
    return json as LintOptions;
  };
  return {
    fileNames: FILE_NAMES,
    clearCache() {},
    validateText(text, filePath) {
      try {
        check(text, filePath);
        return [];
      } catch (e) {
        const p = problemOf(e);
        return p ? [p] : [];
      }
    },
    resolve(filePath) {
      for (let dir = dirname(filePath); ; dir = dirname(dir)) {
        for (const name of FILE_NAMES) {
          const file = join(dir, name);
          if (existsSync(file)) return { options: check(readFileSync(file, 'utf8'), file), ignored: false, files: [file] };
        }
        if (dirname(dir) === dir) return { options: {}, ignored: false, files: [] };
      }
    },
  };
}
