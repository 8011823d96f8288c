/**
 * Fixture cases for survey rules (`scope: 'survey'`), written as small surveys instead of files: each string of a
 * spec is laid out on its own line of a plain text, and the `Survey` the rules read points into that text exactly as
 * a parser's would (one UTF-16 unit to one file offset). A string marks each expected finding with [[double
 * brackets]], as in rule-cases.ts. This lets the survey rules be tested on their own, without any file format; the
 * rules' tests also run real SurveyJS files through `lint()` once the survey layer parses them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits } from '../../server/engine/fix';
import { editableRange } from '../../server/engine/lint';
import { compilePhrases, findPhrases, wordsOf } from '../../server/engine/match';
import { buildProse, scriptOf, type ProseBlock } from '../../server/engine/prose';
import type { PhraseData, Rule, RuleContext } from '../../server/engine/rule';
import type { QuestionType, Survey, SurveyChoice, SurveyQuestion, SurveyScale, SurveyText } from '../../server/engine/surveys/types';
import type { Finding, Language, TextEdit } from '../../server/engine/types';
import { unmark } from './rule-cases';

export interface QuestionSpec {
  id?: string;
  type?: QuestionType;
  title: string;
  choices?: string[];
  rows?: string[];
  scale?: Partial<SurveyScale> & { min: number; max: number };
  required?: boolean;
  builtIn?: SurveyQuestion['builtIn'];
  page?: number;
}

export interface SurveySpec {
  title?: string;
  intro?: string[];
  questions: QuestionSpec[];
  knownVariables?: string[];
  /** Rule options, as `rules.<id>.options` in configuration. */
  options?: Record<string, unknown>;
  /** The whole text after the preferred fix of every finding (fix-bearing findings only). */
  fixed?: string;
}

interface Built {
  text: string;
  survey: Survey;
  expected: string[];
}

/** Lays the spec out as text and builds the `Survey` over it. */
export function buildSurvey(spec: SurveySpec): Built {
  let text = '';
  const expected: string[] = [];
  const line = (prefix: string, marked: string): SurveyText => {
    const { text: plain, spans } = unmark(marked);
    text += prefix;
    const start = text.length;
    text += plain;
    for (const s of spans) expected.push(s.quote);
    text += '\n';
    return surveyText(plain, start);
  };
  const title = spec.title !== undefined ? [line('title: ', spec.title)] : undefined;
  const intro = (spec.intro ?? []).map((t) => [line('intro: ', t)]);
  const questions: SurveyQuestion[] = spec.questions.map((q, n) => {
    const qStart = text.length;
    const qTitle = line(`${q.id ?? `q${n + 1}`} (${q.type ?? 'single'}): `, q.title);
    const choice = (c: string): SurveyChoice => {
      const s = text.length;
      const label = line('  - ', c);
      return { label: [label], value: c, range: { start: s, end: text.length - 1 } };
    };
    const choices = (q.choices ?? []).map(choice);
    const rows = q.rows?.map(choice);
    const end = text.length - 1;
    const question: SurveyQuestion = {
      id: q.id ?? `q${n + 1}`,
      type: q.type ?? 'single',
      title: [qTitle],
      choices,
      rows,
      scale: q.scale && { step: 1, ...q.scale },
      required: q.required,
      builtIn: q.builtIn,
      page: q.page ?? 0,
      range: { start: qStart, end },
      addChoices: (list, language): TextEdit[] => [{ range: { start: end, end }, text: list.map((c) => `\n  - ${c.label[language] ?? Object.values(c.label)[0]}`).join('') }],
    };
    return question;
  });
  const survey: Survey = {
    kind: 'surveyjs',
    title,
    intro,
    outro: [],
    questions,
    knownVariables: spec.knownVariables ?? [],
    languages: [...new Set(questions.map((q) => q.title[0].language))],
  };
  return { text, survey, expected };
}

