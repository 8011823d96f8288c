/**
 * Scores the engine against the hand-labeled evaluation set in test/eval/{dev,holdout,holdout2}.
 * Each template `name.ext` has a `name.labels.json` next to it: the findings a careful human reader expects.
 * A finding matches a label when the rule is the same and its range overlaps the quoted text
 * (missing-contact is a whole-document finding and matches by rule alone). Each label is matched once; a
 * second finding of the same rule on an already-matched label is a duplicate: counted apart, neither a true
 * hit nor a false alarm, because it sits on a real problem but is still noise worth seeing.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { type Finding, type Language } from '../../server/engine';
import { lint, rules } from '../../server/linter';

export const EVAL_ROOT = new URL('.', import.meta.url).pathname;
export const SPLITS = ['dev', 'holdout', 'holdout2'] as const;
export type Split = (typeof SPLITS)[number];

/**
 * The rules the self-written set labels (test/eval/GUIDELINES.md): the first ten rules, the set being older than
 * the rules added since. A finding of a rule the set does not label is neither right nor wrong here, so it is not
 * scored (it used to count as a false alarm once new rules landed). In registry order; each id must exist there.
 */
const LABELLED_RULES = ['generic-greeting', 'no-reply', 'missing-contact', 'faceless-signoff', 'argumentative', 'non-apology', 'robotic-phrasing', 'repeat-yourself', 'broken-merge-tag', 'name-without-fallback'];
export const RULE_IDS: readonly string[] = rules.map((r) => r.id).filter((id) => LABELLED_RULES.includes(id));
for (const id of LABELLED_RULES) {
  if (!RULE_IDS.includes(id)) throw new Error(`test/eval/scorer.ts: labelled rule "${id}" is not in the rule registry (rules/index.ts)`);
}

/** Rules whose findings cover the whole document, matched by rule alone. */
const DOCUMENT_RULES = new Set(['missing-contact']);

export interface Label {
  ruleId: string;
  /** Exact substring of the template the finding should cover (absent for document rules). */
  quote?: string;
  /** Which occurrence of `quote` (1-based) when it appears more than once. */
  occurrence?: number;
}

export interface LabelFile {
  language: Language;
  findings: Label[];
  /** Free-text reasoning for borderline calls. */
  note?: string;
}

export interface Case {
  split: Split;
  file: string;
  path: string;
  text: string;
  labels: LabelFile;
}

export interface Miss {
  /** A self-written split, or a real-text one (see real.ts). */
  split: string;
  file: string;
  ruleId: string;
  language: Language;
  text: string;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  dup: number;
}

export interface CaseResult {
  case: Case;
  /** The engine threw on this template: every label counts as a miss. */
  crash?: string;
  falseAlarms: Miss[];
  misses: Miss[];
  duplicates: Miss[];
  /** rule → language → counts */
  tally: Map<string, Map<Language, Tally>>;
}

const LABELS_SUFFIX = '.labels.json';

export function templateFiles(split: Split): string[] {
  const dir = join(EVAL_ROOT, split);
  return readdirSync(dir)
    .filter((name) => !name.endsWith(LABELS_SUFFIX) && !name.startsWith('.'))
    .sort();
}

export function labelsPathFor(templatePath: string): string {
  const name = basename(templatePath);
  const dot = name.indexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return join(templatePath, '..', stem + LABELS_SUFFIX);
}

export function loadCases(split: Split): Case[] {
  return templateFiles(split).map((file) => {
    const path = join(EVAL_ROOT, split, file);
    const labelsPath = labelsPathFor(path);
    if (!existsSync(labelsPath)) throw new Error(`${split}/${file} has no labels file (${basename(labelsPath)})`);
    const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as LabelFile;
    return { split, file, path, text: readFileSync(path, 'utf8'), labels };
  });
}

/** Problems with a label file: unknown rule, quote not found, ambiguous quote. Empty when sane. */
export function labelProblems(c: Case): string[] {
  const problems: string[] = [];
  if (c.labels.language !== 'en' && c.labels.language !== 'fa') problems.push(`language must be "en" or "fa"`);
  if (!Array.isArray(c.labels.findings)) return [...problems, 'findings must be an array'];
  for (const label of c.labels.findings) {
    if (!RULE_IDS.includes(label.ruleId)) problems.push(`unknown rule "${label.ruleId}"`);
    if (DOCUMENT_RULES.has(label.ruleId)) continue;
    if (!label.quote) {
      problems.push(`${label.ruleId}: quote is required`);
      continue;
    }
    const count = occurrences(c.text, label.quote).length;
    if (count === 0) problems.push(`${label.ruleId}: quote not found: ${JSON.stringify(label.quote)}`);
    else if (count > 1 && label.occurrence === undefined)
      problems.push(`${label.ruleId}: quote appears ${count} times, say which with "occurrence": ${JSON.stringify(label.quote)}`);
    else if (label.occurrence !== undefined && (label.occurrence < 1 || label.occurrence > count))
      problems.push(`${label.ruleId}: occurrence ${label.occurrence} of ${count}: ${JSON.stringify(label.quote)}`);
  }
  return problems;
}

