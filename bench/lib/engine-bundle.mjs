// The bench calls Warmly's engine in-process (like the peers' libraries), so it bundles the engine the same way
// esbuild.mjs bundles the CLI: one CommonJS file, ESM-only dependencies included.
import { build } from 'esbuild';
import { enginePath, repoRoot } from './paths.mjs';

export async function buildEngine() {
  await build({
    // The engine's helpers (isKnownTemplate) and the linter wired to Warmly's rules (lint).
    stdin: {
      contents: "export * from './server/engine';\nexport { lint, fixText, rules } from './server/linter';\n",
      resolveDir: repoRoot,
      loader: 'ts',
    },
    outfile: enginePath,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    alias: { handlebars: 'handlebars/dist/cjs/handlebars.js' },
  });
}
