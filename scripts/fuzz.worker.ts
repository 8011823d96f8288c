// The long fuzz run's worker: the property checks of test/reliability, round after round with fresh seeds, until
// the time budget ends. Before each case it writes the case to a file, so the parent can name a case that hangs.
// WARMLY_FUZZ_SEED fixes the seeds (round k uses seed ^ k·2654435761) and WARMLY_FUZZ_ROUNDS stops after that many
// rounds: CI runs the same cases every time, so it passes or fails by the code, not by luck; without them each run
// explores new cases.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { corpusFiles, lintOptions, mutation, templateText } from '../test/reliability/arbitraries';
import { checkAll } from '../test/reliability/invariants';
import { hostileConfigRound } from './fuzz-config';
import { SCALE_GENERATORS } from './fuzz.scale';

const [budgetSeconds, caseFile] = [Number(process.argv[2]), process.argv[3]];
const deadline = Date.now() + budgetSeconds * 1000;
const fixedSeed = process.env.WARMLY_FUZZ_SEED ? Number(process.env.WARMLY_FUZZ_SEED) : undefined;
const maxRounds = process.env.WARMLY_FUZZ_ROUNDS ? Number(process.env.WARMLY_FUZZ_ROUNDS) : Infinity;
const corpus = corpusFiles();
let cases = 0;
let rounds = 0;
const watch = (text: string, options: unknown) => { cases++; writeFileSync(caseFile, JSON.stringify({ text, options })); };

while (Date.now() < deadline && rounds < maxRounds) {
  const seed = ((fixedSeed ?? Date.now()) ^ (rounds * 2654435761)) >>> 0;
  rounds++;
  const generated = fc.check(fc.property(templateText, lintOptions, (text, options) => { watch(text, options); checkAll(text, options); }), { numRuns: 500, seed });
  if (generated.failed) fail('generated template', generated);
  const file = corpus[rounds % corpus.length];
  const mutated = fc.check(fc.property(mutation(file.text), (text) => { watch(text, { filePath: file.path }); checkAll(text, { filePath: file.path }); }), { numRuns: 20, seed });
  if (mutated.failed) fail(`mutation of ${file.name}`, mutated);
  for (const result of hostileConfigRound(seed, watch)) if (result.failed) fail('hostile config', result);
  // A few large cases per round: size and nesting, where cost blow-ups and stack overflows live.
  const scale = SCALE_GENERATORS[rounds % SCALE_GENERATORS.length];
  const big = fc.check(fc.property(scale.arbitrary, ({ text, options }) => { watch(text, options); checkAll(text, options); }), { numRuns: 2, seed });
  if (big.failed) fail(scale.name, big);
}
console.log(`fuzz: ${cases} cases in ${rounds} rounds, no failures`);

function fail(what: string, result: { seed: number; counterexamplePath: string | null; counterexample: readonly unknown[] | null; errorInstance: unknown }): never {
  const [text, options] = result.counterexample ?? [];
  console.error(`fuzz: ${what} failed (seed ${result.seed}, path ${result.counterexamplePath}):\n${String(result.errorInstance).slice(0, 1500)}`);
  console.error(`shrunk input: ${JSON.stringify(text).slice(0, 2000)} ${JSON.stringify(options ?? '')}`);
  process.exit(1);
}
