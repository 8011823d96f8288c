/**
 * The survey layer above the per-text linter, built like the catalog layer: a survey file is parsed into a
 * `Survey`; (a) every text the respondent reads (titles, descriptions, choices, intro and completion pages) is
 * linted on its own with the text rules, and each finding and rewrite is mapped back through the file's quoting by
 * the catalog layer's `mapFinding` (a rewrite is applied, the file parsed again, and it must read as intended);
 * (b) the survey rules (`scope: 'survey'`) run once over the whole file with `ctx.survey` set.
 */
import { LETTER_RULES, mapFinding, type Reparse } from '../catalogs/lint-catalog';
import type { CatalogMessage } from '../catalogs/types';
import { visit } from 'jsonc-parser/lib/esm/main.js';
import { applyEdits } from '../fix';
import type { CommentSpan } from '../formats/source';
import { LineIndex } from '../lines';
import { applyDirectives, parseDirectives } from '../suppress';
import { DOCS_BASE, type RuleMeta } from '../rule';
import type { Finding, LintOptions, LintResult } from '../types';
import { surveyKindOf } from './detect';
import { parseLimeSurvey } from './limesurvey';
import { parseOdooSurvey } from './odoo';
import { parseQualtrics } from './qualtrics';
import { parseSurveyJs } from './surveyjs';
import { parseTypeform } from './typeform';
import { markupOfText } from './text';
import type { Localized, Survey, SurveyKind } from './types';

export const SURVEY_SYNTAX = 'survey-syntax';

type LintText = (text: string, options: LintOptions) => LintResult;
/** Runs the survey rules once over the file with `ctx.survey` set. */
type LintSurvey = (text: string, options: LintOptions, survey: Survey) => LintResult;

const NAMES: Record<SurveyKind, string> = {
  surveyjs: 'SurveyJS', qualtrics: 'Qualtrics', limesurvey: 'LimeSurvey', odoo: 'Odoo', typeform: 'Typeform', html: 'HTML',
};

export function parseSurvey(kind: Exclude<SurveyKind, 'html'>, text: string): Survey | { error: string } {
  try {
    switch (kind) {
      case 'surveyjs': return parseSurveyJs(text);
      case 'qualtrics': return parseQualtrics(text);
      case 'limesurvey': return parseLimeSurvey(text);
      case 'odoo': return parseOdooSurvey(text);
      case 'typeform': return parseTypeform(text);
    }
  } catch (error) {
    // A parser bug must not take the editor down: the file is reported as unread instead.
    return { error: `unexpected content: ${(error as Error).message}` };
  }
}

/** Lints a survey definition file, or returns undefined when the file is not one. */
export function lintSurveyFile(text: string, options: LintOptions, lintText: LintText, lintSurvey: LintSurvey, rules: readonly RuleMeta[]): LintResult | undefined {
  if (options.format && options.format !== 'plain') return undefined;
  const kind = surveyKindOf(options.filePath, text);
  if (!kind) return undefined;
  const survey = parseSurvey(kind, text);
  if ('error' in survey) {
    const end = Math.min(text.length, Math.max(0, text.indexOf('\n')) || text.length);
    return { format: 'plain', dialects: [], findings: [{
      ruleId: SURVEY_SYNTAX, severity: 'error', range: { start: 0, end }, actual: text.slice(0, end), language: 'en', suggestions: [],
      message: `This ${NAMES[kind]} survey does not parse (${survey.error}), so Warmly did not lint its questions.`,
      url: `${DOCS_BASE.replace(/rules\/$/, '')}README.md#surveys`,
    }] };
  }
  let findings = lintSurveyTexts(survey, text, options, lintText, rules, (t) => parseSurvey(kind, t));
  const prover = fixProver(text, (t) => parseSurvey(kind, t));
  for (const f of lintSurvey(text, options, survey).findings) findings.push(prover(f));
  // Suppression comments where the format has comments (XML, JSON with comments), as in templates.
  if (options.inlineConfig !== false) findings = applyDirectives(findings, parseDirectives(surveyComments(kind, text)), new LineIndex(text));
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return { format: 'plain', dialects: [], findings };
}

const GREETING = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|سلام|درود|[^\n]{0,30}\s(?:عزیز|گرامی))(?=[\s,،!:.]|$)/i;

/**
 * A letter's own rules (contact, sign-off) run only where the text is a letter: an invitation or thank-you email
 * that greets its reader and goes on for a few lines. A welcome screen ("Hi! This takes a minute.") or a one-line
 * "Thank you!" page is not a letter that lacks a contact.
 */
function isLetter(text: string): boolean {
  const lines = text.replace(/<br\s*\/?>|<\/(?:p|div|li|h\d)>/gi, '\n').replace(/<[^>]*>/g, ' ').split('\n').filter((l) => l.trim());
  return lines.length >= 3 && GREETING.test(lines[0]);
}

/**
 * Comments a `warmly-disable-next-line` may be written in: XML comments in LimeSurvey and Odoo files (not inside
 * CDATA), `//` and `/* *\/` in JSON files that have them (jsonc-parser finds them, never inside a string).
 */
