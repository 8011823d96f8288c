// Bundles the CLI, the language server and the VS Code extension into single CommonJS files.
// Bundling halves start-up time and lets the ESM-only unified/remark packages run anywhere Node does.
import { build, context } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
  // Which build the phrase snapshots belong to (see server/phrase-snapshot.ts); absent in watch mode.
  define: buildId ? { __WARMLY_BUILD__: JSON.stringify(buildId) } : {},
  logLevel: 'warning',
  legalComments: 'none',
  // handlebars' index wires up require.extensions for .hbs files; we only use its parser.
  alias: { handlebars: 'handlebars/dist/cjs/handlebars.js' },
});

// The phrase snapshots are made from the same sources as the bundles, so a rebuild always replaces them; watch
// mode does not remake them, so it drops them (the bundles then build what they hold at start-up, as before).
const SNAPSHOT = 'server/dist/phrase-sources.json';
const INDEX_SNAPSHOT = 'server/dist/phrase-indexes.json';
const MAKER = join('node_modules', '.cache', 'warmly-build', 'phrase-snapshot-maker.cjs');
rmSync('server/dist/phrase-sources.js', { force: true }); // the module form of older builds
rmSync(SNAPSHOT, { force: true });
rmSync(INDEX_SNAPSHOT, { force: true });

// The build id: a digest of the snapshot maker's bundle, which holds the engine's code and the rules' phrase data,
// so it changes whenever what the snapshots hold could. The bundles carry it, the index snapshot names it, and a
// bundle refuses a snapshot with another (see seedPatternIndexes in server/engine/match.ts).
let buildId;
const makeSnapshots = !watch && existsSync('server/phrase-snapshot-maker.ts');
if (makeSnapshots) {
  mkdirSync(dirname(MAKER), { recursive: true });
  await build({ ...options({ entry: 'server/phrase-snapshot-maker.ts', out: MAKER }), sourcemap: false, minify: false });
  buildId = createHash('sha256').update(readFileSync(MAKER)).digest('hex').slice(0, 16);
}

if (watch) {
  for (const t of targets) await (await context(options(t))).watch();
} else {
  await Promise.all(targets.map((t) => build(options(t))));
  if (makeSnapshots) writePhraseSnapshots();
}

/**
 * Lints the samples with every rule in a build of the engine and writes, beside the bundles, the phrase regex
 * sources it built and the pattern indexes its phrase sets needed (see server/phrase-snapshot.ts): a cold start then
 * skips building them. JSON, not a module: JSON.parse reads the ~1 MB in a third of the CPU time that parsing it as
 * JavaScript takes.
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
  const maker = createRequire(import.meta.url)(join(process.cwd(), MAKER));
  writeFileSync(SNAPSHOT, `${JSON.stringify(maker.makePhraseSnapshot(files))}\n`);
  writeFileSync(INDEX_SNAPSHOT, `${JSON.stringify(maker.makeIndexSnapshot(buildId))}\n`);
}
