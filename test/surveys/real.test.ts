/**
 * Robustness over real survey files from public repositories (test/fixtures/surveys/real, see PROVENANCE.md)
 * and broken ones: each real file is recognized as a survey and either parses, with every question found and
 * every text at the exact characters of the file, or gives one clean one-line survey-syntax error. Linting with
 * every rule never throws, every finding lies inside the file, and every offered fix leaves it parseable.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { applyEdits, surveyKindOf } from '../../server/engine';
import { parseSurvey } from '../../server/engine/surveys';
import { lint } from '../../server/linter';
import { assertSurveyMapped } from '../helpers/survey-ranges';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'surveys');
const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  return statSync(p).isDirectory() ? files(p) : n.endsWith('.md') ? [] : [p];
});

/** What each real file holds: its question count, or the error it must give. */
const EXPECTED: Record<string, number | 'error'> = {
  'real/odoo/survey_demo_feedback.xml': 7,
  'real/odoo/survey_demo_recruitment.xml': 8,
  'real/qualtrics/No_Basis_for_Evaluation.qsf': 6,
  'real/limesurvey/limesurvey_survey_question_list.lss': 1,
  'real/limesurvey/limesurvey_survey_rankingNative.lss': 1,
  'real/surveyjs/real-productfeedback.json': 'error',
  'real/surveyjs/real-medical-service.json': 5,
  'real/surveyjs/survey-multilanguages.json': 'error',
  'broken/truncated.lss': 'error',
  'broken/trailing-garbage.json': 'error',
  'broken/odoo-unclosed.xml': 'error',
};

test('every real and broken survey file: recognized, parsed with exact ranges or one clean error, linted without a throw', () => {
  const all = files(ROOT);
  assert.deepEqual(all.map((f) => relative(ROOT, f)).sort(), Object.keys(EXPECTED).sort(), 'each file has an expectation');
  for (const f of all) {
    const name = relative(ROOT, f);
    const text = readFileSync(f, 'utf8');
    const kind = surveyKindOf(f, text);
    assert.ok(kind, `${name} is recognized as a survey`);
    const survey = parseSurvey(kind, text);
    const found = lint(text, { filePath: f }).findings;
    if (EXPECTED[name] === 'error') {
      assert.ok('error' in survey, `${name} should not parse`);
      assert.deepEqual(found.map((x) => x.ruleId), ['survey-syntax'], name);
      assert.doesNotMatch(found[0].message, /\n/);
      continue;
    }
    assert.ok(!('error' in survey), `${name}: ${'error' in survey ? survey.error : ''}`);
    assert.equal(survey.questions.length, EXPECTED[name], name);
    assertSurveyMapped(text, survey, name);
    for (const q of survey.questions) assert.ok(q.title.length, `${name} ${q.id} has a title`);
    for (const x of found) {
      assert.ok(x.range.start >= 0 && x.range.end <= text.length, `${name} ${x.ruleId} inside the file`);
      for (const s of x.suggestions) {
        const fixed = applyEdits(text, s.edits).text;
        assert.ok(!('error' in parseSurvey(kind, fixed)), `${name}: the fix "${s.title}" of ${x.ruleId} leaves the file parseable`);
      }
    }
  }
});

test('the Odoo demo survey: pages, a matrix with its rows, the comment option, descriptions as intro', () => {
  const f = join(ROOT, 'real/odoo/survey_demo_feedback.xml');
  const text = readFileSync(f, 'utf8');
  const s = parseSurvey('odoo', text);
  assert.ok(!('error' in s));
  assert.deepEqual(s.questions.map((q) => [q.type, q.page]), [['text', 0], ['text', 0], ['single', 0], ['text', 0], ['multiple', 1], ['matrix', 1], ['text', 1]]);
  const matrix = s.questions[5];
  assert.deepEqual(matrix.choices.map((c) => c.label[0].text), ['Totally disagree', 'Disagree', 'Agree', 'Totally agree']);
  assert.equal(matrix.rows?.length, 5);
  assert.equal(s.questions[2].builtIn?.other, true);
  assert.equal(s.title?.[0].text, 'Feedback Form');
  assert.match(s.intro[0][0].text, /^\n<p>This survey allows you/);
  const q = s.questions[0].title[0];
  assert.equal(text.slice(q.starts[0], q.endOffset), 'Where do you live ?');
});

