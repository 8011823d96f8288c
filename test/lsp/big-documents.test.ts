/**
 * Big documents never hold up the others: a 2 MB document lints on the server's lint thread while small ones
 * are answered, a newer version stops the stale lint, and a document above warmly.maxDocumentKB gets one
 * information diagnostic instead of a lint. Order and versions are asserted, never times.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { Client, tempWorkspace, uriOf } from './harness';

/** About 2 MB of realistic customer-email prose, with findings spread through it. */
function bigEmail(bytes = 2 * 1024 * 1024): string {
  const paragraphs = [
    'Dear customer,',
    'Thank you for your order. We have received your payment and your items will ship within two business days.',
    'You can track your parcel at any time from your account page, where you will also find your invoice.',
    'If anything is missing or arrives damaged, reply to this email and Sam from our team will sort it out.',
    'Please do not reply to this email.',
    'We hope you enjoy your purchase, and we look forward to seeing you again soon.',
  ];
  const parts: string[] = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    const p = `${paragraphs[i % paragraphs.length]}\n\n`;
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
}

// A note that invites a reply, so no rule fires on it until its greeting becomes "Dear customer".
const SMALL = 'Hi Sam,\n\nThanks for writing. Just reply if anything else comes up.\n';

test('a small document\'s diagnostics arrive while a 2 MB document is linting', async () => {
  const dir = tempWorkspace();
  const client = await Client.start({ workspaceFolder: dir });
  try {
    const big = uriOf(join(dir, 'newsletter.txt'));
    const small = uriOf(join(dir, 'note.txt'));
    await client.open(big, 'plaintext', bigEmail());
    await client.open(small, 'plaintext', SMALL);
    await client.change(small, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } }, text: 'Dear customer' }]);
    const v2 = await client.waitForDiagnostics(small, 2);
    assert.deepEqual(v2.map((d) => d.code), ['generic-greeting'], 'the edit is linted too');
    assert.equal(client.diagnostics.get(big), undefined, 'the small document\'s edit was linted and published before the big document\'s result');
    // A hover on the small document is answered while the big one is still linting.
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 1 } });
    assert.match(JSON.stringify(hover?.contents), /generic-greeting/);
    assert.equal(client.diagnostics.get(big), undefined, 'the hover came before the big document\'s result');
    const bigDiagnostics = await client.waitForDiagnostics(big, 1, 120_000);
    assert.ok(bigDiagnostics.some((d) => d.code === 'generic-greeting') && bigDiagnostics.some((d) => d.code === 'no-reply'));
  } finally {
    assert.equal(await client.stop(), 0);
  }
});

test('a newer version of a big document stops the lint of the old one, which is never published', async () => {
  const dir = tempWorkspace();
  const client = await Client.start({ workspaceFolder: dir });
  try {
    const big = uriOf(join(dir, 'catalog.txt'));
    await client.open(big, 'plaintext', bigEmail());
    await client.change(big, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } }, text: 'Hi Sam' }]);
    const v2 = await client.waitForDiagnostics(big, 2, 120_000);
    assert.ok(v2.length > 0);
    assert.ok(!v2.some((d) => d.range.start.line === 0), 'the first line is no longer a generic greeting');
    assert.deepEqual(client.diagnostics.get(big)!.map((p) => p.version), [2], 'version 1 was never published');
  } finally {
    assert.equal(await client.stop(), 0);
  }
});

test('a document above warmly.maxDocumentKB gets one information diagnostic, and is linted once the limit is raised', async () => {
  const dir = tempWorkspace();
  const client = await Client.start({ workspaceFolder: dir, initializationOptions: { settings: { debounceMs: 0, maxDocumentKB: 1 } } });
  try {
    const uri = uriOf(join(dir, 'long.txt'));
    const text = bigEmail(3000);
    await client.open(uri, 'plaintext', text);
    const [only, ...rest] = await client.waitForDiagnostics(uri, 1);
    assert.deepEqual(rest, []);
    assert.equal(only.code, 'document-too-large');
    assert.equal(only.severity, 3, 'information');
    assert.deepEqual(only.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(String(only.message), /above the warmly\.maxDocumentKB limit of 1 KB/);
    await client.notify('workspace/didChangeConfiguration', { settings: { warmly: { debounceMs: 0, maxDocumentKB: 5120 } } });
    const linted = await client.waitForLatest(uri, (d) => d.some((x) => x.code === 'generic-greeting'), 'findings after the limit is raised');
    assert.ok(!linted.some((d) => d.code === 'document-too-large'));
  } finally {
    assert.equal(await client.stop(), 0);
  }
});

test('while a big document\'s new version lints, hover and code actions answer from the last lint, carried over to the edit', async () => {
  const dir = tempWorkspace();
  const client = await Client.start({ workspaceFolder: dir });
  try {
    const big = uriOf(join(dir, 'digest.txt'));
    await client.open(big, 'plaintext', bigEmail());
    const v1 = await client.waitForDiagnostics(big, 1, 120_000);
    // The first "Please do not reply" paragraph: line 8 (paragraphs are two lines apart; it is the fifth).
    const noReply = v1.find((d) => d.code === 'no-reply')!;
    assert.ok(noReply, 'the big document has a no-reply finding');
    // Two new lines at the top move every finding down two lines; the lint of version 2 takes a while.
    await client.change(big, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Hello Sam.\n\n' }]);
    const moved = { line: noReply.range.start.line + 2, character: noReply.range.start.character + 1 };
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: big }, position: moved });
    const actions = await client.request<{ title: string; kind?: string; edit?: unknown }[]>('textDocument/codeAction', {
      textDocument: { uri: big },
      range: { start: moved, end: moved },
      context: { diagnostics: [] },
    });
    assert.deepEqual(client.diagnostics.get(big)!.map((p) => p.version), [1], 'both were answered before version 2\'s lint was done');
    assert.match(JSON.stringify(hover?.contents), /no-reply/, 'the hover found the finding where the edit moved it');
    assert.ok(actions.some((a) => a.kind === 'quickfix' && a.edit), `a rewrite is offered: ${actions.map((a) => a.title).join('; ')}`);
    assert.ok(actions.some((a) => /documentation/i.test(a.title)));
    // The greeting the edit replaced is no finding any more: carried findings never include what an edit touched.
    const atTop = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: big }, position: { line: 2, character: 2 } });
    assert.equal(atTop, null, 'the old first line\'s finding sits right after the edit and is left out until version 2 is linted');
    const v2 = await client.waitForDiagnostics(big, 2, 120_000);
    assert.ok(v2.some((d) => d.code === 'no-reply' && d.range.start.line === moved.line));
  } finally {
    assert.equal(await client.stop(), 0);
  }
});
