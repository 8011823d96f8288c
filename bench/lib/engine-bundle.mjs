// The bench calls Warmly's engine in-process (like the peers' libraries), so it bundles the engine the same way
// esbuild.mjs bundles the CLI: one CommonJS file, ESM-only dependencies included.
import { build } from 'esbuild';
import { enginePath, repoRoot } from './paths.mjs';

/**
 * The engine's helpers (isKnownTemplate), the linter wired to Warmly's rules (lint), and the V8 setting every
 * entry point that runs the engine (CLI, its workers, the language server and its lint thread) makes before its
 * first lint, so the bench measures the engine as Warmly runs it.
 */
export const ENGINE_ENTRY = "export * from './server/engine';\nexport { lint, fixText, rules } from './server/linter';\nexport { compileRegexpsOnce } from './server/regexp-tuning';\n";

export async function buildEngine() {
  await build({
    stdin: { contents: ENGINE_ENTRY, resolveDir: repoRoot, loader: 'ts' },
    outfile: enginePath,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    alias: { handlebars: 'handlebars/dist/cjs/handlebars.js' },
  });
}
