/**
 * Measures rule accuracy on the hand-labeled evaluation set (test/eval, see test/eval/GUIDELINES.md).
 * Usage: node --import tsx scripts/eval.ts [dev|holdout|holdout2|all] [--verbose]
 * Prints TP/FP/FN, precision and recall per rule and language. Lists each false alarm and miss for dev
 * only: holdout and holdout2 failures stay hidden unless --verbose, so the rules are not tuned to them.
 */
import { SPLITS, RULE_IDS, scoreSplits, precision, recall, emptyTally, type Split, type Tally, type Report, type Miss } from '../test/eval/scorer';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const which = args.find((a) => !a.startsWith('--')) ?? 'dev';
if (which !== 'all' && !(SPLITS as readonly string[]).includes(which)) {
  console.error(`Unknown split "${which}". Use ${SPLITS.join(', ')} or all.`);
  process.exit(2);
}
const splits: Split[] = which === 'all' ? [...SPLITS] : [which as Split];

const pct = (x: number | undefined) => (x === undefined ? '   -' : x.toFixed(2).padStart(4));
const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');

function printTable(report: Report) {
  const widths = [22, 4, 4, 4, 4, 4, 5, 6];
  console.log(row(['rule', 'lang', 'TP', 'FP', 'FN', 'dup', 'prec', 'recall'], widths));
  const all: Tally = emptyTally();
  for (const ruleId of RULE_IDS)
    for (const lang of ['en', 'fa'] as const) {
      const t = report.totals.get(ruleId)!.get(lang)!;
      all.tp += t.tp;
      all.fp += t.fp;
      all.fn += t.fn;
      all.dup += t.dup;
      console.log(row([ruleId, lang, t.tp, t.fp, t.fn, t.dup, pct(precision(t)), pct(recall(t))], widths));
    }
  console.log(row(['all rules', '', all.tp, all.fp, all.fn, all.dup, pct(precision(all)), pct(recall(all))], widths));
}

function printList(title: string, items: Miss[]) {
  console.log(`\n${title} (${items.length})`);
  for (const m of items) console.log(`  ${m.split}/${m.file}  ${m.ruleId} [${m.language}]  ${JSON.stringify(m.text)}`);
}

for (const split of splits) {
  const report = scoreSplits([split]);
  console.log(`\n== ${split}: ${report.cases} templates ==`);
  printTable(report);
  const crashes = report.results.filter((r) => r.crash);
  if (crashes.length) {
    console.log(`\nENGINE CRASHES (${crashes.length}): their labels count as misses`);
    for (const r of crashes) console.log(`  ${split}/${r.case.file}  ${r.crash}`);
  }
  if (split === 'dev' || verbose) {
    printList('False alarms', report.results.flatMap((r) => r.falseAlarms));
    printList('Misses', report.results.flatMap((r) => r.misses));
    printList('Duplicates (a second finding on a labeled problem)', report.results.flatMap((r) => r.duplicates));
  }
}
if (splits.length > 1) {
  const report = scoreSplits(splits);
  console.log(`\n== all: ${report.cases} templates ==`);
  printTable(report);
}
