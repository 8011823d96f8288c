/**
 * Configuration cannot inject template code (issue #11, finding 2). Hostile personalization values are given
 * straight to the engine (as a caller that skips the config schema would), the greeting rewrites are applied,
 * and the result must parse to the same structure plus only the intended text: the tag scan finds the same
 * tags (plus the `if`/`else` a Handlebars fallback adds), no broken tags, no new HTML elements, and where the
 * fallback is written its decoded text is exactly the configured word. fast-check with a fixed seed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { formatFor, type Personalization } from '../../server/engine';
import { fixText } from '../../server/linter';
import { scanTags } from '../../server/engine/formats/tags';
import { VARIABLE_PATH } from '../../server/engine/template-literal';

const SEED = 11;
const REWRITES = new Set(['name-without-fallback', 'generic-greeting']);

/** One template per dialect with a name tag lacking a fallback, in HTML and in plain text. */
const FIXTURES: [file: string, text: string][] = [
  ['mail.liquid', '<p>Hi {{ first_name }},</p>\n<p>Thanks for your order.</p>\n'],
  ['mail.liquid', 'Hi {{ first_name }},\n\nThanks for your order.\n'],
  ['mail.html.twig', '<p>Hi {{ first_name }},</p>\n<p>Thanks for your order.</p>\n'],
  ['mail.html.erb', '<p>Hi <%= @user.first_name %>,</p>\n<p>Thanks for your order.</p>\n'],
  ['mail.hbs', '<p>Hi {{first_name}},</p>\n<p>Thanks for your order.</p>\n'],
  ['mail.hbs', 'Hi {{first_name}},\n\nThanks for your order.\n'],
  ['mail.html', '<p>Hi *|FNAME|*,</p>\n<p>Thanks for your order.</p>\n'],
  ['mail.blade.php', '<p>Hi {{ $first_name }},</p>\n<p>Thanks for your order.</p>\n'],
  ['mail.ftl', '<p>Hi ${first_name},</p>\n<p>Thanks for your order.</p>\n'],
  ['mail.hbs', '<p>Dear customer,</p>\n<p>Thanks for your order.</p>\n'],
  ['mail.liquid', 'Dear customer,\n\nThanks for your order.\n'],
  ['mail.html.erb', '<p>Dear customer,</p>\n<p>Thanks for your order.</p>\n'],
];

/** Pieces an attacker would try: quotes, every dialect's delimiters, markup, escapes, control characters. */
const PIECES = ['"', "'", '{{', '}}', '{%', '%}', '<%', '%>', '<%=', '<script>', '</p>', '<img src=x onerror=alert(1)>', '*|', '|*',
  '\\', '${', '#{', '&', '&amp;', '\n', '\r', '\u001b[31m', '`', '<', '>', '@', '->', ')', '(', 'system("id")', 'there', 'دوست', ' '];
const hostile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));

const BLOCKS = new Set(['if', 'IF', 'unless']);

function structure(file: string, text: string) {
  const format = formatFor(file);
  const scan = scanTags(text, format, file.slice(file.indexOf('.')));
  // An `if`/`else`/end block is what a Handlebars or Mailchimp fallback adds: counted apart.
  const added = scan.tags.filter((t) => (t.kind === 'open' || t.kind === 'close' || t.kind === 'else') && (t.block === undefined || BLOCKS.has(t.block))).length;
  const tags = scan.tags.filter((t) => !((t.kind === 'open' || t.kind === 'close' || t.kind === 'else') && (t.block === undefined || BLOCKS.has(t.block))));
  const elements: string[] = [];
  const parser = new Parser({ onopentag: (name) => elements.push(name) }, { decodeEntities: true });
  parser.write(text);
  parser.end();
  // The scanner reads ERB's `x.presence || "…"` as the path `x.presence`: the same variable.
  return { tags: tags.map((t) => `${t.kind}:${(t.variable ?? '').replace(/\.presence$/, '')}`), added, broken: scan.broken.length, elements };
}

function rewrite(file: string, text: string, personalization: Personalization): string {
  return fixText(text, { filePath: file, personalization }, (f) => REWRITES.has(f.ruleId)).text;
}

