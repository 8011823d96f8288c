import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** `../shared/corpus` from the repository root; WARMLY_CORPUS names it for a checkout elsewhere (a git worktree). */
export const corpusDir = process.env.WARMLY_CORPUS || join(repoRoot, '..', 'shared', 'corpus');
/**
 * Scratch space for generated workloads and the engine bundle, reused between runs. Outside the repository on
 * purpose: the CLI skips anything under node_modules, and 12,000 copied templates have no place in a checkout.
 */
export const cacheDir = join(tmpdir(), 'warmly-bench');
export const enginePath = join(cacheDir, 'engine.cjs');
export const cliBin = join(repoRoot, 'server', 'bin', 'warmly.js');
export const serverBin = join(repoRoot, 'server', 'bin', 'warmly-language-server.js');
export const resultsFile = join(repoRoot, 'bench', 'results', 'latest.json');
