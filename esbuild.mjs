// Bundles the CLI, the language server and the VS Code extension into single CommonJS files.
// Bundling halves start-up time and lets the ESM-only unified/remark packages run anywhere Node does.
import { build, context } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const targets = [
  { entry: 'server/cli/main.ts', out: 'server/dist/cli.js' },
  { entry: 'server/language-server/main.ts', out: 'server/dist/server.js' },
  { entry: 'server/cli/worker.ts', out: 'server/dist/worker.js' },
  { entry: 'server/language-server/lint-worker.ts', out: 'server/dist/lint-worker.js' },
  { entry: 'client/src/extension.ts', out: 'client/dist/extension.js', external: ['vscode'] },
].filter((t) => existsSync(t.entry));

const options = (t) => ({
  entryPoints: [t.entry],
  outfile: t.out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  external: t.external ?? [],
  logLevel: 'warning',
  legalComments: 'none',
  // handlebars' index wires up require.extensions for .hbs files; we only use its parser.
  alias: { handlebars: 'handlebars/dist/cjs/handlebars.js' },
});

// The phrase-source snapshot is made from the same sources as the bundles, so a rebuild always replaces it;
// watch mode does not remake it, so it drops it (the bundles then build the sources at start-up, as before).
const SNAPSHOT = 'server/dist/phrase-sources.json';
rmSync('server/dist/phrase-sources.js', { force: true }); // the module form of older builds
rmSync(SNAPSHOT, { force: true });

if (watch) {
  for (const t of targets) await (await context(options(t))).watch();
} else {
  await Promise.all(targets.map((t) => build(options(t))));
  if (existsSync('server/phrase-snapshot-maker.ts')) await writePhraseSnapshot();
}

/**
 * Lints the samples with every rule in a build of the engine and writes the phrase regex sources it built as a
 * JSON file beside the bundles (see server/phrase-snapshot.ts): a cold start then skips building them. JSON, not
 * a module: JSON.parse reads the ~1 MB in a third of the CPU time that parsing it as JavaScript takes.
 */
async function writePhraseSnapshot() {
  const maker = join('node_modules', '.cache', 'warmly-build', 'phrase-snapshot-maker.cjs');
  mkdirSync(join('node_modules', '.cache', 'warmly-build'), { recursive: true });
  await build({ ...options({ entry: 'server/phrase-snapshot-maker.ts', out: maker }), sourcemap: false, minify: false });
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!name.endsWith('.md')) files.push({ filePath: full, text: readFileSync(full, 'utf8') });
    }
  };
  if (existsSync('samples')) walk('samples');
  const sources = createRequire(import.meta.url)(join(process.cwd(), maker)).makePhraseSnapshot(files);
  writeFileSync(SNAPSHOT, `${JSON.stringify(sources)}\n`);
}
