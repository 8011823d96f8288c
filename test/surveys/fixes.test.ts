/**
 * The survey rules' fixes in every format, through the one edit applier (quick fix, fix-all and `--fix` all use
 * it): each fixture (test/surveys/fixtures/fixes) asks about price and delivery at once, asks for an income with
 * no way out, and (where the format has them) a scale that stops halfway and a double-barrelled matrix row. Each
 * fix is applied, the file parsed again with its own parser: the new option is there with a proper id, code and
 * order, the split question is two questions with ids of their own, and the finding is gone. Fix-all leaves no
 * survey finding and a file that parses.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyEdits, fixAll, type Finding } from '../../server/engine';
import { parseSurvey, surveyKindOf, type Survey } from '../../server/engine/surveys';
import { lint } from '../../server/linter';

const SURVEY_RULES = new Set(['leading-question', 'double-barrelled', 'unbalanced-scale', 'no-opt-out', 'survey-length', 'known-answer']);
const DIR = join(import.meta.dirname, 'fixtures', 'fixes');

function load(name: string) {
  const path = join(DIR, name);
  const text = readFileSync(path, 'utf8');
  const kind = surveyKindOf(path, text)!;
  const findings = (t: string) => lint(t, { filePath: path }).findings.filter((f) => SURVEY_RULES.has(f.ruleId));
  const parse = (t: string) => { const s = parseSurvey(kind, t); assert.ok(!('error' in s), 'error' in s ? s.error : ''); return s as Survey; };
  /** Applies the first fix of the finding and returns the new text, checked to parse and to have lost that finding. */
  const fix = (f: Finding) => {
    assert.ok(f.suggestions[0], `${name}: ${f.ruleId} on "${f.actual}" offers a fix`);
    const out = applyEdits(text, f.suggestions[0].edits);
    assert.equal(out.skipped, 0, `${name}: every edit of the fix applies`);
    parse(out.text);
    const same = (list: Finding[]) => list.filter((g) => g.ruleId === f.ruleId && g.actual === f.actual && g.language === f.language).length;
    assert.equal(same(findings(out.text)), same(findings(text)) - 1, `${name}: ${f.ruleId} on "${f.actual}" is gone`);
    return out.text;
  };
  return { path, text, kind, found: findings(text), findings, parse, fix };
}

const titles = (s: Survey) => s.questions.map((q) => q.title.map((t) => t.text.replace(/<[^>]*>/g, '')));
const labels = (s: Survey, id: string) => s.questions.find((q) => q.id === id)!.choices.map((c) => c.label.map((l) => l.text).join(' / '));
const values = (s: Survey, id: string) => s.questions.find((q) => q.id === id)!.choices.map((c) => c.value);

function fixAllClean(f: ReturnType<typeof load>): string {
  const r = fixAll(f.text, f.findings);
  assert.ok(r.converged);
  f.parse(r.text);
  assert.deepEqual(f.findings(r.text).filter((x) => x.suggestions.length).map((x) => x.ruleId), [], 'no fixable survey finding left');
  return r.text;
}

