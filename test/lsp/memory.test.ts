/**
 * A closed document's memory is released (issue #11 item 9): after didClose the server holds no state for it,
 * including when the close arrives while the server is still fetching the document's settings. Checked through
 * the server's debug request, not by measuring memory.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEBUG_DOCUMENT_STATES_REQUEST } from '../../shared/protocol';
import { Client, PUSH_CLIENT, tempWorkspace, uriOf } from './harness';

type Snapshot = { uris: string[]; scheduled: number };

test('after didClose the server holds nothing for the document; other documents keep their state', async () => {
  const dir = tempWorkspace();
  const client = await Client.start({ workspaceFolder: dir });
  try {
    const a = uriOf(join(dir, 'a.md'));
    const b = uriOf(join(dir, 'b.html'));
    await client.open(a, 'markdown', 'Dear customer,\n\nPlease do not reply.\n');
    await client.open(b, 'html', '<p>Dear customer,</p>');
    await client.waitForDiagnostics(a, 1);
    await client.waitForDiagnostics(b, 1);
    const before = await client.request<Snapshot>(DEBUG_DOCUMENT_STATES_REQUEST, null);
    assert.deepEqual(before.uris.sort(), [a, b].sort());
    await client.notify('textDocument/didClose', { textDocument: { uri: a } });
    const after = await client.request<Snapshot>(DEBUG_DOCUMENT_STATES_REQUEST, null);
    assert.deepEqual(after.uris, [b]);
    assert.equal(after.scheduled, 1, 'only b is known to the scheduler');
    await client.notify('textDocument/didClose', { textDocument: { uri: b } });
    assert.deepEqual(await client.request<Snapshot>(DEBUG_DOCUMENT_STATES_REQUEST, null), { uris: [], scheduled: 0 });
  } finally {
    await client.stop();
  }
});

test('a document closed while its settings are being fetched is not brought back when they arrive', async () => {
  const dir = tempWorkspace();
  let answered!: () => void;
  const settingsAnswered = new Promise<void>((res) => { answered = res; });
  let release!: () => void;
  const gate = new Promise<void>((res) => { release = res; });
  const client = await Client.start({
    workspaceFolder: dir,
    capabilities: { ...PUSH_CLIENT, workspace: { ...PUSH_CLIENT.workspace, configuration: true } },
    configuration: (items) => items.map(() => ({ debounceMs: 0 })),
  });
  // Hold the answer to workspace/configuration until the document is closed.
  const answer = client.connection.onRequest('workspace/configuration', async (p: { items: unknown[] }) => {
    await gate;
    answered();
    return p.items.map(() => ({ debounceMs: 0 }));
  });
  try {
    const a = uriOf(join(dir, 'a.md'));
    await client.open(a, 'markdown', 'Dear customer,\n');
    await client.notify('textDocument/didClose', { textDocument: { uri: a } });
    // The close is processed before the answer: the request below is answered after it, in order.
    await client.request<Snapshot>(DEBUG_DOCUMENT_STATES_REQUEST, null);
    release();
    await settingsAnswered;
    await client.request<Snapshot>(DEBUG_DOCUMENT_STATES_REQUEST, null);
    assert.deepEqual(await client.request<Snapshot>(DEBUG_DOCUMENT_STATES_REQUEST, null), { uris: [], scheduled: 0 });
  } finally {
    answer.dispose();
    await client.stop();
  }
});
