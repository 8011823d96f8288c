/**
 * The server's view of the shared config resolver (`server/src/config`, the same one the CLI uses): one
 * small adapter so the rest of the server does not depend on its details. Editor settings go in as the
 * resolver's `overrides` (applied after the config files, like the CLI's `--rule`).
 */
import { CONFIG_FILE_NAMES, ConfigError, ConfigResolver, validateConfigText, type RawConfig, type ResolvedConfig } from '../config';

export type { ResolvedConfig };

export interface ConfigProblem {
  file: string;
  keyPath: string;
  expected: string;
  /** What is wrong, in a few words. */
  problem: string;
  /** 1-based, when known. */
  line?: number;
  column?: number;
}

export interface ConfigSource {
  /**
   * Config for one file with the editor settings on top. Throws a ConfigError when a config file is broken.
   * Invalid editor settings do not throw: they are left out and returned as `settingsProblem`.
   */
  resolve(filePath: string, editorSettings?: RawConfig): ResolvedConfig & { settingsProblem?: ConfigProblem };
  clearCache(): void;
  /** How many resolvers (one per distinct editor settings) are kept: at most MAX_RESOLVERS. */
  readonly resolverCount: number;
  validateText(text: string, filePath: string): ConfigProblem[];
  readonly fileNames: readonly string[];
}

export const SETTINGS_SOURCE = 'warmly.* settings';

export function problemOf(error: unknown): ConfigProblem | undefined {
  if (!(error instanceof ConfigError)) return undefined;
  return { file: error.file, keyPath: error.keyPath, expected: error.expected, problem: error.problem, line: error.line, column: error.column };
}

/** How a problem reads in an editor, where the file is already known: `"rules.x" is not a known rule; expected …`. */
export function describeProblem(p: ConfigProblem): string {
  return `${p.keyPath ? `"${p.keyPath}" ` : ''}${p.problem}; expected ${p.expected}`;
}

/**
 * Resolvers kept, least recently used dropped first. Each holds its own cache of config lookups, and settings
 * typed into the editor one keystroke at a time are a new distinct set each: unbounded, the cache only grew.
 */
export const MAX_RESOLVERS = 16;

export function createConfigSource(): ConfigSource {
  // One resolver per distinct editor settings (they may differ per workspace folder); each caches its lookups.
  // A Map iterates in insertion order: re-inserting on use makes its first key the least recently used.
  const resolvers = new Map<string, ConfigResolver | ConfigProblem>();
  const plain = () => resolverFor(undefined) as ConfigResolver;

  function resolverFor(settings: RawConfig | undefined): ConfigResolver | ConfigProblem {
    const key = settings ? JSON.stringify(settings) : '';
    let r = resolvers.get(key);
    if (r) {
      resolvers.delete(key);
      resolvers.set(key, r);
    } else {
      try {
        r = new ConfigResolver(settings ? { overrides: settings, overridesName: SETTINGS_SOURCE } : {});
      } catch (error) {
        const p = problemOf(error);
        if (!p) throw error;
        r = p;
      }
      resolvers.set(key, r);
      // The plain resolver ('') is kept: every document without settings uses it.
      for (const old of resolvers.keys()) {
        if (resolvers.size <= MAX_RESOLVERS) break;
        if (old !== '' && old !== key) resolvers.delete(old);
      }
    }
    return r;
  }

  return {
    fileNames: CONFIG_FILE_NAMES,
    get resolverCount() { return resolvers.size; },
    clearCache() {
      for (const r of resolvers.values()) if (r instanceof ConfigResolver) r.clearCache();
    },
    validateText(text, filePath) {
      return validateConfigText(text, filePath).map((e) => problemOf(e)!);
    },
    resolve(filePath, editorSettings) {
      const r = resolverFor(editorSettings && Object.keys(editorSettings).length ? editorSettings : undefined);
      if (r instanceof ConfigResolver) return r.resolve(filePath);
      return { ...plain().resolve(filePath), settingsProblem: r };
    },
  };
}