test('Qualtrics: a way out with the next choice id, listed in ChoiceOrder, recoded -99 and exclusive; a split question with its own QID, export tag and place in its block', () => {
  const f = load('csat.qsf');
  const optOut = f.fix(f.found.find((x) => x.ruleId === 'no-opt-out')!);
  const json = JSON.parse(optOut);
  const q2 = json.SurveyElements.find((e: { PrimaryAttribute: string }) => e.PrimaryAttribute === 'QID2').Payload;
  assert.deepEqual(q2.Choices['3'], { Display: 'Prefer not to say', ExclusiveAnswer: true });
  assert.deepEqual([q2.ChoiceOrder, q2.RecodeValues['3'], q2.NextChoiceId], [[1, 2, 3], '-99', 4]);

  const scale = f.parse(f.fix(f.found.find((x) => x.ruleId === 'unbalanced-scale' && /easy/.test(x.actual))!));
  assert.deepEqual(labels(scale, 'Q3'), ['Very easy', 'Easy', 'Neutral', 'Difficult', 'Very difficult']);

  const split = f.fix(f.found.find((x) => x.ruleId === 'double-barrelled' && /satisfied/.test(f.text.slice(x.range.start - 40, x.range.start)))!);
  const s = f.parse(split);
  assert.deepEqual(titles(s).slice(0, 2), [['How satisfied are you with our price?'], ['How satisfied are you with our delivery?']]);
  assert.deepEqual(s.questions.slice(0, 2).map((q) => q.id), ['Q1', 'Q1b']);
  const parsed = JSON.parse(split);
  assert.deepEqual(parsed.SurveyElements[0].Payload[0].BlockElements.map((b: { QuestionID: string }) => b.QuestionID), ['QID1', 'QID5', 'QID2', 'QID3', 'QID4']);
  assert.equal(parsed.SurveyElements[1].SecondaryAttribute, '5', 'the question count moves on');

  const row = f.parse(f.fix(f.found.find((x) => x.ruleId === 'double-barrelled' && /were fair/.test(f.text.slice(x.range.end, x.range.end + 10)))!));
  assert.deepEqual(row.questions[3].rows!.map((r) => [r.value, r.label[0].text]), [['1', 'The price was fair'], ['3', 'The delivery was fair'], ['2', 'The agent understood me']]);
  fixAllClean(f);
});

test('LimeSurvey (en + fa): new answer rows with the next code, sort order and aid, l10n rows in both languages; a subquestion for a multiple choice; a split question in both languages', () => {
  const f = load('order.lss');
  const income = f.parse(f.fix(f.found.find((x) => x.ruleId === 'no-opt-out' && x.language === 'en')!));
  assert.deepEqual(values(income, 'income'), ['A1', 'A2', 'A3']);
  assert.deepEqual(labels(income, 'income').at(-1), 'Prefer not to say / ترجیح می‌دهم نگویم');
  const health = f.parse(f.fix(f.found.find((x) => x.ruleId === 'no-opt-out' && x.language === 'fa')!));
  assert.deepEqual(values(health, 'health'), ['SQ001', 'SQ002', 'SQ003']);

  const split = f.parse(f.fix(f.found.find((x) => x.ruleId === 'double-barrelled' && x.language === 'fa')!));
  assert.deepEqual(titles(split).slice(0, 2), [
    ['How satisfied are you with our price?', 'چقدر از قیمت ما راضی هستید؟'],
    ['How satisfied are you with our delivery?', 'چقدر از ارسال ما راضی هستید؟'],
  ]);
  assert.deepEqual(split.questions.map((q) => q.id), ['value', 'value2', 'income', 'ease', 'health'], 'the copy right after the original; later questions move down');
  assert.deepEqual(labels(split, 'value2'), labels(split, 'value'), 'the copy keeps the options');
  // Ids are unique across the file, so LimeSurvey imports the copy as a question of its own.
  const fixed = fixAllClean(f);
  for (const [table, id] of [['answers', 'aid'], ['answer_l10ns', 'id'], ['question_l10ns', 'id'], ['questions', 'qid']]) {
    const body = new RegExp(`<${table}>([\\s\\S]*?)</${table}>`).exec(fixed)![1];
    const ids = [...body.matchAll(new RegExp(`<row><${id}><!\\[CDATA\\[(\\d+)\\]\\]>`, 'g'))].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, `${table}.${id} stays unique after fix-all`);
  }
});

test('Odoo: a new answer record numbered after the last; a split question whose copied answers point at the copy; a split matrix row', () => {
  const f = load('survey_order.xml');
  const income = f.fix(f.found.find((x) => x.ruleId === 'no-opt-out')!);
  assert.deepEqual(values(f.parse(income), 'survey_order_q2').at(-1), 'survey_order_q2_prefer_not_to_say');
  assert.match(income, /<field name="sequence">3<\/field>\n {12}<field name="value">Prefer not to say<\/field>/);
  const split = f.parse(f.fix(f.found.find((x) => x.ruleId === 'double-barrelled' && /satisfied/.test(f.text.slice(x.range.start - 40, x.range.start)))!));
  assert.deepEqual(split.questions.map((q) => q.id), ['survey_order_q1', 'survey_order_q1_2', 'survey_order_q2', 'survey_order_q3']);
  assert.deepEqual(labels(split, 'survey_order_q1_2'), ['Very satisfied', 'Satisfied', 'Dissatisfied', 'Very dissatisfied']);
  const row = f.parse(f.fix(f.found.find((x) => x.ruleId === 'double-barrelled' && /were fair/.test(f.text.slice(x.range.end, x.range.end + 10)))!));
  assert.deepEqual(row.questions[2].rows!.map((r) => r.label[0].text), ['The price was fair', 'The delivery was fair']);
  fixAllClean(f);
});

