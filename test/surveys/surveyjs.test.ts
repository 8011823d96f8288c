/**
 * SurveyJS survey JSON through the survey layer: recognized by content, every question and text found with the
 * exact file range of its words (escapes and localized values included), text rules linting each text with
 * rewrites written back as JSON, and survey rules run once with ctx.survey and blocks mapped to the file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyEdits, createLinter, surveyKindOf, type Rule } from '../../server/engine';
import { sourceRange } from '../../server/engine/kit';
import { parseSurvey, surveyTexts, type Survey, type SurveyText } from '../../server/engine/surveys';
import { lint, rules } from '../../server/linter';

const FILE = join(import.meta.dirname, 'fixtures', 'surveyjs', 'customer-feedback.json');
const text = readFileSync(FILE, 'utf8');
const survey = parseSurvey('surveyjs', text) as Survey;
const at = (t: SurveyText) => text.slice(t.starts[0], t.ends[t.text.length - 1]);

test('recognized by content: a SurveyJS survey yes; package.json, a locale file and a list of records no', () => {
  assert.equal(surveyKindOf(FILE, text), 'surveyjs');
  assert.equal(surveyKindOf('survey.json', '{"elements": [{"type": "radiogroup", "name": "a", "choices": ["x"]}]}'), 'surveyjs');
  assert.equal(surveyKindOf('package.json', '{"name": "x", "scripts": {"test": "node"}, "elements": []}'), undefined);
  assert.equal(surveyKindOf('en.json', '{"welcome": {"title": "Hi", "type": "text"}}'), undefined);
  assert.equal(surveyKindOf('data.json', '{"pages": [{"elements": [{"type": "widget"}]}]}'), undefined);
  assert.equal(surveyKindOf(FILE.replace('.json', '.txt'), text), undefined);
});

test('questions: types, pages, choices, scales, built-in items, hidden fields and calculated values', () => {
  assert.ok(!('error' in survey));
  assert.deepEqual(survey.questions.map((q) => [q.id, q.type, q.page]), [
    ['nps', 'nps', 0], ['delivery_speed', 'single', 0], ['channels', 'multiple', 1], ['effort', 'rating', 1], ['agree', 'matrix', 1],
    ['What else should we know?', 'text', 1],
  ]);
  const [nps, delivery, channels, effort, agree] = survey.questions;
  assert.deepEqual({ ...nps.scale, minLabel: undefined, maxLabel: undefined }, { min: 0, max: 10, step: 1, minLabel: undefined, maxLabel: undefined });
  assert.equal(nps.scale?.minLabel?.[0].text, 'Not at all likely');
  assert.equal(nps.required, true);
  assert.deepEqual(nps.title.map((t) => t.language), ['en', 'fa']);
  assert.deepEqual(delivery.choices.map((c) => [c.value, c.label.map((l) => `${l.language}:${l.text}`).join('|')]), [
    ['1', 'en:Very dissatisfied|fa:خیلی ناراضی'], ['2', 'en:Dissatisfied|fa:ناراضی'], ['3', 'en:Satisfied|fa:راضی'],
  ]);
  assert.equal(delivery.builtIn?.none, true);
  assert.equal(channels.builtIn?.other, true);
  assert.deepEqual(channels.choices.map((c) => c.label[0].text), ['Search', 'A friend', 'Social media']);
  assert.deepEqual([effort.scale?.min, effort.scale?.max, effort.scale?.descending], [1, 5, true]);
  assert.deepEqual(agree.choices.map((c) => c.label[0].text), ['Disagree', 'Neutral', 'Agree']);
  assert.deepEqual(agree.rows?.map((c) => c.label[0].text), ['The app is fast', 'The app is easy to use']);
  assert.deepEqual(survey.knownVariables.sort(), ['order_id', 'total']);
  assert.deepEqual(survey.languages, ['en', 'fa']);
  assert.equal(survey.title?.[1].text, 'نظرسنجی مشتریان');
  assert.equal(survey.outro[0][0].text, '<p>Thank you!</p>\n<p>We have received your answers.</p>');
});

test('ranges: every text maps to its own characters in the file, escapes to the escape', () => {
  for (const { texts } of surveyTexts(survey)) {
    for (const t of texts) {
      const decoded = JSON.parse(`"${at(t)}"`);
      assert.equal(decoded, t.text, `${t.text} is at ${t.starts[0]}`);
      assert.equal(text[t.endOffset], '"');
    }
  }
  const description = survey.intro[0][0];
  assert.equal(at(description), 'Please be advised that this \\"quick\\" survey takes 2 minutes.');
  for (const q of survey.questions) assert.ok(text.slice(q.range.start, q.range.end).startsWith('{') && text.slice(q.range.start, q.range.end).includes(`"${q.id}"`));
  const choice = survey.questions[1].choices[0];
  assert.equal(text.slice(choice.range.start, choice.range.end), '{ "value": 1, "text": { "default": "Very dissatisfied", "fa": "خیلی ناراضی" } }');
});

test('text rules lint each text in its language, findings on the words, rewrites written back as JSON', () => {
  const found = lint(text, { filePath: FILE }).findings;
  const en = found.find((f) => f.ruleId === 'robotic-phrasing' && f.language === 'en');
  assert.ok(en, JSON.stringify(found.map((f) => f.ruleId)));
  assert.equal(en.actual, 'Please be advised that');
  assert.equal(en.range.start, text.indexOf('Please be advised that'));
  const fixed = applyEdits(text, en.suggestions[0].edits).text;
  assert.match(JSON.parse(fixed).description.default, /^Just so you know, this "quick" survey/);
  const fa = found.find((f) => f.ruleId === 'robotic-phrasing' && f.language === 'fa');
  assert.ok(fa);
  assert.equal(fa.range.start, text.indexOf('بدینوسیله'));
  // Letter rules stay off on question texts; no survey-syntax error on a good file.
  assert.ok(!found.some((f) => ['missing-contact', 'faceless-signoff', 'survey-syntax'].includes(f.ruleId)));
});

/** A survey rule that reports every question title through its block, and offers to add a choice. */
const probe: Rule = {
  id: 'probe-survey', description: 'test', defaultSeverity: 'warning', fixable: true, scope: 'survey', messages: { en: 'probe', fa: 'probe' },
  check(ctx) {
    assert.ok(ctx.survey, 'ctx.survey is set');
    for (const q of ctx.survey.questions) {
      for (const t of q.title) {
        const block = t.block!;
        const edits = q.addChoices?.([{ label: { [t.language]: 'Prefer not to say' }, optOut: true }], t.language);
        ctx.report({ range: sourceRange(block, 0, block.text.length), language: t.language, suggestions: edits ? [{ title: 'add', edits }] : [] });
      }
    }
  },
};
/** A text rule that would fire on any prose: it must not run in the survey pass. */
const textProbe: Rule = {
  id: 'probe-text', description: 'test', defaultSeverity: 'warning', fixable: false, messages: { en: 'text', fa: 'text' },
  check(ctx) { for (const b of ctx.blocks) if (/how easy/.test(b.text)) ctx.report({ range: sourceRange(b, 0, b.text.length), language: 'en' }); },
};

