/**
 * No template crashes the engine or makes it produce a bad edit: property tests over generated templates in every
 * format and both languages, and over mutations of the realistic templates in test/fixtures/templates and (when it
 * is beside the clone) of every real template in ../shared/corpus. Seeds are fixed; the long run of the same
 * properties with fresh seeds is `npm run fuzz`. A failure prints fast-check's seed and path; rerun one with
 * `WARMLY_FC_SEED=<seed> node scripts/run-tests.mjs test/reliability/engine-properties.test.ts`.
 */
import fc from 'fast-check';
import { test } from 'node:test';
import { CORPUS_HINT, skipLoudly } from '../helpers/skips';
import { fixtureFiles, lintOptions, mutation, sharedCorpusFiles, templateText } from './arbitraries';
import { checkAll } from './invariants';

// Fixed seeds: `npm test` checks the same cases on every run, so it passes or fails on the code, not on luck.
// `npm run fuzz` explores with fresh seeds; every counterexample it finds becomes a case in regressions.test.ts.
const seed = process.env.WARMLY_FC_SEED ? Number(process.env.WARMLY_FC_SEED) : 20_261_202;
// A hang must fail the suite, not stall it.
const timeout = 240_000;

test('generated templates: no exception, ranges inside the text, clean edits, idempotent fix-all, deterministic', { timeout }, () => {
  fc.assert(fc.property(templateText, lintOptions, (text, options) => { checkAll(text, options); }), { numRuns: 2500, seed });
});

function mutateAll(files: { path: string; name: string; text: string }[], numRuns: number): void {
  files.forEach((file, i) => {
    // One seed per file, fixed, so adding a file does not change the cases of the others.
    const result = fc.check(fc.property(mutation(file.text), (text) => { checkAll(text, { filePath: file.path }); }), { numRuns, seed: seed + i });
    if (result.failed) {
      const text = String(result.counterexample?.[0] ?? '');
      throw new Error(`${file.name} (seed ${result.seed}, path ${result.counterexamplePath}): ${String(result.errorInstance).slice(0, 600)}\nmutated text (${text.length} chars): ${JSON.stringify(text.slice(0, 300))}…`);
    }
  });
}

test('mutations of the in-repository templates: truncated, unbalanced, inserted bytes, duplicated regions, CRLF and lone CR', { timeout }, () => {
  mutateAll(fixtureFiles(), 60);
});

test('mutations of every shared-corpus file (../shared/corpus)', { timeout }, (t) => {
  const files = sharedCorpusFiles();
  if (!files) return skipLoudly(t, 'mutations of the shared corpus', 'no ../shared/corpus beside the clone', CORPUS_HINT);
  mutateAll(files, 2);
});
