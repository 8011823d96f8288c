/**
 * Scores the engine on real templates nobody here wrote, labelled by `../shared/labels/LABELING.md`:
 * - `real-dev`: the shared corpus (`../shared/corpus/`) with its labels `../shared/labels/corpus.jsonl`. The team
 *   reads its false alarms and misses and fixes causes from them.
 * - `real-dev2`, `real-dev3`, `real-dev4`: more real templates collected and labelled by the same guide (`files/`,
 *   `labels.jsonl`, `PROVENANCE.md`), in `$WARMLY_REAL_DEV2` / `…3` / `…4` (defaults /work/real-dev2, -3, -4).
 *   Read like real-dev.
 *   These sets and the holdout stay outside the repository: much of their text was brought in with the team's
 *   `fetch` tool, and what it brings may not be committed by developers (.library/search/README.md); the place
 *   for such data is the team's shared folder.
 * - `real-holdout`: a blind set built by someone who never reads the rule code, in `$WARMLY_REAL_HOLDOUT`
 *   (default /work/holdout-real): `files/` plus `labels.jsonl` with the same rows and a `language` field. It is
 *   only ever scored: nothing here returns its texts or failures to a caller that prints them (see eval.ts).
 *
 * Row format (one JSON object per line):
 *   {"file": "shop/order.html", "generic_greeting": ["Dear Customer"], "no_reply": [], "missing_contact": true,
 *    "argumentative": [], "non_apology": [], "robotic": [], "borderline": {"robotic": ["…"]},
 *    "borderline_missing_contact": false, "language": "en"}
 * A finding of a span rule is right when its range overlaps a listed phrase (whitespace runs may differ); one
 * that overlaps none is a false alarm unless it overlaps a `borderline` phrase of its rule (then it counts neither
 * way). `missing_contact` is per file; `borderline_missing_contact` makes the file count neither way. Rules the
 * guide does not label (faceless-signoff, repeat-yourself, broken-merge-tag, name-without-fallback) are not scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Finding, type Language } from '../../server/engine';
import { lint } from '../../server/linter';
import { catalogKindOf, parseCatalog, type Catalog } from '../../server/engine/catalogs';
import { groupKey } from '../../server/engine/catalogs/select';
import { bump, overlaps, RULE_IDS, sumTallies, type Miss, type Tally } from './scorer';

export const REAL_SPLITS = ['real-dev', 'real-dev2', 'real-dev3', 'real-dev4', 'real-dev5', 'real-dev6', 'real-dev7', 'real-dev8', 'real-dev9', 'real-dev10', 'real-dev11', 'real-dev12', 'real-dev13', 'real-dev14', 'real-dev15', 'real-dev16', 'real-dev17', 'real-dev18', 'real-dev19', 'real-dev20', 'real-dev21', 'real-dev22', 'real-dev23', 'real-dev24', 'real-dev25', 'real-dev26', 'real-dev27', 'real-dev28', 'real-dev29', 'real-holdout', 'real-holdout2', 'real-holdout3', 'real-holdout4', 'real-holdout5', 'real-holdout6', 'real-holdout7'] as const;
export type RealSplit = (typeof REAL_SPLITS)[number];

/**
 * The folder of a set other than the shared corpus: its environment variable, else its default under /work
 * (`real-devN` reads `$WARMLY_REAL_DEVN` or `/work/real-devN`; the holdouts `$WARMLY_REAL_HOLDOUT[N]` or
 * `/work/holdout-real[N]`).
 */
export function outsideRoot(split: Exclude<RealSplit, 'real-dev'>, env = process.env): string {
  const dev = /^real-dev(\d+)$/.exec(split);
  if (dev) return env[`WARMLY_REAL_DEV${dev[1]}`] || `/work/${split}`;
  const holdout = /^real-holdout(\d*)$/.exec(split);
  const n = holdout?.[1] ?? '';
  return env[`WARMLY_REAL_HOLDOUT${n}`] || `/work/holdout-real${n}`;
}

/** A blind set: scored, its table printed, never its files, texts or failures. */
export function isBlind(split: RealSplit): boolean {
  return /^real-holdout\d*$/.test(split);
}

