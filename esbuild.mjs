// Bundles the CLI, the language server and the VS Code extension into single CommonJS files.
// Bundling halves start-up time and lets the ESM-only unified/remark packages run anywhere Node does.
import { build, context } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

// The server's bundles are loaded by server/bin/compile-cache.js: `launched` ones carry the CommonJS wrapper it
// would otherwise add (see BUNDLE_PROLOGUE there).
const targets = [
  { entry: 'server/cli/main.ts', out: 'server/dist/cli.js', launched: true },
  { entry: 'server/language-server/main.ts', out: 'server/dist/server.js', launched: true },
  { entry: 'server/cli/worker.ts', out: 'server/dist/worker.js', launched: true },
  { entry: 'server/language-server/lint-worker.ts', out: 'server/dist/lint-worker.js', launched: true },
  { entry: 'client/src/extension.ts', out: 'client/dist/extension.js', external: ['vscode'] },
].filter((t) => existsSync(t.entry));
const { BUNDLE_PROLOGUE, BUNDLE_EPILOGUE } = createRequire(import.meta.url)('./server/bin/compile-cache.js');

/**
 * Parsers only some formats need, each bundled apart as server/dist/chunk-<name>.js (shipped beside the bundles:
 * `server/dist/*.js` in .vscodeignore and .npmignore) and loaded on first use (server/chunks.ts). Every start read,
 * checked and handed V8 their ~1.3 MB of the server bundle, and a small HTML, Markdown or text document never runs
 * them. `modules`: the packages the engine requires that the chunk holds (each `require` of one, in Warmly's own
 * sources, becomes a lookup in the chunk); anything else that imports them stays bundled as before.
 */
