import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QuestionSpec } from '../../test/helpers/survey-cases';
import { ruleCases } from '../../test/helpers/rule-cases';
import { surveyCases } from '../../test/helpers/survey-cases';
import { q, surveyJs } from '../../test/helpers/surveyjs';
import { promisesIn } from './promise';
import rule from '.';

const scale = ['Very poor', 'Poor', 'Fair', 'Good', 'Very good'];
/** n closed questions and k open ones. */
const questions = (n: number, k = 0, fa = false): QuestionSpec[] => [
  ...Array.from({ length: n }, (_, i): QuestionSpec => ({ title: fa ? `سؤال ${i + 1}` : `Question ${i + 1}`, choices: scale })),
  ...Array.from({ length: k }, (_, i): QuestionSpec => ({ title: fa ? `توضیح ${i + 1}` : `Comment ${i + 1}`, type: 'text' })),
];

surveyCases(rule, {
  bad: [
    { intro: ['This [[2-minute]] survey helps us improve.'], questions: questions(40) },
    { intro: ['It only takes [[a minute]] of your time!'], questions: questions(12, 2) },
    { title: 'A quick [[3 minute]] questionnaire', questions: questions(30, 5) },
    { intro: ['Takes less than [[five minutes]].'], questions: [...questions(20, 10), { title: 'Rate each', type: 'matrix', choices: scale, rows: Array.from({ length: 12 }, (_, i) => `Item ${i}`) }] },
    { intro: ['پاسخ به این نظرسنجی فقط [[۲ دقیقه]] از وقت شما را می‌گیرد.'], questions: questions(30, 0, true) },
    { intro: ['تکمیل پرسشنامه کمتر از [[پنج دقیقه]] طول می‌کشد.'], questions: questions(35, 8, true) },
    // No promise at all, and very long: an info finding on the title.
    { title: '[[Annual customer study]]', questions: questions(80, 10) },
    { title: '[[نظرسنجی سالانه]]', questions: questions(80, 10, true) },
  ],
  good: [
    { intro: ['This 2-minute survey helps us improve.'], questions: questions(8) },
    { intro: ['It takes about 5 minutes.'], questions: questions(20, 3) },
    { intro: ['It takes 3–5 minutes.'], questions: questions(25, 1) },
    { intro: ['Our agents answer within 2 minutes on average.'], questions: questions(3) },
    { intro: ['Thanks for shopping with us!'], questions: questions(40, 5) },
    { title: 'Annual customer study', questions: questions(80, 10), options: { maxMinutes: 30 } },
    { intro: ['پاسخ به این نظرسنجی حدود ۵ دقیقه طول می‌کشد.'], questions: questions(20, 2, true) },
    { intro: ['فقط یک دقیقه وقت می‌گیرد.'], questions: questions(5, 0, true) },
    { intro: ['This 2-minute survey has one question.'], questions: [{ title: 'How likely are you to recommend us?', type: 'nps', scale: { min: 0, max: 10 } }] },
  ],
});

test('promises: durations about the survey, in words or digits, either language', () => {
  const seconds = (s: string) => promisesIn(s).map((p) => p.seconds);
  assert.deepEqual(seconds('this 2-minute survey'), [120]);
  assert.deepEqual(seconds('it takes 3-5 minutes'), [300]);
  assert.deepEqual(seconds('only takes 30 seconds'), [30]);
  assert.deepEqual(seconds('takes a few minutes'), [180]);
  assert.deepEqual(seconds('فقط 2 دقیقه وقت می گیرد'), [120]);
  assert.deepEqual(seconds('we opened 2 minutes late'), []);
});

// Real SurveyJS files through the whole linter (the survey layer parses them; findings land on the file).
const many = (n: number) => Array.from({ length: n }, (_, i) => q('rating', `Question ${i + 1}`));
ruleCases('survey-length', {
  bad: [
    { file: 'survey.json', text: surveyJs(many(40), { description: 'This [[2-minute]] survey helps us improve.' }) },
    { file: 'survey.json', text: surveyJs(many(30), { description: { default: 'Only takes [[a minute]]!', fa: 'فقط [[یک دقیقه]] وقت می‌گیرد!' } }) },
  ],
  good: [
    { file: 'survey.json', text: surveyJs(many(8), { description: 'This 2-minute survey helps us improve.' }) },
    { file: 'survey.json', text: surveyJs(many(30), { description: 'Thanks for your time.' }) },
  ],
});

test('a long survey that promises no time is info, and a milder configured severity still wins', async () => {
  const { lint } = await import('../../server/linter');
  const text = surveyJs(many(100), { title: 'Annual study' });
  const severities = (options = {}) => lint(text, { filePath: 'survey.json', ...options }).findings.filter((f) => f.ruleId === 'survey-length').map((f) => `${f.severity}: ${f.actual}`);
  assert.deepEqual(severities(), ['info: Annual study']);
  assert.deepEqual(severities({ rules: { 'survey-length': 'error' } }), ['info: Annual study']);
  assert.deepEqual(severities({ rules: { 'survey-length': 'hint' } }), ['hint: Annual study']);
  // A promise the questions break stays a warning.
  const promised = lint(surveyJs(many(100), { description: 'A 2-minute survey' }), { filePath: 'survey.json' }).findings.filter((f) => f.ruleId === 'survey-length');
  assert.deepEqual(promised.map((f) => f.severity), ['warning']);
});
