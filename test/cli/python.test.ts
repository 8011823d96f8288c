/**
 * The CLI on a project with a Telegram bot and a Django app: a walk lints the bot's modules of replies and skips the
 * settings, the scripts and the tests; a module named on the command line is read as Python whatever it is; `--fix`
 * writes rewrites inside the literals and leaves modules that parse with the same strings.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { parser } from '@lezer/python';
import { ensureBuilt, project, warmly } from './helpers';

before(ensureBuilt);

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'python');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const APP = {
  'bot/handlers/support.py': fixture('bot/handlers/support.py'),
  'bot/texts.py': fixture('bot/texts.py'),
  'proj/settings.py': fixture('proj/settings.py'),
  'scripts/backup.py': fixture('scripts/backup.py'),
  'tests/test_texts.py': `from bot.texts import WELCOME\n\n\ndef test_welcome():\n    assert WELCOME.startswith("Hello"), "Dear customer, the welcome text changed"\n`,
};

const filesOf = (stdout: string, dir: string) => (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath.slice(dir.length + 1)).sort();

test('a walk lints the bot\'s modules of replies and skips ordinary Python', () => {
  const dir = project(APP);
  const r = warmly(['lint', '.', '--format', 'json'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr); // warnings only: the one no-reply is suppressed
  assert.deepEqual(filesOf(r.stdout, dir), ['bot/handlers/support.py', 'bot/texts.py']);
  // A folder named on the command line: its own name counts (`bot/`), as do the folders below it.
  const named = warmly(['lint', 'bot', '--format', 'json'], { cwd: join(dir) });
  assert.deepEqual(filesOf(named.stdout, dir), ['bot/handlers/support.py', 'bot/texts.py']);
  // A glob reaches every module: the same test applies.
  const g = warmly(['lint', '**/*.py', '--format', 'json'], { cwd: dir });
  assert.deepEqual(filesOf(g.stdout, dir), ['bot/handlers/support.py', 'bot/texts.py']);
});

test('a module named on the command line is read as Python, and code is never prose', () => {
  const dir = project(APP);
  const r = warmly(['lint', 'scripts/backup.py'], { cwd: dir });
  assert.equal(r.status, 0, r.stdout);
  const texts = warmly(['lint', 'bot/texts.py'], { cwd: dir });
  const lines = texts.stdout.split('\n').filter((l) => /^\s+\d+:\d+/.test(l)).map((l) => l.trim().replace(/\s+/g, ' '));
  assert.deepEqual(lines.map((l) => `${l.split(' ')[0]} ${l.split(' ').at(-1)}`), [
    '7:5 non-apology', '8:5 robotic-phrasing', '11:5 faceless-signoff', '12:40 generic-greeting', '14:9 generic-greeting', '16:11 robotic-phrasing', '17:9 robotic-phrasing',
  ]);
});

test('--fix writes inside the literals and leaves modules that parse with the same strings', () => {
  const dir = project(APP);
  const r = warmly(['lint', '--fix', 'bot'], { cwd: dir });
  assert.match(r.stdout + r.stderr, /Fixed \d+ problems?/);
  const shape = (text: string) => {
    let strings = 0;
    let errors = 0;
    parser.parse(text).iterate({ enter: (n) => { if (n.name === 'String' || n.name === 'FormatString') strings++; else if (n.type.isError) errors++; } });
    return `${strings} strings, ${errors} errors`;
  };
  for (const file of ['bot/handlers/support.py', 'bot/texts.py'] as const) {
    const text = readFileSync(join(dir, file), 'utf8');
    assert.notEqual(text, APP[file], `${file} was fixed`);
    assert.equal(shape(text), shape(APP[file]), file);
  }
  assert.match(readFileSync(join(dir, 'bot/texts.py'), 'utf8'), /REFUND = 'We\\'ve received your refund request\.'/);
});