/** Label keys of a row → the rule they judge. */
export const SPAN_KEYS = {
  generic_greeting: 'generic-greeting',
  no_reply: 'no-reply',
  argumentative: 'argumentative',
  non_apology: 'non-apology',
  robotic: 'robotic-phrasing',
} as const;
type SpanKey = keyof typeof SPAN_KEYS;

/** The rules a real-text row labels; findings of any other rule are not scored. */
export const REAL_RULE_IDS: readonly string[] = [...Object.values(SPAN_KEYS), 'missing-contact'];
// The label format names rules; the registry decides which rules exist.
for (const id of REAL_RULE_IDS) {
  if (!RULE_IDS.includes(id)) throw new Error(`test/eval/real.ts: label rule "${id}" is not in the rule registry (rules/index.ts)`);
}

export interface RealRow {
  file: string;
  language?: Language;
  generic_greeting: string[];
  no_reply: string[];
  argumentative: string[];
  non_apology: string[];
  robotic: string[];
  missing_contact: boolean;
  borderline?: Partial<Record<SpanKey, string[]>>;
  borderline_missing_contact?: boolean;
  notes?: string;
}

export interface RealCase {
  split: RealSplit;
  file: string;
  path: string;
  /**
   * A catalog cut (one message's entries taken out of a bigger catalog) is linted under the path its catalog has in
   * its repository, from the set's PROVENANCE.md: Warmly reads a catalog by where it lives (`languages/fa/email/` is
   * a mail catalog), and a user lints the catalog there, not under the set's file name.
   */
  repositoryPath?: string;
  text: string;
  language: Language;
  row: RealRow;
}

export interface RealCaseResult {
  case: RealCase;
  crash?: string;
  falseAlarms: Miss[];
  misses: Miss[];
  duplicates: Miss[];
  /** Findings that only overlapped a borderline phrase (or a borderline missing-contact file). */
  borderline: number;
  /**
   * The file is a catalog Warmly reads as several messages. LABELING.md judges missing-contact per file (contact
   * anywhere in the file counts), Warmly per message, so the file's one judgement cannot tell a right per-message
   * finding from a wrong one; the report shows the figures with these judgements set aside as well.
   */
  severalMessages?: boolean;
  tally: Map<string, Map<Language, Tally>>;
}

export interface RealReport {
  split: RealSplit;
  cases: number;
  results: RealCaseResult[];
  totals: Map<string, Map<Language, Tally>>;
  /** Rows whose file was not found or whose phrases are not in the file: the set's own problems. */
  problems: string[];
}

/** Where a real split lives: its files directory and its labels file. Undefined when the set is absent. */
export function realSource(split: RealSplit, env = process.env): { files: string; labels: string } | undefined {
  const src =
    split === 'real-dev'
      ? (() => {
          const shared = sharedDir(env) ?? '../shared';
          return { files: join(shared, 'corpus'), labels: join(shared, 'labels', 'corpus.jsonl') };
        })()
      : (() => {
          const root = outsideRoot(split, env);
          return { files: join(root, 'files'), labels: join(root, 'labels.jsonl') };
        })();
  return existsSync(src.files) && existsSync(src.labels) ? src : undefined;
}

/**
 * The team's shared folder: $WARMLY_SHARED, else `../shared` next to the checkout (the main checkout) or two
 * levels up (a worktree under wt/).
 */
export function sharedDir(env = process.env): string | undefined {
  const repo = resolve(new URL('../..', import.meta.url).pathname);
  const candidates = [env.WARMLY_SHARED, join(repo, '..', 'shared'), join(repo, '..', '..', 'shared')];
  return candidates.find((d): d is string => Boolean(d) && existsSync(join(d!, 'labels', 'corpus.jsonl')));
}

