/**
 * Config files an attacker or an unlucky user wrote (issue #11, findings 3 and 11): special files, huge files,
 * YAML alias bombs and deep nesting each give one line on stderr naming the file, exit 2, and never grow the
 * process. The CLI runs with a 256 MB heap, so code that reads such a file whole fails these tests instead of
 * eating the machine.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { BIN, ensureBuilt, project } from './helpers';

before(ensureBuilt);

const TEMPLATE = 'Hi {{first_name}},\n\nThanks for your order.\n';
const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=256' };

/**
 * The CLI as a process. The kill after 60 s is a guard, not a measurement: a fixed CLI answers in well under a
 * second; the old one read /dev/zero until the machine ran out of memory.
 */
function warmly(args: string[], opts: { cwd: string; env?: Record<string, string> }) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd, encoding: 'utf8', env: { ...process.env, ...opts.env }, timeout: 60_000, maxBuffer: 1 << 20 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Exit 2 and exactly one line on stderr that names `file` and says `problem`; no stack trace. */
function assertOneLineError(r: { status: number | null; stderr: string }, file: string, problem: RegExp): void {
  assert.equal(r.status, 2, r.stderr.slice(0, 500));
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line, got:\n${r.stderr.slice(0, 1000)}`);
  assert.ok(lines[0].includes(file), `names ${file}: ${lines[0]}`);
  assert.match(lines[0], problem);
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
}

test('"extends": "/dev/zero" is refused before it is read', () => {
  const dir = project({ '.warmlyrc.json': '{"extends": "/dev/zero"}', 'a.hbs': TEMPLATE });
  const r = warmly(['lint', 'a.hbs'], { cwd: dir, env: SMALL_HEAP });
  assertOneLineError(r, '/dev/zero', /not a data file/);
  // The same special file behind a name with a data extension: the type check stops it.
  const linked = project({ '.warmlyrc.json': '{"extends": "./zero.json"}', 'a.hbs': TEMPLATE });
  symlinkSync('/dev/zero', join(linked, 'zero.json'));
  assertOneLineError(warmly(['lint', 'a.hbs'], { cwd: linked, env: SMALL_HEAP }), 'zero.json', /not a regular file/);
});

test('a discovered .warmlyrc.json that links to /dev/zero is refused', () => {
  const dir = project({ 'a.hbs': TEMPLATE });
  symlinkSync('/dev/zero', join(dir, '.warmlyrc.json'));
  const r = warmly(['lint', 'a.hbs'], { cwd: dir, env: SMALL_HEAP });
  assertOneLineError(r, '.warmlyrc.json', /not a regular file/);
});

test('"extends" to a file without a data extension is refused by name', () => {
  const dir = project({ '.warmlyrc.json': '{"extends": "./base.txt"}', 'base.txt': '{}', 'a.hbs': TEMPLATE });
  const r = warmly(['lint', 'a.hbs'], { cwd: dir });
  assertOneLineError(r, 'base.txt', /not a data file/);
});

test('a config file over 1 MiB is refused, not parsed', () => {
  const big = `{"rules": {}, "ignore": [${Array.from({ length: 120_000 }, () => '"some/long/ignored/path/**"').join(',')}]}`;
  const dir = project({ '.warmlyrc.json': '{"extends": "./big.json"}', 'big.json': big, 'a.hbs': TEMPLATE });
  const r = warmly(['lint', 'a.hbs'], { cwd: dir });
  assertOneLineError(r, 'big.json', /byte limit/);
});

test('a YAML alias bomb is one line naming the file (was "internal error" with a stack trace)', () => {
  let bomb = 'lol0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < 9; i++) bomb += `lol${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
  const dir = project({ '.warmlyrc.yaml': bomb, 'a.hbs': TEMPLATE });
  const r = warmly(['lint', 'a.hbs'], { cwd: dir, env: SMALL_HEAP });
  assertOneLineError(r, '.warmlyrc.yaml', /alias/);
});

test('deeply nested values are refused with a depth limit', () => {
  const deep = `{"rules": {"no-reply": {"options": ${'['.repeat(5000)}${']'.repeat(5000)}}}}`;
  const dir = project({ '.warmlyrc.json': deep, 'a.hbs': TEMPLATE });
  const r = warmly(['lint', 'a.hbs'], { cwd: dir });
  assertOneLineError(r, '.warmlyrc.json', /levels deep/);
  const yaml = project({ '.warmlyrc.yml': `rules: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`, 'a.hbs': TEMPLATE });
  const y = warmly(['lint', 'a.hbs'], { cwd: yaml, env: SMALL_HEAP });
  assert.equal(y.status, 2, y.stderr.slice(0, 500));
  assert.equal(y.stderr.trimEnd().split('\n').length, 1, y.stderr.slice(0, 1000));
  assert.match(y.stderr, /\.warmlyrc\.yml/);
});
