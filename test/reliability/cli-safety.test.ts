/**
 * The real CLI process on hostile files and failing disks: it reports, it never crashes, and `--fix` never
 * leaves a file half-written. (Line endings, BOM, mode, symlinks and read-only files are in test/cli/fix.test.ts.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { COLD, ensureBuilt, project, warmly } from '../cli/helpers';
import { corpusFiles } from './arbitraries';

before(ensureBuilt);

/** A crash shows as a stack trace or an uncaught error name on stderr. */
function assertNoCrash(r: { status: number | null; stderr: string }, what: string): void {
  assert.ok(r.status === 0 || r.status === 1 || r.status === 2, `${what}: exit ${r.status}\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /\n\s+at |TypeError|RangeError|ReferenceError|Maximum call stack/, `${what}: ${r.stderr}`);
}

test('binary, NUL, invalid UTF-8 and random-byte files are reported, not crashed on, and never rewritten by --fix', () => {
  const files: Record<string, Buffer> = {
    'nul.txt': Buffer.from('Dear customer,\u0000\nPlease do not reply.\n'),
    'latin1.html': Buffer.from('<p>Dear customer, caf\xe9</p>', 'latin1'),
    'truncated-utf8.md': Buffer.concat([Buffer.from('سلام مشتری گرامی'), Buffer.from([0xd8])]),
    'lone-surrogate.hbs': Buffer.from([0x48, 0x69, 0x20, 0xed, 0xa0, 0x80, 0x7b, 0x7b, 0x6e, 0x7d, 0x7d]),
    'empty.txt': Buffer.alloc(0),
    'only-bom.txt': Buffer.from([0xef, 0xbb, 0xbf]),
  };
  const random = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 3000 }), { numRuns: 40, seed: 7 });
  random.forEach((bytes, i) => { files[`random-${i}.${['txt', 'html', 'hbs', 'md', 'liquid'][i % 5]}`] = Buffer.from(bytes); });
  const dir = project(files);
  const lintRun = warmly(['lint', '.', '-f', 'json'], { cwd: dir });
  assertNoCrash(lintRun, 'lint');
  const reports: { filePath: string; messages: { ruleId: string | null; message: string; fatal?: boolean }[] }[] = JSON.parse(lintRun.stdout);
  const byName = Object.fromEntries(reports.map((r) => [r.filePath.slice(dir.length + 1), r.messages]));
  assert.match(byName['nul.txt'][0].message, /binary/);
  assert.match(byName['latin1.html'][0].message, /UTF-8/);
  assert.match(byName['truncated-utf8.md'][0].message, /UTF-8/);
  assert.match(byName['lone-surrogate.hbs'][0].message, /UTF-8/);

  const fixRun = warmly(['lint', '.', '--fix', '-f', 'json'], { cwd: dir });
  assertNoCrash(fixRun, 'lint --fix');
  for (const [name, bytes] of Object.entries(files)) {
    const fatal = byName[name]?.some((m) => m.fatal);
    if (fatal) assert.deepEqual(readFileSync(join(dir, name)), bytes, `${name} was reported unreadable and must not change`);
  }
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary files left behind');
});

test('--fix over mutated corpus files (truncated, lone CR, NUL, invalid bytes) never crashes and keeps CR line endings', () => {
  const corpus = corpusFiles().filter((_, i) => i % 6 === 0);
  const files: Record<string, Buffer> = {};
  corpus.forEach((f, i) => {
    const bytes = Buffer.from(f.text);
    const cut = (i * 7919) % Math.max(1, bytes.length);
    const base = f.name.replace(/[/\\]/g, '__');
    files[`cut-${base}`] = bytes.subarray(0, cut);
    files[`cr-${base}`] = Buffer.from(f.text.replace(/\r?\n/g, '\r'));
    files[`bad-${base}`] = Buffer.concat([bytes.subarray(0, cut), Buffer.from([0xff, 0xfe]), bytes.subarray(cut)]);
  });
  const dir = project(files);
  const r = warmly(['lint', '.', '--fix', '-f', 'json'], { cwd: dir });
  assertNoCrash(r, 'lint --fix over mutated corpus');
  for (const name of Object.keys(files).filter((n) => n.startsWith('cr-'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    assert.ok(!text.includes('\n'), `${name}: a lone-CR file gained LF line endings`);
  }
});

/** Mounts a small tmpfs for the duration of `body`; returns false (and says why) where mounting is not allowed. */
function withTmpfs(size: string, body: (mount: string) => void): boolean {
  const mount = mkdtempSync(join(tmpdir(), 'warmly-disk-'));
  const m = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mount], { encoding: 'utf8' });
  if (m.status !== 0) { rmSync(mount, { recursive: true, force: true }); console.warn(`NOT RUN: cannot mount a tmpfs here (${m.stderr.trim()}); the read-only file test in test/cli/fix.test.ts covers failed writes`); return false; }
  try { body(mount); } finally {
    spawnSync('umount', [mount]);
    rmSync(mount, { recursive: true, force: true });
  }
  return true;
}

const BIG_COLD = COLD['welcome.hbs'] + '<p>Thank you for your order.</p>\n'.repeat(1400);

test('a full disk during --fix leaves the original intact, removes the temporary file and exits 2 naming the file', (t) => {
  const ran = withTmpfs('64k', (disk) => {
    // ~46 KB: the file fits, but the fixed copy next to it does not.
    writeFileSync(join(disk, 'big.hbs'), BIG_COLD);
    const r = warmly(['lint', 'big.hbs', '--fix'], { cwd: disk });
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, /big\.hbs.*no space left/);
    assert.equal(readFileSync(join(disk, 'big.hbs'), 'utf8'), BIG_COLD, 'the original is intact');
    assert.deepEqual(readdirSync(disk), ['big.hbs'], 'no temporary file left behind');
  });
  if (!ran) t.skip('tmpfs not available (printed above)');
});

test('a read-only file system during --fix leaves the original intact and exits 2 naming the file', (t) => {
  const ran = withTmpfs('1m', (disk) => {
    mkdirSync(join(disk, 'mail'));
    writeFileSync(join(disk, 'mail', 'welcome.hbs'), COLD['welcome.hbs']);
    const ro = spawnSync('mount', ['-o', 'remount,ro', disk], { encoding: 'utf8' });
    assert.equal(ro.status, 0, ro.stderr);
    const r = warmly(['lint', 'mail', '--fix'], { cwd: disk });
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, /welcome\.hbs/);
    assert.equal(readFileSync(join(disk, 'mail', 'welcome.hbs'), 'utf8'), COLD['welcome.hbs']);
  });
  if (!ran) t.skip('tmpfs not available (printed above)');
});
