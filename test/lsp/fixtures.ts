/** Small realistic templates, one per format and language, shared by the protocol tests. */

export interface Fixture {
  file: string;
  languageId: string;
  text: string;
  /** [rule id, exact text of the finding] */
  expect: [string, string][];
  /** The comment opener a suppression in this format starts with; none for plain text. */
  comment?: string;
}

export const FORMATS: Fixture[] = [
  {
    file: 'welcome.txt', languageId: 'plaintext',
    text: 'Subject: Your order\n\nDear customer,\n\nThanks for your order.\n\nPlease do not reply to this email.\n',
    expect: [['generic-greeting', 'Dear customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    file: 'update.md', comment: '<!--', languageId: 'markdown',
    text: '---\ntitle: Update\n---\n# Your order\n\nDear customer,\n\n> **Note:** Please do not reply to this email.\n',
    expect: [['generic-greeting', 'Dear customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    file: 'receipt.html', comment: '<!--', languageId: 'html',
    text: '<!DOCTYPE html>\n<html><body>\n  <p>Dear customer,</p>\n  <p style="color:#999">Please do not reply to this email.</p>\n</body></html>\n',
    expect: [['generic-greeting', 'Dear customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    file: 'shipped.hbs', comment: '{{!--', languageId: 'handlebars',
    text: '{{#if order}}\n<p>Dear customer,</p>\n<p>Your order {{order.id}} has shipped.</p>\n{{/if}}\n<p>Please do not reply to this email.</p>\n',
    expect: [['generic-greeting', 'Dear customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    file: 'invite.liquid', comment: '{% comment %}', languageId: 'liquid',
    text: '{% if survey %}\nDear valued customer,\n\nTell us how we did: {{ survey.url }}\n{% endif %}\n\nPlease do not reply to this email.\n',
    expect: [['generic-greeting', 'Dear valued customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    file: 'reset.twig', comment: '{#', languageId: 'twig',
    text: '{% block body %}\n{# the greeting #}\nDear customer,\n\nReset your password: {{ link }}\n{% endblock %}\n',
    expect: [['generic-greeting', 'Dear customer']],
  },
  {
    file: 'order.html.erb', comment: '<%#', languageId: 'erb',
    text: '<p>Dear customer,</p>\n<p>Order <%= @order.id %>: Please do not reply to this email.</p>\n',
    expect: [['generic-greeting', 'Dear customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    file: 'news.mjml', comment: '<!--', languageId: 'mjml',
    text: '<mjml>\n  <mj-body>\n    <mj-section><mj-column>\n      <mj-text>Dear customer,</mj-text>\n      <mj-text>Please do not reply to this email.</mj-text>\n    </mj-column></mj-section>\n  </mj-body>\n</mjml>\n',
    expect: [['generic-greeting', 'Dear customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    // Persian with ZWNJ (می‌خواهیم) before the findings, CRLF line ends.
    file: 'fa.txt', languageId: 'plaintext',
    text: 'سلام،\r\nاز خرید شما سپاسگزاریم و می‌خواهیم بگوییم:\r\n\r\nمشتری گرامی، لطفاً به این ایمیل پاسخ ندهید.\r\n',
    expect: [['generic-greeting', 'مشتری گرامی'], ['no-reply', 'لطفاً به این ایمیل پاسخ ندهید']],
  },
  {
    // Emoji (surrogate pairs) and a tab before the finding on the same line, CRLF line ends.
    file: 'emoji.txt', languageId: 'plaintext',
    text: 'Hi {{first_name}},\r\n\r\nBig news 🎉🎉!\r\n\r\n🎉\tThanks! Please do not reply to this email.\r\n',
    expect: [['no-reply', 'Please do not reply to this email']],
  },
];