function occurrences(text: string, quote: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) at.push(i);
  return at;
}

function labelRange(text: string, label: Label): { start: number; end: number } {
  const at = occurrences(text, label.quote!)[(label.occurrence ?? 1) - 1];
  return { start: at, end: at + label.quote!.length };
}

/** Whether two half-open ranges share a character (shared by the self-written and the real-text scorers). */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Counts one true positive, false alarm, miss or duplicate for a rule and language. */
export function bump(tally: Map<string, Map<Language, Tally>>, ruleId: string, language: Language, key: keyof Tally) {
  let byLang = tally.get(ruleId);
  if (!byLang) tally.set(ruleId, (byLang = new Map()));
  const t = byLang.get(language) ?? emptyTally();
  t[key]++;
  byLang.set(language, t);
}

/**
 * Lints one case and matches its findings to its labels. An engine exception is recorded as a crash
 * (all labels missed) so one bug does not hide the scores of every other template.
 */
export function scoreCase(c: Case): CaseResult {
  const language = c.labels.language;
  const result: CaseResult = { case: c, falseAlarms: [], misses: [], duplicates: [], tally: new Map() };
  let findings: Finding[];
  try {
    findings = lint(c.text, { filePath: c.path }).findings.filter((f) =>
      RULE_IDS.includes(f.ruleId),
    );
  } catch (error) {
    result.crash = error instanceof Error ? error.message : String(error);
    findings = [];
  }
  const open = c.labels.findings.map((label) => ({
    label,
    range: DOCUMENT_RULES.has(label.ruleId) ? undefined : labelRange(c.text, label),
    matched: false,
  }));
  const ordered = [...findings].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  for (const finding of ordered) {
    const hit = open.find(
      (o) => !o.matched && o.label.ruleId === finding.ruleId && (!o.range || overlaps(o.range, finding.range)),
    );
    const again = hit
      ? undefined
      : open.find((o) => o.label.ruleId === finding.ruleId && (!o.range || overlaps(o.range, finding.range)));
    if (hit) {
      hit.matched = true;
      bump(result.tally, finding.ruleId, language, 'tp');
    } else if (again) {
      bump(result.tally, finding.ruleId, language, 'dup');
      result.duplicates.push(miss(c, finding.ruleId, language, describe(c.text, finding)));
    } else {
      bump(result.tally, finding.ruleId, language, 'fp');
      result.falseAlarms.push(miss(c, finding.ruleId, language, describe(c.text, finding)));
    }
  }
  for (const o of open.filter((o) => !o.matched)) {
    bump(result.tally, o.label.ruleId, language, 'fn');
    result.misses.push(miss(c, o.label.ruleId, language, o.label.quote ?? '(whole document)'));
  }
  return result;
}

function describe(text: string, f: Finding): string {
  const actual = text.slice(f.range.start, f.range.end);
  return actual.length > 0 ? actual.replace(/\s+/g, ' ').slice(0, 120) : `(at offset ${f.range.start})`;
}

const miss = (c: Case, ruleId: string, language: Language, text: string): Miss => ({
  split: c.split,
  file: c.file,
  ruleId,
  language,
  text,
});

export interface Report {
  splits: Split[];
  cases: number;
  results: CaseResult[];
  /** rule → language → counts, summed over cases */
  totals: Map<string, Map<Language, Tally>>;
}

export function scoreSplits(splits: Split[]): Report {
  const results = splits.flatMap((s) => loadCases(s)).map(scoreCase);
  return { splits, cases: results.length, results, totals: sumTallies(results) };
}

/** Per-case tallies summed into rule → language → counts, every rule present in both languages. */
export function sumTallies(results: readonly { tally: Map<string, Map<Language, Tally>> }[]): Map<string, Map<Language, Tally>> {
  const totals = new Map<string, Map<Language, Tally>>();
  for (const ruleId of RULE_IDS) totals.set(ruleId, new Map([['en', emptyTally()], ['fa', emptyTally()]]));
  for (const r of results)
    for (const [ruleId, byLang] of r.tally)
      for (const [lang, t] of byLang) {
        const sum = totals.get(ruleId)!.get(lang)!;
        sum.tp += t.tp;
        sum.fp += t.fp;
        sum.fn += t.fn;
        sum.dup += t.dup;
      }
  return totals;
}

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, dup: 0 });

/** Precision and recall; undefined when there is nothing to divide (no findings / no labels). */
export const precision = (t: Tally) => (t.tp + t.fp === 0 ? undefined : t.tp / (t.tp + t.fp));
export const recall = (t: Tally) => (t.tp + t.fn === 0 ? undefined : t.tp / (t.tp + t.fn));