function surveyComments(kind: Exclude<SurveyKind, 'html'>, text: string): CommentSpan[] {
  const out: CommentSpan[] = [];
  if (kind === 'limesurvey' || kind === 'odoo') {
    const masked = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => ' '.repeat(m.length));
    for (const m of masked.matchAll(/<!--([\s\S]*?)-->/g)) out.push({ start: m.index, end: m.index + m[0].length, text: m[1] });
  } else {
    visit(text, { onComment: (offset, length) => out.push({ start: offset, end: offset + length, text: text.slice(offset, offset + length) }) });
  }
  return out;
}

/**
 * A survey rule writes its own edits (a split question, an added option): one is offered only when the file it
 * makes still parses as a survey, so a fix-all can never leave a broken survey behind. Each proof parses the whole
 * file again, so a file is proved at most PROOF_BUDGET times its own length (a split offered on the English and
 * the Persian finding of one question is proved once); past that, findings come without a fix rather than with an
 * unproved one, and a fix-all reaches them on its next passes.
 */
const PROOF_BUDGET = 40;
const PROOF_FLOOR = 4_000_000;

function fixProver(text: string, again: (t: string) => Survey | { error: string }): (f: Finding) => Finding {
  const proved = new WeakMap<object, boolean>();
  let budget = Math.max(PROOF_FLOOR, PROOF_BUDGET * text.length);
  const proves = (edits: Finding['suggestions'][number]['edits']): boolean => {
    const known = proved.get(edits);
    if (known !== undefined) return known;
    if (budget <= 0) return false;
    const fixed = applyEdits(text, edits);
    budget -= fixed.text.length;
    const ok = !fixed.skipped && !('error' in again(fixed.text));
    proved.set(edits, ok);
    return ok;
  };
  return (f) => {
    const suggestions = f.suggestions.filter((s) => proves(s.edits));
    return suggestions.length === f.suggestions.length ? f : { ...f, suggestions };
  };
}

interface KeyedText { key: string; texts: Localized; letter: boolean }

/** Every text of a survey with a key that survives a rewrite of any text (its place in the survey, not its offset). */
export function surveyTexts(survey: Survey): KeyedText[] {
  const out: KeyedText[] = [];
  const add = (key: string, texts: Localized | undefined, letter = false) => { if (texts?.length) out.push({ key, texts, letter }); };
  add('title', survey.title);
  survey.intro.forEach((l, i) => add(`intro.${i}`, l, true));
  survey.outro.forEach((l, i) => add(`outro.${i}`, l, true));
  (survey.other ?? []).forEach((l, i) => add(`other.${i}`, l));
  survey.questions.forEach((q, i) => {
    add(`q.${i}.title`, q.title);
    add(`q.${i}.description`, q.description);
    q.choices.forEach((c, j) => add(`q.${i}.choice.${j}`, c.label));
    (q.rows ?? []).forEach((c, j) => add(`q.${i}.row.${j}`, c.label));
    (q.columns ?? []).forEach((c, j) => add(`q.${i}.column.${j}`, c.label));
    add(`q.${i}.min`, q.scale?.minLabel);
    add(`q.${i}.max`, q.scale?.maxLabel);
  });
  return out;
}

function messagesOf(survey: Survey): (CatalogMessage & { letter: boolean })[] {
  return surveyTexts(survey).flatMap(({ key, texts, letter }) => texts.map((t, j) => ({
    key: `${key}#${j}`, text: t.text, starts: t.starts, ends: t.ends, endOffset: t.endOffset, letter, language: t.language,
    encode: t.encode ?? (() => undefined), fixable: Boolean(t.encode),
  })));
}

function lintSurveyTexts(survey: Survey, text: string, options: LintOptions, lintText: LintText, rules: readonly RuleMeta[], again: (t: string) => Survey | { error: string }): Finding[] {
  const off = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, 'off' as const]));
  const surveyRules = off(rules.filter((r) => r.scope === 'survey').map((r) => r.id));
  const reparse: Reparse = (t) => {
    const s = again(t);
    return 'error' in s ? s : { messages: messagesOf(s) };
  };
  const base: LintOptions = { ...options, filePath: undefined, catalogs: undefined };
  const findings: Finding[] = [];
  // The same label ("Very satisfied", "Agree") repeats on every question of a survey: lint each text once.
  const seen = new Map<string, LintResult>();
  for (const m of messagesOf(survey)) {
    const format = markupOfText(m.text);
    const letterShaped = m.letter && isLetter(m.text);
    const language = options.language ?? m.language;
    const key = `${language}\u0000${letterShaped}\u0000${m.text}`;
    let result = seen.get(key);
    if (!result) {
      result = lintText(m.text, { ...base, language, format, rules: { ...options.rules, ...(letterShaped ? {} : off(LETTER_RULES)), ...surveyRules } });
      seen.set(key, result);
    }
    for (const f of result.findings) {
      const mapped = mapFinding(f, [{ m, offset: 0 }], text, reparse);
      if (!mapped) continue;
      delete mapped.catalogKey;
      findings.push(mapped);
    }
  }
  return findings;
}
