import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/linter';
import { ruleCases } from '../../test/helpers/rule-cases';
import { surveyCases } from '../../test/helpers/survey-cases';
import { q, surveyJs } from '../../test/helpers/surveyjs';
import rule from '.';

const agree = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'];
const faAgree = ['کاملاً مخالفم', 'مخالفم', 'نظری ندارم', 'موافقم', 'کاملاً موافقم'];

surveyCases(rule, {
  bad: [
    { questions: [{ title: 'How satisfied are you with our [[price and delivery]]?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'Was the agent [[friendly and helpful]]?', type: 'boolean' }] },
    { questions: [{ title: 'Rate our [[price & delivery]]', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'Was the [[speed and/or quality]] acceptable?', type: 'boolean' }] },
    { questions: [{ title: 'How would you rate the [[speed and accuracy]] of our answers?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'Please rate the [[food and the service]].', type: 'single', choices: ['Poor', 'Fair', 'Good'] }] },
    { questions: [{ title: 'Our team', type: 'matrix', choices: agree, rows: ['The staff were [[polite and knowledgeable]].', 'The wait was short.'] }] },
    { questions: [{ title: 'How happy are you with the [[packaging as well as delivery time]]?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'از [[قیمت و کیفیت]] محصولات ما چقدر راضی هستید؟', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'آیا کارشناس ما [[مودب و آگاه]] بود؟', type: 'boolean' }] },
    { questions: [{ title: '[[سرعت و دقت]] پاسخگویی را چطور ارزیابی می‌کنید؟', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'پشتیبانی', type: 'matrix', choices: faAgree, rows: ['[[برخورد و دانش]] کارشناس مناسب بود.'] }] },
  ],
  good: [
    { questions: [{ title: 'How satisfied were you with delivery?', choices: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'] }] },
    { questions: [{ title: 'Was it easy to find our terms and conditions?', type: 'boolean' }] },
    { questions: [{ title: 'How useful was the Q&A section?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'How useful was the Q & A section?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'Was checkout quick and easy?', type: 'boolean' }] },
    { questions: [{ title: 'How would you rate the Food and Drink menu?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'How would you rate the new Price and Delivery page?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'Which matters more to you: price or quality?', choices: ['Price', 'Quality'] }] },
    { questions: [{ title: 'How does our price compare to quality elsewhere, price and quality together?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'Any comments on price and delivery?', type: 'text' }] },
    { questions: [{ title: 'Please rate our price and delivery:', type: 'matrix', choices: agree, rows: ['Price', 'Delivery'] }] },
    { questions: [{ title: 'Which of these did you use?', type: 'multiple', choices: ['Website and app', 'Phone'] }] },
    { questions: [{ title: 'How satisfied are you with shipping and handling fees?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'How easy was it to choose between price and speed?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'تا چه حد از سرعت ارسال راضی هستید؟', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'بخش پرسش و پاسخ سایت چقدر مفید بود؟', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'هزینه‌ی حمل و نقل را چطور ارزیابی می‌کنید؟', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'آیا ثبت سفارش سریع و آسان بود؟', type: 'boolean' }] },
    { questions: [{ title: 'قیمت را در مقایسه با کیفیت چطور می‌بینید؛ بین قیمت و کیفیت کدام مهم‌تر است؟', type: 'single', choices: ['قیمت', 'کیفیت'] }] },
    { questions: [{ title: 'نظر خود را درباره‌ی قیمت و کیفیت بنویسید.', type: 'text' }] },
  ],
});

// Real SurveyJS files through the whole linter (the survey layer parses them; findings land on the file).
ruleCases('double-barrelled', {
  bad: [
    { file: 'survey.json', text: surveyJs([q('rating', { default: 'How satisfied are you with our [[price and delivery]]?', fa: 'از [[قیمت و کیفیت]] محصولات ما چقدر راضی هستید؟' })]) },
    { file: 'survey.json', text: surveyJs([q('matrix', 'Our team', { columns: ['Disagree', 'Neutral', 'Agree'], rows: ['The staff were [[friendly and helpful]].', 'The wait was short.'] })]) },
  ],
  good: [
    { file: 'survey.json', text: surveyJs([q('rating', 'How satisfied were you with delivery?')]) },
    { file: 'survey.json', text: surveyJs([q('boolean', 'Did you read our terms and conditions?'), q('comment', 'Anything about price and delivery?')]) },
  ],
});

// The quick fix splits the question in two: the title keeps one thing, a copy right after it (same type and options,
// a new name) asks about the other. Checked to the byte, and the fixed file is still the same survey plus one question.
ruleCases('double-barrelled', {
  bad: [
    {
      file: 'survey.json',
      text: surveyJs([{ type: 'rating', name: 'satisfaction', title: 'How satisfied are you with our [[price and delivery]]?', rateMin: 1, rateMax: 5 }]),
      fixed: surveyJs([
        { type: 'rating', name: 'satisfaction', title: 'How satisfied are you with our price?', rateMin: 1, rateMax: 5 },
        { type: 'rating', name: 'satisfaction_2', title: 'How satisfied are you with our delivery?', rateMin: 1, rateMax: 5 },
      ]),
    },
    {
      file: 'survey.json',
      text: surveyJs([{ type: 'radiogroup', name: 'agent', title: 'آیا کارشناس ما [[مودب و آگاه]] بود؟', choices: ['بله', 'خیر'] }, { type: 'comment', name: 'agent_2', title: 'توضیح دهید' }]),
      fixed: surveyJs([
        { type: 'radiogroup', name: 'agent', title: 'آیا کارشناس ما مودب بود؟', choices: ['بله', 'خیر'] },
        { type: 'radiogroup', name: 'agent_3', title: 'آیا کارشناس ما آگاه بود؟', choices: ['بله', 'خیر'] },
        { type: 'comment', name: 'agent_2', title: 'توضیح دهید' },
      ]),
    },
    // One thing takes a singular verb, before it or after it; a plural thing keeps its own.
    {
      file: 'survey.json',
      text: surveyJs([{ type: 'boolean', name: 'fair', title: 'Were the [[price and delivery]] fair?' }]),
      fixed: surveyJs([{ type: 'boolean', name: 'fair', title: 'Was the price fair?' }, { type: 'boolean', name: 'fair_2', title: 'Was the delivery fair?' }]),
    },
  ],
  good: [],
});

test('no split where the word after the pair heads only the second thing ("prices and delivery times")', () => {
  const text = surveyJs([{ type: 'boolean', name: 'ok', title: 'The prices and delivery times are clear.' }]);
  const found = lint(text, { filePath: 'survey.json' }).findings.filter((f) => f.ruleId === 'double-barrelled');
  assert.deepEqual(found.map((f) => [f.actual, f.suggestions.length]), [['prices and delivery', 0]]);
});
