/**
 * No template crashes the engine or makes it produce a bad edit: property tests over generated templates in every
 * format and both languages, and over mutations of every real template in ../shared/corpus. The long run of the
 * same properties is `npm run fuzz`. A failure prints fast-check's seed and path; rerun one with
 * `WARMLY_FC_SEED=<seed> node scripts/run-tests.mjs test/reliability/engine-properties.test.ts`.
 */
import fc from 'fast-check';
import { test } from 'node:test';
import { corpusFiles, lintOptions, mutation, templateText } from './arbitraries';
import { checkAll } from './invariants';

const seed = process.env.WARMLY_FC_SEED ? Number(process.env.WARMLY_FC_SEED) : undefined;
// A hang must fail the suite, not stall it.
const timeout = 240_000;

test('generated templates: no exception, ranges inside the text, clean edits, idempotent fix-all, deterministic', { timeout }, () => {
  fc.assert(fc.property(templateText, lintOptions, (text, options) => { checkAll(text, options); }), { numRuns: 2500, seed });
});

test('mutations of every corpus file: truncated, unbalanced, inserted bytes, duplicated regions, CRLF and lone CR', { timeout }, () => {
  const files = corpusFiles();
  for (const file of files) {
    const result = fc.check(fc.property(mutation(file.text), (text) => { checkAll(text, { filePath: file.path }); }), { numRuns: 2, seed });
    if (result.failed) {
      const text = String(result.counterexample?.[0] ?? '');
      throw new Error(`${file.name} (seed ${result.seed}, path ${result.counterexamplePath}): ${String(result.errorInstance).slice(0, 600)}\nmutated text (${text.length} chars): ${JSON.stringify(text.slice(0, 300))}…`);
    }
  }
});
