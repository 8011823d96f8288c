/**
 * Measures rule accuracy on labelled templates. Two kinds of set, always reported apart:
 * - real text nobody here wrote (test/eval/real.ts): `real-dev` (the shared corpus and its labels) and
 *   `real-holdout`, `real-holdout2`, `real-holdout3` (blind sets in $WARMLY_REAL_HOLDOUT[N], default
 *   /work/holdout-real[N]);
 * - self-written templates (test/eval, see test/eval/GUIDELINES.md): `dev`, `holdout`, `holdout2`.
 * Usage: node --import tsx scripts/eval.ts [dev|holdout|holdout2|real-dev|real-dev2|real-dev3|real-dev4|real-dev5|real-dev6|real-dev7|real-dev8|real-dev9|real-dev10|real-dev11|real-dev12|real-dev13|real-dev14|real-dev15|real-dev16|real-dev17|real-holdout|real-holdout2|real-holdout3|self|real|all] [--verbose]
 * Prints TP/FP/FN, precision and recall per rule and language. Lists each false alarm and miss for dev and
 * real-dev; holdout and holdout2 failures only with --verbose; real-holdoutN failures never (they are blind: the
 * person changing rules must not see its texts), only its table.
 */
import { SPLITS, RULE_IDS, scoreSplits, precision, recall, emptyTally, type Split, type Tally, type Miss } from '../test/eval/scorer';
import { isBlind, outsideRoot, REAL_RULE_IDS, REAL_SPLITS, scoreRealSplit, type RealSplit } from '../test/eval/real';
import type { Language } from '../server/engine';
import { halfOf, loadParaphraseSets, PARAPHRASE_ROUNDS, scoreParaphrases, type ParaphraseHalf } from '../test/eval/paraphrases';

type AnySplit = Split | RealSplit;
const GROUPS: Record<string, AnySplit[]> = {
  self: [...SPLITS],
  real: [...REAL_SPLITS],
  all: [...REAL_SPLITS, ...SPLITS],
};

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const which = args.find((a) => !a.startsWith('--')) ?? 'dev';
const known: string[] = [...SPLITS, ...REAL_SPLITS];
const paraphrases = which === 'paraphrases' || which === 'all';
if (!GROUPS[which] && !known.includes(which) && which !== 'paraphrases') {
  console.error(`Unknown split "${which}". Use ${known.join(', ')}, paraphrases, self, real or all.`);
  process.exit(2);
}
const chosen: AnySplit[] = which === 'paraphrases' ? [] : GROUPS[which] ?? [which as AnySplit];

const pct = (x: number | undefined) => (x === undefined ? '   -' : x.toFixed(2).padStart(4));
const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');

function printTable(totals: Map<string, Map<Language, Tally>>, ruleIds: readonly string[]) {
  const widths = [22, 4, 4, 4, 4, 4, 5, 6];
  console.log(row(['rule', 'lang', 'TP', 'FP', 'FN', 'dup', 'prec', 'recall'], widths));
  const all: Tally = emptyTally();
  const byLang: Record<Language, Tally> = { en: emptyTally(), fa: emptyTally() };
  for (const ruleId of ruleIds)
    for (const lang of ['en', 'fa'] as const) {
      const t = totals.get(ruleId)!.get(lang)!;
      for (const sum of [all, byLang[lang]]) {
        sum.tp += t.tp;
        sum.fp += t.fp;
        sum.fn += t.fn;
        sum.dup += t.dup;
      }
      console.log(row([ruleId, lang, t.tp, t.fp, t.fn, t.dup, pct(precision(t)), pct(recall(t))], widths));
    }
  for (const lang of ['en', 'fa'] as const) {
    const t = byLang[lang];
    console.log(row(['all rules', lang, t.tp, t.fp, t.fn, t.dup, pct(precision(t)), pct(recall(t))], widths));
  }
  console.log(row(['all rules', '', all.tp, all.fp, all.fn, all.dup, pct(precision(all)), pct(recall(all))], widths));
}

/**
 * The same totals with missing-contact judged only on files that hold one message: on a catalog of several, the
 * labelling guide's one per-file judgement cannot check Warmly's per-message findings (see RealCaseResult).
 */
function printSingleMessageLine(report: NonNullable<ReturnType<typeof scoreRealSplit>>) {
  const set = report.results.filter((r) => r.severalMessages);
  if (!set.length) return;
  const all = emptyTally();
  for (const [ruleId, byLang] of report.totals)
    for (const [lang, t] of byLang) {
      let { tp, fp, fn, dup } = t;
      if (ruleId === 'missing-contact') for (const r of set) {
        const mine = r.tally.get(ruleId)?.get(lang);
        if (mine) { tp -= mine.tp; fp -= mine.fp; fn -= mine.fn; dup -= mine.dup; }
      }
      all.tp += tp; all.fp += fp; all.fn += fn; all.dup += dup;
    }
  console.log(row(['all, one-message files*', '', all.tp, all.fp, all.fn, all.dup, pct(precision(all)), pct(recall(all))], [22, 4, 4, 4, 4, 4, 5, 6]));
  console.log(`* missing-contact judged only where the file holds one message (${set.length} multi-message catalog files set aside: the label is per file, Warmly's finding per message)`);
}

