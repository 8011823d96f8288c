import { ruleCases } from '../../test/helpers/rule-cases';
import { surveyCases } from '../../test/helpers/survey-cases';
import { q, surveyJs } from '../../test/helpers/surveyjs';
import rule from '.';

surveyCases(rule, {
  bad: [
    { questions: [{ title: '[[What is your annual household income?]]', choices: ['Under $25,000', '$25,000–$49,999', '$50,000 or more'], required: true }],
      fixed: 'q1 (single): What is your annual household income?\n  - Under $25,000\n  - $25,000–$49,999\n  - $50,000 or more\n  - Prefer not to say\n' },
    { questions: [{ title: '[[Gender]]', choices: ['Female', 'Male', 'Non-binary'] }] },
    { questions: [{ title: '[[How would you rate your overall health?]]', choices: ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'], required: true }] },
    { questions: [{ title: '[[Which age group are you in?]]', choices: ['18–24', '25–34', '35+'] }] },
    { questions: [{ title: '[[What age group do you belong to?]]', choices: ['0-15', '16-20', '21-30', '31+'] }] },
    { questions: [{ title: '[[Do you have any health conditions that affect your use of the app?]]', choices: ['Yes', 'No'], required: true }] },
    { questions: [{ title: '[[What is your religion?]]', choices: ['Christian', 'Muslim', 'Jewish', 'Hindu', 'Buddhist', 'No religion'] }] },
    { questions: [{ title: '[[How well did your manager support your training?]]', choices: ['Well', 'Not well'] }],
      fixed: 'q1 (single): How well did your manager support your training?\n  - Well\n  - Not well\n  - Not applicable\n' },
    { questions: [{ title: '[[Which add-ons did you buy, if any?]]', type: 'multiple', choices: ['Warranty', 'Gift wrap'] }] },
    // A matrix row that may not apply, with no "Not applicable" column (a real SurveyJS medical-service sample).
    { questions: [{ title: 'Please rate your care provider:', type: 'matrix', choices: ['Poor', 'Fair', 'Good'],
      rows: ['Friendliness of the care provider', '[[Information the care provider gave you about medications (if any)]]'] }] },
    { questions: [{ title: 'چقدر موافقید؟', type: 'matrix', choices: ['مخالفم', 'نظری ندارم', 'موافقم'], rows: ['[[درآمد ماهیانه‌ی شما کافی است]]'] }] },
    { questions: [{ title: '[[میزان درآمد ماهیانه‌ی شما چقدر است؟]]', choices: ['کمتر از ۱۰ میلیون', '۱۰ تا ۲۰ میلیون', 'بیشتر از ۲۰ میلیون'], required: true }],
      fixed: 'q1 (single): میزان درآمد ماهیانه‌ی شما چقدر است؟\n  - کمتر از ۱۰ میلیون\n  - ۱۰ تا ۲۰ میلیون\n  - بیشتر از ۲۰ میلیون\n  - ترجیح می‌دهم نگویم\n' },
    { questions: [{ title: '[[جنسیت]]', choices: ['زن', 'مرد'] }] },
    { questions: [{ title: '[[گروه سنی شما]]', choices: ['زیر ۱۸ سال', '۱۸ تا ۲۵ سال', '۲۶ تا ۳۵ سال', 'بالای ۳۵ سال'], required: true }] },
    { questions: [{ title: '[[چند سال دارید؟]]', choices: ['زیر ۱۸', '۱۸ تا ۳۰', 'بالای ۳۰'] }] },
    { questions: [{ title: '[[سن شما در کدام بازه است؟]]', choices: ['زیر ۱۸', '۱۸ تا ۳۰', 'بالای ۳۰'] }] },
    { questions: [{ title: '[[مذهب خود را انتخاب کنید]]', choices: ['اسلام', 'مسیحیت', 'سایر'] }] },
    { questions: [{ title: '[[آیا بیماری خاصی دارید؟]]', choices: ['بله', 'خیر'] }] },
    { questions: [{ title: '[[همسر شما چقدر از خرید راضی بود؟]]', choices: ['راضی', 'ناراضی'] }] },
  ],
  good: [
    { questions: [{ title: 'What is your annual household income?', choices: ['Under $25,000', '$25,000 or more', 'Prefer not to say'], required: true }] },
    { questions: [{ title: 'Gender', choices: ['Female', 'Male'], builtIn: { preferNotToSay: true } }] },
    { questions: [{ title: 'Which age group are you in?', choices: ['18–34', '35+'], builtIn: { none: true } }] },
    { questions: [{ title: 'Your ethnicity', choices: ['Asian', 'Black', 'White', 'Mixed', "I'd rather not say"] }] },
    { questions: [{ title: 'How satisfied were you with delivery?', choices: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'] }] },
    { questions: [{ title: 'How would you rate our health insurance plans?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'What is your age?', type: 'text' }] },
    { questions: [{ title: 'How did you hear about the race?', choices: ['Friend', 'Social media', 'Search'] }] },
    { questions: [{ title: 'Was your order in good condition?', choices: ['Yes', 'No'] }] },
    { questions: [{ title: 'What are your primary health and wellness goals?', type: 'multiple', choices: ['Sleep better', 'Move more'] }] },
    { questions: [{ title: 'Which of your health insurance benefits do you use?', type: 'multiple', choices: ['Dental', 'Vision'] }] },
    { questions: [{ title: 'Which page did you visit first?', choices: ['Home', 'Pricing', 'Blog'] }] },
    { questions: [{ title: 'What age group is this product for?', choices: ['Kids', 'Teens', 'Adults'] }] },
    { questions: [{ title: 'Please rate your care provider:', type: 'matrix', choices: ['Poor', 'Fair', 'Good', 'Not applicable'],
      rows: ['Information about medications (if any)'] }] },
    { questions: [{ title: 'How satisfied are you with your health plan?', type: 'matrix', choices: ['Poor', 'Fair', 'Good'], rows: ['Price', 'Coverage'] }] },
    { questions: [{ title: 'How easy was it to see the price of our plans?', choices: ['Easy', 'Hard'] }] },
    { questions: [{ title: 'Which manager did you speak to?', choices: ['Ana', 'Ben', 'Not applicable'] }] },
    { questions: [{ title: 'جنسیت', choices: ['زن', 'مرد', 'ترجیح می‌دهم نگویم'] }] },
    { questions: [{ title: 'میزان درآمد ماهیانه‌ی شما', choices: ['کمتر از ۱۰ میلیون', 'بیشتر از ۱۰ میلیون', 'مایل به پاسخ نیستم'] }] },
    { questions: [{ title: 'جنس پارچه را چطور ارزیابی می‌کنید؟', choices: ['خوب', 'بد'] }] },
    { questions: [{ title: 'از محصولات سلامت ما کدام را خریدید؟', choices: ['ویتامین', 'مکمل'] }] },
    { questions: [{ title: 'سن شما', type: 'text' }] },
    { questions: [{ title: 'از ارسال سفارش چقدر راضی بودید؟', choices: ['راضی', 'ناراضی'] }] },
    { questions: [{ title: 'حقوق مشتری در سایت ما چقدر روشن بیان شده است؟', choices: ['روشن', 'مبهم'] }] },
  ],
});

// Real SurveyJS files through the whole linter (the survey layer parses them; findings land on the file).
ruleCases('no-opt-out', {
  bad: [
    { file: 'survey.json', text: surveyJs([q('radiogroup', '[[What is your annual household income?]]', { name: 'income', choices: ['Under $25,000', '$25,000 or more'], isRequired: true })]),
      fixed: surveyJs([q('radiogroup', 'What is your annual household income?', { name: 'income', choices: ['Under $25,000', '$25,000 or more', 'Prefer not to say'], isRequired: true })]) },
    { file: 'survey.json', text: surveyJs([q('radiogroup', '[[جنسیت]]', { choices: ['زن', 'مرد'] })]) },
  ],
  good: [
    { file: 'survey.json', text: surveyJs([q('radiogroup', 'Gender', { choices: ['Female', 'Male'], showNoneItem: true })]) },
    { file: 'survey.json', text: surveyJs([q('radiogroup', 'میزان درآمد ماهیانه', { choices: ['کم', 'زیاد', 'مایل به پاسخ نیستم'] })]) },
  ],
});
