/**
 * The CLI on a web app with React email components: a walk lints the components that are emails (by the library they
 * import or the folder they sit in) and skips the app's other components; a file named on the command line is linted
 * whatever it is; a component that does not parse is one error with its file and line, and `--fix` leaves it alone.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { parse } from '@babel/parser';
import { ensureBuilt, project, warmly } from './helpers';

before(ensureBuilt);

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'jsx');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const APP = {
  'emails/password-reset.tsx': fixture('emails/password-reset.tsx'),
  'emails/welcome.tsx': fixture('emails/welcome.tsx'),
  'src/notifications/TrialEnding.jsx': fixture('src/notifications/TrialEnding.jsx'),
  'src/components/PricingCard.tsx': fixture('src/components/PricingCard.tsx'),
  // In an email folder, with no email import: a plain React email written with lowercase elements.
  'src/mail/Receipt.tsx': 'export default function Receipt({ total }: { total: string }) {\n  return <p>Dear customer, your receipt for {total} is attached.</p>;\n}\n',
};

const filesOf = (stdout: string, dir: string) => (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath.slice(dir.length + 1)).sort();

test('a walk lints email components and skips the app\'s other React components', () => {
  const dir = project(APP);
  const r = warmly(['lint', '.', '--format', 'json'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(filesOf(r.stdout, dir), ['emails/password-reset.tsx', 'emails/welcome.tsx', 'src/mail/Receipt.tsx', 'src/notifications/TrialEnding.jsx']);
  // A glob reaches every component too: the same test applies.
  const g = warmly(['lint', 'src/**/*.tsx', '--format', 'json'], { cwd: dir });
  assert.deepEqual(filesOf(g.stdout, dir), ['src/mail/Receipt.tsx']);
  // Named on the command line, any component is linted.
  const named = warmly(['lint', 'src/components/PricingCard.tsx'], { cwd: dir });
  assert.equal(named.status, 1);
  assert.match(named.stdout, /generic-greeting/);
});

test('stylish output names the lines in the component', () => {
  const dir = project(APP);
  const r = warmly(['lint', 'emails/password-reset.tsx'], { cwd: dir });
  const lines = r.stdout.split('\n').filter((l) => /^\s+\d+:\d+/.test(l)).map((l) => l.trim().replace(/\s+/g, ' '));
  assert.deepEqual(lines.map((l) => `${l.split(' ')[0]} ${l.split(' ').at(-1)}`), [
    '23:17 generic-greeting', '25:59 robotic-phrasing', '32:43 no-reply', '35:13 missing-contact', '37:13 faceless-signoff',
  ]);
});

test('--fix writes components that still parse', () => {
  const dir = project(APP);
  const r = warmly(['lint', '--fix', 'emails', 'src/notifications'], { cwd: dir });
  assert.match(r.stdout + r.stderr, /Fixed \d+ problems?/);
  for (const file of ['emails/password-reset.tsx', 'src/notifications/TrialEnding.jsx']) {
    const text = readFileSync(join(dir, file), 'utf8');
    assert.notEqual(text, APP[file as keyof typeof APP], `${file} was fixed`);
    parse(text, { sourceType: 'module', plugins: file.endsWith('.jsx') ? ['jsx'] : ['jsx', 'typescript'] });
  }
});

test('a component that does not parse: an error with its file and line, never rewritten', () => {
  const broken = APP['emails/password-reset.tsx'].replace('<Text>Dear customer,</Text>', '<Text>Dear customer,</Txt>');
  const dir = project({ 'emails/broken.tsx': broken });
  const r = warmly(['lint', 'emails'], { cwd: dir });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /emails\/broken\.tsx\n\s+23:1\s+error\s+broken\.tsx does not parse as JSX \(.+, line 23, column \d+\), so Warmly did not lint its text\.\s+jsx-syntax/);
  warmly(['lint', '--fix', 'emails'], { cwd: dir });
  assert.equal(readFileSync(join(dir, 'emails/broken.tsx'), 'utf8'), broken);
});
