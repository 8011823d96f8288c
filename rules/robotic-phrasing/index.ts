import { phraseRule } from '../../server/engine/kit';
import { en } from './en';
import { fa } from './fa';

export default phraseRule({
  id: 'robotic-phrasing',
  description: 'Canned officialese: "we acknowledge receipt of your request", "please be informed", "بدینوسیله اعلام می‌گردد".',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    en: 'Write it the way you would say it to the customer in person: officialese sounds like nobody wrote it.',
    fa: 'همان‌طور بنویسید که حضوری به مشتری می‌گفتید؛ نثر اداری یعنی کسی این پیام را ننوشته است.',
  },
  phrases: { en, fa },
  title: {
    en: (r) => `Say it like a person: "${r}"`,
    fa: (r) => `مثل یک آدم بگویید: «${r}»`,
  },
});
