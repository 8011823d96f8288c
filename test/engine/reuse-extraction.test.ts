/**
 * formats/reuse.ts must give what a full extraction gives: after each edit, the reused extraction and prose blocks
 * equal those of the new text extracted afresh (pieces, tags, ranges, normalized text and its offset map). Finding
 * comparisons (incremental.test.ts) miss a wrong piece that no rule happens to read; this compares the parse itself.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatFor } from '../../server/engine/formats';
import { extractWithReuse, type ExtractionState } from '../../server/engine/formats/reuse';
import { pathsUnder } from '../helpers/fixture-files';

const ROOT = join(__dirname, '..', '..');


/** Everything a lint reads from a state, as plain data (typed arrays as lists). */
function plain(state: ExtractionState): unknown {
  const prose = state.prose.map((b) => b && { ...b, words: undefined, starts: [...b.starts], ends: [...b.ends], tagAt: [...b.tagAt] });
  return JSON.parse(JSON.stringify({ extraction: state.extraction, prose }));
}

function check(file: string, prev: ExtractionState, text: string, what: string): ExtractionState {
  const format = formatFor(file);
  const next = extractWithReuse(prev, text, format, file, undefined);
  assert.deepEqual(plain(next), plain(extractWithReuse(undefined, text, format, file, undefined)), `${file}: ${what}`);
  return next;
}

function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

const KEYS = [...'abcdefghijklmnopqrstuvwxyz', ' ', ' ', '.', ';', '\n', 'ی', '\u200c', '@', ':', '#', '_', '%', '{', '}', '$', '[', ']', '*', '|', '&', '<', '>', '/', '-', '!', '?', '0', 'amp;', 'not', 'in;', '#39;'];

test('after random edits, a reused extraction equals a fresh one', () => {
  const next = random(20261204);
  const head = '<head><title>Your order {{order_id}} &amp; more</title><style>\n  a { content: "&am"; font-size: 16px; color: #333 }\n</style></head>';
  const synthetic = `<html>${head}<body>\n<p>Fish &am chips &amp; Q & A, {{first_name}}. We will get back to you soon.</p>\n<p>Tom &not ok. Please contact the courier directly.</p>\n</body></html>\n`;
  const documents: [string, string][] = [
    ...pathsUnder(join(ROOT, 'samples'), (f) => /\.(html|mjml|liquid|twig|erb)$/.test(f)).map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
    ['synthetic.html', synthetic],
  ];
  let edits = 0;
  let reused = 0;
  for (const [file, original] of documents) {
    let text = original;
    let state = extractWithReuse(undefined, text, formatFor(file), file, undefined);
    let at = next(text.length);
    for (let i = 0; i < 60; i++) {
      if (next(5) === 0) at = next(text.length + 1);
      if (next(4) === 0 && at > 0) {
        text = text.slice(0, at - 1) + text.slice(at);
        at--;
      } else {
        const typed = KEYS[next(KEYS.length)];
        text = text.slice(0, at) + typed + text.slice(at);
        at += typed.length;
      }
      state = check(file, state, text, `edit ${i + 1} at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 30))}`);
      edits++;
      if (state.reused) reused++;
    }
  }
  assert.ok(reused > edits / 3, `reused ${reused} times over ${edits} edits`);
});

test('an edit that completes or breaks a character reference is parsed afresh', () => {
  const file = 'refs.html';
  let text = '<html><head><style>a { content: "&am"; }</style></head><body>\n<p>Fish &am chips.</p>\n<p>Tom &not ok, Q & A here.</p>\n</body></html>\n';
  let state = extractWithReuse(undefined, text, 'html', file, undefined);
  const steps: [string, string][] = [['Fish &am', 'p;'], ['Fish &amp;', 'x'], ['Tom &not', 'in;'], ['Q &', 'amp;'], ['content: "&am', 'p;'], ['Fish', ' <b']];
  for (const [after, typed] of steps) {
    const at = text.indexOf(after) + after.length;
    assert.ok(at >= after.length, after);
    text = text.slice(0, at) + typed + text.slice(at);
    state = check(file, state, text, `typed ${JSON.stringify(typed)} after ${JSON.stringify(after)}`);
  }
});
