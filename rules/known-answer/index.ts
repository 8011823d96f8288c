import { classifyVariable, identifierWords, questionTitles, surveyTextRange, type Language, type PhraseData, type QuestionType, type Rule, type RuleContext, type SurveyQuestion } from '../../server/engine/kit';
import { ASKED_EN, en } from './en';
import { ASKED_FA, fa } from './fa';

const PHRASES: PhraseData = { en, fa };
type Kind = 'email' | 'name' | 'order' | 'product' | 'phone';
/** Which kind each frame asks for. */
const KIND_OF = new Map<object, Kind>();
for (const asked of [ASKED_EN, ASKED_FA]) for (const [kind, entries] of Object.entries(asked)) for (const e of entries) KIND_OF.set(e, kind as Kind);
/** Questions that collect a value: a text box, or (for the product) a list to pick from. */
const ASKS = new Set<QuestionType>(['text', 'single']);

const ORDER_WORDS = new Set(['order', 'invoice', 'booking', 'reservation', 'ticket', 'case', 'transaction', 'purchase', 'confirmation']);
const PRODUCT_WORDS = new Set(['product', 'item', 'sku', 'plan', 'model', 'course', 'package', 'device', 'variant']);
const NUMBER_WORDS = new Set(['id', 'number', 'no', 'num', 'nr', 'ref', 'reference', 'code']);
const EMAIL_WORDS = new Set(['email', 'mail', 'emailaddress']);
const PHONE_WORDS = new Set(['phone', 'tel', 'telephone', 'mobile', 'cell', 'whatsapp', 'phonenumber']);

const LABEL: Record<Kind, Record<Language, string>> = {
  email: { en: 'email address', fa: 'ایمیل' },
  name: { en: 'name', fa: 'نام' },
  order: { en: 'order number', fa: 'شماره‌ی سفارش' },
  product: { en: 'product', fa: 'محصول' },
  phone: { en: 'phone number', fa: 'شماره‌ی تماس' },
};

/**
 * What a variable holds about the respondent, read from its name: `customer_email`, `Email` and `{{email}}` are the
 * respondent's address (a support address is not); `first_name` their name; `order_id`, `ticket_id` the order.
 */
export function kindOfVariable(variable: string): Kind | undefined {
  const cls = classifyVariable(variable);
  const words = identifierWords(variable);
  if ((cls === 'recipientContact' || cls === 'email') && words.some((w) => EMAIL_WORDS.has(w) || /email$/.test(w))) return 'email';
  if ((cls === 'recipientContact' || cls === 'phone') && words.some((w) => PHONE_WORDS.has(w) || /phone$/.test(w))) return 'phone';
  if (cls === 'recipientName') return 'name';
  if (words.some((w) => ORDER_WORDS.has(w)) && (words.length === 1 || words.some((w) => NUMBER_WORDS.has(w)))) return 'order';
  if (words.some((w) => PRODUCT_WORDS.has(w))) return 'product';
  return undefined;
}

const rule: Rule = {
  id: 'known-answer',
  description: 'A survey question asks for something the survey already has (an order number, email or name in the link or hidden fields).',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'survey',
  messages: {
    en: 'The survey already knows this (it comes with the link): fill it in instead of asking the customer to repeat themselves.',
    fa: 'نظرسنجی این را از قبل می‌داند (همراه لینک می‌آید): به‌جای این‌که مشتری دوباره تکرارش کند، خودتان پرش کنید.',
  },
  check(ctx) {
    const survey = ctx.survey;
    if (!survey?.knownVariables.length) return;
    const known = new Map<Kind, string>();
    for (const v of survey.knownVariables) {
      const kind = kindOfVariable(v);
      if (kind && !known.has(kind)) known.set(kind, v);
    }
    if (!known.size) return;
    for (const question of survey.questions) {
      if (!ASKS.has(question.type)) continue;
      const kind = askedKind(ctx, question);
      const variable = kind && known.get(kind);
      if (!kind || !variable || variable === question.id) continue;
      if (kind !== 'product' && question.type !== 'text') continue;
      report(ctx, question, kind, variable);
    }
  },
};

/** What the question asks for: from its wording, else (a text box) from its own name (`email`, `order_number`). */
function askedKind(ctx: RuleContext, q: SurveyQuestion): Kind | undefined {
  for (const title of questionTitles(q)) {
    if (!title.block) continue;
    for (const m of ctx.match(title.block, PHRASES)) {
      const kind = KIND_OF.get(m.entry);
      if (kind) return kind;
    }
  }
  return q.type === 'text' ? kindOfVariable(q.id) : undefined;
}

/** On every title of the question, each in its own language (a localized question is read in each). */
function report(ctx: RuleContext, q: SurveyQuestion, kind: Kind, variable: string): void {
  for (const title of questionTitles(q)) {
    const range = surveyTextRange(title);
    if (!range) continue;
    const language: Language = title.language;
    ctx.report({
      range,
      language,
      message: language === 'fa'
        ? `${LABEL[kind].fa} پاسخ‌دهنده را از قبل دارید (${variable})؛ به‌جای این‌که دوباره بپرسید، آن را از لینک یا فیلد پنهان پر کنید.`
        : `You already have their ${LABEL[kind].en} (${variable}): fill it in from the link or hidden field instead of asking them to repeat it.`,
    });
  }
}

export default rule;
