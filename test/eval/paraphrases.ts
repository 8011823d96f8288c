/**
 * Blind paraphrase sets for the judgement rules (test/eval/paraphrases/<rule>.<lang>.json). They were written by
 * someone who never read the rules' phrase data or code, from the labelling guide and the source articles only:
 * per rule and language, realistic bad sentences (with the clause a reviewer would highlight) and hard negatives
 * that look like them but are fine. They measure whether a rule generalizes to wording nobody listed.
 * Each set is cut in two halves by position: the even-numbered items are a development half (its misses and false
 * alarms are printed, to show a class of failure), the odd-numbered items a blind half that is only ever scored.
 * Rules must not be tuned sentence by sentence to either half.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Language } from '../../server/engine';
import { lint } from '../../server/linter';

export const PARAPHRASE_DIR = join(new URL('.', import.meta.url).pathname, 'paraphrases');

/**
 * Rounds of paraphrases, scored apart: round 1 (the first sets, 20–25 items a side), round 2 (16 a side for the
 * seven judgement rules, written 2026-12-02 by someone who had read only the rule pages' definitions and steered
 * away from the wordings they list, so it is the harder test of generalization) and round 3 (16 a side for eight
 * rules, vague-follow-up added, written later that day by someone who never read the rules' code, data or pages,
 * in settings and registers the earlier rounds lack, reusing none of their wording). Round 2's development half
 * was read until every item was caught, so it no longer measures anything; round 3 is the fresh one.
 */
export const PARAPHRASE_ROUNDS = [
  { title: 'Blind paraphrases, round 1 (test/eval/paraphrases)', dir: PARAPHRASE_DIR },
  { title: 'Blind paraphrases, round 2: wording the rule pages do not list (test/eval/paraphrases/round2)', dir: join(PARAPHRASE_DIR, 'round2') },
  { title: 'Blind paraphrases, round 3: new settings and registers, none of the earlier wording (test/eval/paraphrases/round3)', dir: join(PARAPHRASE_DIR, 'round3') },
  { title: 'Blind paraphrases, round 4: public services, health, travel, housing and finance, both registers (test/eval/paraphrases/round4)', dir: join(PARAPHRASE_DIR, 'round4') },
] as const;

export interface ParaphraseSet {
  rule: string;
  language: Language;
  /** The file name each text is linted as (whole-message sets with a `From:` or `Subject:` header); message.txt by default. */
  file?: string;
  bad: { text: string; quote: string }[];
  good: { text: string; why: string }[];
}

export interface ParaphraseScore {
  rule: string;
  language: Language;
  /** Bad sentences where a finding of the rule overlaps the highlighted clause. */
  caught: number;
  bad: number;
  /** Good sentences the rule flags anyway. */
  falseAlarms: number;
  good: number;
  missed: string[];
  flagged: string[];
}

export function loadParaphraseSets(dir = PARAPHRASE_DIR): ParaphraseSet[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.json'))
    .map((f) => f.name)
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ParaphraseSet);
}

/** Each sentence is linted on its own as a plain-text message; only the set's own rule counts. */
function findingsOf(rule: string, text: string, file = 'message.txt') {
  return lint(text, { filePath: file }).findings.filter((f) => f.ruleId === rule);
}

export type ParaphraseHalf = 'dev' | 'blind' | 'both';

/** The items of one half: even positions for dev, odd for blind. */
export function halfOf(set: ParaphraseSet, half: ParaphraseHalf): ParaphraseSet {
  if (half === 'both') return set;
  const keep = <T>(items: T[]) => items.filter((_, i) => (i % 2 === 0) === (half === 'dev'));
  return { ...set, bad: keep(set.bad), good: keep(set.good) };
}

export function scoreParaphrases(set: ParaphraseSet): ParaphraseScore {
  const score: ParaphraseScore = { rule: set.rule, language: set.language, caught: 0, bad: set.bad.length, falseAlarms: 0, good: set.good.length, missed: [], flagged: [] };
  for (const { text, quote } of set.bad) {
    const start = text.indexOf(quote);
    const end = start + quote.length;
    const hit = findingsOf(set.rule, text, set.file).some((f) => f.range.start < end && f.range.end > start);
    if (hit) score.caught++;
    else score.missed.push(text);
  }
  for (const { text } of set.good) {
    if (findingsOf(set.rule, text, set.file).length) {
      score.falseAlarms++;
      score.flagged.push(text);
    }
  }
  return score;
}
