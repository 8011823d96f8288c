/**
 * The server's pure parts, without a process: the diagnostics mapper, edit helpers, settings reading and the
 * per-document scheduler.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { StreamMessageReader, type Message } from 'vscode-languageserver/node';
import { applyEdits, type Finding } from '../../server/engine';
import { lint } from '../../server/linter';
import { minimalEdit } from '../../server/language-server/code-actions';
import { dataOf, toDiagnostics } from '../../server/language-server/diagnostics';
import { hoverAt } from '../../server/language-server/hover';
import { Scheduler } from '../../server/language-server/scheduler';
import { FrameWriter } from '../../server/language-server/frame-writer';
import { editorOverrides, readSettings } from '../../server/language-server/settings';
import { disableFileEdit } from '../../server/language-server/suppression';
import { ROOT } from './harness';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'no-reply', message: 'Invite replies.', severity: 'warning', range: { start: 0, end: 1 }, actual: 'x',
  language: 'en', url: 'https://example.test/rules/no-reply/README.md', suggestions: [], ...over,
});

test('mapper: code, source, doc link, severity and data', () => {
  const severities = (['error', 'warning', 'info', 'hint'] as const).map((severity) => toDiagnostics([finding({ severity })], 'x', 7)[0].severity);
  assert.deepEqual(severities, [1, 2, 3, 4]);
  const [d] = toDiagnostics([finding({ suggestions: [{ title: 't', edits: [{ range: { start: 0, end: 1 }, text: 'y' }] }] })], 'x', 7);
  assert.equal(d.code, 'no-reply');
  assert.equal(d.source, 'warmly');
  assert.equal(d.codeDescription?.href, 'https://example.test/rules/no-reply/README.md');
  const data = dataOf(d)!;
  assert.equal(data.version, 7);
  assert.deepEqual(data.suggestions[0].edits[0], { range: { start: 0, end: 1 }, text: 'y' });
  assert.equal(dataOf({ ...d, source: 'other' }), undefined, 'foreign diagnostics are not ours');
});

test('mapper: UTF-16 ranges across CRLF, a lone CR, tabs, emoji and RTL text', () => {
  const text = 'a\r\nb\rc\t😀 Dear customer\nسلام‌ها Dear';
  const start = text.indexOf('Dear customer');
  const [d] = toDiagnostics([finding({ range: { start, end: start + 13 } })], text, 1);
  assert.deepEqual(d.range, { start: { line: 2, character: 5 }, end: { line: 2, character: 18 } });
  const fa = text.lastIndexOf('Dear');
  const [e] = toDiagnostics([finding({ range: { start: fa, end: fa + 4 } })], text, 1);
  assert.deepEqual(e.range, { start: { line: 3, character: 8 }, end: { line: 3, character: 12 } });
});

test('minimalEdit turns one text into another without splitting a surrogate pair or a CRLF', () => {
  for (const [a, b] of [['abc😀def', 'abc😁def'], ['x\r\ny', 'x\ny'], ['same', 'same'], ['', 'new'], ['Dear customer,\n', 'Dear {{first_name}},\n']]) {
    const e = minimalEdit(a, b);
    assert.equal(applyEdits(a, [e]).text, b);
    const cut = (s: string, i: number) => i > 0 && i < s.length && ((s.charCodeAt(i - 1) & 0xfc00) === 0xd800 || (s[i - 1] === '\r' && s[i] === '\n'));
    assert.ok(!cut(a, e.range.start) && !cut(a, e.range.end), `${JSON.stringify(a)} → ${JSON.stringify(e)}`);
  }
});

test('settings: tolerant reading, only what the user set reaches the resolver', () => {
  const s = readSettings({ warmly: { enable: 'yes', run: 'onSave', debounceMs: -5, rules: { 'no-reply': 'off', x: 'loud' }, language: 'fa', personalization: { name: 'user.first', bad: 3 } } });
  assert.equal(s.enable, true, 'a wrong type keeps the default');
  assert.equal(s.run, 'onSave');
  assert.equal(s.debounceMs, 200);
  assert.deepEqual(s.rules, { 'no-reply': 'off' });
  assert.deepEqual(editorOverrides(s), { rules: { 'no-reply': 'off' }, personalization: { name: 'user.first' }, language: 'fa' });
  assert.deepEqual(editorOverrides(readSettings(undefined)), {});
});

test('scheduler: a newer request makes the older one stale, and a forgotten document never runs', async () => {
  const s = new Scheduler();
  const ran: string[] = [];
  const t1 = s.begin('a');
  s.after('a', t1, 10, () => ran.push('first'));
  const t2 = s.begin('a');
  assert.equal(s.isCurrent('a', t1), false);
  s.after('a', t2, 10, () => ran.push('second'));
  const t3 = s.begin('b');
  s.after('b', t3, 10, () => ran.push('b'));
  s.forget('b');
  await new Promise((r) => setTimeout(r, 40));
  assert.deepEqual(ran, ['second']);
});

test('scheduler: with no delay a run waits for no timer, and a newer request still makes it stale', async () => {
  const s = new Scheduler();
  const ran: string[] = [];
  const t1 = s.begin('a');
  s.after('a', t1, 0, () => ran.push('first'));
  const t2 = s.begin('a');
  s.after('a', t2, 0, () => ran.push('second'));
  const t3 = s.begin('b');
  s.after('b', t3, 0, () => ran.push('b'));
  s.forget('b');
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(ran, ['second'], 'ran within one turn of the event loop, no 1 ms timer');
  assert.equal(s.size, 1);
});

test('disable-file comments go after front matter, and are verified by re-linting', () => {
  const text = '---\nsubject: Hello\n---\nDear customer,\n';
  const lintMd = (t: string) => lint(t, { filePath: 'a.md' }).findings;
  const edit = disableFileEdit(text, 'markdown', 'generic-greeting', lintMd)!;
  const out = applyEdits(text, [edit]).text;
  assert.equal(out, '---\nsubject: Hello\n---\n<!-- warmly-disable-file generic-greeting -->\nDear customer,\n');
  assert.equal(disableFileEdit(text, 'plain', 'generic-greeting', lintMd), undefined, 'plain text has no comment syntax');
});

test('hover lists every finding under the cursor', () => {
  const text = 'Dear customer, please do not reply to this email.';
  const findings = lint(text, { filePath: 'a.txt' }).findings;
  const h = hoverAt(text, findings, 3);
  assert.ok(h && typeof h.contents === 'object' && 'value' in h.contents && h.contents.value.includes('generic-greeting'));
  assert.equal(hoverAt(text, [], 3), null);
});

test('the server holds no rule logic: it imports the engine and config, never rules/', () => {
  const dir = join(ROOT, 'server', 'language-server');
  for (const name of readdirSync(dir)) {
    const source = readFileSync(join(dir, name), 'utf8');
    assert.doesNotMatch(source, /from '(\.\.\/)+rules/, `${name} imports a rule directly`);
    assert.doesNotMatch(source, /from '\.\.\/engine\/(?!index)/, `${name} reaches into engine internals instead of its public API`);
  }
});

test('the stdio writer sends each message in one write, header and body together, readable by the library', async () => {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const writer = new FrameWriter(stream);
  const reader = new StreamMessageReader(stream);
  const read: Message[] = [];
  reader.listen((m) => read.push(m));
  const sent = [
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a', diagnostics: [] } },
    { jsonrpc: '2.0', id: 1, result: { message: 'سلام، مریم — ✓ 😀' } },
  ];
  for (const m of sent) await writer.write(m as Message);
  await new Promise((r) => setImmediate(r));
  assert.equal(chunks.length, 2);
  for (const c of chunks) {
    const [, length, body] = /^Content-Length: (\d+)\r\n\r\n([\s\S]*)$/.exec(c) ?? [];
    assert.equal(Number(length), Buffer.byteLength(body, 'utf8'));
  }
  assert.deepEqual(read, sent);
});
