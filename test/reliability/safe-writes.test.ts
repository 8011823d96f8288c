/**
 * `--fix` never loses or misplaces data: an edit made while the fix ran survives, and only regular files inside
 * the linted folders that the user may write are written, keeping their owner and their hard links.
 * Runs the built CLI (npm run build) as a process, and as an unprivileged user where the test is about rights.
 */
import assert from 'node:assert/strict';
import { appendFileSync, chmodSync, chownSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLD, NOBODY, runCli, tempDir as makeTempDir } from './support/cli-process';
import { test } from 'node:test';
import { readTemplate } from '../../server/cli/lint-file';
import { writeAtomically } from '../../server/cli/write';

const tempDir = () => makeTempDir('warmly-writes-');
const fix = (args: string[], cwd: string, uid?: number) => runCli(['lint', '--fix', ...args], cwd, uid);

test('an edit made after the file was read is not overwritten: the write is skipped with a reason', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'mail.txt');
    writeFileSync(file, COLD);
    const read = readTemplate(file);
    assert.ok('text' in read);
    appendFileSync(file, 'P.S. written by a colleague while the fix ran\n');
    const problem = writeAtomically(file, 'the fixed text\n', { snapshot: read.snapshot });
    assert.match(problem ?? '', /changed while Warmly was fixing it/);
    assert.match(readFileSync(file, 'utf8'), /P\.S\. written by a colleague/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an edit of the same size with the old modification time is still noticed (content hash)', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'mail.txt');
    writeFileSync(file, COLD);
    const before = statSync(file);
    const read = readTemplate(file);
    writeFileSync(file, COLD.replace('Dear', 'DEAR'));
    utimesSync(file, before.atime, before.mtime);
    assert.match(writeAtomically(file, 'the fixed text\n', { snapshot: 'snapshot' in read ? read.snapshot : undefined }) ?? '', /changed/);
    assert.match(readFileSync(file, 'utf8'), /DEAR/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a symlink inside the linted folder that points outside it is not written through', () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir, 'templates'));
    mkdirSync(join(dir, 'elsewhere'));
    const outside = join(dir, 'elsewhere', 'notes.txt');
    writeFileSync(outside, COLD);
    symlinkSync(outside, join(dir, 'templates', 'notes.txt'));
    writeFileSync(join(dir, 'templates', 'own.txt'), COLD);
    const r = fix(['templates'], dir);
    assert.equal(readFileSync(outside, 'utf8'), COLD, 'the file outside the linted folder was rewritten');
    assert.notEqual(readFileSync(join(dir, 'templates', 'own.txt'), 'utf8'), COLD, 'the file inside is fixed');
    assert.match(r.stderr, /notes\.txt: not fixed: it is a symlink to .*outside the linted folders/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a root-owned 0644 file in a folder everyone may write is not replaced by an unprivileged user', { skip: process.getuid?.() !== 0 && 'needs root to create the other user\'s file' }, () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'mail.txt');
    writeFileSync(file, COLD);
    chmodSync(file, 0o644); // owned by root: others may read it, not write it
    const r = fix(['mail.txt'], dir, NOBODY);
    assert.equal(readFileSync(file, 'utf8'), COLD, 'a file the user may not write was replaced');
    assert.equal(statSync(file).uid, 0, 'its owner changed');
    assert.match(r.stderr, /not fixed: you may not write this file/);
    assert.equal(r.status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a fixed file keeps its owner, and a file with hard links is not split from its twin', { skip: process.getuid?.() !== 0 && 'needs root to chown' }, () => {
  const dir = tempDir();
  try {
    const owned = join(dir, 'owned.txt');
    writeFileSync(owned, COLD);
    chownSync(owned, 1234, 1234);
    const linked = join(dir, 'linked.txt');
    writeFileSync(linked, COLD);
    mkdirSync(join(dir, 'backup'));
    linkSync(linked, join(dir, 'backup', 'twin.txt'));
    const r = fix(['owned.txt', 'linked.txt'], dir);
    assert.notEqual(readFileSync(owned, 'utf8'), COLD, 'the owned file is fixed');
    assert.equal(statSync(owned).uid, 1234, 'the fixed file lost its owner');
    assert.equal(statSync(linked).nlink, 2, 'the hard link was split');
    assert.equal(readFileSync(join(dir, 'backup', 'twin.txt'), 'utf8'), readFileSync(linked, 'utf8'), 'the two names show different text');
    assert.match(r.stderr, /linked\.txt: not fixed: it has 2 hard links/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