test('survey rules run once with ctx.survey; blocks map to the file; addChoice writes valid JSON in the array style', () => {
  const linter = createLinter([...rules, probe, textProbe]);
  const found = linter.lint(text, { filePath: FILE }).findings;
  const probes = found.filter((f) => f.ruleId === 'probe-survey');
  assert.deepEqual(probes.map((f) => f.actual), [
    'How likely are you to recommend us to a friend?', 'چقدر احتمال دارد ما را به دوستانتان معرفی کنید؟', 'How satisfied were you with the delivery?',
    'Where did you hear about us?', 'How easy was it?', 'Tell us how much you agree', 'What else should we know?',
  ]);
  // The text probe runs once per text (in the text pass), never in the survey pass.
  assert.equal(found.filter((f) => f.ruleId === 'probe-text').length, 1);
  const add = (i: number) => applyEdits(text, probes[i].suggestions[0].edits).text;
  assert.deepEqual(JSON.parse(add(3)).pages[1].elements[0].choices, ['Search', 'A friend', 'Social media', 'Prefer not to say']);
  const delivery = JSON.parse(add(2)).pages[0].elements[2].elements[0].choices;
  assert.deepEqual(delivery.at(-1), { value: 'prefer_not_to_say', text: { default: 'Prefer not to say' } });
  assert.match(add(2), /\n {16}\{ "value": "prefer_not_to_say"/, 'on its own line, indented like its neighbours');
  assert.equal(probes[0].suggestions.length, 0, 'a 0–10 scale without listed values takes no choice');
  // Without the survey rule's own pass a plain HTML or text file never sees it.
  assert.ok(!linter.lint('How satisfied were you?', { filePath: 'a.txt' }).findings.some((f) => f.ruleId === 'probe-survey'));
});

test('a survey that does not parse: one clear error finding naming what is wrong, no throw', () => {
  const broken = text.replace('"rateMax": 10,', '"rateMax": 10,,');
  const found = lint(broken, { filePath: FILE }).findings;
  assert.equal(found.length, 1);
  assert.equal(found[0].ruleId, 'survey-syntax');
  assert.match(found[0].message, /^This SurveyJS survey does not parse \(.+ at line \d+\), so Warmly did not lint its questions\.$/);
});

test('JSON that is not a survey is linted as before', () => {
  const pkg = '{"name": "x", "description": "Please be advised that this is a package."}';
  assert.deepEqual(lint(pkg, { filePath: 'package.json' }), createLinter(rules.filter((r) => r.scope !== 'survey')).lint(pkg, { filePath: 'package.json' }));
});

test('matrixdropdown: cells answer on the shared choices; the named columns are texts of their own', () => {
  const json = '{"elements": [{"type": "matrixdropdown", "name": "m", "title": "Rate the staff", "choices": [1, 2, 3], "columns": [{"name": "speed", "title": "Speed"}, {"name": "care"}], "rows": ["Sales", "Support"]}]}';
  const s = parseSurvey('surveyjs', json) as Survey;
  const [q] = s.questions;
  assert.deepEqual(q.choices.map((c) => c.value), ['1', '2', '3']);
  assert.deepEqual(q.columns?.map((c) => c.label[0].text), ['Speed', 'care']);
  assert.deepEqual(q.rows?.map((c) => c.label[0].text), ['Sales', 'Support']);
  assert.ok(surveyTexts(s).some((t) => t.key === 'q.0.column.0'));
});

test('pre-1.0 SurveyJS: "value|text" choices map to the text after the bar; mininumRateDescription is the low label', () => {
  const json = '{"questions": [{"type": "radiogroup", "name": "price", "title": "Is the price right?", "choices": ["low|Too low", "ok|About right"]}, {"type": "rating", "name": "sat", "title": "How satisfied are you?", "mininumRateDescription": "Not satisfied", "maximumRateDescription": "Completely satisfied"}]}';
  const s = parseSurvey('surveyjs', json) as Survey;
  const [price, sat] = s.questions;
  assert.deepEqual(price.choices.map((c) => [c.value, c.label[0].text]), [['low', 'Too low'], ['ok', 'About right']]);
  const t = price.choices[0].label[0];
  assert.equal(json.slice(t.starts[0], t.ends[t.text.length - 1]), 'Too low');
  assert.equal(json.slice(t.block!.start, t.block!.end), 'Too low');
  assert.deepEqual([sat.scale?.minLabel?.[0].text, sat.scale?.maxLabel?.[0].text], ['Not satisfied', 'Completely satisfied']);
});

test('a survey rule\'s fix that would break the file is not offered; one that keeps it a survey is', () => {
  const rule: Rule = {
    id: 'probe-fixes', description: 'test', defaultSeverity: 'warning', fixable: true, scope: 'survey', messages: { en: 'probe', fa: 'probe' },
    check(ctx) {
      const t = ctx.survey!.questions[1].title[0];
      const range = { start: t.starts[0], end: t.ends[t.text.length - 1] };
      ctx.report({ range, language: 'en', suggestions: [
        { title: 'unescaped', edits: [{ range, text: 'How "satisfied" were you?' }] },
        { title: 'escaped', edits: [{ range, text: t.encode!('How "satisfied" were you?', { start: 0, end: t.text.length })! }] },
      ] });
    },
  };
  const found = createLinter([...rules, rule]).lint(text, { filePath: FILE }).findings.find((f) => f.ruleId === 'probe-fixes')!;
  assert.deepEqual(found.suggestions.map((s) => s.title), ['escaped']);
  assert.equal(JSON.parse(applyEdits(text, found.suggestions[0].edits).text).pages[0].elements[2].elements[0].title, 'How "satisfied" were you?');
});

test('a text repeated on several questions is linted once and reported at each of its places', () => {
  const json = '{"elements": [{"type": "radiogroup", "name": "a", "title": "First?", "choices": ["Please be advised that we close early", "No"]}, {"type": "radiogroup", "name": "b", "title": "Second?", "choices": ["Please be advised that we close early", "No"]}]}';
  const found = lint(json, { filePath: 'survey.json' }).findings.filter((f) => f.ruleId === 'robotic-phrasing');
  const first = json.indexOf('Please be advised that');
  assert.deepEqual(found.map((f) => f.range.start), [first, json.indexOf('Please be advised that', first + 1)]);
});

test('a byte-order mark before the JSON: the survey is read, its findings at the same characters', () => {
  const withBom = `\ufeff${text}`;
  const found = lint(withBom, { filePath: FILE }).findings;
  assert.ok(!found.some((f) => f.ruleId === 'survey-syntax'));
  const robotic = found.find((f) => f.ruleId === 'robotic-phrasing' && f.language === 'en')!;
  assert.equal(robotic.range.start, withBom.indexOf('Please be advised that'));
});
