/**
 * The one configuration resolver, shared by the CLI and the language server. For a file it finds the config
 * files above it (nearest wins, `"root": true` stops the walk), expands `extends`, applies matching
 * `overrides`, then the caller's overrides (command-line `--rule`, editor settings), and hands back options
 * ready for `lint()`. Only data files are read (config files never run code), and each is checked for type and
 * size before it is read (see read.ts). Discovery is our own rather than lilconfig's because lilconfig reads a
 * found file whole before any loader can look at it: a `.warmlyrc.json` that is a FIFO or a link to /dev/zero
 * would hang or exhaust memory.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { formatFor, type LintOptions } from '../engine';
import { ConfigError } from './errors';
import { applySettings, emptySettings, toLintOptions } from './merge';
import { isPackageJson, parseConfigText } from './parse';
import { configFileProblem, MAX_CONFIG_BYTES, NOT_DATA, readConfigFile } from './read';
import type { OverrideConfig, RawConfig } from './types';
import { validateConfigData } from './validate';

export { ConfigError } from './errors';
export { MAX_CONFIG_BYTES, readConfigFile } from './read';
export { buildSchema, SCHEMA_URL, SEVERITIES } from './schema';
export type { OverrideConfig, PersonalizationConfig, RawSettings, RuleValue } from './types';
export type { RawConfig };

export interface ResolvedConfig {
  /** Ready for `lint()`: rules (severities, options, phrases), personalization, language, `filePath`. */
  options: LintOptions;
  /** The file matched an `ignore` glob of a config file. (`.warmlyignore` is the CLI walker's business.) */
  ignored: boolean;
  /** Absolute paths of the config files that contributed, nearest first (a file before the presets it extends). */
  files: string[];
}

export interface ResolverInit {
  /** Use no config file at all (only `overrides`). */
  noConfig?: boolean;
  /** Use this one file instead of looking for config files (`--config`). */
  configFile?: string;
  /** Applied last: command-line `--rule` flags, editor settings. */
  overrides?: RawConfig;
  /** How errors in `overrides` name their source, e.g. "--rule" or "warmly.rules setting". */
  overridesName?: string;
  /** Base for relative paths (default: process.cwd()). */
  cwd?: string;
}

export const CONFIG_FILE_NAMES: readonly string[] = ['.warmlyrc.json', '.warmlyrc.yaml', '.warmlyrc.yml', 'warmly.config.json', 'package.json'];

/** Built-in presets for `extends`. */
const PRESETS: Record<string, RawConfig> = {
  'warmly:recommended': {},
};

interface Layer {
  /** Undefined for built-in presets. */
  file?: string;
  body: RawConfig;
}

/** One config file found on disk, with the presets it extends flattened in front of it. */
interface Found {
  /** Globs in `overrides` and `ignore` are relative to this folder, also for the presets it extends. */
  dir: string;
  layers: Layer[];
}

type Chain = Found[];

/** Validates one config file's text, for editor diagnostics on `.warmlyrc.json` and friends. */
export function validateConfigText(text: string, filePath: string): ConfigError[] {
  try {
    const parsed = parseConfigText(text, filePath);
    if (parsed.data === undefined && isPackageJson(filePath)) return [];
    return validateConfigData(parsed, filePath);
  } catch (err) {
    if (err instanceof ConfigError) return [err];
    throw err;
  }
}

/** Reads, parses and validates one config file; throws the first problem as a ConfigError. */
export function loadConfigFile(filePath: string, text?: string): RawConfig {
  text ??= readConfigFile(filePath);
  const parsed = parseConfigText(text, filePath);
  if (parsed.data === undefined && isPackageJson(filePath)) return {};
  const errors = validateConfigData(parsed, filePath);
  if (errors.length) throw errors[0];
  return parsed.data as RawConfig;
}

export class ConfigResolver {
  private readonly init: ResolverInit;
  private readonly cwd: string;
  private readonly chains = new Map<string, Chain | ConfigError>();
  /** Folder → the nearest config file at or above it (with its parsed body), or null when there is none. */
  private readonly nearest = new Map<string, { file: string; body: RawConfig } | null>();
  private explicit: Chain | ConfigError | undefined;
  private readonly extra: RawConfig | undefined;

  constructor(init: ResolverInit = {}) {
    this.init = init;
    this.cwd = resolve(init.cwd ?? process.cwd());
    if (init.overrides) {
      const name = init.overridesName ?? 'settings';
      const errors = validateConfigData({ data: init.overrides, locate: () => undefined }, name);
      if (errors.length) throw errors[0];
      this.extra = init.overrides;
    }
  }

