/**
 * Incremental linting (server/engine/incremental.ts) must never change a finding: after every one of a series of
 * random edits, a lint that reuses the document's memo equals a full lint of the same text. Fixed seed, so a
 * failure names an edit that can be replayed. Documents: every sample (all template formats, both languages,
 * surveys) and the catalog fixtures (messages linted one by one, letters over several keys).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LintMemo } from '../../server/engine';
import type { LintOptions } from '../../server/engine/types';
import { lint } from '../../server/linter';
import { pathsUnder } from '../helpers/fixture-files';

const ROOT = join(__dirname, '..', '..');


const documents = [
  ...pathsUnder(join(ROOT, 'samples'), (f) => !f.endsWith('.md') || !/(README|EXPECTED)\.md$/.test(f)).filter((f) => !f.includes('.warmlyignore')),
  ...pathsUnder(join(ROOT, 'test', 'catalogs', 'fixtures'), (f) => /\.(ya?ml|po|properties|xlf|json)$/.test(f)),
];

/** What an edit types or pastes: findings appear and disappear, paragraphs split and join, markup opens and closes. */
const SNIPPETS = [
  'Please do not reply to this email.',
  'Dear customer,',
  'Hi {{first_name}},',
  '\n\n',
  '\n',
  ' ',
  'We apologize for any inconvenience caused.',
  'Thanks, Maria',
  'We will get back to you in due course.',
  'As previously stated, your request cannot be processed.',
  '<p>',
  '</p>',
  '<br>',
  '{{',
  '}}',
  'لطفاً به این ایمیل پاسخ ندهید.',
  'مشتری گرامی،',
  'با تشکر',
  'x',
  'e',
  '.',
  '"',
  ': ',
  '- ',
];

/** A small deterministic generator (a linear congruential one), so every run makes the same edits. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

function randomEdit(text: string, next: (n: number) => number): { at: number; removed: number; inserted: string } {
  const at = next(text.length + 1);
  const kind = next(4);
  const removed = kind === 0 ? 0 : Math.min(text.length - at, next(kind === 3 ? 200 : 12));
  const inserted = kind === 2 ? '' : SNIPPETS[next(SNIPPETS.length)];
  return { at, removed, inserted };
}

const comparable = (r: ReturnType<typeof lint>) => JSON.parse(JSON.stringify(r));

test('after each of a series of random edits, an incremental lint finds exactly what a full lint finds', () => {
  const next = random(20261202);
  let edits = 0;
  let reused = 0;
  for (const file of documents) {
    const options: LintOptions = { filePath: file };
    const memo = new LintMemo();
    let text = readFileSync(file, 'utf8');
    assert.deepEqual(comparable(lint(text, options, memo)), comparable(lint(text, options)), `${file}, as read`);
    for (let i = 0; i < 12; i++) {
      const e = randomEdit(text, next);
      text = text.slice(0, e.at) + e.inserted + text.slice(e.at + e.removed);
      edits++;
      const before = memo.stats().hits;
      const incremental = lint(text, options, memo);
      reused += memo.stats().hits - before;
      assert.deepEqual(comparable(incremental), comparable(lint(text, options)), `${file}, edit ${i + 1}: ${JSON.stringify(e)}`);
    }
  }
  assert.ok(edits > 500, `${edits} edits`);
  assert.ok(reused > edits, `the memo was used (${reused} reused parts over ${edits} edits), not bypassed`);
});

test('the memo holds only what the latest lint used, and other options start it afresh', () => {
  const memo = new LintMemo();
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: please do not reply to this email.`);
  const options: LintOptions = { filePath: 'long.txt' };
  lint(paragraphs.join('\n\n'), options, memo);
  const full = memo.stats().entries;
  lint(paragraphs.slice(0, 10).join('\n\n'), options, memo);
  assert.ok(memo.stats().entries < full / 2, `${memo.stats().entries} entries after shrinking the document, ${full} before`);
  // A finding's copy handed out is the caller's: changing it does not change the next lint.
  const first = lint(paragraphs.join('\n\n'), options, memo);
  first.findings.forEach((f) => { f.range.start = -1; f.message = 'changed'; });
  assert.deepEqual(comparable(lint(paragraphs.join('\n\n'), options, memo)), comparable(lint(paragraphs.join('\n\n'), options)));
  const off: LintOptions = { ...options, rules: { 'no-reply': 'off' } };
  assert.deepEqual(comparable(lint(paragraphs.join('\n\n'), off, memo)), comparable(lint(paragraphs.join('\n\n'), off)));
});

/**
 * Typing in an HTML-like document: the edit usually falls inside one text run, and the lint reuses the previous
 * extraction (formats/reuse.ts) instead of parsing again. Keys include what opens or closes template or markup
 * syntax, an entity's `&` and `;`, line breaks and ZWNJ, so the reuse must also notice when it cannot apply.
 */
