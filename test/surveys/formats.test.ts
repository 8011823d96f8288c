/**
 * Qualtrics, LimeSurvey, Odoo and Typeform files through the survey layer: recognized by content, questions
 * with their types, choices, rows, scales and built-in options, what the survey already knows, and every text
 * mapped to the characters of the file (CDATA, entities and JSON escapes included).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyEdits, surveyKindOf } from '../../server/engine';
import { parseSurvey, type Survey } from '../../server/engine/surveys';
import { lint } from '../../server/linter';
import { assertSurveyMapped } from '../helpers/survey-ranges';

const path = (f: string) => join(import.meta.dirname, 'fixtures', f);
const read = (f: string) => readFileSync(path(f), 'utf8');
const parsed = (f: string): Survey => {
  const text = read(f);
  const kind = surveyKindOf(f, text);
  assert.ok(kind && kind !== undefined, `${f} is recognized`);
  const s = parseSurvey(kind, text);
  assert.ok(!('error' in s), `${f}: ${'error' in s ? s.error : ''}`);
  assertSurveyMapped(text, s, f);
  return s;
};
const summary = (s: Survey) => s.questions.map((q) => [q.id, q.type, q.page, q.title.map((t) => `${t.language}:${t.text}`).join(' | '), q.choices.map((c) => c.label[0]?.text).join('/')]);

test('detection by content: each format yes, look-alikes no', () => {
  assert.deepEqual(['limesurvey/support-survey.lss', 'odoo/data/survey_support.xml', 'qualtrics/csat.qsf', 'typeform/onboarding.json'].map((f) => surveyKindOf(f, read(f))), ['limesurvey', 'odoo', 'qualtrics', 'typeform']);
  assert.equal(surveyKindOf('data/mail_template_data.xml', '<odoo><record model="mail.template" id="x"/></odoo>'), undefined);
  assert.equal(surveyKindOf('pom.xml', '<project><modelVersion>4.0.0</modelVersion></project>'), undefined);
  assert.equal(surveyKindOf('x.qsf', '{"hello": 1}'), undefined);
  assert.equal(surveyKindOf('form.json', '{"fields": [{"name": "a", "type": "string"}]}'), undefined);
});

test('LimeSurvey (l10n tables): questions in both languages, answers, subquestions as options, no-answer, token attributes', () => {
  const s = parsed('limesurvey/support-survey.lss');
  assert.deepEqual(summary(s), [
    ['sat', 'rating', 0, 'en:<p>How satisfied were you with our support?</p> | fa:<p>چقدر از پشتیبانی ما راضی بودید؟</p>', ''],
    ['age', 'single', 0, 'en:How old are you?', 'Under 30/30 or over'],
    ['channels', 'multiple', 0, 'en:Where did you hear about us?', 'Search engine/A friend'],
  ]);
  const [sat, age, channels] = s.questions;
  assert.deepEqual([sat.scale?.min, sat.scale?.max, sat.required, sat.builtIn], [1, 5, true, undefined]);
  assert.deepEqual(age.builtIn, { other: false, preferNotToSay: true });
  assert.equal(age.choices[0].label[1].text, 'زیر ۳۰ سال');
  assert.equal(age.choices[0].label[1].language, 'fa');
  assert.equal(channels.builtIn?.other, true);
  assert.ok(s.knownVariables.includes('email') && s.knownVariables.includes('order_number') && s.knownVariables.includes('attribute_1'));
  assert.deepEqual(s.title?.map((t) => t.text), ['Support survey', 'نظرسنجی پشتیبانی']);
  assert.equal(s.intro[0][0].text, 'This survey takes 1 minute.');
  assert.equal(s.outro[0][0].text, 'Thank you &amp; goodbye.', 'CDATA is taken as written');
  assert.deepEqual(s.languages, ['en', 'fa']);
});

test('LimeSurvey: a text finding lands in the CDATA and its fix keeps the file valid', () => {
  const f = 'limesurvey/support-survey.lss';
  const text = read(f);
  const found = lint(text, { filePath: path(f) }).findings;
  const robotic = found.find((x) => x.ruleId === 'robotic-phrasing')!;
  assert.ok(robotic, JSON.stringify(found.map((x) => x.ruleId)));
  assert.equal(robotic.range.start, text.indexOf('Kindly be informed that'));
  const fixed = applyEdits(text, robotic.suggestions[0].edits).text;
  assert.match(fixed, /<help><!\[CDATA\[Just so you know, this helps us\.\]\]><\/help>/);
});

test('Odoo survey data: pages, questions with entities, answers, matrix rows, mandatory, descriptions as HTML', () => {
  const s = parsed('odoo/data/survey_support.xml');
  assert.deepEqual(summary(s), [
    ['survey_support_q1', 'single', 0, 'en:How satisfied were you with our answer & its speed?', 'Satisfied/Not satisfied'],
    ['survey_support_q2', 'matrix', 0, 'en:Rate these statements', 'Agree'],
  ]);
  assert.deepEqual(s.questions[1].rows?.map((r) => r.label[0].text), ['The agent was friendly']);
  assert.equal(s.questions[0].required, true);
  assert.equal(s.title?.[0].text, 'Support feedback');
  assert.equal(s.intro[0][0].text, '<p>Please be advised that this survey takes two minutes.</p>');
  assert.equal(s.outro[0][0].text, '<p>Thank you for your answers.</p>');
  const text = read('odoo/data/survey_support.xml');
  const found = lint(text, { filePath: path('odoo/data/survey_support.xml') }).findings;
  const robotic = found.find((x) => x.ruleId === 'robotic-phrasing')!;
  assert.equal(robotic.range.start, text.indexOf('Please be advised that'));
  // addChoice: a new answer record after the question's last one, indented like it, that parses back as a choice.
  const edits = s.questions[0].addChoices!([{ label: { en: 'Prefer not to say' } }], 'en')!;
  const fixed = applyEdits(text, edits).text;
  assert.match(fixed, /<\/record>\n {8}<record id="survey_support_q1_prefer_not_to_say" model="survey.question.answer">\n {12}<field name="question_id" ref="survey_support_q1"\/>\n {12}<field name="sequence">3<\/field>\n {12}<field name="value">Prefer not to say<\/field>\n {8}<\/record>\n/);
  const again = parseSurvey('odoo', fixed) as Survey;
  assert.deepEqual(again.questions[0].choices.map((c) => c.label[0].text), ['Satisfied', 'Not satisfied', 'Prefer not to say']);
  assert.equal(s.questions[1].addChoices, undefined, 'a matrix column is not added this way');
});

test('Qualtrics: question HTML, choices in ChoiceOrder with recodes, matrix statements and scale, blocks, embedded data', () => {
  const s = parsed('qualtrics/csat.qsf');
  assert.deepEqual(summary(s), [
    ['Q1', 'single', 0, 'en:<div>How satisfied were you with <i>the answer</i>?</div>', 'Very satisfied/Satisfied/Dissatisfied/Prefer not to say'],
    ['Q2', 'matrix', 1, 'en:Please rate the following & tell us', 'Disagree/Neutral/Agree'],
  ]);
  const [q1, q2] = s.questions;
  assert.deepEqual(q1.choices.map((c) => c.value), ['5', '4', '2', '-99']);
  assert.equal(q1.required, true);
  assert.deepEqual(q1.builtIn, { none: true });
  assert.deepEqual(q2.rows?.map((r) => r.label[0].text), ['The agent understood me', 'The answer was clear']);
  assert.deepEqual(s.knownVariables, ['ticket_id', 'Email']);
  assert.equal(s.intro[0][0].text, '<div>Hi! This takes <b>one minute</b>.</div>');
  const text = read('qualtrics/csat.qsf');
  const title = q1.title[0].block!;
  assert.equal(text.slice(title.start, title.end), 'How satisfied were you with <i>the answer</i>?');
});

test('Typeform: fields, choices, scales with end labels, hidden fields, welcome and thank-you screens, addChoice', () => {
  const s = parsed('typeform/onboarding.json');
  assert.deepEqual(summary(s), [
    ['nps', 'nps', 0, 'en:How likely are you to recommend us?', ''],
    ['role', 'single', 0, 'en:What is your role?', 'Developer/Product manager'],
    ['email_again', 'text', 0, 'en:What is your email address?', ''],
  ]);
  assert.deepEqual([s.questions[0].scale?.min, s.questions[0].scale?.max, s.questions[0].scale?.minLabel?.[0].text], [0, 10, 'Not likely']);
  assert.deepEqual(s.knownVariables, ['email', 'account_id']);
  assert.equal(s.intro[0][0].text, 'Hi {{hidden:name}}, got 30 seconds?');
  const text = read('typeform/onboarding.json');
  const edits = s.questions[1].addChoices!([{ label: { en: 'Other role' } }], 'en')!;
  assert.deepEqual(JSON.parse(applyEdits(text, edits).text).fields[1].properties.choices.at(-1), { label: 'Other role' });
});

test('broken files of each format: one survey-syntax error naming the format and the place, never a throw', () => {
  const cases: [string, string, RegExp][] = [
    ['limesurvey/support-survey.lss', '</questions>', /^This LimeSurvey survey does not parse \(line \d+: .+\)/],
    ['odoo/data/survey_support.xml', '</record>', /^This Odoo survey does not parse \(line \d+: .+\)/],
    ['qualtrics/csat.qsf', '"AnswerOrder":[1,2,3],', /^This Qualtrics survey does not parse \(.+ at line \d+\)/],
    ['typeform/onboarding.json', '"hidden": ["email", "account_id"],', /^This Typeform survey does not parse \(.+ at line \d+\)/],
  ];
  for (const [f, cut, message] of cases) {
    const broken = read(f).replace(cut, cut.includes('"') ? cut.slice(0, -2) : '');
    const found = lint(broken, { filePath: path(f) }).findings;
    assert.deepEqual(found.map((x) => x.ruleId), ['survey-syntax'], f);
    assert.match(found[0].message, message);
  }
});

test('LimeSurvey (old exports, one row per language): a matrix with subquestions as rows in both languages, the invitation as intro', () => {
  const s = parsed('limesurvey/old-format.lss');
  assert.deepEqual(summary(s), [['svc', 'matrix', 0, 'en:Do you agree? | fa:آیا موافقید؟', 'Agree/Disagree']]);
  const [q] = s.questions;
  assert.deepEqual(q.rows?.map((r) => r.label.map((t) => t.text)), [['The staff were friendly', 'کارکنان مهربان بودند']]);
  assert.deepEqual(q.choices.map((c) => c.label.map((t) => t.language)), [['en', 'fa'], ['en', 'fa']]);
  assert.equal(q.required, true);
  assert.match(s.intro[0][0].text, /^Dear \{FIRSTNAME\},<br \/>/);
  assert.deepEqual(s.other?.map((l) => l.map((t) => t.text)), [['Service', 'خدمات']]);
  const text = read('limesurvey/old-format.lss');
  const robotic = lint(text, { filePath: path('limesurvey/old-format.lss') }).findings.find((x) => x.ruleId === 'robotic-phrasing')!;
  assert.equal(robotic.range.start, text.indexOf('Please be advised that'));
});

test('warmly-disable comments: an XML comment above a field, a JSON comment above a property; not inside CDATA', () => {
  const odoo = read('odoo/data/survey_support.xml');
  const withComment = odoo.replace('            <field name="description" type="html">', '            <!-- warmly-disable-next-line robotic-phrasing -->\n            <field name="description" type="html">');
  assert.ok(lint(odoo, { filePath: path('odoo/data/survey_support.xml') }).findings.some((f) => f.ruleId === 'robotic-phrasing'));
  assert.ok(!lint(withComment, { filePath: path('odoo/data/survey_support.xml') }).findings.some((f) => f.ruleId === 'robotic-phrasing'));
  assert.ok(lint(withComment, { filePath: path('odoo/data/survey_support.xml'), inlineConfig: false }).findings.some((f) => f.ruleId === 'robotic-phrasing'));
  const lss = read('limesurvey/old-format.lss');
  const inCdata = lss.replace('Do you agree?', 'Do you agree? <!-- warmly-disable-file -->');
  assert.ok(lint(inCdata, { filePath: path('limesurvey/old-format.lss') }).findings.some((f) => f.ruleId === 'robotic-phrasing'), 'a comment inside CDATA is text');
  const json = '{\n  // warmly-disable-next-line robotic-phrasing\n  "description": "Please be advised that this takes a minute.",\n  "elements": [{ "type": "comment", "name": "c", "title": "Anything else? See https://x.example//warmly-disable-file" }]\n}\n';
  assert.deepEqual(lint(json, { filePath: 'survey.json' }).findings.filter((f) => f.ruleId === 'robotic-phrasing'), []);
  assert.equal(lint(json.replace('// warmly-disable-next-line robotic-phrasing\n', ''), { filePath: 'survey.json' }).findings.filter((f) => f.ruleId === 'robotic-phrasing').length, 1, 'a // inside a string is no comment');
});

test('LimeSurvey: an anonymized survey does not know its participants, so nothing is a known answer there', () => {
  const text = read('limesurvey/support-survey.lss').replace('<shownoanswer>', '<anonymized><![CDATA[Y]]></anonymized><shownoanswer>');
  const s = parseSurvey('limesurvey', text);
  assert.ok(!('error' in s));
  assert.deepEqual(s.knownVariables, []);
});
