import { ruleCases } from '../../test/helpers/rule-cases';
import { surveyCases } from '../../test/helpers/survey-cases';
import { q, surveyJs } from '../../test/helpers/surveyjs';
import rule from '.';

const scale = ['Very poor', 'Poor', 'Fair', 'Good', 'Very good'];

surveyCases(rule, {
  bad: [
    { questions: [{ title: '[[How much did you love]] our new app?', choices: scale }],
      fixed: 'q1 (single): How would you rate our new app?\n  - Very poor\n  - Poor\n  - Fair\n  - Good\n  - Very good\n' },
    { questions: [{ title: '[[How much did you enjoy]] the conference?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: '[[How great was]] your stay with us?', type: 'rating', scale: { min: 1, max: 5 } }],
      fixed: 'q1 (rating): How would you rate your stay with us?\n' },
    { questions: [{ title: '[[Don\'t you agree]] that our prices are fair?', choices: ['Yes', 'No'] }],
      fixed: 'q1 (single): How much do you agree or disagree that our prices are fair?\n  - Yes\n  - No\n' },
    { questions: [{ title: '[[Wouldn\'t you say]] checkout was quick?', choices: ['Yes', 'No'] }] },
    { questions: [{ title: '[[What did you love most]] about the workshop?', type: 'text' }] },
    { questions: [{ title: 'How satisfied are you with [[our excellent customer]] service?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: '[[Most customers love]] our loyalty program. How do you feel about it?', choices: scale }] },
    { questions: [{ title: '[[How amazing was]] it? Tell us!', type: 'text' }] },
    { questions: [{ title: '[[چقدر از خرید خود لذت بردید]]؟', choices: ['خیلی کم', 'کم', 'متوسط', 'زیاد', 'خیلی زیاد'] }],
      fixed: 'q1 (single): خرید خود را چطور ارزیابی می‌کنید؟\n  - خیلی کم\n  - کم\n  - متوسط\n  - زیاد\n  - خیلی زیاد\n' },
    { questions: [{ title: 'از دوره‌ی آموزشی [[چقدر لذت بردید]]؟', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'آیا [[موافق نیستید]] که قیمت‌های ما منصفانه است؟', choices: ['بله', 'خیر'] }],
      fixed: 'q1 (single): تا چه حد موافق یا مخالفید که قیمت‌های ما منصفانه است؟\n  - بله\n  - خیر\n' },
    { questions: [{ title: 'شما [[قبول ندارید]] که ارسال سریع بود؟', choices: ['بله', 'خیر'] }] },
    { questions: [{ title: 'از [[خدمات عالی ما]] چقدر راضی هستید؟', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'تجربه‌ی شما [[چقدر فوق‌العاده بود]]؟', type: 'text' }] },
    { questions: [{ title: '[[اکثر مشتریان ما از اپلیکیشن راضی]] هستند؛ نظر شما چیست؟', type: 'text' }] },
    { questions: [{ title: 'از غذای رستوران [[چقدر خوشتان آمد]]؟', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'طراحی جدید سایت را [[چقدر دوست داشتید]]؟', type: 'rating', scale: { min: 1, max: 5 } }] },
  ],
  good: [
    { questions: [{ title: 'How satisfied were you with delivery?', choices: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'] }] },
    { questions: [{ title: 'How likely are you to recommend us to a friend or colleague?', type: 'nps', scale: { min: 0, max: 10 } }] },
    { questions: [{ title: 'How easy was it to find what you were looking for?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'How would you rate our customer service?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'What did you like most about the course, and what least?', type: 'text' }] },
    { questions: [{ title: 'How much did you pay for your last order?', type: 'text' }] },
    { questions: [{ title: 'How much would you like to pay for the Pro plan?', type: 'text' }] },
    { questions: [{ title: 'How much do you agree or disagree: the instructions were clear.', choices: ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'] }] },
    { questions: [{ title: 'Did you enjoy the event?', type: 'boolean' }] },
    { questions: [{ title: 'Do you agree that the onboarding call was useful?', choices: ['Yes', 'No'] }] },
    { questions: [{ title: 'How great a distance did you travel to the venue?', type: 'text' }] },
    { questions: [{ title: 'What is the best time to call you?', type: 'text' }] },
    { questions: [{ title: 'Which features do you use most?', type: 'multiple', choices: ['Search', 'Reports', 'Export'] }] },
    { questions: [{ title: 'Why don\'t you use the mobile app?', type: 'text' }] },
    { questions: [{ title: 'تا چه حد از خرید خود راضی هستید؟', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'چقدر احتمال دارد ما را به دوستانتان توصیه کنید؟', type: 'nps', scale: { min: 0, max: 10 } }] },
    { questions: [{ title: 'کیفیت خدمات پشتیبانی را چطور ارزیابی می‌کنید؟', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'آیا با این جمله موافقید یا مخالف: ارسال به‌موقع بود.', choices: ['موافقم', 'نظری ندارم', 'مخالفم'] }] },
    { questions: [{ title: 'چقدر هزینه کردید؟', type: 'text' }] },
    { questions: [{ title: 'چقدر دوست دارید این ویژگی به اپلیکیشن اضافه شود؟', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'به طور کلی، چقدر از خدمات ما راضی هستید؟', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'چقدر حاضرید برای محصولات با کیفیت بیشتر هزینه کنید؟', type: 'rating', scale: { min: 1, max: 5 } }] },
    { questions: [{ title: 'چه محصول یا خدماتی دوست دارید در بازار وجود داشته باشد؟', type: 'text' }] },
    { questions: [{ title: 'چرا فکر نمی‌کنید که دوباره از ما خرید کنید؟', type: 'text' }] },
    { questions: [{ title: 'آیا از دوره لذت بردید؟', type: 'boolean' }] },
    { questions: [{ title: 'بیشترین مشکل شما با اپلیکیشن چه بود؟', type: 'text' }] },
    { intro: ['We hope you loved your stay! How much did you love it?'], questions: [{ title: 'Your comments', type: 'text' }] },
    { questions: [{ title: 'How much did you love it?', type: 'other' }] },
  ],
});

// Real SurveyJS files through the whole linter: the survey layer parses them, the finding lands on the file's
// characters and the neutral rewrite is written back into the JSON string.
ruleCases('leading-question', {
  bad: [
    { file: 'survey.json', text: surveyJs([q('rating', '[[How much did you love]] our new app?', { name: 'app' })]),
      fixed: surveyJs([q('rating', 'How would you rate our new app?', { name: 'app' })]) },
    { file: 'survey.json', text: surveyJs([q('radiogroup', { default: "[[Don't you agree]] that checkout is easy?", fa: 'آیا [[موافق نیستید]] که پرداخت آسان است؟' }, { choices: ['Yes', 'No'] })]) },
  ],
  good: [
    { file: 'survey.json', text: surveyJs([q('rating', 'How satisfied were you with delivery?', { rateMin: 1, rateMax: 5 })]) },
    { file: 'survey.json', text: surveyJs([q('rating', { default: 'How likely are you to recommend us?', fa: 'چقدر احتمال دارد ما را توصیه کنید؟' }, { rateMin: 0, rateMax: 10 })]) },
  ],
});
