/**
 * The survey rules on every survey format the layer reads, through the whole linter: each finding lands on the
 * words it is about in the file (a Persian label in an HTML form, a Qualtrics title inside its markup, an Odoo
 * matrix row, a Typeform field), and the real Odoo demo survey's two double-barrelled rows are found.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lint } from '../../server/linter';

const SURVEY_RULES = new Set(['leading-question', 'double-barrelled', 'unbalanced-scale', 'no-opt-out', 'survey-length', 'known-answer']);
const root = join(import.meta.dirname, '..', '..');

function found(path: string): string[] {
  const text = readFileSync(join(root, path), 'utf8');
  return lint(text, { filePath: path }).findings.filter((f) => SURVEY_RULES.has(f.ruleId)).map((f) => `${f.ruleId}: ${f.actual}`);
}

test('HTML form: a Persian scale that leans negative, an age question with no way out', () => {
  assert.deepEqual(found('test/surveys/fixtures/html/feedback-form.html'), [
    'unbalanced-scale: چقدر از پاسخ پشتیبانی راضی بودید؟',
    'no-opt-out: How old are you?',
  ]);
});

test('Typeform: the email the hidden field already carries', () => {
  assert.deepEqual(found('test/surveys/fixtures/typeform/onboarding.json'), ['known-answer: What is your email address?']);
});

test('Qualtrics: a scale leaning positive (on the title, markup inside kept) and a matrix whose scale runs the other way', () => {
  assert.deepEqual(found('test/surveys/fixtures/qualtrics/csat.qsf'), [
    'unbalanced-scale: How satisfied were you with <i>the answer</i>?',
    'unbalanced-scale: Disagree',
  ]);
});

test('SurveyJS: one finding per language of a localized scale, the Persian one on its Persian option', () => {
  assert.deepEqual(found('test/surveys/fixtures/surveyjs/customer-feedback.json'), [
    'unbalanced-scale: How satisfied were you with the delivery?',
    'unbalanced-scale: خیلی ناراضی',
  ]);
});

test('LimeSurvey: a question that is not mandatory has LimeSurvey\'s own "No answer", so no way-out finding', () => {
  assert.deepEqual(found('test/surveys/fixtures/limesurvey/support-survey.lss'), []);
});

test("Odoo's real demo survey: the two double-barrelled matrix rows", () => {
  assert.deepEqual(found('test/fixtures/surveys/real/odoo/survey_demo_feedback.xml'), [
    'double-barrelled: layout and design',
    'double-barrelled: clear and secure',
  ]);
});