/** The fallback literal as the template will render it (entities decoded, `\'` unescaped). */
function renderedLiteral(out: string): string | undefined {
  const m = /default: "([^"]*)"|default\('((?:[^'\\]|\\.)*)'\)|\?\? '((?:[^'\\]|\\.)*)'|\|\| "([^"]*)"|!"([^"]*)"|\{\{else\}\}([^{]*)\{\{\/if\}\}|\*\|ELSE:\|\*([^*|]*)\*\|END:IF\|\*/.exec(out);
  if (!m) return undefined;
  const group = m.slice(1).findIndex((g) => g !== undefined);
  const raw = m[group + 1];
  // Twig, ERB and Blade escape their output for HTML themselves: their string is the text as shown.
  if (group === 1 || group === 2 || group === 3) return raw.replace(/\\(.)/g, '$1');
  let decoded = '';
  const p = new Parser({ ontext: (t) => { decoded += t; } }, { decodeEntities: true });
  p.write(raw.replace(/\\(.)/g, '$1'));
  p.end();
  return decoded;
}

test('sanity: a plain fallback word is written by every fixture', () => {
  for (const [file, text] of FIXTURES) {
    const out = rewrite(file, text, { fallback: { en: 'there' } });
    assert.notEqual(out, text, `${file} is rewritten`);
    assert.ok(out.includes('there'), `${file}: ${out}`);
  }
});

test('hostile fallback words: same tags and elements, and only the intended text', () => {
  let written = 0;
  fc.assert(
    fc.property(hostile, fc.nat(FIXTURES.length - 1), (word, i) => {
      const [file, text] = FIXTURES[i];
      const before = structure(file, text);
      const out = rewrite(file, text, { fallback: { en: word } });
      const after = structure(file, out);
      // "Dear customer" gets the intended name tag; every other tag stays as it was.
      const intended = /Dear customer/.test(text) && out !== text ? ['output:first_name'] : [];
      assert.deepEqual(after.tags, [...before.tags, ...intended], `tags of ${JSON.stringify(out)}`);
      assert.equal(after.broken, 0, `no broken tags in ${JSON.stringify(out)}`);
      assert.ok(after.added === before.added || after.added === before.added + 3, `only an if/else/end added: ${JSON.stringify(out)}`);
      assert.deepEqual(after.elements, before.elements, `no new HTML elements in ${JSON.stringify(out)}`);
      assert.ok(!/[\u0000-\u0009\u000b-\u001f]/.test(out.replace(/\r?\n/g, '')), `no control characters: ${JSON.stringify(out)}`);
      if (out !== text) {
        const literal = renderedLiteral(out);
        if (literal !== undefined && literal !== 'there') {
          written++;
          assert.equal(literal, word, `the written fallback is exactly the configured word: ${JSON.stringify(out)}`);
        }
      }
    }),
    { seed: SEED, numRuns: 400 },
  );
  assert.ok(written > 20, `hostile words that could be written safely were written (${written})`);
});

test('hostile variable names never become tag code', () => {
  fc.assert(
    fc.property(hostile, fc.nat(FIXTURES.length - 1), (name, i) => {
      const [file, text] = FIXTURES[i];
      const before = structure(file, text);
      const out = rewrite(file, text, { name, senderName: name, fallback: { en: 'there' } });
      const after = structure(file, out);
      assert.equal(after.broken, 0, JSON.stringify(out));
      assert.deepEqual(after.elements, before.elements, JSON.stringify(out));
      const scan = scanTags(out, formatFor(file), file.slice(file.indexOf('.')));
      for (const t of scan.tags) if (t.kind === 'output' && t.variable) assert.match(t.variable, VARIABLE_PATH, JSON.stringify(out));
      // A name that is not a plain path is not used at all: the rewrite is the one without it.
      if (!VARIABLE_PATH.test(name)) assert.equal(out, rewrite(file, text, { fallback: { en: 'there' } }));
    }),
    { seed: SEED, numRuns: 300 },
  );
});
