// Fuzz generators for size and shape rather than content: one endless sentence, Markdown nested far past the
// cap, and templates with tens of thousands of merge tags. Each case is large (tens to hundreds of KB) so a
// quadratic path, a per-level recursion or an argument spread shows up as a hang (caught by the fuzz watchdog)
// or a RangeError (caught by the invariants), not as a slow test nobody notices.
import fc from 'fast-check';
import type { LintOptions } from '../server/engine';

export interface ScaleCase {
  text: string;
  options: LintOptions;
}

const PHRASES = [
  'please do not reply to this email', 'we apologize for any inconvenience', 'dear valued customer',
  'kindly be advised', 'thanks for your patience', 'your order has shipped', 'if you have any questions',
];

/** One sentence of 20–120 KB: phrases joined by commas and spaces, never a full stop. */
const longSentence: fc.Arbitrary<ScaleCase> = fc
  .record({
    parts: fc.array(fc.constantFrom(...PHRASES), { minLength: 5, maxLength: 20 }),
    repeat: fc.integer({ min: 100, max: 600 }),
    glue: fc.constantFrom(', ', ' ', ' and ', '، ', ',\u00a0'),
    file: fc.constantFrom('t.txt', 't.md', 't.html', 't.liquid'),
  })
  .map(({ parts, repeat, glue, file }) => ({ text: `Hi {{ first_name }},\n\n${Array.from({ length: repeat }, () => parts.join(glue)).join(glue)}\n`, options: { filePath: file } }));

/** Markdown quotes, lists or both, nested 40–1,500 levels deep. */
const deepMarkdown: fc.Arbitrary<ScaleCase> = fc
  .record({
    depth: fc.integer({ min: 40, max: 1500 }),
    kind: fc.constantFrom('quote', 'list', 'mixed', 'one-line'),
    words: fc.constantFrom(...PHRASES),
  })
  .map(({ depth, kind, words }) => {
    const prefix = (i: number) =>
      kind === 'quote' ? '>'.repeat(i + 1) + ' '
        : kind === 'list' ? '  '.repeat(i) + '- '
          : kind === 'mixed' ? '> '.repeat(i >> 1) + '  '.repeat(i & 1) + '* '
            : '';
    const text = kind === 'one-line'
      ? `Hello,\n\n${'> - '.repeat(depth)}${words}\n`
      : `Hello,\n\n${Array.from({ length: depth }, (_, i) => `${prefix(i)}${words}`).join('\n')}\n`;
    return { text, options: { filePath: 't.md' } };
  });

/** 20,000–150,000 merge tags (or HTML comments, or links) in one paragraph of one template dialect. */
const hugeTagCount: fc.Arbitrary<ScaleCase> = fc
  .record({
    count: fc.integer({ min: 20_000, max: 150_000 }),
    shape: fc.constantFrom(
      { unit: '{{ x }} ', file: 't.liquid' },
      { unit: '{{x}}', file: 't.hbs' },
      { unit: '<%= x %> ', file: 't.erb' },
      { unit: '<!-- c -->', file: 't.md' },
      { unit: '<a href="https://x.example">a</a> ', file: 't.html' },
      { unit: '<span t-esc="partner.name"/> ', file: 't.xml' },
    ),
  })
  .map(({ count, shape }) => ({ text: `Dear customer,\n\n<div>\n${shape.unit.repeat(count)}\n</div>\n\nPlease do not reply to this email.\n`, options: { filePath: shape.file } }));

export const SCALE_GENERATORS: { name: string; arbitrary: fc.Arbitrary<ScaleCase> }[] = [
  { name: 'long sentence', arbitrary: longSentence },
  { name: 'deep Markdown', arbitrary: deepMarkdown },
  { name: 'huge tag count', arbitrary: hugeTagCount },
];
