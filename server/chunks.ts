/**
 * The parsers only some formats need (Babel, PHP, YAML, Python, Handlebars, XML, Markdown, the config validator, the
 * CLI's diff, the language identifier franc) are bundled apart, each in a chunk beside the main bundles
 * (server/dist/chunk-<name>.js; CHUNKS in esbuild.mjs), and the build turns each `require` of one of them into `requireChunk(<chunk>)[<package>]`. A start
 * then reads, checks and deserializes only the code every lint needs; a YAML catalog or a React component pays for
 * its parser when it is first linted. Run from source (tests, tsx), nothing calls this: the packages are required
 * as they are.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The launchers' loader, which loads a chunk through V8's code cache as it loads the bundles. */
const LOADER = join(__dirname, '..', 'bin', 'compile-cache.js');

interface Loader {
  loadChunk(distDir: string, name: string): Record<string, unknown>;
}

const loaded = new Map<string, Record<string, unknown>>();

/** The exports of chunk `name`, by package name; loaded on the first call (an Error saying what to do if it cannot be). */
export function requireChunk(name: string): Record<string, unknown> {
  let chunk = loaded.get(name);
  if (!chunk) {
    chunk = existsSync(LOADER) ? (require(LOADER) as Loader).loadChunk(__dirname, name) : requirePlain(name);
    loaded.set(name, chunk);
  }
  return chunk;
}

/** A bundle without the launchers beside it (copied out on its own) loads the chunk as a plain module. */
function requirePlain(name: string): Record<string, unknown> {
  const file = join(__dirname, `chunk-${name}.js`);
  try {
    return require(file) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`Warmly could not load its ${name} parser, ${file}: ${error instanceof Error ? error.message : String(error)}. The installation is incomplete: install Warmly again, or run "npm run build" in its repository.`, { cause: error });
  }
}
