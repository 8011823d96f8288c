/**
 * What a cold start loads: the CLI linting one plain-text file, and the language server up to its first
 * diagnostics, load none of the format parsers (see server/engine/lazy.ts) and neither node:crypto nor
 * node:child_process (the code cache checks with CRC-32, the --fix guard keeps bytes, git and the protocol library's
 * pipe names and npm look-ups require theirs on first use). Read from the process's own process.moduleLoadList
 * (Node's list of the built-in modules it loaded), written at exit by a preloaded script; never from timing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Client, ensureBuilt, ROOT, tempWorkspace, uriOf } from './harness';

/** A preload that writes the main thread's built-in modules to $WARMLY_TEST_MODULES when the process exits. */
function preload(dir: string): string {
  const file = join(dir, 'record-modules.cjs');
  writeFileSync(file, `'use strict';
if (require('worker_threads').isMainThread && process.env.WARMLY_TEST_MODULES) {
  const out = process.env.WARMLY_TEST_MODULES;
  process.on('exit', () => require('fs').writeFileSync(out, JSON.stringify(process.moduleLoadList)));
}
`);
  return file;
}

const builtins = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as string[]).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
const NOT_AT_START = ['crypto', 'child_process'];

test('the CLI linting a plain-text file loads neither node:crypto nor node:child_process', () => {
  ensureBuilt();
  const dir = tempWorkspace('warmly-modules-');
  const note = join(dir, 'note.txt');
  writeFileSync(note, 'Hi Omid,\n\nYour new card is in the post; write back if it has not come by Monday.\n\nBest,\nLeila\n');
  const out = join(dir, 'modules.json');
  const r = spawnSync(process.execPath, ['--require', preload(dir), join(ROOT, 'server', 'bin', 'warmly.js'), 'lint', note], { encoding: 'utf8', env: { ...process.env, WARMLY_TEST_MODULES: out } });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const loaded = builtins(out);
  assert.ok(loaded.includes('fs') && loaded.includes('vm'), 'the list is the real one');
  for (const m of NOT_AT_START) assert.equal(loaded.includes(m), false, `node:${m} is not loaded`);
});

test('the language server up to its first diagnostics loads neither node:crypto nor node:child_process', async () => {
  ensureBuilt();
  const dir = tempWorkspace('warmly-modules-');
  const out = join(dir, 'modules.json');
  process.env.WARMLY_TEST_MODULES = out;
  let client: Client | undefined;
  try {
    client = await Client.start({ workspaceFolder: dir, nodeArgs: ['--require', preload(dir)] });
    const uri = uriOf(join(dir, 'note.txt'));
    await client.open(uri, 'plaintext', 'Dear customer,\n\nThis mailbox is not monitored.\n');
    const diagnostics = await client.waitForDiagnostics(uri, 1);
    assert.ok(diagnostics.length > 0);
  } finally {
    delete process.env.WARMLY_TEST_MODULES;
    assert.equal(await client?.stop(), 0);
  }
  assert.ok(existsSync(out), 'the server wrote its list at exit');
  const loaded = builtins(out);
  assert.ok(loaded.includes('fs') && loaded.includes('vm'), 'the list is the real one');
  for (const m of NOT_AT_START) assert.equal(loaded.includes(m), false, `node:${m} is not loaded`);
});
