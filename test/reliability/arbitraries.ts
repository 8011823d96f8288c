/**
 * Generators of templates that look like the real thing: realistic fragments (greetings, sign-offs, merge tags
 * of every dialect, markup, Persian with ZWNJ and Arabic letter variants, bidi marks, emoji) glued together with
 * hostile characters (CR, BOM, NUL, very long runs) and nested deeply. Fragments beat random strings: random
 * strings almost never reach the rules, and the rules are where offsets get computed.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIXTURE_TEMPLATES, hasSharedCorpus, SHARED_CORPUS } from '../helpers/skips';
import type { Language } from '../../server/engine';

export const FILE_NAMES = ['t.txt', 't.md', 't.html', 't.hbs', 't.liquid', 't.twig', 't.erb', 't.mjml', 't.tpl', 't.ftl', 't.blade.php', 't.weird', 'noext'];

const ENGLISH = [
  'Dear customer,', 'Dear valued customer,', 'Dear Sir/Madam,', 'Hi ', 'Hello ', 'Hi there,', 'Thanks for your order.',
  'Please do not reply to this email.', 'This is an automated message.', 'Do not reply.', 'noreply@example.com',
  'Best regards,', 'Kind regards,\nThe Team', 'The Acme Team', 'Sincerely,\nCustomer Service', 'Cheers,\nSam',
  'We apologize for any inconvenience caused.', 'Sorry if you were upset.', 'As previously stated, ',
  'As per our policy, ', 'You should have read the terms.', 'Please be advised that ', 'Kindly note that ',
  'Please provide your order number again.', 'Could you re-send the details?', 'Your request has been processed.',
  'Call us at 555-0100.', 'Write to help@example.com.', 'https://example.com/a?b=c', 'e-mail', "we're", 'sorry',
  'Unfortunately, ', 'per', 'regards', 'team', '...', '!', '?', ',', '.', ':', ';', '-', '—', '“quoted”', "it's",
];
const PERSIAN = [
  'مشتری گرامی،', 'مشتری عزیز', 'سلام ', 'با سلام و احترام،', 'لطفاً به این ایمیل پاسخ ندهید.', 'لطفا پاسخ ندهید',
  'این پیام به‌صورت خودکار ارسال شده است.', 'می‌شود', 'می شود', 'میشود', 'با احترام،\nتیم پشتیبانی', 'تیم فروش',
  'پوزش می‌طلبیم', 'از ناراحتی شما عذرخواهی می‌کنیم.', 'همان‌طور که قبلاً گفته شد', 'شماره سفارش خود را دوباره ارسال کنید.',
  'مشتري گرامي', 'كاربر', 'ي', 'ك', 'لطفاً', 'ممنونیم', 'جناب آقای ', 'سرکار خانم ', ' عزیز', '؟', '،', '؛', '«نقل»',
  '۱۲۳۴', '٤٥٦', 'ـــ', 'دوست عزیز', '\u200c', 'ها', 'های',
];
const MERGE_TAGS = [
  '{{first_name}}', '{{ customer.first_name }}', '{{{name}}}', '{{name | default: "there"}}', "{{ name|default('x') }}",
  '{{#if first_name}}', '{{/if}}', '{{else}}', '{{#each items}}', '{{/each}}', '{{> partial}}', '{{!-- c --}}', '{{! c }}',
  '{% if user %}', '{% endif %}', '{% for i in items %}', '{% endfor %}', '{% raw %}', '{% endraw %}', '{# note #}',
  '{%- comment -%}', '{%- endcomment -%}', '<%= name %>', '<%= @user.first_name %>', '<% if x %>', '<% end %>', '<%# c %>',
  '*|FNAME|*', '*|IF:FNAME|*', '*|END:IF|*', '%{name}', '${name}', '${user.name!"there"}', '{$name}', '{$smarty.now}',
  '%recipient.first_name%', '[FirstName]', '{{ $name }}', '@{{ x }}', '{{htmlescape var=$customer.name}}', '{{var order.id}}',
  '<#if name??>', '</#if>', '{{', '}}', '{%', '%}', '<%', '%>', '{', '}', '*|', '|*', '{{#if', '{{/', '{{~name~}}',
  '<!-- warmly-disable-next-line -->', '{# warmly-disable-line no-reply #}', '<!-- warmly-disable -->', '<!-- warmly-enable -->',
];
const MARKUP = [
  '<p>', '</p>', '<br>', '<br/>', '<div>', '</div>', '<table><tr><td>', '</td></tr></table>', '<b>', '</b>', '<a href="mailto:a@b.c">',
  '</a>', '<img alt="Dear customer" src="x.png">', '&nbsp;', '&amp;', '&#8217;', '&#x200C;', '&zwnj;', '&bogus;', '&', '<!-- c -->',
  '<!--', '-->', '<style>p { color: red }</style>', '<style>', '</style>', '<script>x()</script>', '<mj-text>', '</mj-text>',
  '<mjml><mj-body>', '</mj-body></mjml>', '<html><head><title>T</title></head><body>', '</body></html>', '<p dir="rtl">', '<',
  '>', '</', '<![CDATA[x]]>', '# Heading', '> quote', '- item', '* item', '1. item', '```', '---\nfrom: a@b.c\n---\n', '`code`',
  '[link](http://x.y)', '**bold**', '\\{{x}}', 'Subject: Hello\n',
];
const HOSTILE = [
  '\r\n', '\r', '\n', '\n\n', '\r\n\r\n', '\uFEFF', '\u0000', '\t', ' ', '  ', '\u00A0', '\u200B', '\u200C', '\u200D', '\u200E',
  '\u200F', '\u202B', '\u202C', '\u2066', '\u2069', '\u0640', '\u064B', '\u0670', '😀', '👩‍👩‍👧', '🇮🇷', '\uD83D', '\uDE00',
  'é', 'e\u0301', 'İ', 'ß', '\u2028', '\u2029', '\u0085', '\uFFFD', '\uE000', '\u00AD',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ENGLISH) },
  { weight: 3, arbitrary: fc.constantFrom(...PERSIAN) },
  { weight: 3, arbitrary: fc.constantFrom(...MERGE_TAGS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** Fragments joined with nothing or a space: adjacency is where word boundaries and tag snapping go wrong. */