const CHUNKS = [
  { name: 'babel', modules: ['@babel/parser'] },
  { name: 'php', modules: ['php-parser'] },
  { name: 'yaml', modules: ['yaml'] },
  { name: 'config-schema', modules: ['ajv'] },
  { name: 'handlebars', modules: ['handlebars'] },
  { name: 'xml', modules: ['fast-xml-parser'] },
  { name: 'python', modules: ['@lezer/python'] },
  { name: 'markdown', modules: ['unified', 'remark-parse', 'remark-frontmatter'] },
  { name: 'diff', modules: ['diff'] },
  { name: 'franc', modules: ['franc-min'] },
];
const CHUNK_LOADER = join(dirname(fileURLToPath(import.meta.url)), 'server', 'chunks.ts');
const chunkOf = new Map(CHUNKS.flatMap((c) => c.modules.map((m) => [m, c.name])));
const chunkRequires = {
  name: 'chunk-requires',
  setup(b) {
    const filter = new RegExp(`^(?:${[...chunkOf.keys()].map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => {
      if (args.kind !== 'require-call' || /[\\/]node_modules[\\/]/.test(args.importer)) return undefined;
      return { path: args.path, namespace: 'warmly-chunk' };
    });
    b.onLoad({ filter: /.*/, namespace: 'warmly-chunk' }, (args) => ({
      loader: 'js',
      resolveDir: dirname(CHUNK_LOADER),
      contents: `module.exports = require(${JSON.stringify(CHUNK_LOADER)}).requireChunk(${JSON.stringify(chunkOf.get(args.path))})[${JSON.stringify(args.path)}];`,
    }));
  },
};

const options = (t) => ({
  entryPoints: [t.entry],
  outfile: t.out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  // Every start reads the server's bundles whole, turns them into a string and hands it to V8, at a cost that
  // grows with their size: without indentation and comments they are a quarter smaller (server.js 4.6 -> 3.5 MB).
  // Names stay, so stack traces and profiles still read; lines stay short, so the source map stays exact on every
  // line without a Persian regex literal (see asciiOnly).
  ...(t.launched ? { minifyWhitespace: true, lineLimit: 160, banner: { js: BUNDLE_PROLOGUE }, footer: { js: BUNDLE_EPILOGUE } } : {}),
  external: t.external ?? [],
  // Which build the phrase snapshots belong to (see server/phrase-snapshot.ts); absent in watch mode.
  define: buildId ? { __WARMLY_BUILD__: JSON.stringify(buildId) } : {},
  logLevel: 'warning',
  legalComments: 'none',
  // handlebars' index wires up require.extensions for .hbs files; we only use its parser.
  alias: { handlebars: 'handlebars/dist/cjs/handlebars.js' },
  plugins: t.launched ? [lazyBuiltins, chunkRequires] : [lazyBuiltins],
});

/** A chunk's build: a CommonJS module whose exports are its packages by name, wrapped and minified as the bundles. */
const chunkOptions = (c) => {
  const { entryPoints, outfile, plugins, ...rest } = options({ out: `server/dist/chunk-${c.name}.js`, launched: true });
  return {
    ...rest,
    stdin: { contents: `module.exports = {${c.modules.map((m) => `${JSON.stringify(m)}: require(${JSON.stringify(m)})`).join(', ')}};`, resolveDir: process.cwd(), sourcefile: `chunk-${c.name}.js`, loader: 'js' },
    outfile: `server/dist/chunk-${c.name}.js`,
  };
};

/**
 * The language server's protocol library requires node:crypto (for a random pipe name) and node:child_process (to
 * find global npm modules) at its top level, ~10-20 ms of every server start for features Warmly's stdio server
 * never uses. In those two files the module becomes a proxy that requires it on first use. If a new version spells
 * the line differently, nothing is replaced and the library loads them as before.
 */
const LAZY_BUILTINS = /[\\/]vscode-(?:languageserver|jsonrpc)[\\/]lib[\\/]node[\\/](?:files|main)\.js$/;
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onLoad({ filter: LAZY_BUILTINS }, (args) => ({
      loader: 'js',
      contents: readFileSync(args.path, 'utf8').replace(
        /^const (\w+) = require\("(crypto|child_process)"\);$/gm,
        (_, name, mod) => `const ${name} = new Proxy({}, { get: (_, key) => require("${mod}")[key] });`,
      ),
    }));
  },
};

// The phrase snapshot is made from the same sources as the bundles, so a rebuild always replaces it; watch mode
// does not remake it, so it drops it (the bundles then build what it holds at start-up, as before).
const SNAPSHOT = 'server/dist/phrase-snapshot.txt';
const MAKER = join('node_modules', '.cache', 'warmly-build', 'phrase-snapshot-maker.cjs');
// (and the forms of older builds: a module, then two JSON files)
for (const f of ['phrase-sources.js', 'phrase-sources.json', 'phrase-indexes.json']) rmSync(join('server/dist', f), { force: true });
rmSync(SNAPSHOT, { force: true });

// The build id: a digest of the snapshot maker's bundle, which holds the engine's code and the rules' phrase data,
// so it changes whenever what the snapshot holds could. The bundles carry it, the snapshot names it, and a bundle
// refuses a snapshot with another (see seedPhraseSnapshot in server/engine/match.ts).
let buildId;
const makeSnapshots = !watch && existsSync('server/phrase-snapshot-maker.ts');
if (makeSnapshots) {
  mkdirSync(dirname(MAKER), { recursive: true });
  // Removed first, so the build writes a new file: in a worktree whose node_modules is hard-linked to another's
  // (`cp -al`), writing over it would change every linked copy, and another tree's build running at the same time
  // could make its snapshot with this tree's maker (or this one with its), under the wrong build id.
  rmSync(MAKER, { force: true });
  await build({ ...options({ entry: 'server/phrase-snapshot-maker.ts', out: MAKER }), sourcemap: false, minify: false });
  buildId = createHash('sha256').update(readFileSync(MAKER)).digest('hex').slice(0, 16);
}

// Chunks of an older build's list are removed; this list's own are written over, never deleted first: a CLI or
// server started from this tree while it rebuilds (a test run, a watch build) must not find one missing.
const current = new Set(CHUNKS.map((c) => `chunk-${c.name}.js`));
for (const f of existsSync('server/dist') ? readdirSync('server/dist') : []) {
  if (/^chunk-.*\.js(\.map)?$/.test(f) && !current.has(f.replace(/\.map$/, ''))) rmSync(join('server/dist', f), { force: true });
}
const chunkBuilds = CHUNKS.map(chunkOptions);
if (watch) {
  for (const t of targets) await (await context(options(t))).watch();
  for (const c of chunkBuilds) await (await context(c)).watch();
} else {
  await Promise.all([...targets.map((t) => build(options(t))), ...chunkBuilds.map((c) => build(c))]);
  for (const out of [...targets.map((t) => t.out), ...chunkBuilds.map((c) => c.outfile)]) asciiOnly(out);
  if (makeSnapshots) writePhraseSnapshots();
}

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in comments and regex literals (the Persian phrase
 * patterns), and one such character makes Node read the whole 3 MB bundle as a two-byte string: ~25 ms more to
 * decode at every start and twice the memory. Each UTF-16 unit above 0x7F becomes a \uXXXX escape, which means the
 * same character in a regex literal (a surrogate pair is one code point under the u and v flags), a string or a
 * comment. Columns in the source map shift on those lines only.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return;
  // After an odd number of backslashes the character was escaped itself (`\ش` means ش): the escape replaces that one.
  const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  writeFileSync(file, text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => `${slashes.length % 2 ? slashes.slice(1) : slashes}${escape(c)}`));
}

/**
 * Lints the samples with every rule in a build of the engine and writes, beside the bundles, the phrase regex
 * sources and the pattern indexes of every phrase set it compiled (see server/phrase-snapshot.ts): a cold start then
 * reads the few it needs instead of building them all.
 */
function writePhraseSnapshots() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!name.endsWith('.md')) files.push({ filePath: full, text: readFileSync(full, 'utf8') });
    }
  };
  if (existsSync('samples')) walk('samples');
  writeFileSync(SNAPSHOT, createRequire(import.meta.url)(join(process.cwd(), MAKER)).makePhraseSnapshot(files, buildId));
}
