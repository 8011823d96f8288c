/**
 * Property (fixed seed): the six survey rules, run on thousands of generated SurveyJS files built from real question
 * and option wording in both languages (empty labels, one option, numbers, markup, localized texts included),
 * never throw, report only inside the file, and every fix they offer applies cleanly and keeps the file valid JSON.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../server/engine';
import { lint } from '../../server/linter';

const SURVEY_RULES = new Set(['leading-question', 'double-barrelled', 'unbalanced-scale', 'no-opt-out', 'survey-length', 'known-answer']);
const TITLES = [
  'How much did you love our app?', 'How satisfied are you with price and delivery?', 'Gender', 'What is your income?',
  'Your email', 'What is your order number?', 'Which product did you buy?', "Don't you agree?", '', ' ', '<b>Rate</b> us',
  'چقدر از خرید لذت بردید؟', 'از قیمت و کیفیت راضی هستید؟', 'جنسیت', 'سن شما', 'شماره سفارش خود را وارد کنید', 'x',
  'How would you rate the staff?', 'آیا موافق نیستید که ارسال سریع بود؟', 'Age range', '1–5 or 5–10?',
];
const OPTIONS = [
  'Excellent', 'Very good', 'Good', 'Fair', 'Poor', 'Very poor', 'Neutral', 'Average', 'Agree', 'Disagree', 'N/A',
  'Prefer not to say', '1–5', '5–10', '18-25', '27-35', '65+', 'Under 18', 'عالی', 'خوب', 'متوسط', 'ضعیف',
  'ترجیح می‌دهم نگویم', '۱۸ تا ۲۵', 'بیشتر از ۳۵', '', '0', 'Yes', 'No', 'Not at all likely', 'Extremely likely',
];
const TYPES = ['radiogroup', 'checkbox', 'dropdown', 'rating', 'text', 'comment', 'matrix', 'boolean', 'ranking', 'html'];

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

test('survey rules on generated SurveyJS files: no throw, ranges inside the file, fixes keep valid JSON', () => {
  const r = rng(20261202);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  let findings = 0;
  for (let round = 0; round < 300; round++) {
    const elements = Array.from({ length: 1 + Math.floor(r() * 8) }, (_, i) => {
      const type = pick(TYPES);
      const title = r() < 0.2 ? { default: pick(TITLES), fa: pick(TITLES) } : pick(TITLES);
      const choices = Array.from({ length: Math.floor(r() * 6) }, () => (r() < 0.3 ? { value: i, text: pick(OPTIONS) } : pick(OPTIONS)));
      return { type, name: `q${i}`, title, choices, columns: choices, rows: r() < 0.5 ? [pick(TITLES)] : undefined, isRequired: r() < 0.5, visible: r() < 0.1 ? false : undefined };
    });
    const json = JSON.stringify({ description: r() < 0.5 ? 'A 2-minute survey' : 'فقط ۱ دقیقه', pages: [{ name: 'p', elements }] }, null, 2);
    const result = lint(json, { filePath: 'generated.json' });
    for (const f of result.findings.filter((x) => SURVEY_RULES.has(x.ruleId))) {
      findings++;
      assert.ok(f.range.start >= 0 && f.range.end <= json.length && f.range.start < f.range.end, `${f.ruleId} range in round ${round}`);
      for (const s of f.suggestions) {
        const fixed = applyEdits(json, s.edits).text;
        assert.doesNotThrow(() => JSON.parse(fixed), `${f.ruleId} fix "${s.title}" keeps JSON valid (round ${round})`);
      }
    }
  }
  assert.ok(findings > 100, `the generated surveys exercise the rules (${findings} findings)`);
});