/**
 * Every survey-rule finding on the real files, each read and judged right (the false-alarm check). A file missing
 * here has none. Gender with only "Male / Female" and an age group with no way out (Odoo's recruitment demo) are
 * real gaps, as are the SurveyJS medical survey's "(if any)" rows with no "Not applicable" column; "No Opinion", "Never tried it", "No basis for evaluation" and "Prefer not to Answer" are ways out,
 * and "Not important … Most important" is a one-sided scale of degrees, so the Qualtrics and Odoo scales are clean.
 */
const SURVEY_FINDINGS: Record<string, string[]> = {
  'real/odoo/survey_demo_feedback.xml': ['double-barrelled: layout and design', 'double-barrelled: clear and secure'],
  'real/odoo/survey_demo_recruitment.xml': ['no-opt-out: What is your gender?', 'no-opt-out: What age group do you belong to?'],
  // Two matrix rows that say "(if any)" on a Poor…Very Good scale with no "Not applicable" column.
  'real/surveyjs/real-medical-service.json': [
    'no-opt-out: Information the care provider gave you about medications (if any)',
    'no-opt-out: Instructions the care provider gave you about follow-up care (if any)',
  ],
};
const SURVEY_RULES = new Set(['leading-question', 'double-barrelled', 'unbalanced-scale', 'no-opt-out', 'survey-length', 'known-answer']);

test('the survey rules on the real files: only the findings read and judged right', () => {
  for (const f of files(join(ROOT, 'real'))) {
    const name = relative(ROOT, f);
    const found = lint(readFileSync(f, 'utf8'), { filePath: f }).findings.filter((x) => SURVEY_RULES.has(x.ruleId));
    assert.deepEqual(found.map((x) => `${x.ruleId}: ${x.actual}`), SURVEY_FINDINGS[name] ?? [], name);
  }
});

test('a real Qualtrics export: "-1" recodes and "No Opinion" columns are ways out, and adding one keeps the ids and recodes apart', () => {
  const f = join(ROOT, 'real/qualtrics/No_Basis_for_Evaluation.qsf');
  const text = readFileSync(f, 'utf8');
  const s = parseSurvey('qualtrics', text);
  assert.ok(!('error' in s));
  const q1 = s.questions.find((q) => q.id === 'Q1')!;
  assert.deepEqual(q1.choices.map((c) => c.value), ['1', '2', '3', '-1']);
  const edits = q1.addChoices!([{ label: { en: 'Prefer not to say' }, optOut: true }], 'en')!;
  const again = parseSurvey('qualtrics', applyEdits(text, edits).text);
  assert.ok(!('error' in again));
  // Its ids: the next choice id, and -99 (the -1 and -2 this survey already uses for its own ways out stay theirs).
  assert.deepEqual(again.questions.find((q) => q.id === 'Q1')!.choices.map((c) => c.value), ['1', '2', '3', '-1', '-99']);
  // A matrix's scale: the next answer id after the file's, in AnswerOrder, recoded in the matrix's RecodeValues.
  const q3 = s.questions.find((q) => q.id === 'Q3')!;
  const matrix = JSON.parse(applyEdits(text, q3.addChoices!([{ label: { en: 'Not applicable' }, optOut: true }], 'en')!).text)
    .SurveyElements.find((e: { PrimaryAttribute: string }) => e.PrimaryAttribute === 'QID3').Payload;
  assert.deepEqual([matrix.Answers['5'], matrix.AnswerOrder, matrix.RecodeValues['5']], [{ Display: 'Not applicable' }, [1, 2, 3, 4, 5], '-99']);
});
