/**
 * The server's view of the shared config resolver (`server/config`, the same one the CLI uses): one
 * small adapter so the rest of the server does not depend on its details. Editor settings go in as the
 * resolver's `overrides` (applied after the config files, like the CLI's `--rule`).
 */
import { existsSync } from 'node:fs';
import { CONFIG_FILE_NAMES, ConfigError, ConfigResolver, readConfigFile, validateConfigText, type RawConfig, type ResolvedConfig } from '../config';

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
  /** Untrusted: read no config file at all (workspace files could turn rules off or inject markup). */
  setWorkspaceTrust(trusted: boolean): void;
  /** How many resolvers (one per distinct editor settings) are kept: at most MAX_RESOLVERS. */
  readonly resolverCount: number;
  validateText(text: string, filePath: string): ConfigProblem[];
  /**
   * Problems of a config file on disk, read with the same type and size checks as the resolver (a watched
   * `.warmlyrc.json` may be a link to /dev/zero); `undefined` when the file no longer exists.
   */
  checkFile(filePath: string): ConfigProblem[] | undefined;
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

/** A config file's text for placing a diagnostic, read with the resolver's checks; undefined when unreadable. */
export function readConfigText(filePath: string): string | undefined {
  try {
    return readConfigFile(filePath);
  } catch {
    return undefined;
  }
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
  let noConfig = false;
  const plain = () => resolverFor(undefined) as ConfigResolver;

  function resolverFor(settings: RawConfig | undefined): ConfigResolver | ConfigProblem {
    const key = settings ? JSON.stringify(settings) : '';
    let r = resolvers.get(key);
    if (r) {
      resolvers.delete(key);
      resolvers.set(key, r);
    } else {
      try {
        r = new ConfigResolver(settings ? { noConfig, overrides: settings, overridesName: SETTINGS_SOURCE } : { noConfig });
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
    setWorkspaceTrust(trusted) {
      if (noConfig === !trusted) return;
      noConfig = !trusted;
      resolvers.clear();
    },
    checkFile(filePath) {
      if (noConfig) return [];
      if (!existsSync(filePath)) return undefined;
      try {
        return validateConfigText(readConfigFile(filePath), filePath).map((e) => problemOf(e)!);
      } catch (error) {
        const p = problemOf(error);
        if (!p) throw error;
        return [p];
      }
    },
    resolve(filePath, editorSettings) {
      const r = resolverFor(editorSettings && Object.keys(editorSettings).length ? editorSettings : undefined);
      if (r instanceof ConfigResolver) return r.resolve(filePath);
      return { ...plain().resolve(filePath), settingsProblem: r };
    },
  };
}