/** Persian when at least a third of the letters are Arabic script: a Persian template keeps English tags and markup. */
export function inferLanguage(text: string): Language {
  const visible = text
    .replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^{}\n]*\}|\[[^\]\n]*\]|%[A-Za-z_()]+%?|&[a-z#0-9]+;/gi, ' ');
  const persian = (visible.match(/[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/g) ?? []).length;
  const latin = (visible.match(/[A-Za-z]/g) ?? []).length;
  return persian > 0 && persian * 2 >= latin ? 'fa' : 'en';
}

export function parseRows(jsonl: string, source: string): RealRow[] {
  const rows: RealRow[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let row: RealRow;
    try {
      row = JSON.parse(line) as RealRow;
    } catch (error) {
      throw new Error(`${source}:${i + 1}: not JSON (${(error as Error).message})`);
    }
    if (typeof row.file !== 'string') throw new Error(`${source}:${i + 1}: row has no "file"`);
    rows.push(row);
  });
  return rows;
}

export function loadRealCases(split: RealSplit, src = realSource(split)): { cases: RealCase[]; problems: string[] } {
  if (!src) return { cases: [], problems: [] };
  const rows = parseRows(readFileSync(src.labels, 'utf8'), src.labels);
  const provenance = join(src.files, '..', 'PROVENANCE.md');
  const cutPaths = split !== 'real-dev' && existsSync(provenance) ? catalogCutPaths(readFileSync(provenance, 'utf8')) : new Map<string, string>();
  const wholePaths = split !== 'real-dev' && existsSync(provenance) && process.env.WARMLY_EVAL_FLAT !== '1' ? catalogCutPaths(readFileSync(provenance, 'utf8'), true) : new Map<string, string>();
  const asCut = process.env.WARMLY_EVAL_AS_CUT === '1';
  const cases: RealCase[] = [];
  const problems: string[] = [];
  for (const row of rows) {
    const path = join(src.files, row.file);
    if (!existsSync(path)) {
      problems.push(`${row.file}: file not found`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const language = row.language === 'en' || row.language === 'fa' ? row.language : inferLanguage(text);
    const project = row.file.includes('/') ? join(src.files, row.file.split('/')[0]) : src.files;
    // A whole template kept at a flat name in the set (`papermark/invalid-domain.tsx`) is linted at its repository path
    // (`papermark/components/emails/invalid-domain.tsx`), where its relative imports and includes resolve.
    const original = cutPaths.get(row.file) ?? (wholePaths.get(row.file) && !existsSync(join(project, wholePaths.get(row.file)!)) ? wholePaths.get(row.file) : undefined);
    cases.push({ split, file: row.file, path, text, language, row, repositoryPath: original && !asCut ? join(project, original) : undefined });
    for (const key of Object.keys(SPAN_KEYS) as SpanKey[])
      for (const phrase of [...(row[key] ?? []), ...(row.borderline?.[key] ?? [])])
        if (rangesOf(text, phrase).length === 0) problems.push(`${row.file}: ${key} phrase not in the file: ${JSON.stringify(phrase)}`);
  }
  return { cases, problems };
}

/**
 * Catalog cuts named in a set's PROVENANCE.md, with the path of the catalog they were cut from: the rows of its
 * Markdown table whose text says "cut", the file from the column headed `file`, the path from the first column
 * whose heading says `path` (backticks and a trailing "(…)" note dropped). Rows it cannot read are left as they are.
 */
export function catalogCutPaths(markdown: string, all = false): Map<string, string> {
  const out = new Map<string, string>();
  let fileCol = -1;
  let pathCol = -1;
  for (const line of markdown.split('\n')) {
    if (!line.trim().startsWith('|')) {
      fileCol = pathCol = -1;
      continue;
    }
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    if (fileCol < 0) {
      fileCol = cells.findIndex((c) => /^file\b/i.test(c));
      pathCol = cells.findIndex((c) => /path/i.test(c));
      if (fileCol < 0 || pathCol < 0) fileCol = pathCol = -1;
      continue;
    }
    if ((!all && !/\bcut\b/i.test(line)) || /^-+$/.test(cells[0] ?? '')) continue;
    const file = cells[fileCol]?.replace(/`/g, '').trim();
    const path = cells[pathCol]?.replace(/`/g, '').replace(/\s*\(.*$/, '').trim();
    if (file && path && !/\s/.test(path) && /\.[A-Za-z0-9]+$/.test(path)) out.set(file, path);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place a listed phrase occurs, whitespace runs (and HTML no-break spaces) matched loosely. */
export function rangesOf(text: string, phrase: string): { start: number; end: number }[] {
  const words = phrase.trim().split(/\s+/).filter(Boolean).map(escape);
  if (words.length === 0) return [];
  const re = new RegExp(words.join('(?:\\s|&nbsp;|&#160;|\u200c)+'), 'g');
  const out: { start: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

export function scoreRealCase(c: RealCase): RealCaseResult {
  const { language, row, text } = c;
  const result: RealCaseResult = { case: c, falseAlarms: [], misses: [], duplicates: [], borderline: 0, tally: new Map() };
  let findings: Finding[];
  try {
    // Partials a template includes are read from its own project's folder, as the CLI reads them from its repository.
    const project = c.file.includes('/') ? c.path.slice(0, c.path.length - c.file.length) + c.file.split('/')[0] : undefined;
    findings = lint(text, { filePath: c.repositoryPath ?? c.path, partialRoot: project }).findings.filter((f) => REAL_RULE_IDS.includes(f.ruleId));
  } catch (error) {
    result.crash = error instanceof Error ? error.message : String(error);
    findings = [];
  }
  const note = (ruleId: string, what: string): Miss => ({ split: 'dev', file: c.file, ruleId, language, text: what });
  const describe = (f: Finding) => {
    const s = text.slice(f.range.start, f.range.end).replace(/\s+/g, ' ').slice(0, 120);
    return s || `(at offset ${f.range.start})`;
  };

  // Span rules: each listed phrase is one label, matched once by any finding overlapping any of its occurrences.
  for (const [key, ruleId] of Object.entries(SPAN_KEYS) as [SpanKey, string][]) {
    const labels = (row[key] ?? []).map((phrase) => ({ phrase, ranges: rangesOf(text, phrase), matched: false }));
    const borderline = (row.borderline?.[key] ?? []).flatMap((p) => rangesOf(text, p));
    const mine = findings.filter((f) => f.ruleId === ruleId).sort((a, b) => a.range.start - b.range.start);
    for (const f of mine) {
      const touches = (l: (typeof labels)[number]) => l.ranges.some((r) => overlaps(r, f.range));
      const hit = labels.find((l) => !l.matched && touches(l));
      if (hit) {
        hit.matched = true;
        bump(result.tally, ruleId, language, 'tp');
      } else if (labels.some(touches)) {
        bump(result.tally, ruleId, language, 'dup');
        result.duplicates.push(note(ruleId, describe(f)));
      } else if (borderline.some((r) => overlaps(r, f.range))) {
        result.borderline++;
      } else {
        bump(result.tally, ruleId, language, 'fp');
        result.falseAlarms.push(note(ruleId, describe(f)));
      }
    }
    for (const l of labels.filter((l) => !l.matched)) {
      bump(result.tally, ruleId, language, 'fn');
      result.misses.push(note(ruleId, l.phrase));
    }
  }

  // missing-contact: one judgement per file.
  const flagged = findings.some((f) => f.ruleId === 'missing-contact');
  result.severalMessages = holdsSeveralMessages(c.repositoryPath ?? c.path, text);
  if (row.borderline_missing_contact) {
    if (flagged) result.borderline++;
  } else if (row.missing_contact) {
    bump(result.tally, 'missing-contact', language, flagged ? 'tp' : 'fn');
    if (!flagged) result.misses.push(note('missing-contact', '(whole document)'));
  } else if (flagged) {
    bump(result.tally, 'missing-contact', language, 'fp');
    result.falseAlarms.push(note('missing-contact', '(whole document)'));
  }
  return result;
}

/** Whether Warmly reads the file as a catalog of two messages or more (two groups of keys). */
function holdsSeveralMessages(path: string, text: string): boolean {
  const kind = catalogKindOf(path, text);
  if (!kind) return false;
  const catalog = parseCatalog(kind, text, path);
  if ('error' in catalog) return false;
  return new Set((catalog as Catalog).messages.map((m) => groupKey(m.key))).size >= 2;
}

export function scoreRealSplit(split: RealSplit, src = realSource(split)): RealReport | undefined {
  if (!src) return undefined;
  const { cases, problems } = loadRealCases(split, src);
  const results = cases.map(scoreRealCase);
  return { split, cases: results.length, results, totals: sumTallies(results), problems };
}
