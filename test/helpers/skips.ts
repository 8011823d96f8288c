/**
 * Loud skips. A test that needs something outside the repository (a real editor, the shared corpus beside the
 * clone) and cannot find it skips with one line saying what, why and how to get it, printed to stderr and
 * appended to the list scripts/run-tests.mjs prints in its summary. In strict mode (CI=true or WARMLY_STRICT=1,
 * as .ci/run runs) the same situation is a failure: CI must run everything.
 */
import assert from 'node:assert/strict';
import { appendFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';

export const STRICT = process.env.CI === 'true' || process.env.WARMLY_STRICT === '1';

/** ../shared/corpus beside the repository, when this workspace has it; WARMLY_CORPUS points elsewhere (a worktree). */
export const SHARED_CORPUS = process.env.WARMLY_CORPUS ? resolve(process.env.WARMLY_CORPUS) : resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
export const hasSharedCorpus = (): boolean => existsSync(SHARED_CORPUS);
export const CORPUS_HINT = `put the real-template corpus at ${SHARED_CORPUS} (../shared/corpus beside the clone) or set WARMLY_CORPUS=<its folder>; the in-repository fixtures in test/fixtures/templates still cover robustness`;

/** Skips `t` loudly, or fails it in strict mode. Returns so callers can `return skipLoudly(...)`. */
export function skipLoudly(t: TestContext, what: string, why: string, how: string): void {
  const line = `SKIPPED ${what}: ${why}. To run it: ${how}`;
  process.stderr.write(`\n!!! ${line}\n`);
  if (process.env.WARMLY_SKIP_LOG) appendFileSync(process.env.WARMLY_SKIP_LOG, `${line}\n`);
  if (STRICT) assert.fail(`${line}. (Strict mode — CI=true or WARMLY_STRICT=1 — does not allow skips.)`);
  t.skip(line);
}

export const FIXTURE_TEMPLATES = join(import.meta.dirname, '..', 'fixtures', 'templates');