test('Typeform: a new choice; a split field without ids (Typeform gives new ones) and with a ref of its own', () => {
  const f = load('order-typeform.json');
  assert.deepEqual(labels(f.parse(f.fix(f.found.find((x) => x.ruleId === 'no-opt-out')!)), 'income').at(-1), 'Prefer not to say');
  const json = JSON.parse(f.fix(f.found.find((x) => x.ruleId === 'double-barrelled')!));
  assert.deepEqual(json.fields.map((x: { ref: string; id?: string; title: string }) => [x.ref, x.id, x.title]), [
    ['value', 'Abc123', 'How satisfied are you with our price?'],
    ['value_2', undefined, 'How satisfied are you with our delivery?'],
    ['income', 'Def456', 'What is your annual income?'],
  ]);
  assert.deepEqual(json.fields[1].properties.choices[0], { label: 'Very satisfied' });
  fixAllClean(f);
});

test('SurveyJS: a localized title split in both languages at once; a way out in both languages; a matrix row split with a new value', () => {
  const f = load('feedback.json');
  const bothLanguages = f.found.filter((x) => x.ruleId === 'double-barrelled' && x.range.start < f.text.indexOf('"choices"'));
  assert.deepEqual(bothLanguages.map((x) => x.language), ['en', 'fa']);
  assert.deepEqual(bothLanguages[0].suggestions[0].edits, bothLanguages[1].suggestions[0].edits, 'one split, offered on each language');
  const json = JSON.parse(f.fix(bothLanguages[1]));
  assert.deepEqual(json.pages[0].elements.slice(0, 2).map((e: { name: string; title: unknown }) => [e.name, e.title]), [
    ['value', { default: 'How satisfied are you with our price?', fa: 'چقدر از قیمت ما راضی هستید؟' }],
    ['value_2', { default: 'How satisfied are you with our delivery?', fa: 'چقدر از ارسال ما راضی هستید؟' }],
  ]);
  const income = JSON.parse(f.fix(f.found.find((x) => x.ruleId === 'no-opt-out')!));
  assert.deepEqual(income.pages[0].elements[1].choices.at(-1), { value: 'prefer_not_to_say', text: { default: 'Prefer not to say', fa: 'ترجیح می‌دهم نگویم' } });
  const rows = JSON.parse(f.fix(f.found.find((x) => x.ruleId === 'double-barrelled' && x.range.start > f.text.indexOf('"rows"'))!));
  assert.deepEqual(rows.pages[0].elements[3].rows, [{ value: 'fair', text: 'The price was fair' }, { value: 'fair_2', text: 'The delivery was fair' }, { value: 'agent', text: 'The agent understood me' }]);
  fixAllClean(f);
});

test('no split where it is not clean: a title with a translation Warmly does not read, a Qualtrics question with translations', () => {
  const surveyjs = JSON.stringify({ pages: [{ elements: [{ type: 'rating', name: 'q', title: { default: 'How satisfied are you with our price and delivery?', de: 'Wie zufrieden sind Sie mit Preis und Lieferung?' } }] }] }, null, 2);
  const found = lint(surveyjs, { filePath: 'a.json' }).findings.filter((x) => x.ruleId === 'double-barrelled');
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].suggestions, [], 'the German text would go on asking both');
  const f = load('csat.qsf');
  const translated = f.text.replace('"Language": [], "NextChoiceId": 6', '"Language": {"DE": {"QuestionText": "Wie zufrieden sind Sie mit Preis und Lieferung?"}}, "NextChoiceId": 6');
  const qsf = lint(translated, { filePath: f.path }).findings.filter((x) => x.ruleId === 'double-barrelled');
  assert.deepEqual(qsf[0].suggestions, []);
});

