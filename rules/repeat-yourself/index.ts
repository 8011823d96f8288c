import { phraseRule } from '../../server/engine/kit';
import { en } from './en';
import { fa } from './fa';

export default phraseRule({
  id: 'repeat-yourself',
  description: 'Asking a customer to explain again what they already told you.',
  defaultSeverity: 'warning',
  fixable: true,
  sentenceRewrites: true,
  messages: {
    en: 'Don\'t make the customer repeat themselves: being asked to explain again is the first frustration customers report.',
    fa: 'مشتری را وادار به تکرار نکنید؛ دوباره توضیح دادن اولین گلایه‌ی مشتریان است.',
  },
  phrases: { en, fa },
  title: {
    en: (r) => `Use what they already told you: "${r}"`,
    fa: (r) => `از گفته‌های قبلی استفاده کنید: «${r}»`,
  },
});
