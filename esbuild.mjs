// Bundles the CLI, the language server and the VS Code extension into single CommonJS files.
// Bundling halves start-up time and lets the ESM-only unified/remark packages run anywhere Node does.
import { build, context } from 'esbuild';
import { existsSync } from 'node:fs';

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

if (watch) {
  for (const t of targets) await (await context(options(t))).watch();
} else {
  await Promise.all(targets.map((t) => build(options(t))));
}
