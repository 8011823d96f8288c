/**
 * Settings and config files as the built server sees them: editor settings (pushed and pulled), .warmlyrc.json
 * changes announced through didChangeWatchedFiles, and a broken config file that gets a diagnostic of its own
 * while the server keeps serving.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Client, PUSH_CLIENT, tempWorkspace, uriOf } from './harness';

const TEXT = 'Dear customer,\n\nPlease do not reply to this email.\n';
const codes = (ds: { code?: string | number }[]) => ds.map((d) => d.code);

test('didChangeConfiguration with settings (client without workspace/configuration)', async () => {
  const dir = tempWorkspace();
  const client = await Client.start({ workspaceFolder: dir });
  try {
    const uri = uriOf(join(dir, 'a.txt'));
    await client.open(uri, 'plaintext', TEXT);
    assert.ok(codes(await client.waitForDiagnostics(uri, 1)).includes('generic-greeting'));
    await client.notify('workspace/didChangeConfiguration', { settings: { warmly: { debounceMs: 0, rules: { 'generic-greeting': 'off', 'no-reply': 'info' } } } });
    const after = await client.waitForLatest(uri, (ds) => !codes(ds).includes('generic-greeting'), 'generic-greeting turned off');
    assert.equal(after.find((d) => d.code === 'no-reply')?.severity, 3, 'no-reply is now information');
    await client.notify('workspace/didChangeConfiguration', { settings: { warmly: { enable: false } } });
    await client.waitForLatest(uri, (ds) => ds.length === 0, 'nothing when disabled');
  } finally {
    await client.stop();
  }
});

test('settings pulled with workspace/configuration per document, re-read on didChangeConfiguration', async () => {
  const dir = tempWorkspace();
  let settings: Record<string, unknown> = { debounceMs: 0 };
  const asked: (string | undefined)[] = [];
  const client = await Client.start({
    workspaceFolder: dir,
    capabilities: { ...PUSH_CLIENT, workspace: { ...PUSH_CLIENT.workspace, configuration: true } },
    configuration: (items) => items.map((i) => { asked.push(i.scopeUri); return i.section === 'warmly' ? settings : null; }),
  });
  try {
    const uri = uriOf(join(dir, 'b.txt'));
    await client.open(uri, 'plaintext', TEXT);
    assert.ok(codes(await client.waitForDiagnostics(uri, 1)).includes('no-reply'));
    assert.ok(asked.includes(uri), 'asked with the document as scopeUri');
    settings = { debounceMs: 0, rules: { 'no-reply': 'off' } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitForLatest(uri, (ds) => !codes(ds).includes('no-reply') && codes(ds).includes('generic-greeting'), 'no-reply off');
  } finally {
    await client.stop();
  }
});

test('.warmlyrc.json changes are picked up through didChangeWatchedFiles, watchers registered dynamically', async () => {
  const dir = tempWorkspace();
  const client = await Client.start({ workspaceFolder: dir });
  try {
    const watchers = await client.until(() => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'), 'watcher registration');
    const globs = (watchers.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    assert.ok(globs.includes('**/.warmlyrc.json') && globs.includes('**/package.json'), `${globs}`);
    const uri = uriOf(join(dir, 'c.txt'));
    await client.open(uri, 'plaintext', TEXT);
    assert.ok(codes(await client.waitForDiagnostics(uri, 1)).includes('generic-greeting'));
    const rc = join(dir, '.warmlyrc.json');
    writeFileSync(rc, JSON.stringify({ rules: { 'generic-greeting': 'error' } }));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 1 }] });
    await client.waitForLatest(uri, (ds) => ds.find((d) => d.code === 'generic-greeting')?.severity === 1, 'greeting becomes an error');
    writeFileSync(rc, JSON.stringify({ rules: { 'generic-greeting': 'off' } }));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 2 }] });
    await client.waitForLatest(uri, (ds) => !codes(ds).includes('generic-greeting'), 'greeting off');
  } finally {
    await client.stop();
  }
});

test('a malformed config file gets an error diagnostic naming the key; linting goes on with the last good settings', async () => {
  const dir = tempWorkspace();
  const rc = join(dir, '.warmlyrc.json');
  writeFileSync(rc, JSON.stringify({ rules: { 'no-reply': 'off' } }, null, 2));
  const client = await Client.start({ workspaceFolder: dir });
  try {
    const uri = uriOf(join(dir, 'd.txt'));
    await client.open(uri, 'plaintext', TEXT);
    const first = await client.waitForDiagnostics(uri, 1);
    assert.ok(!codes(first).includes('no-reply') && codes(first).includes('generic-greeting'));

    // A typo in a severity: the file is broken.
    writeFileSync(rc, '{\n  "rules": {\n    "no-reply": "of"\n  }\n}\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 2 }] });
    const problems = await client.waitForLatest(uriOf(rc), (ds) => ds.length > 0, 'a diagnostic on the config file');
    assert.equal(problems[0].severity, 1);
    assert.equal(problems[0].source, 'warmly');
    assert.match(problems[0].message as string, /rules\.no-reply/);
    assert.equal(problems[0].range.start.line, 2, 'points at the bad value');

    // The document is re-linted with the last good settings: no-reply stays off, the server still answers.
    await client.change(uri, 2, [{ text: TEXT + '\nThanks!\n' }]);
    const during = await client.waitForDiagnostics(uri, 2);
    assert.ok(!codes(during).includes('no-reply') && codes(during).includes('generic-greeting'), `${codes(during)}`);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.ok(hover, 'the server keeps serving');

    // Fixed again: the config diagnostic is cleared and the new settings apply.
    writeFileSync(rc, JSON.stringify({ rules: { 'no-reply': 'off', 'generic-greeting': 'off' } }));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 2 }] });
    await client.waitForLatest(uriOf(rc), (ds) => ds.length === 0, 'config diagnostic cleared');
    await client.waitForLatest(uri, (ds) => !codes(ds).includes('generic-greeting'), 'new settings apply');
  } finally {
    await client.stop();
  }
});

test('a config broken before the server starts is reported when a document needs it', async () => {
  const dir = tempWorkspace();
  const rc = join(dir, '.warmlyrc.json');
  writeFileSync(rc, '{ "rules": { "generic-greting": "off" } }');
  const client = await Client.start({ workspaceFolder: dir });
  try {
    const uri = uriOf(join(dir, 'e.txt'));
    await client.open(uri, 'plaintext', TEXT);
    const problems = await client.waitForLatest(uriOf(rc), (ds) => ds.length > 0, 'a diagnostic on the config file');
    assert.match(problems[0].message as string, /generic-greting/);
    assert.ok(codes(await client.waitForDiagnostics(uri, 1)).includes('generic-greeting'), 'linting goes on with defaults');
  } finally {
    await client.stop();
  }
});

test('run: onSave lints on open and save, not on every change', async () => {
  const dir = tempWorkspace();
  const client = await Client.start({ workspaceFolder: dir, initializationOptions: { settings: { debounceMs: 0, run: 'onSave' } } });
  try {
    const uri = uriOf(join(dir, 'f.txt'));
    await client.open(uri, 'plaintext', 'Hi Sam,\n');
    assert.deepEqual(await client.waitForDiagnostics(uri, 1), []);
    await client.change(uri, 2, [{ text: 'Dear customer,\n' }]);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(client.diagnostics.get(uri)!.length, 1, 'no lint on change');
    await client.notify('textDocument/didSave', { textDocument: { uri } });
    assert.ok(codes(await client.waitForDiagnostics(uri, 2)).includes('generic-greeting'));
  } finally {
    await client.stop();
  }
});