function printList(title: string, items: Miss[]) {
  console.log(`\n${title} (${items.length})`);
  for (const m of items) console.log(`  ${m.split}/${m.file}  ${m.ruleId} [${m.language}]  ${JSON.stringify(m.text)}`);
}

const selfChosen = chosen.filter((s): s is Split => (SPLITS as readonly string[]).includes(s));
const realChosen = chosen.filter((s): s is RealSplit => (REAL_SPLITS as readonly string[]).includes(s));

if (realChosen.length) console.log('\n######## Real templates nobody here wrote ########');
for (const split of realChosen) {
  const report = scoreRealSplit(split);
  if (!report) {
    const where = split === 'real-dev' ? '../shared/corpus and ../shared/labels/corpus.jsonl' : `${outsideRoot(split)}/{files,labels.jsonl}`;
    console.log(`\n== ${split}: SKIPPED, not found (${where}) ==`);
    continue;
  }
  const langs = { en: 0, fa: 0 };
  for (const r of report.results) langs[r.case.language]++;
  const borderline = report.results.reduce((n, r) => n + r.borderline, 0);
  console.log(`\n== ${split}: ${report.cases} templates (${langs.en} en, ${langs.fa} fa); ${borderline} findings on borderline labels, not counted ==`);
  printTable(report.totals, REAL_RULE_IDS);
  printSingleMessageLine(report);
  const crashes = report.results.filter((r) => r.crash);
  if (isBlind(split)) {
    // Blind: counts only, never which file or what text.
    if (crashes.length) console.log(`\nENGINE CRASHES: ${crashes.length} (their labels count as misses)`);
    if (report.problems.length) console.log(`\nLABEL PROBLEMS: ${report.problems.length} (rows naming missing files or phrases not in their file)`);
    continue;
  }
  if (crashes.length) {
    console.log(`\nENGINE CRASHES (${crashes.length}): their labels count as misses`);
    for (const r of crashes) console.log(`  ${split}/${r.case.file}  ${r.crash}`);
  }
  if (report.problems.length) {
    console.log(`\nLabel problems (${report.problems.length})`);
    for (const p of report.problems) console.log(`  ${p}`);
  }
  const tag = (m: Miss): Miss => ({ ...m, split });
  printList('False alarms', report.results.flatMap((r) => r.falseAlarms.map(tag)));
  printList('Misses', report.results.flatMap((r) => r.misses.map(tag)));
  printList('Duplicates (a second finding on a labeled problem)', report.results.flatMap((r) => r.duplicates.map(tag)));
}

if (selfChosen.length) console.log('\n######## Self-written templates (test/eval) ########');
for (const split of selfChosen) {
  const report = scoreSplits([split]);
  console.log(`\n== ${split}: ${report.cases} templates ==`);
  printTable(report.totals, RULE_IDS);
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
if (selfChosen.length > 1) {
  const report = scoreSplits(selfChosen);
  console.log(`\n== self-written, all: ${report.cases} templates ==`);
  printTable(report.totals, RULE_IDS);
}

if (paraphrases) {
  for (const round of PARAPHRASE_ROUNDS) printParaphraseRound(round.title, round.dir);
}

/** One round of paraphrases: its dev half with failures (under --verbose), its blind half as scores only. */
function printParaphraseRound(title: string, dir: string) {
  console.log(`\n######## ${title} ########`);
  console.log('Each sentence linted alone; caught = a finding of the rule on the highlighted clause, false alarm = a finding on a good sentence.');
  const widths = [18, 4, 6, 9, 12, 9];
  for (const half of ['dev', 'blind'] as ParaphraseHalf[]) {
    console.log(`\n== ${half} half (${half === 'dev' ? 'even' : 'odd'}-numbered items) ==`);
    console.log(row(['rule', 'lang', 'caught', 'recall', 'false alarms', 'FA rate'], widths));
    const misses: string[] = [];
    let caught = 0, bad = 0, fa = 0, good = 0;
    for (const set of loadParaphraseSets(dir)) {
      const s = scoreParaphrases(halfOf(set, half));
      caught += s.caught; bad += s.bad; fa += s.falseAlarms; good += s.good;
      console.log(row([s.rule, s.language, `${s.caught}/${s.bad}`, pct(s.caught / s.bad), `${s.falseAlarms}/${s.good}`, pct(s.falseAlarms / s.good)], widths));
      if (half === 'dev') {
        for (const t of s.missed) misses.push(`  miss  ${s.rule} [${s.language}]  ${JSON.stringify(t)}`);
        for (const t of s.flagged) misses.push(`  false alarm  ${s.rule} [${s.language}]  ${JSON.stringify(t)}`);
      }
    }
    console.log(row(['all', '', `${caught}/${bad}`, pct(caught / bad), `${fa}/${good}`, pct(fa / good)], widths));
    if (half === 'dev' && verbose) console.log(`\nDev-half failures (${misses.length})\n${misses.join('\n')}`);
  }
}
