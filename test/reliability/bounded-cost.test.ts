/**
 * Bounded cost, counted rather than timed: the work done per input character stays constant however the input
 * is shaped (one endless sentence, tens of thousands of tags, deep nesting), and nothing spreads an input-sized
 * array into a call (which overflows the stack: RangeError) or recurses once per nesting level.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../server/linter';
import { compilePhrases, findPhrases } from '../../server/engine/match';
import { createConfigSource, MAX_RESOLVERS } from '../../server/language-server/config-source';

/** The built CLI (npm run build). */
const CLI = join(__dirname, '../../server/bin/warmly.js');

test('one long sentence: each sentence is tested against a phrase exception once, not once per match', () => {
  const compiled = compilePhrases([{ match: 'any inconvenience', except: ['no such words here'] }], 'en');
  let scanned = 0;
  // A spy in place of the exception regex: counts the characters the matcher hands to it.
  const spy = { test: (s: string) => { scanned += s.length; return false; } } as unknown as RegExp;
  compiled.except.at = (index: number) => (index === 0 ? spy : undefined);
  const text = 'sorry for any inconvenience, '.repeat(4_000); // 116 KB, one sentence, 4,000 matches
  const found = findPhrases(text, compiled);
  assert.equal(found.length, 4_000);
  // Linear: the sentence once. Before the fix it was the whole sentence per match (464 million characters).
  assert.ok(scanned <= 2 * text.length, `the exception regex read ${scanned} characters for a ${text.length}-character text`);
});

const HUGE = 200_000;

test('Markdown with 200,000 HTML comments in one block lints without a stack overflow', () => {
  const text = `Hello {{ first_name }},\n\n<div>\n${'<!-- c -->'.repeat(HUGE)}\n</div>\n\nPlease do not reply to this email.\n`;
  const found = lint(text, { filePath: 'comments.md' }).findings;
  assert.ok(found.some((f) => f.ruleId === 'no-reply'), 'the prose after the comments is still linted');
});

test('Markdown with 200,000 links in one HTML block lints without a stack overflow', () => {
  const text = `Hello {{ first_name }},\n\n<p>${'<a href="https://x.example">a</a> '.repeat(HUGE)}</p>\n\nPlease do not reply to this email.\n`;
  const found = lint(text, { filePath: 'links.md' }).findings;
  assert.ok(found.some((f) => f.ruleId === 'no-reply'));
});

test('the CLI reports a stack-heavy file the same with one thread and with two', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'warmly-cost-'));
  try {
    const text = `Hello,\n\n<div>\n${'<!-- c -->'.repeat(HUGE)}\n</div>\n\nPlease do not reply to this email.\n`;
    writeFileSync(join(dir, 'a.md'), text);
    writeFileSync(join(dir, 'b.md'), text);
    const run = (threads: string) => spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '--threads', threads, 'a.md', 'b.md'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    for (const threads of ['1', '2']) {
      const r = run(threads);
      assert.equal(r.status, 1, `--threads ${threads}: exit ${r.status}, stderr: ${r.stderr.slice(0, 300)}`);
      const reports = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
      assert.equal(reports.length, 2);
      for (const rep of reports) assert.ok(rep.messages.some((m) => m.ruleId === 'no-reply'), `--threads ${threads}: ${rep.filePath} reported nothing`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Markdown quotes and lists nested past 32 levels are skipped with one info finding, not parsed', { timeout: 120_000 }, () => {
  for (const prefix of [(i: number) => '>'.repeat(i + 1) + ' ', (i: number) => '  '.repeat(i) + '- ']) {
    const lines = Array.from({ length: 400 }, (_, i) => `${prefix(i)}Dear customer`);
    const text = `Hello,\n\n${lines.join('\n')}\n`;
    const found = lint(text, { filePath: 'deep.md' }).findings;
    const deep = found.filter((f) => f.ruleId === 'nesting-too-deep');
    assert.equal(deep.length, 1, 'one info finding for the skipped part');
    assert.equal(deep[0].severity, 'info');
    // The shallow lines are still linted, the deep ones not at all.
    const greetings = found.filter((f) => f.ruleId === 'generic-greeting');
    assert.ok(greetings.length >= 10 && greetings.length <= 40, `${greetings.length} greetings linted`);
    assert.ok(greetings.every((f) => f.range.start < deep[0].range.start), 'a greeting inside the skipped part was linted');
  }
});

test('the language server keeps a bounded number of per-settings config resolvers, least recently used dropped', () => {
  const source = createConfigSource();
  const file = join(tmpdir(), 'warmly-no-config-here', 'mail.txt');
  // Settings edited one keystroke at a time: every state is a distinct set of settings.
  for (let i = 0; i < 500; i++) source.resolve(file, { rules: { 'no-reply': i % 2 ? 'warn' : 'error' }, personalization: { name: `n${i}` } } as never);
  assert.ok(source.resolverCount <= MAX_RESOLVERS, `${source.resolverCount} resolvers kept`);
  // Still correct after eviction: the newest settings apply.
  assert.deepEqual(source.resolve(file, { rules: { 'no-reply': 'off' } } as never).options.rules?.['no-reply'], { severity: 'off' });
});

test('HTML elements nested past 512 levels are skipped with one info finding; unclosed <p> and <li> never count', () => {
  const text = `<p>Dear customer,</p>${'<div>'.repeat(2_000)}<p>Dear customer</p>${'</div>'.repeat(2_000)}<p>Please do not reply to this email.</p>`;
  const found = lint(text, { filePath: 'deep.html' }).findings;
  const deep = found.filter((f) => f.ruleId === 'nesting-too-deep');
  assert.equal(deep.length, 1);
  assert.ok(found.some((f) => f.ruleId === 'no-reply'), 'the prose after the deep part is linted');
  assert.equal(found.filter((f) => f.ruleId === 'generic-greeting').length, 1, 'the greeting inside the deep part is skipped');
  // Thousands of elements whose end tag may be left out are not nesting: nothing is skipped.
  const flat = `${'<p>Dear customer, '.repeat(3_000)}<ul>${'<li>item '.repeat(3_000)}</ul>`;
  assert.equal(lint(flat, { filePath: 'flat.html' }).findings.filter((f) => f.ruleId === 'nesting-too-deep').length, 0);
});