const flat = fc.array(fc.tuple(fragment, fc.constantFrom('', ' ', '', '\n')), { maxLength: 40 }).map((parts) => parts.map(([f, s]) => f + s).join(''));

/** Tags opened and closed around each other, many levels deep. */
const nested: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    flat,
    fc.tuple(fc.constantFrom(
      ['{{#if a}}', '{{/if}}'], ['{% if a %}', '{% endif %}'], ['<% if a %>', '<% end %>'], ['<div>', '</div>'],
      ['<p>', '</p>'], ['*|IF:A|*', '*|END:IF|*'], ['{{#each xs}}', '{{/each}}'], ['> ', '\n'], ['<mj-section>', '</mj-section>'],
    ), tie('node'), fc.boolean()).map(([[open, close], inner, closeIt]) => open + inner + (closeIt ? close : '')),
  ),
})).node;

/** Long lines and repeated content, small enough to keep each case fast. */
const repeated = fc.tuple(fragment, fc.integer({ min: 50, max: 400 })).map(([f, n]) => f.repeat(n));

export const templateText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: flat },
  { weight: 3, arbitrary: nested },
  { weight: 1, arbitrary: fc.tuple(flat, repeated, flat).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', '\uFEFF', '\n', '\r', '\u0000', ' ') },
);

export const lintOptions = fc.record({
  filePath: fc.constantFrom(...FILE_NAMES),
  language: fc.constantFrom<Language | undefined>(undefined, undefined, 'en', 'fa'),
  reportUnusedDisables: fc.boolean(),
});

type TemplateFile = { path: string; name: string; text: string };

function readTree(root: string): TemplateFile[] {
  const out: TemplateFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: p, name: relative(root, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(root);
  return out;
}

/** The shared corpus of real templates beside the clone, or undefined when this clone has none. */
export function sharedCorpusFiles(): TemplateFile[] | undefined {
  if (!hasSharedCorpus()) return undefined;
  const out = readTree(SHARED_CORPUS);
  if (out.length < 100) throw new Error(`The shared corpus at ${SHARED_CORPUS} has only ${out.length} files`);
  return out;
}

/** The realistic templates kept in the repository (test/fixtures/templates), present in every clone. */
export function fixtureFiles(): TemplateFile[] {
  return readTree(FIXTURE_TEMPLATES).filter((f) => f.name !== 'README.md');
}

/** Real templates to mutate: the shared corpus when present, else the in-repository fixtures. */
export function corpusFiles(): TemplateFile[] {
  return sharedCorpusFiles() ?? fixtureFiles();
}

const UNBALANCED = ['{{', '{%', '<%', '{{#if x}}', '{% if x %}', '<% if x %>', '}}', '%}', '%>', '{#', '<!--', '<', '*|', '${', '{$'];

/** One mutation of a real file: truncation, an unbalanced opener, a random insertion, or a duplicated region. */
export function mutation(text: string): fc.Arbitrary<string> {
  const at = fc.integer({ min: 0, max: text.length });
  return fc.oneof(
    at.map((i) => text.slice(0, i)),
    fc.tuple(at, fc.constantFrom(...UNBALANCED)).map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
    fc.tuple(at, fragment).map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
    fc.tuple(at, fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })).map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
    fc.tuple(at, at, at).map(([a, b, c]) => {
      const [s, e] = a <= b ? [a, b] : [b, a];
      return text.slice(0, c) + text.slice(s, Math.min(e, s + 2000)) + text.slice(c);
    }),
    fc.tuple(at, at).map(([a, b]) => text.slice(0, Math.min(a, b)) + text.slice(Math.max(a, b))),
    fc.constant(text.replace(/\r?\n/g, '\r\n')),
    fc.constant(text.replace(/\r?\n/g, '\r')),
  );
}
