/**
 * What a `warmly lint` run finds and how it reads it, on the awkward corners of real folders: UTF-16 files,
 * symlinks that dangle, loop or lead back up the tree, folders the user may not read, and old-Mac line endings.
 * Runs the built CLI (npm run build) as a process.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLD, NOBODY, runCli, tempDir as makeTempDir } from './support/cli-process';
import { test } from 'node:test';

const tempDir = () => makeTempDir('warmly-walk-');
const warmly = runCli;

function rulesOf(stdout: string): Record<string, string[]> {
  const reports = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
  return Object.fromEntries(reports.map((r) => [r.filePath, r.messages.map((m) => m.ruleId ?? m.message)]));
}

for (const encoding of ['utf-16le', 'utf-16be'] as const) {
  test(`a ${encoding.toUpperCase()} file with a byte-order mark is linted, and --fix writes it back in ${encoding.toUpperCase()}`, () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'mail.txt');
      const encode = (s: string) => {
        const b = Buffer.from(`\ufeff${s}`, 'utf16le');
        return encoding === 'utf-16be' ? b.swap16() : b;
      };
      writeFileSync(file, encode(COLD));
      const r = warmly(['lint', '-f', 'json', 'mail.txt'], dir);
      assert.ok(rulesOf(r.stdout)[file].includes('no-reply'), `findings: ${r.stdout}`);
      warmly(['lint', '--fix', 'mail.txt'], dir);
      const bytes = readFileSync(file);
      assert.deepEqual([...bytes.subarray(0, 2)], encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff], 'the byte-order mark is kept');
      const text = new TextDecoder(encoding).decode(bytes);
      assert.notEqual(text, COLD, 'the fix was written');
      assert.doesNotMatch(text, /do not reply/);
      assert.match(text, /^Dear|^Hi|^Hello/, `still ${encoding} text: ${JSON.stringify(text.slice(0, 40))}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('a dangling and a self-looping symlink in a walked folder are warned about, and the run goes on', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'mail.txt'), COLD);
    symlinkSync('nowhere.txt', join(dir, 'dangling.txt'));
    symlinkSync('loop.txt', join(dir, 'loop.txt'));
    const r = warmly(['lint', '-f', 'json', '.'], dir);
    assert.equal(r.status, 1, `exit ${r.status} (1: findings in mail.txt); stderr: ${r.stderr}`);
    assert.ok(rulesOf(r.stdout)[join(dir, 'mail.txt')].includes('no-reply'));
    assert.match(r.stderr, /warning: dangling\.txt: skipped: a symlink to nothing/);
    assert.match(r.stderr, /warning: loop\.txt: skipped: a symlink that loops/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a subfolder the user may not read is reported and the run exits 2, not 0', { skip: process.getuid?.() !== 0 && 'needs root to run as another user' }, () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'fine.txt'), 'Hi Sam,\n\nJust reply to this email: I read every reply.\n\nMaria\n');
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'cold.txt'), COLD);
    chmodSync(join(dir, 'locked'), 0o700); // root's; the unprivileged user below cannot list it
    const r = warmly(['lint', '.'], dir, NOBODY);
    assert.match(r.stderr, /locked: folder skipped: cannot read it \(permission denied\)/);
    assert.equal(r.status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a glob does not follow a directory symlink back up the tree: every file is linted once', () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir, 'mails'));
    writeFileSync(join(dir, 'mails', 'a.txt'), COLD);
    symlinkSync('..', join(dir, 'mails', 'up'));
    const r = warmly(['lint', '-f', 'json', '**/*.txt'], dir);
    assert.deepEqual(Object.keys(rulesOf(r.stdout)), [join(dir, 'mails', 'a.txt')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('in a lone-CR file a line ends at CR: a sentence rewrite does not swallow the next line', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'mail.txt');
    writeFileSync(file, 'Hi Sam,\r\rThis inbox is not monitored, so please do not reply\rThanks for your order.\r');
    warmly(['lint', '--fix', 'mail.txt'], dir);
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /do not reply/, 'the fix was made');
    assert.match(text, /\rThanks for your order\.\r/, `the next line was swallowed: ${JSON.stringify(text)}`);
    assert.doesNotMatch(text, /\n|\.\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
