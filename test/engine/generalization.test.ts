/**
 * Wording nobody listed verbatim in the rule data: inflections, other word orders, synonyms and spelling
 * variants, next to look-alike sentences that are fine. Each line is one sentence a real template might hold.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lint } from '../../server/linter';

const flagged: Record<string, string[]> = {
  'no-reply': [
    'This is a send-only address.',
    'You cannot reply to this email.',
    'Sent automatically. Replies are not monitored.',
    'Mail sent to this address is not read.',
    'This mailbox does not accept replies.',
    'DO NOT REPLY TO THIS MESSAGE',
    'این ایمیل به صورت خودکار ارسال شده و امکان پاسخگویی به آن وجود ندارد.',
    'این صندوق پستی پایش نمی‌شود.',
    'پاسخ به این ایمیل امکان‌پذیر نیست.',
    'لطفا ریپلای نکنید.',
  ],
  'generic-greeting': ['Dear Cardmember,', 'Greetings, valued shopper!', 'Dear Parent/Guardian,', 'Hi there, valued customer!', 'کاربر گرامی سایت دیجی‌کالا،', 'سلام مشتری عزیز!', 'مشترک محترم،'],
  'faceless-signoff': ['Warm regards,\nYour friends at Acme', 'Sincerely,\nAcme Inc.', 'Thanks!\nThe Acme Crew', 'با احترام، پشتیبانی', 'ارادتمند شما\nمدیریت مجموعه', 'با تشکر\nروابط عمومی شرکت'],
  argumentative: [
    'Like I said, the sale is final.',
    'You clearly did not read the listing.',
    'Your failure to provide the documents delayed the refund.',
    'The damage was caused by your negligence.',
    'The submission guidelines were not followed.',
    'The fault lies with you.',
    "I don't know how many times we have to say this.",
    'قبلاً هم خدمتتان عرض شد که ارسال رایگان نیست.',
    'اشتباه از خودتان است.',
    'شما قوانین را رعایت نکرده‌اید.',
    'کوتاهی از طرف شما بوده است.',
  ],
  'non-apology': [
    'We apologise for any disruption to your service.',
    'Apologies for any inconvenience.',
    'We regret that you were disappointed.',
    'We sincerely apologize for any inconvenience.',
    'بابت مشکلات پیش آمده پوزش می‌طلبیم.',
    'پوزش ما را بابت هر گونه اختلال بپذیرید.',
  ],
  'robotic-phrasing': ['Kindly note that the office is closed.', 'We wish to advise that your plan has changed.', 'This is to confirm that your booking is complete.', 'Please be guided accordingly.', 'Kindly acknowledge receipt of this email.', 'مراتب جهت استحضار اعلام می‌گردد.', 'به پیوست ارسال می‌گردد.'],
  'repeat-yourself': ['Can you tell us again what happened?', 'What was your order number again?', 'Please start a new chat and explain your issue.', 'لطفا یک بار دیگر مشکل را شرح دهید.', 'لطفا دوباره توضیح بدید.'],
};

const fine: string[] = [
  'Hello,', 'Hi there!', 'Dear Sara,', 'سلام،', 'سلام {first_name} عزیز!',
  'Reply to this email and Sara will help.', 'We never sell your data.', 'Do not share your password with anyone.',
  'As you requested, your account is closed.', 'According to our refund policy, you can return items within 30 days.',
  "We're sorry we shipped the wrong size: that was our mistake.", 'Please try again later.', 'Thanks for your patience!',
  'Please note the new opening hours below.', 'Your order will arrive soon.', 'Attached is your invoice.',
  'Questions? Just reply: Sara reads every email.', 'سفارش شما ارسال شد.', 'لطفاً دوباره تلاش کنید.',
  'اشتباه از ما بود؛ عذر می‌خواهیم.', 'هر سؤالی داشتید به همین ایمیل پاسخ دهید.', 'Please describe your issue in the form below.',
  'Our support team replies within a day.', 'You can reply to this email at any time.', 'We received your request and Sara is on it.',
];

describe('unlisted wording is still caught', () => {
  for (const [ruleId, sentences] of Object.entries(flagged)) {
    for (const s of sentences) {
      test(`${ruleId}: ${s.replace(/\n/g, ' / ')}`, () => {
        const ids = lint(s, { filePath: 'x.txt' }).findings.map((f) => f.ruleId);
        assert.ok(ids.includes(ruleId), `expected ${ruleId}, got ${JSON.stringify(ids)}`);
      });
    }
  }
});

describe('look-alike sentences that are fine stay quiet', () => {
  for (const s of fine) {
    test(s, () => {
      const ids = lint(s, { filePath: 'x.txt' }).findings.map((f) => f.ruleId).filter((id) => id !== 'missing-contact');
      assert.deepEqual(ids, []);
    });
  }
});
