/**
 * Bundles the API suite (client/test/suite) into one CommonJS file the extension host can load, engine included.
 * Shared by @vscode/test-electron (runTest.ts) and the code-server run (test/e2e/vscode-api.test.ts).
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'client', 'test', 'fixtures');

export async function bundleSuite(): Promise<string> {
  const bundle = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (bundle.status !== 0) throw new Error('node esbuild.mjs failed');
  const out = join(ROOT, 'client', 'test', 'dist', 'suite.js');
  await build({
    entryPoints: [join(ROOT, 'client', 'test', 'suite', 'index.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    alias: { handlebars: 'handlebars/dist/cjs/handlebars.js' },
    logLevel: 'warning',
  });
  return out;
}
