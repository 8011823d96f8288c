// The bench calls Warmly's engine in-process (like the peers' libraries), so it bundles the engine the same way
// esbuild.mjs bundles the CLI: one CommonJS file, ESM-only dependencies included.
import { build } from 'esbuild';
import { join } from 'node:path';
import { enginePath, repoRoot } from './paths.mjs';

export async function buildEngine() {
  await build({
    entryPoints: [join(repoRoot, 'server', 'src', 'engine', 'index.ts')],
    outfile: enginePath,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    alias: { handlebars: 'handlebars/dist/cjs/handlebars.js' },
  });
}
