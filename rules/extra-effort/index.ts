import { phraseRule } from '../../server/engine/kit';
import { en } from './en';
import { fa } from './fa';

export default phraseRule({
  id: 'extra-effort',
  description: 'Sending the customer elsewhere for what the message could give them: "log in to read our reply", "call our other number".',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    en: "Bring the answer to them: being sent to log in, call another number or open a new ticket is work the customer shouldn't have to do.",
    fa: 'پاسخ را به خودِ مشتری برسانید: فرستادنش به ورود به حساب، شماره‌ی دیگر یا تیکت تازه، کاری است که نباید بر دوش او باشد.',
  },
  phrases: { en, fa },
});
