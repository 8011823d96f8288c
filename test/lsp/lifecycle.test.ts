/**
 * The server process: command-line flags, initialize/shutdown/exit over stdio, and the node IPC transport.
 */
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import { Client, ensureBuilt, ROOT, SERVER_BIN, tempWorkspace, uriOf } from './harness';
import { rules } from '../../rules';
import { RULES_REQUEST, type RulesResult } from '../../shared/protocol';

test('--version, --help, and a clear message without a transport', () => {
  ensureBuilt();
  const pkg = JSON.parse(spawnSync('node', ['-p', 'JSON.stringify(require("./server/package.json"))'], { cwd: ROOT, encoding: 'utf8' }).stdout);
  const version = spawnSync(process.execPath, [SERVER_BIN, '--version'], { encoding: 'utf8' });
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), pkg.version);
  const help = spawnSync(process.execPath, [SERVER_BIN, '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--stdio/);
  assert.match(help.stdout, /--node-ipc/);
  const none = spawnSync(process.execPath, [SERVER_BIN], { encoding: 'utf8' });
  assert.equal(none.status, 2);
  assert.match(none.stderr, /choose a transport/);
});

test('initialize advertises the features; shutdown then exit ends the process with 0', async () => {
  const client = await Client.start();
  const caps = client.initializeResult.capabilities as Record<string, unknown>;
  assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
  assert.equal(caps.hoverProvider, true);
  assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.warmly']);
  assert.deepEqual((caps.executeCommandProvider as { commands: string[] }).commands, ['warmly.showDocumentation', 'warmly.fixAll']);
  assert.equal(caps.diagnosticProvider, undefined, 'no pull diagnostics for a client that did not ask');
  assert.equal(client.initializeResult.serverInfo?.name, 'warmly-language-server');
  assert.equal(await client.stop(), 0);
});

test('a document that breaks nothing and one that is huge are both served', async () => {
  const dir = tempWorkspace();
  const client = await Client.start({ workspaceFolder: dir });
  try {
    const weird = uriOf(join(dir, 'weird.hbs'));
    await client.open(weird, 'handlebars', '{{#each}}{{/if}} {{!-- unclosed \u0000 \ud83d Dear customer,');
    await client.waitForDiagnostics(weird, 1);
    const big = uriOf(join(dir, 'big.html'));
    await client.open(big, 'html', '<p>Dear customer,</p>\n'.repeat(2000));
    assert.equal((await client.waitForDiagnostics(big, 1)).filter((d) => d.code === 'generic-greeting').length, 2000);
    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, 'markdown', 'Dear customer,\n');
    assert.ok((await client.waitForDiagnostics(untitled, 1)).some((d) => d.code === 'generic-greeting'), 'untitled buffers are linted by language id');
  } finally {
    assert.equal(await client.stop(), 0);
  }
});

test('node IPC transport (as VS Code starts it)', async () => {
  ensureBuilt();
  const child = fork(SERVER_BIN, ['--node-ipc'], { silent: true });
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const published = new Promise<{ uri: string; diagnostics: { code: string }[] }>((res) => connection.onNotification('textDocument/publishDiagnostics', res));
  connection.listen();
  try {
    const init = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { settings: { debounceMs: 0 } } });
    assert.ok((init as { capabilities: unknown }).capabilities);
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/ipc.txt', languageId: 'plaintext', version: 1, text: 'Dear customer,\n' } });
    const p = await published;
    assert.equal(p.diagnostics[0].code, 'generic-greeting');
    const exited = new Promise<number | null>((res) => child.once('exit', res));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
  } finally {
    connection.dispose();
    child.kill();
  }
});

test('warmly/rules lists every rule the server lints with, for the client\'s "Show rules"', async () => {
  const client = await Client.start();
  try {
    const list = await client.request<RulesResult>(RULES_REQUEST, null);
    assert.deepEqual(list.map((r) => r.id), rules.map((r) => r.id));
    const noReply = list.find((r) => r.id === 'no-reply')!;
    assert.deepEqual(noReply, {
      id: 'no-reply',
      description: rules.find((r) => r.id === 'no-reply')!.description,
      defaultSeverity: rules.find((r) => r.id === 'no-reply')!.defaultSeverity,
      docsUrl: 'https://github.com/warmly-lint/warmly/blob/main/rules/no-reply/README.md',
      fixable: rules.find((r) => r.id === 'no-reply')!.fixable,
      languages: ['en', 'fa'],
    });
  } finally {
    await client.stop();
  }
});