  clearCache(): void {
    this.chains.clear();
    this.explicit = undefined;
    this.nearest.clear();
  }

  resolve(filePath: string): ResolvedConfig {
    const abs = resolve(this.cwd, filePath);
    const chain = this.chainFor(dirname(abs));
    const settings = emptySettings();
    let ignored = false;
    for (const found of chain) {
      for (const layer of found.layers) {
        applySettings(settings, layer.body);
        if (layer.body.ignore?.length && matchesIgnore(layer.body.ignore, found.dir, abs)) ignored = true;
        for (const o of layer.body.overrides ?? []) if (matchesOverride(o, found.dir, abs)) applySettings(settings, o);
      }
    }
    if (this.extra) {
      applySettings(settings, this.extra);
      for (const o of this.extra.overrides ?? []) if (matchesOverride(o, this.cwd, abs)) applySettings(settings, o);
      if (this.extra.ignore?.length && matchesIgnore(this.extra.ignore, this.cwd, abs)) ignored = true;
    }
    const files: string[] = [];
    for (const found of [...chain].reverse()) {
      for (const layer of [...found.layers].reverse()) if (layer.file && !files.includes(layer.file)) files.push(layer.file);
    }
    return { options: toLintOptions(settings, abs, formatFor(abs)), ignored, files };
  }

  private chainFor(dir: string): Chain {
    if (this.init.noConfig) return [];
    if (this.init.configFile) {
      this.explicit ??= this.attempt(() => {
        const file = resolve(this.cwd, this.init.configFile!);
        return [{ dir: dirname(file), layers: this.expand(file, loadConfigFile(file), []) }];
      });
      if (this.explicit instanceof ConfigError) throw this.explicit;
      return this.explicit;
    }
    let chain = this.chains.get(dir);
    if (!chain) {
      chain = this.attempt(() => this.discover(dir));
      this.chains.set(dir, chain);
    }
    if (chain instanceof ConfigError) throw chain;
    return chain;
  }

  private attempt(build: () => Chain): Chain | ConfigError {
    try {
      return build();
    } catch (err) {
      if (err instanceof ConfigError) return err;
      throw err;
    }
  }

  /** Config files from the nearest to the root-most, returned root-most first so nearer ones apply later. */
  private discover(dir: string): Chain {
    const found: Found[] = [];
    let from: string | undefined = dir;
    while (from) {
      const result = this.search(from);
      if (!result) break;
      const body = result.body;
      const configDir = dirname(result.file);
      found.push({ dir: configDir, layers: this.expand(result.file, body, []) });
      if (body.root) break;
      const parent = dirname(configDir);
      from = parent === configDir ? undefined : parent;
    }
    return found.reverse();
  }

  /** The nearest config file at or above `dir`: the first of CONFIG_FILE_NAMES found in a folder wins. */
  private search(dir: string): { file: string; body: RawConfig } | undefined {
    const visited: string[] = [];
    let result: { file: string; body: RawConfig } | null = null;
    for (let d: string | undefined = dir; d !== undefined; ) {
      const cached = this.nearest.get(d);
      if (cached !== undefined) { result = cached; break; }
      visited.push(d);
      result = this.configIn(d);
      if (result) break;
      const parent = dirname(d);
      d = parent === d ? undefined : parent;
    }
    for (const v of visited) this.nearest.set(v, result);
    return result ?? undefined;
  }

  /** The config file in one folder, if any. An empty file counts as none, as does a package.json without "warmly". */
  private configIn(dir: string): { file: string; body: RawConfig } | null {
    for (const name of CONFIG_FILE_NAMES) {
      const file = join(dir, name);
      let st;
      try {
        st = statSync(file);
      } catch {
        continue;
      }
      if (isPackageJson(file)) {
        // A project's package.json is not ours: one that is odd or huge is passed over, not an error.
        if (!st.isFile() || st.size > MAX_CONFIG_BYTES) continue;
        const content = readConfigFile(file);
        if (!content.includes('"warmly"') || !hasWarmlyKey(content)) continue;
        return { file, body: loadConfigFile(file, content) };
      }
      const content = readConfigFile(file);
      if (content.trim() === '') continue;
      return { file, body: loadConfigFile(file, content) };
    }
    return null;
  }

