/**
 * `npm run bench:linear`: the timed twin of test/reliability/linear-cost.test.ts. For each adversarial input,
 * lint n and 4n characters (fastest of 3 runs each) and print the time ratio (linear ≈ 4, quadratic ≈ 16). A
 * report, not a gate: wall-clock ratios depend on the machine's load, so they stay out of `npm test`. This is
 * where backtracking inside a single regex execution, which the test's work counter cannot see, shows up.
 */
import { type LintOptions } from '../server/engine';
import { lint } from '../server/linter';
import { ADVERSARIAL } from '../test/reliability/adversarial';

function fastest(text: string, options: LintOptions, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    lint(text, options);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const n = 6_000;
console.log(`${'input'.padEnd(52)} ${'n ms'.padStart(8)} ${'4n ms'.padStart(8)} ratio`);
for (const input of ADVERSARIAL) {
  const options = { filePath: input.filePath };
  fastest(input.make(n), options, 1);
  let small = fastest(input.make(n), options);
  let large = fastest(input.make(4 * n), options);
  // Below a few milliseconds the timer and the JIT dominate; measure a bigger pair instead.
  if (small < 5) { small = fastest(input.make(4 * n), options); large = fastest(input.make(16 * n), options); }
  const ratio = large / Math.max(small, 1);
  console.log(`${input.name.padEnd(52)} ${small.toFixed(1).padStart(8)} ${large.toFixed(1).padStart(8)} ${ratio.toFixed(1)}${ratio > 9 ? '  ← worse than linear?' : ''}`);
}