function surveyText(plain: string, start: number): SurveyText {
  // One unit per offset (a surrogate pair is two units, two offsets).
  const units = Array.from({ length: plain.length }, (_, i) => start + i);
  const language: Language = scriptOf(plain) === 'fa' ? 'fa' : 'en';
  const block = buildProse({ pieces: plain ? [{ kind: 'text', start, end: start + plain.length, value: plain }] : [] });
  return {
    text: plain,
    starts: units,
    ends: units.map((u) => u + 1),
    endOffset: start + plain.length,
    language,
    block,
    encode: (replacement) => (replacement.includes('\n') ? undefined : replacement),
  };
}

/** Runs one survey rule over a built survey with a context like the engine's. */
export function runSurveyRule(rule: Rule, built: Built, options: Record<string, unknown> = {}): Finding[] {
  const findings: Finding[] = [];
  const compiled = new Map<object, Map<Language, ReturnType<typeof compilePhrases>>>();
  const phrases = (data: PhraseData, language: Language) => {
    let per = compiled.get(data);
    if (!per) compiled.set(data, (per = new Map()));
    let c = per.get(language);
    if (!c) per.set(language, (c = compilePhrases(data[language] ?? [], language)));
    return c;
  };
  const ctx: Pick<RuleContext, 'text' | 'survey' | 'options' | 'report' | 'match' | 'editable' | 'phrases'> & Record<string, unknown> = {
    text: built.text,
    format: 'plain',
    filePath: 'survey.txt',
    blocks: [],
    options,
    survey: built.survey,
    eol: '\n',
    phrasesOfRule: () => undefined,
    allowed: () => false,
    phrases,
    report(input) {
      findings.push({
        ruleId: rule.id,
        message: input.message ?? rule.messages[input.language],
        severity: input.severity ?? rule.defaultSeverity,
        range: input.range,
        actual: built.text.slice(input.range.start, input.range.end),
        language: input.language,
        url: `rules/${rule.id}/README.md`,
        suggestions: (input.suggestions ?? []).filter((s) => s.edits.length > 0),
      });
    },
    match(block: ProseBlock, data: PhraseData) {
      const out: ReturnType<RuleContext['match']> = [];
      for (const language of ['en', 'fa'] as Language[]) {
        if (!data[language]?.length) continue;
        block.words ??= wordsOf(block.text);
        for (const m of findPhrases(block.text, phrases(data, language), block.words)) {
          const s = scriptOf(block.text.slice(m.from, m.to));
          if (s !== language && s !== undefined) continue;
          out.push({ ...m, language });
        }
      }
      return out.sort((a, b) => a.from - b.from);
    },
    editable(block, from, to) {
      return editableRange(built.text, block, from, to);
    },
  };
  rule.check(ctx as unknown as RuleContext);
  return findings;
}

export function surveyCases(rule: Rule, cases: { bad: SurveySpec[]; good: SurveySpec[] }): void {
  const label = (s: SurveySpec) => s.questions.map((q) => q.title).join(' | ').replace(/\s+/g, ' ').slice(0, 70);
  describe(`${rule.id} survey fixtures`, () => {
    cases.bad.forEach((spec, n) => {
      test(`bad #${n + 1}: ${label(spec)}`, () => {
        const built = buildSurvey(spec);
        const found = runSurveyRule(rule, built, spec.options);
        assert.deepEqual(found.map((f) => f.actual), built.expected, `findings of ${rule.id} in:\n${built.text}`);
        for (const f of found) {
          assert.ok(f.message.length > 10, 'a finding explains itself');
          assert.equal(scriptOf(f.message) === 'fa', f.language === 'fa', `the message speaks the text's language: ${f.message}`);
        }
        if (spec.fixed !== undefined) {
          const once = applyEdits(built.text, found.flatMap((f) => f.suggestions[0]?.edits ?? [])).text;
          assert.equal(once, spec.fixed, 'preferred fix');
        }
      });
    });
    cases.good.forEach((spec, n) => {
      test(`good #${n + 1}: ${label(spec)}`, () => {
        const built = buildSurvey(spec);
        const found = runSurveyRule(rule, built, spec.options);
        assert.deepEqual(found.map((f) => `${f.actual}: ${f.message}`), [], `no ${rule.id} finding expected in:\n${built.text}`);
      });
    });
  });
}