test('LimeSurvey (old export, one row per language): a matrix row split in both languages, the new subquestion with the next code and qid', () => {
  const path = join(import.meta.dirname, 'fixtures', 'limesurvey', 'old-format.lss');
  const text = readFileSync(path, 'utf8').replace('The staff were friendly', 'The staff were polite and helpful').replace('کارکنان مهربان بودند', 'کارکنان مودب و آگاه بودند');
  const found = lint(text, { filePath: path }).findings.filter((f) => f.ruleId === 'double-barrelled');
  assert.deepEqual(found.map((f) => f.language), ['en', 'fa']);
  const fixed = applyEdits(text, found[1].suggestions[0].edits).text;
  const s = parseSurvey('limesurvey', fixed) as Survey;
  assert.deepEqual(s.questions[0].rows!.map((r) => [r.value, r.label.map((l) => l.text)]), [
    ['SQ1', ['The staff were polite', 'کارکنان مودب بودند']],
    ['SQ2', ['The staff were helpful', 'کارکنان آگاه بودند']],
  ]);
  assert.equal([...fixed.matchAll(/<qid><!\[CDATA\[9\]\]><\/qid><parent_qid><!\[CDATA\[7\]\]>/g)].length, 2, 'one new qid, on the row of each language');
  assert.ok(!lint(fixed, { filePath: path }).findings.some((f) => f.ruleId === 'double-barrelled'));
});

test('a very large survey: fixes are proved up to a budget of re-parses, later findings come without a fix (never an unproved one)', () => {
  const elements = Array.from({ length: 400 }, (_, i) => ({ type: 'rating', name: `q${i}`, title: `How satisfied are you with our price and delivery in order ${i}?` }));
  const text = JSON.stringify({ pages: [{ elements }] }, null, 2);
  const found = lint(text, { filePath: 'big.json' }).findings.filter((f) => f.ruleId === 'double-barrelled');
  assert.equal(found.length, 400);
  const fixed = found.filter((f) => f.suggestions.length).length;
  // 4 MB of re-parsing over a file of ~60 KB: about 60 proofs, each one a file that still parses.
  assert.ok(fixed > 20 && fixed < 100, `${fixed} findings carry a fix`);
  for (const f of found.filter((x) => x.suggestions.length).slice(0, 3)) assert.ok(!('error' in parseSurvey('surveyjs', applyEdits(text, f.suggestions[0].edits).text)));
});

test('options added to a numeric scale continue its numbers ("Poor" 2 and "Very poor" 1 after 5, 4, 3), in SurveyJS values and Qualtrics recodes', () => {
  const text = JSON.stringify({ pages: [{ elements: [{ type: 'radiogroup', name: 'q', title: 'Rate the checkout', choices: [{ value: 5, text: 'Very good' }, { value: 4, text: 'Good' }, { value: 3, text: 'Fair' }] }] }] }, null, 2);
  const f = lint(text, { filePath: 'a.json' }).findings.find((x) => x.ruleId === 'unbalanced-scale')!;
  assert.deepEqual(JSON.parse(applyEdits(text, f.suggestions[0].edits).text).pages[0].elements[0].choices.slice(3), [{ value: 2, text: 'Poor' }, { value: 1, text: 'Very poor' }]);
  const qsf = readFileSync(join(DIR, 'csat.qsf'), 'utf8').replace('"ChoiceOrder": ["1", "2", "3"], "Language"', '"ChoiceOrder": ["1", "2", "3"], "RecodeValues": {"1": "5", "2": "4", "3": "3"}, "Language"');
  const g = lint(qsf, { filePath: 'a.qsf' }).findings.find((x) => x.ruleId === 'unbalanced-scale' && /easy/.test(x.actual))!;
  const q3 = JSON.parse(applyEdits(qsf, g.suggestions[0].edits).text).SurveyElements.find((e: { PrimaryAttribute: string }) => e.PrimaryAttribute === 'QID3').Payload;
  assert.deepEqual(q3.RecodeValues, { 1: '5', 2: '4', 3: '3', 4: '2', 5: '1' });
});