const KEYS = [...'abcdefghijklmnopqrstuvwxyz', ' ', ' ', ' ', '.', ',', '\n', 'ی', 'ا', 'ن', '\u200c', '@', ':', '#', '_', '%', '{', '}', '$', '[', ']', '*', '|', ';', '&', '<', '>', '/', '-', '!', '?', '"', "'", '0'];

test('typing in an HTML-like document: a lint that reuses the previous extraction finds exactly what a full lint finds', () => {
  const next = random(20261203);
  const files = pathsUnder(join(ROOT, 'samples'), (f) => /\.(html|mjml|liquid|twig|erb|hbs)$/.test(f));
  // Paragraphs whose findings come from per-paragraph checks (RuleContext.eachBlock): an edit before them moves them.
  const paragraphs = [
    'We will get back to you soon about your order.',
    'We cannot help with deliveries by email. Please contact the courier directly.',
    'Your refund will be processed within 30 business days.',
    'Log in to your account to read the message we sent you.',
    'ما به زودی با شما تماس خواهیم گرفت.',
  ];
  const head = '<head><title>Your order {{order_id}} &amp; more</title><style>\n  td, th { font-size: 16px; color: #333; }\n  @media (max-width: 600px) { p { margin: 0 } }\n</style></head>';
  const synthetic = `<html>${head}<body>\n<script>var shown = 1;</script>\n${Array.from({ length: 12 }, (_, i) => `<p>Hi {{first_name}}, ${paragraphs[i % paragraphs.length]}</p>`).join('\n')}\n</body></html>\n`;
  const documents: [string, string][] = [...files.map((f): [string, string] => [f, readFileSync(f, 'utf8')]), ['synthetic.html', synthetic], ['synthetic.liquid', synthetic]];
  let edits = 0;
  let reused = 0;
  for (const [file, original] of documents) {
    const options: LintOptions = { filePath: file };
    const memo = new LintMemo();
    let text = original;
    lint(text, options, memo);
    let at = next(text.length);
    for (let i = 0; i < 40; i++) {
      // Mostly typing on from the last edit; now and then the cursor moves somewhere else.
      if (next(6) === 0) at = next(text.length + 1);
      const kind = next(5);
      if (kind === 0) {
        const removed = Math.min(text.length - at, 1 + next(3));
        text = text.slice(0, at) + text.slice(at + removed);
      } else if (kind === 1 && at > 0) {
        text = text.slice(0, at - 1) + text.slice(at);
        at--;
      } else {
        let typed = '';
        for (let n = 1 + next(kind === 4 ? 6 : 2); n > 0; n--) typed += KEYS[next(KEYS.length)];
        text = text.slice(0, at) + typed + text.slice(at);
        at += typed.length;
      }
      edits++;
      const incremental = lint(text, options, memo);
      assert.deepEqual(comparable(incremental), comparable(lint(text, options)), `${file}, edit ${i + 1} at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 30))}`);
    }
    reused += memo.stats().extractionsReused;
  }
  assert.ok(edits > 1000, `${edits} edits`);
  assert.ok(reused > edits / 6, `the previous extraction was reused (${reused} times over ${edits} edits)`);
});

test('an edit that completes or breaks a character reference, or opens a tag, is parsed afresh', () => {
  const options: LintOptions = { filePath: 'refs.html' };
  const memo = new LintMemo();
  let text = '<html><head><style>a { content: "&am"; }</style></head><body>\n<p>Fish &am chips. We will get back to you soon.</p>\n<p>Tom &not ok, Q & A here. Please contact the courier directly.</p>\n</body></html>\n';
  lint(text, options, memo);
  const steps: [string, string][] = [['Fish &am', 'p;'], ['Fish &amp;', 'x'], ['Tom &not', 'in;'], ['Q &', 'amp;'], ['content: "&am', 'p;'], ['Fish', ' <b'], ['Q &amp; A', ' x']];
  for (const [after, typed] of steps) {
    const at = text.indexOf(after) + after.length;
    assert.ok(at >= after.length, after);
    text = text.slice(0, at) + typed + text.slice(at);
    assert.deepEqual(comparable(lint(text, options, memo)), comparable(lint(text, options)), `typed ${JSON.stringify(typed)} after ${JSON.stringify(after)}`);
  }
});
