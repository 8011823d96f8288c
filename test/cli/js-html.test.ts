/**
 * The CLI on a Node app whose emails are modules returning HTML (test/fixtures/js-html/app): a walk and a glob lint
 * the email modules and skip the helpers, the Express handler, the lit view, the React component, the page and the
 * test; `--fix` writes rewrites into the emails' text and leaves modules that parse with the same emails.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, test } from 'node:test';
import { parse } from '@babel/parser';
import { ensureBuilt, project, warmly } from './helpers';

before(ensureBuilt);

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'js-html', 'app');
const filesUnder = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
const APP = Object.fromEntries(filesUnder(FIXTURES).map((f) => [relative(FIXTURES, f), readFileSync(f, 'utf8')]));
const EMAILS = ['emails/account-locked.js', 'emails/card.ts', 'emails/sign-in.js', 'emails/welcome.js'];

const filesOf = (stdout: string, dir: string) => (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath.slice(dir.length + 1)).sort();

test('a walk and a glob lint the modules that return an email, and no other code', () => {
  const dir = project(APP);
  const r = warmly(['lint', '.', '--format', 'json'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr); // account-locked.js says "please don't reply": an error
  assert.deepEqual(filesOf(r.stdout, dir), EMAILS);
  const g = warmly(['lint', '**/*.{js,ts}', '--format', 'json'], { cwd: dir });
  assert.deepEqual(filesOf(g.stdout, dir), EMAILS);
});

test('findings point at the email\'s words in the module', () => {
  const dir = project(APP);
  const r = warmly(['lint', 'emails/account-locked.js'], { cwd: dir });
  const lines = r.stdout.split('\n').filter((l) => /^\s+\d+:\d+/.test(l)).map((l) => l.trim().replace(/\s+/g, ' '));
  assert.deepEqual(lines.map((l) => `${l.split(' ')[0]} ${l.split(' ').at(-1)}`), [
    '17:19 generic-greeting', '18:19 robotic-phrasing', '19:14 non-apology', '20:49 no-reply', '21:33 missing-contact',
  ]);
});

test('--fix writes into the emails\' text and leaves modules that parse', () => {
  const dir = project(APP);
  const r = warmly(['lint', '--fix', 'emails'], { cwd: dir });
  assert.match(r.stdout + r.stderr, /Fixed \d+ problems?/);
  for (const file of EMAILS) {
    const text = readFileSync(join(dir, file), 'utf8');
    parse(text, { sourceType: 'unambiguous', plugins: file.endsWith('.ts') ? ['typescript'] : [] });
  }
  const fixed = readFileSync(join(dir, 'emails/account-locked.js'), 'utf8');
  assert.match(fixed, /<p>I'm sorry we got this wrong\. Your \\`reset\\` link/);
  assert.equal(readFileSync(join(dir, 'emails/welcome.js'), 'utf8'), APP['emails/welcome.js']);
});
