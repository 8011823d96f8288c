/**
 * Output injection (issue #11, finding 4), with the CLI as a process: a file named with a newline and
 * "::error file=…::", a file named with ANSI escapes, and a broken merge tag whose quoted text holds ESC
 * sequences. No output format may let them through: no extra GitHub workflow command (the runner reads stdout
 * and stderr), no ESC byte, no line break inside a file name or message.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { ensureBuilt, project, warmly } from './helpers';

before(ensureBuilt);

const INJECTED = 'x\n::error file=evil.txt,line=1::injected\n.txt';
const ANSI = '\u001b[2J\u001b[31mred\u001b[0m.txt';
const COLD = 'Dear customer,\n\nPlease do not reply to this email.\n';
const BROKEN_TAG = 'Hi {{first_name \u001b[2J\u001b[31m\u009b6n,\n\nThanks for your order.\n';

function workspace(): string {
  return project({ [INJECTED]: COLD, [ANSI]: COLD, 'broken.hbs': BROKEN_TAG });
}

/** Lines that GitHub's runner would take for a workflow command. */
const commands = (out: string) => out.split(/\r?\n|\r/).filter((l) => l.startsWith('::'));

test('stylish: file names and quoted template text are printed escaped', () => {
  const dir = workspace();
  const r = warmly(['lint', '.', '--format', 'stylish'], { cwd: dir, env: { FORCE_COLOR: '0' } });
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(commands(r.stdout), [], r.stdout);
  assert.deepEqual(commands(r.stderr), [], r.stderr);
  assert.ok(!/[\u001b\u009b]/.test(r.stdout), `no escape sequence reaches the terminal:\n${JSON.stringify(r.stdout)}`);
  assert.ok(r.stdout.includes('x\\n::error file=evil.txt,line=1::injected\\n.txt'), r.stdout);
  assert.ok(r.stdout.includes('\\x1b[2J\\x1b[31mred\\x1b[0m.txt'), r.stdout);
  assert.ok(r.stdout.includes('{{first_name \\x1b[2J'), r.stdout);
});

test('github: one workflow command per finding, the file name kept inside its property', () => {
  const dir = workspace();
  const r = warmly(['lint', '.', '--format', 'github'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  for (const line of lines) assert.match(line, /^::(error|warning|notice) file=[^:]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::/, line);
  assert.ok(!lines.some((l) => /file=evil\.txt/.test(l) && !l.includes('%3A%3Aerror')), 'the injected command stays data');
  assert.ok(!/[\u001b\u009b]/.test(r.stdout), JSON.stringify(r.stdout));
  assert.deepEqual(commands(r.stderr), []);
});

test('junit and sarif: no raw control characters in names or messages', () => {
  const dir = workspace();
  const junit = warmly(['lint', '.', '--format', 'junit'], { cwd: dir });
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(junit.stdout), JSON.stringify(junit.stdout.slice(0, 2000)));
  assert.ok(!/classname="[^"]*\n/.test(junit.stdout), 'no newline inside an attribute');
  const sarif = JSON.parse(warmly(['lint', '.', '--format', 'sarif'], { cwd: dir }).stdout);
  for (const result of sarif.runs[0].results) assert.ok(!/[\u0000-\u001f\u007f-\u009f]/.test(result.message.text), result.message.text);
});

test('stderr: an error message naming a hostile path stays one escaped line', () => {
  const dir = workspace();
  const r = warmly(['lint', 'broken.hbs', '--config', 'nope\n::error file=evil.txt::boom\u001b[2J.json'], { cwd: dir });
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
  assert.deepEqual(commands(r.stderr), []);
  assert.ok(!r.stderr.includes('\u001b'), JSON.stringify(r.stderr));
});