  /** The presets a config extends, depth first and in order, followed by the config itself. */
  private expand(file: string, body: RawConfig, seen: string[]): Layer[] {
    if (seen.includes(file)) {
      throw new ConfigError({ file, keyPath: 'extends', problem: `extends itself through ${[...seen, file].map((f) => basename(f)).join(' → ')}`, expected: 'presets that do not extend each other in a circle' });
    }
    const layers: Layer[] = [];
    const refs = body.extends === undefined ? [] : ([] as string[]).concat(body.extends);
    for (const ref of refs) {
      if (ref.startsWith('warmly:')) {
        const preset = PRESETS[ref];
        if (!preset) {
          throw new ConfigError({ file, keyPath: 'extends', problem: `names an unknown preset "${ref}"`, expected: `${Object.keys(PRESETS).map((p) => `"${p}"`).join(', ')} or a path to a JSON/YAML file` });
        }
        layers.push({ body: preset });
        continue;
      }
      const target = this.locatePreset(ref, file);
      layers.push(...this.expand(target, loadPresetFile(target, file, ref), [...seen, file]));
    }
    layers.push({ file, body });
    return layers;
  }

  private locatePreset(ref: string, from: string): string {
    if (ref.startsWith('.') || isAbsolute(ref)) return resolve(dirname(from), ref);
    try {
      return createRequire(from).resolve(ref);
    } catch {
      throw new ConfigError({ file: from, keyPath: 'extends', problem: `names "${ref}", which was not found`, expected: 'a path relative to this file ("./base.json"), a package file ("@acme/warmly-config/warmly.json") or "warmly:recommended"' });
    }
  }
}

function loadPresetFile(target: string, from: string, ref: string): RawConfig {
  try {
    statSync(target);
  } catch {
    throw new ConfigError({ file: from, keyPath: 'extends', problem: `names "${ref}", which was not found`, expected: 'a path relative to this file ("./base.json"), a package file or "warmly:recommended"' });
  }
  // Type, extension and size are checked before a byte is read: "extends": "/dev/zero" is an error, not a hang.
  // The error sits on the file that says "extends", where the editor can show it and the user can fix it.
  const problem = configFileProblem(target);
  if (problem) {
    const expected = problem === NOT_DATA ? 'a .json, .yaml or .yml file (config files never run code)' : 'a path to a regular .json, .yaml or .yml file of at most 1 MiB, a package file or "warmly:recommended"';
    throw new ConfigError({ file: from, keyPath: 'extends', problem: `names "${ref}", which ${problem}`, expected });
  }
  return loadConfigFile(target);
}

function hasWarmlyKey(packageJsonText: string): boolean {
  try {
    const pkg = JSON.parse(packageJsonText);
    return Boolean(pkg && typeof pkg === 'object' && 'warmly' in pkg);
  } catch {
    return false;
  }
}

/** Path of `abs` relative to `dir` with forward slashes, or undefined when it lies outside `dir`. */
function relativeInside(dir: string, abs: string): string | undefined {
  const rel = relative(dir, abs);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

const matchers = new Map<string, (path: string) => boolean>();

function globMatcher(globs: string | string[]): (path: string) => boolean {
  const list = ([] as string[]).concat(globs);
  const key = list.join('\u0000');
  let m = matchers.get(key);
  if (!m) {
    // A glob without "/" matches the file name in any folder, as in ESLint's overrides. (picomatch's own
    // `basename` option stops matching globs that do contain a "/", so the two kinds are kept apart.)
    const globs = list.map((g) => g.replace(/^\.\//, ''));
    const byName = globs.filter((g) => !g.includes('/'));
    const byPath = globs.filter((g) => g.includes('/'));
    const name = byName.length ? picomatch(byName, { dot: true }) : () => false;
    const path = byPath.length ? picomatch(byPath, { dot: true }) : () => false;
    const matcher = (p: string) => path(p) || name(p.slice(p.lastIndexOf('/') + 1));
    matchers.set(key, matcher);
    m = matcher;
  }
  return m;
}

function matchesOverride(o: OverrideConfig, dir: string, abs: string): boolean {
  const rel = relativeInside(dir, abs);
  if (rel === undefined) return false;
  if (!globMatcher(o.files)(rel)) return false;
  return !(o.excludedFiles && globMatcher(o.excludedFiles)(rel));
}

const ignorers = new Map<string, ReturnType<typeof ignore>>();

function matchesIgnore(patterns: string[], dir: string, abs: string): boolean {
  const rel = relativeInside(dir, abs);
  if (rel === undefined) return false;
  const key = patterns.join('\n');
  let ig = ignorers.get(key);
  if (!ig) {
    ig = ignore().add(patterns);
    ignorers.set(key, ig);
  }
  return ig.ignores(rel);
}
