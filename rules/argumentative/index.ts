import { phraseRule } from '../../server/engine/kit';
import { en } from './en';
import { fa } from './fa';

export default phraseRule({
  id: 'argumentative',
  description: 'Defensive or blaming phrasing that tries to win the argument: "as I mentioned before", "you neglected to".',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    en: "Don't try to win the argument: this reads as blame, and a customer who feels blamed stops listening.",
    fa: 'سعی نکنید برنده‌ی بحث باشید؛ این جمله بوی سرزنش می‌دهد و مشتریِ سرزنش‌شده دیگر گوش نمی‌دهد.',
  },
  phrases: { en, fa },
  title: {
    en: (r) => `Say it plainly: "${r}"`,
    fa: (r) => `ساده بگویید: «${r}»`,
  },
});
