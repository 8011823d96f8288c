import { phraseRule } from '../../server/engine/kit';
import { en } from './en';
import { fa } from './fa';

export default phraseRule({
  id: 'non-apology',
  description: 'Stock apologies that own nothing: "we regret any inconvenience", "sorry if you feel".',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    en: 'Say what went wrong and own it: a hedged apology ("any inconvenience", "if you feel") sounds like nobody is sorry.',
    fa: 'بگویید چه اشتباهی شد و آن را بپذیرید؛ عذرخواهیِ مشروط («هرگونه ناراحتی احتمالی») یعنی کسی واقعاً متأسف نیست.',
  },
  phrases: { en, fa },
  title: {
    en: (r) => `Own it: "${r}"`,
    fa: (r) => `بپذیرید: «${r}»`,
  },
});
