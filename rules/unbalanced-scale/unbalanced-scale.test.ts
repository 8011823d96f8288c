import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleCases } from '../../test/helpers/rule-cases';
import { surveyCases } from '../../test/helpers/survey-cases';
import { q, surveyJs } from '../../test/helpers/surveyjs';
import { bandFaults, bandOf } from './bands';
import rule from '.';

const agree = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const faSat = ['خیلی ناراضی', 'ناراضی', 'نه راضی نه ناراضی', 'راضی', 'خیلی راضی'];

surveyCases(rule, {
  bad: [
    { questions: [{ title: '[[How was your visit?]]', choices: ['Excellent', 'Very good', 'Good', 'Fair'] }] },
    { questions: [{ title: '[[Rate the checkout]]', choices: ['Very good', 'Good', 'Fair'] }],
      fixed: 'q1 (single): Rate the checkout\n  - Very good\n  - Good\n  - Fair\n  - Poor\n  - Very poor\n' },
    { questions: [{ title: '[[The app is easy to use.]]', choices: ['Strongly agree', 'Agree', 'Neutral', 'Disagree'] }],
      fixed: 'q1 (single): The app is easy to use.\n  - Strongly agree\n  - Agree\n  - Neutral\n  - Disagree\n  - Strongly disagree\n' },
    { questions: [{ title: '[[How satisfied were you?]]', choices: ['Very dissatisfied', 'Satisfied', 'Very satisfied', 'Extremely satisfied'] }] },
    { questions: [{ title: 'How do you feel?', choices: ['Bad', 'Neutral', '[[Average]]', 'Good'] }] },
    { questions: [{ title: 'How many people work at your company?', choices: ['1–5', '[[5–10]]', '11–50', 'More than 50'] }] },
    { questions: [{ title: 'Your age', choices: ['Under 18', '18-25', '[[27-35]]', '36+', 'Prefer not to say'] }] },
    { questions: [
      { title: 'Support was helpful.', choices: agree },
      { title: 'Docs were clear.', choices: agree },
      { title: 'Setup was easy.', choices: ['[[Strongly agree]]', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'] },
    ] },
    { questions: [{ title: '[[از خرید خود چقدر راضی هستید؟]]', choices: ['عالی', 'خیلی خوب', 'خوب', 'متوسط'] }] },
    { questions: [{ title: '[[کیفیت ارسال]]', choices: ['خیلی راضی', 'راضی', 'متوسط'] }],
      fixed: 'q1 (single): کیفیت ارسال\n  - خیلی راضی\n  - راضی\n  - متوسط\n  - ناراضی\n  - خیلی ناراضی\n' },
    { questions: [{ title: 'سن شما', choices: ['زیر ۱۸ سال', '۱۸ تا ۲۵ سال', '[[۲۵ تا ۳۵ سال]]', 'بیشتر از ۳۵ سال'] }] },
    { questions: [{ title: 'میزان تجربه', choices: ['۰ تا ۲ سال', '[[۴ تا ۶ سال]]'] }] },
    { questions: [
      { title: 'پشتیبانی', choices: faSat },
      { title: 'ارسال', choices: faSat },
      { title: 'قیمت', choices: ['[[خیلی راضی]]', 'راضی', 'نه راضی نه ناراضی', 'ناراضی', 'خیلی ناراضی'] },
    ] },
  ],
  good: [
    { questions: [{ title: 'How satisfied were you with delivery?', choices: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'] }] },
    // A way out that says the person has no experience to judge from is no point of the scale (a real Qualtrics
    // export: "Like / Neither like nor dislike / Dislike / No Opinion / Never tried it").
    { questions: [{ title: 'How do you feel about these vegetables?', choices: ['Like', 'Neither like nor dislike', 'Dislike', 'No Opinion', 'Never tried it'] }] },
    { questions: [{ title: 'How was the food?', choices: ['Good', 'Neutral', 'Bad', "I haven't tried it", 'No basis for evaluation'] }] },
    { questions: [{ title: 'غذای ما چطور بود؟', choices: ['خوب', 'متوسط', 'بد', 'امتحان نکرده‌ام'] }] },
    { questions: [{ title: 'Rate the importance', choices: ['Not important', 'Somewhat important', 'Important', 'Very important', 'Most important'] }] },
    { questions: [{ title: 'How would you rate the food?', choices: ['Very poor', 'Poor', 'Fair', 'Good', 'Very good'] }] },
    { questions: [{ title: 'Overall?', choices: ['Very bad', 'Bad', 'Good', 'Very good'] }] },
    { questions: [{ title: 'How likely are you to buy again?', choices: ['Extremely likely', 'Very likely', 'Somewhat likely', 'Not so likely', 'Not at all likely'] }] },
    { questions: [{ title: 'Overall?', choices: ['Very satisfied', 'Somewhat satisfied', 'Neither satisfied or dissatisfied', 'Somewhat dissatisfied', 'Very dissatisfied'] }] },
    { questions: [{ title: 'Please rate the course', type: 'matrix', choices: ['Excellent', 'Good', 'Fair', 'Poor', 'N/A'], rows: ['Content', 'Pace'] }] },
    { questions: [{ title: 'Which happened in 1812?', choices: ['1796-1803', '1810-1814', '1861-1865'] }] },
    { questions: [{ title: 'کیفیت', choices: ['عالی', 'خوب', 'متوسط', 'ضعیف'] }] },
    { questions: [{ title: 'How satisfied are you?', choices: ['Not at all satisfied', 'Slightly satisfied', 'Moderately satisfied', 'Very satisfied', 'Extremely satisfied'] }] },
    { questions: [{ title: 'The app is easy to use.', choices: [...agree, 'Not applicable'] }] },
    { questions: [{ title: 'How often do you order?', choices: ['Daily', 'Weekly', 'Monthly', 'Rarely'] }] },
    { questions: [{ title: 'Which plan are you on?', choices: ['Basic', 'Pro', 'Enterprise'] }] },
    { questions: [{ title: 'Did the agent solve your problem?', choices: ['Yes', 'No', 'Partly'] }] },
    { questions: [{ title: 'Company size', choices: ['1–5', '6–10', '11–50', '51–200', '201+'] }] },
    { questions: [{ title: 'Age', choices: ['Under 18', '18-24', '25-34', '35-44', '45+', 'Prefer not to say'] }] },
    { questions: [{ title: 'Household income', choices: ['Less than $25,000', '$25,000 - $49,999', '$50,000 - $74,999', '$75,000 or more'] }] },
    { questions: [{ title: 'How long have you been a customer?', choices: ['Less than 6 months', '1-2 years', '3-5 years'] }] },
    { questions: [{ title: 'Price per kilo', choices: ['0.5-1.0', '1.1-1.5', '1.6-2.0'] }] },
    { questions: [{ title: 'Features used', type: 'multiple', choices: ['Excellent reports', 'Good search', 'Great exports'] }] },
    { questions: [
      { title: 'Support was helpful.', choices: agree },
      { title: 'How likely are you to recommend us?', type: 'nps', choices: [], scale: { min: 0, max: 10 } },
      { title: 'Docs were clear.', choices: agree },
    ] },
    { questions: [{ title: 'از ارسال چقدر راضی بودید؟', choices: faSat }] },
    { questions: [{ title: 'کیفیت غذا', choices: ['خیلی بد', 'بد', 'متوسط', 'خوب', 'خیلی خوب'] }] },
    { questions: [{ title: 'موافقید؟', choices: ['کاملاً مخالفم', 'مخالفم', 'نظری ندارم', 'موافقم', 'کاملاً موافقم', 'نمی‌دانم'] }] },
    { questions: [{ title: 'میزان استفاده', choices: ['اصلاً', 'کم', 'متوسط', 'زیاد', 'خیلی زیاد'] }] },
    { questions: [{ title: 'سن شما', choices: ['زیر ۱۸ سال', '۱۸ تا ۲۴ سال', '۲۵ تا ۳۴ سال', '۳۵ سال و بیشتر', 'ترجیح می‌دهم نگویم'] }] },
    { questions: [{ title: 'روش ارسال', choices: ['پست پیشتاز', 'پیک', 'تیپاکس'] }] },
    // Wording from a real Persian form builder's templates (no ZWNJ, as typed there).
    { questions: [{ title: 'چقدر احتمال دارد خدمات ما را به دوستانتان پیشنهاد دهید؟', choices: ['حتماً پیشنهاد میدهم', 'احتمالاً پیشنهاد میدهم', 'مطمئن نیستم', 'احتمالاً پیشنهاد نمیدهم', 'به هیچ وجه'] }] },
    { questions: [{ title: 'چقدر از تجربه خرید قبلی خود راضی بودید؟', choices: ['بسیار راضی', 'راضی', 'خنثی', 'ناراضی', 'بسیار ناراضی'] }] },
    { questions: [{ title: 'کیفیت محصول/خدمت را چگونه ارزیابی میکنید؟', choices: ['عالی', 'خوب', 'متوسط', 'ضعیف', 'بسیار ضعیف'] }] },
    { questions: [{ title: 'در مقایسه با رقبا، برند ما را چگونه میبینید؟', choices: ['بهتر', 'مشابه', 'ضعیفتر', 'نظری ندارم'] }] },
    { questions: [{ title: 'گروه سنی شما', choices: ['زیر ۱۸ سال', '۱۸ تا ۲۵ سال', '۲۶ تا ۳۵ سال', '۳۶ تا ۴۵ سال', 'بالای ۴۵ سال'] }] },
  ],
});

test('bands: overlaps and gaps in either order, none for bands that meet', () => {
  const faults = (labels: string[]) => bandFaults(labels.map((l) => bandOf(l)!)).map((f) => `${f.kind}@${f.index}`);
  assert.deepEqual(faults(['1-5', '5-10']), ['overlap@1']);
  assert.deepEqual(faults(['35-44', '25-34', '18-24']), []);
  assert.deepEqual(faults(['65+', '45-54', '18-44']), ['gap@1']);
  assert.deepEqual(faults(['under 18', '18-25', '26+']), []);
  assert.equal(bandOf('$25k - $50k'), undefined);
  assert.equal(bandOf('basic plan'), undefined);
});

// Real SurveyJS files through the whole linter (the survey layer parses them; findings land on the file).
ruleCases('unbalanced-scale', {
  bad: [
    { file: 'survey.json', text: surveyJs([q('radiogroup', '[[Rate the checkout]]', { name: 'checkout', choices: ['Very good', 'Good', 'Fair'] })]),
      fixed: surveyJs([q('radiogroup', 'Rate the checkout', { name: 'checkout', choices: ['Very good', 'Good', 'Fair', 'Poor', 'Very poor'] })]) },
    { file: 'survey.json', text: surveyJs([q('dropdown', 'Company size', { choices: ['1–5', '[[5–10]]', '11–50'] })]) },
    { file: 'survey.json', text: surveyJs([q('radiogroup', '[[کیفیت ارسال]]', { choices: [{ value: 1, text: 'عالی' }, { value: 2, text: 'خیلی خوب' }, { value: 3, text: 'خوب' }, { value: 4, text: 'متوسط' }] })]) },
  ],
  good: [
    { file: 'survey.json', text: surveyJs([q('radiogroup', 'How satisfied were you with delivery?', { choices: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'] })]) },
    { file: 'survey.json', text: surveyJs([q('radiogroup', 'سن شما', { choices: ['زیر ۱۸ سال', '۱۸ تا ۲۴ سال', '۲۵ سال و بیشتر', 'ترجیح می‌دهم نگویم'] })]) },
  ],
});

test('bands: a quiz of periods has gaps by design; a set with an open end or starting at 0 or 1 is meant to cover all', () => {
  const faults = (labels: string[]) => bandFaults(labels.map((l) => bandOf(l)!)).map((f) => `${f.kind}@${f.index}`);
  assert.deepEqual(faults(['1796-1803', '1810-1814', '1861-1865']), []);
  assert.deepEqual(faults(['0-2', '4-6']), ['gap@1']);
  assert.deepEqual(faults(['1796-1803', '1803-1814']), ['overlap@1']);
});
