/** Inputs built to hit the worst case of each part of the engine: long words, near-matches, unclosed openers. */
export const ADVERSARIAL: { name: string; filePath: string; make: (n: number) => string }[] = [
  { name: 'one very long English word', filePath: 't.txt', make: (n) => 'regards'.repeat(n / 7) },
  { name: 'one very long Persian word', filePath: 't.txt', make: (n) => 'میشود'.repeat(n / 5) },
  { name: 'a long line of phrases that almost match', filePath: 't.txt', make: (n) => 'please do not '.repeat(n / 14) },
  { name: 'repeated full phrases in one sentence', filePath: 't.txt', make: (n) => 'Please be advised that we apologize for any inconvenience, '.repeat(n / 58) },
  { name: 'Persian gaps: دوباره … without the verb', filePath: 't.txt', make: (n) => 'لطفاً دوباره '.repeat(n / 12) },
  { name: 'merge tags back to back', filePath: 't.hbs', make: (n) => 'Hi {{first_name}} '.repeat(n / 18) },
  { name: 'unclosed openers', filePath: 't.hbs', make: (n) => '{{'.repeat(n / 2) },
  { name: 'nested blocks never closed', filePath: 't.liquid', make: (n) => '{% if a %}x '.repeat(n / 12) },
  { name: 'Mailchimp pipes', filePath: 't.html', make: (n) => '*|'.repeat(n / 2) },
  { name: 'ERB openers', filePath: 't.erb', make: (n) => '<% '.repeat(n / 3) },
  { name: 'HTML tags without text', filePath: 't.html', make: (n) => '<b>'.repeat(n / 3) },
  { name: 'unterminated HTML comment', filePath: 't.html', make: (n) => '<!-- ' + 'Dear customer '.repeat(n / 14) },
  { name: 'one paragraph of many lines', filePath: 't.md', make: (n) => 'Dear customer,\n'.repeat(n / 15) },
  { name: 'a long run of letters with no "@" (email pattern)', filePath: 't.txt', make: (n) => `${'a '.repeat(n / 4)}a!\n${'a'.repeat(n / 2)}!` },
  { name: 'digits and spaces (phone pattern)', filePath: 't.txt', make: (n) => `Call 1 ${'1 '.repeat(n / 2)}x.` },
  { name: 'bidi marks and ZWNJ', filePath: 't.txt', make: (n) => 'مشتری\u200c\u200fگرامی\u200e '.repeat(n / 14) },
];
