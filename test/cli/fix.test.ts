import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { COLD, ensureBuilt, project, warmly } from './helpers';

before(ensureBuilt);

type Report = { filePath: string; messages: { ruleId: string; fix?: unknown }[]; fixableErrorCount: number; fixableWarningCount: number };
const lintJson = (dir: string, args: string[] = ['.']): Report[] => JSON.parse(warmly(['lint', ...args, '-f', 'json'], { cwd: dir }).stdout);

test('--fix on every template format: nothing fixable remains, and a second run changes nothing', () => {
  const dir = project(COLD);
  const before = lintJson(dir);
  assert.equal(before.length, Object.keys(COLD).length);
  for (const r of before) assert.ok(r.fixableErrorCount + r.fixableWarningCount > 0, `${r.filePath} has something to fix`);

  const first = warmly(['lint', '.', '--fix'], { cwd: dir });
  assert.equal(first.status, 0, first.stdout + first.stderr);
  assert.match(first.stdout, /Fixed \d+ problems/);
  const once = Object.fromEntries(Object.keys(COLD).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  for (const [name, text] of Object.entries(once)) {
    assert.notEqual(text, COLD[name], `${name} was fixed`);
    assert.ok(!/do not reply|پاسخ ندهید/.test(text), `${name}: ${text}`);
  }
  for (const r of lintJson(dir)) assert.equal(r.fixableErrorCount + r.fixableWarningCount, 0, `${r.filePath}: ${JSON.stringify(r.messages)}`);

  const mtimes = Object.keys(COLD).map((f) => statSync(join(dir, f)).mtimeMs);
  const second = warmly(['lint', '.', '--fix'], { cwd: dir });
  assert.equal(second.status, 0);
  assert.ok(!second.stdout.includes('Fixed'));
  for (const [name, text] of Object.entries(once)) assert.equal(readFileSync(join(dir, name), 'utf8'), text, name);
  assert.deepEqual(Object.keys(COLD).map((f) => statSync(join(dir, f)).mtimeMs), mtimes, 'untouched files are not rewritten');
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary files left behind');
});

test('--fix keeps CRLF line endings, the BOM and the file mode; it writes through symlinks', () => {
  const crlf = COLD['notice.txt'].replace(/\n/g, '\r\n');
  const dir = project({ 'crlf.txt': crlf, 'bom.hbs': '\ufeff' + COLD['welcome.hbs'], 'exec.liquid': COLD['shipped.liquid'], 'real/target.twig': COLD['reminder.twig'] });
  chmodSync(join(dir, 'exec.liquid'), 0o754);
  symlinkSync(join(dir, 'real/target.twig'), join(dir, 'link.twig'));
  const r = warmly(['lint', 'crlf.txt', 'bom.hbs', 'exec.liquid', 'link.twig', '--fix'], { cwd: dir });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const fixedCrlf = readFileSync(join(dir, 'crlf.txt'), 'utf8');
  assert.notEqual(fixedCrlf, crlf);
  assert.ok(!/(?<!\r)\n/.test(fixedCrlf), `only CRLF endings: ${JSON.stringify(fixedCrlf)}`);
  const bom = readFileSync(join(dir, 'bom.hbs'));
  assert.deepEqual([...bom.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.ok(!bom.toString('utf8').slice(1).includes('\ufeff'));
  assert.ok(!bom.toString('utf8').includes('do not reply'));
  assert.equal(statSync(join(dir, 'exec.liquid')).mode & 0o777, 0o754);
  assert.ok(lstatSync(join(dir, 'link.twig')).isSymbolicLink(), 'the link is still a link');
  assert.ok(!readFileSync(join(dir, 'real/target.twig'), 'utf8').includes('do not reply'));
});

test('a read-only file is not fixed: exit 2 naming it, original intact, other files still fixed', () => {
  const dir = project({ 'locked.hbs': COLD['welcome.hbs'], 'open.hbs': COLD['welcome.hbs'] });
  chmodSync(join(dir, 'locked.hbs'), 0o444);
  const r = warmly(['lint', '.', '--fix'], { cwd: dir });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^warmly: locked\.hbs: not fixed: the file is read-only$/m);
  assert.equal(readFileSync(join(dir, 'locked.hbs'), 'utf8'), COLD['welcome.hbs']);
  assert.equal(statSync(join(dir, 'locked.hbs')).mode & 0o777, 0o444);
  assert.notEqual(readFileSync(join(dir, 'open.hbs'), 'utf8'), COLD['welcome.hbs']);
});

test('--fix-dry-run prints a unified diff and changes nothing', () => {
  const dir = project({ 'welcome.hbs': COLD['welcome.hbs'] });
  const r = warmly(['lint', 'welcome.hbs', '--fix-dry-run'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^--- a\/welcome\.hbs\n\+\+\+ b\/welcome\.hbs\n@@ -1,4 \+1,4 @@/m);
  assert.match(r.stdout, /^-<p>Please do not reply to this email\.<\/p>$/m);
  assert.match(r.stdout, /^\+<p>.*reply.*<\/p>$/m);
  assert.equal(readFileSync(join(dir, 'welcome.hbs'), 'utf8'), COLD['welcome.hbs']);
});

test('--fix-type limits which rules fix', () => {
  const dir = project({ 'welcome.hbs': COLD['welcome.hbs'] });
  const r = warmly(['lint', 'welcome.hbs', '--fix', '--fix-type', 'no-reply', '-f', 'json'], { cwd: dir });
  const text = readFileSync(join(dir, 'welcome.hbs'), 'utf8');
  assert.ok(!text.includes('do not reply'));
  assert.ok(text.includes('Dear customer') && text.includes('The Acme Team'), text);
  const ids = JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
  assert.ok(ids.includes('generic-greeting') && !ids.includes('no-reply'), ids.join());
  const two = project({ 'welcome.hbs': COLD['welcome.hbs'] });
  warmly(['lint', 'welcome.hbs', '--fix', '--fix-type', 'generic-greeting,faceless-signoff'], { cwd: two });
  const t2 = readFileSync(join(two, 'welcome.hbs'), 'utf8');
  assert.ok(t2.includes('do not reply') && !t2.includes('Dear customer'), t2);
});

test('--stdin --fix prints the fixed text', () => {
  const dir = project({});
  const r = warmly(['lint', '--stdin', '--stdin-filename', 'welcome.hbs', '--fix'], { cwd: dir, input: COLD['welcome.hbs'] });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.startsWith('<p>'));
  assert.ok(!r.stdout.includes('do not reply'));
  assert.ok(r.stdout.includes('{{order.number}}'));
});
