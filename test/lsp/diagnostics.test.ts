/**
 * Push diagnostics from the built server over stdio: exact ranges in every format and both languages,
 * incremental changes, and no results for stale versions.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { FORMATS } from './fixtures';
import { Client, tempWorkspace, textAt, uriOf } from './harness';

/** Line/character of `needle` in `text`, counted independently of the engine (UTF-16, any line break). */
function rangeOf(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `"${needle}" is in the fixture`);
  const pos = (offset: number) => {
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  return { start: pos(start), end: pos(start + needle.length) };
}

function expectFinding(diagnostics: Diagnostic[], text: string, ruleId: string, needle: string) {
  const d = diagnostics.find((x) => x.code === ruleId);
  assert.ok(d, `a ${ruleId} diagnostic among ${JSON.stringify(diagnostics.map((x) => x.code))}`);
  assert.deepEqual(d.range, rangeOf(text, needle), `${ruleId} range`);
  assert.equal(textAt(text, d), needle);
  assert.equal(d.source, 'warmly');
  assert.match(d.codeDescription!.href, new RegExp(`/rules/${ruleId}/`));
  return d;
}

describe('push diagnostics over stdio', () => {
  let client: Client;
  let dir: string;
  before(async () => {
    dir = tempWorkspace();
    client = await Client.start({ workspaceFolder: dir });
  });
  after(async () => {
    assert.equal(await client.stop(), 0, 'the server exits with 0 after shutdown + exit');
  });

  for (const f of FORMATS) {
    test(`exact ranges in ${f.file}`, async () => {
      const uri = uriOf(join(dir, f.file));
      await client.open(uri, f.languageId, f.text);
      const diagnostics = await client.waitForDiagnostics(uri, 1);
      for (const [rule, needle] of f.expect) {
        const d = expectFinding(diagnostics, f.text, rule, needle);
        const data = d.data as { ruleId: string; version: number; range: { start: number; end: number } };
        assert.equal(data.ruleId, rule);
        assert.equal(data.version, 1);
        assert.equal(f.text.slice(data.range.start, data.range.end), needle, 'data carries offsets into the text');
      }
    });
  }

  test('incremental changes re-lint and publish for the new version', async () => {
    const uri = uriOf(join(dir, 'incremental.txt'));
    // A note that invites a reply, so no rule fires on it (short notes are judged for a way to reach someone too).
    const text = 'Hi Sam,\n\nThanks for writing. Just reply if anything else comes up.\n';
    await client.open(uri, 'plaintext', text);
    assert.deepEqual(await client.waitForDiagnostics(uri, 1), []);
    // Replace "Hi Sam" with "Dear customer" (an incremental range edit), then append a line in a second change.
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } }, text: 'Dear customer' }]);
    const v2 = await client.waitForDiagnostics(uri, 2);
    assert.deepEqual(v2.map((d) => d.code), ['generic-greeting']);
    assert.deepEqual(v2[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } });
    await client.change(uri, 3, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\nPlease do not reply to this email.\n' }]);
    const v3 = await client.waitForDiagnostics(uri, 3);
    assert.ok(v3.some((d) => d.code === 'generic-greeting'));
    assert.deepEqual(v3.find((d) => d.code === 'no-reply')!.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 33 } });
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = uriOf(join(dir, 'closing.txt'));
    await client.open(uri, 'plaintext', 'Dear customer,\n');
    assert.equal((await client.waitForDiagnostics(uri, 1)).length, 1);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    await client.waitForLatest(uri, (d) => d.length === 0, 'empty diagnostics after close');
  });
});

describe('debouncing and stale versions', () => {
  test('a burst of changes publishes only the last version, never an old one', async () => {
    const dir = tempWorkspace();
    const client = await Client.start({ workspaceFolder: dir, initializationOptions: { settings: { debounceMs: 150 } } });
    try {
      const uri = uriOf(join(dir, 'burst.txt'));
      await client.open(uri, 'plaintext', '');
      await client.waitForDiagnostics(uri, 1);
      let text = '';
      const typed = 'Dear customer,\n\nPlease do not reply to this email.\n';
      // Type character by character, faster than the debounce.
      for (let i = 0; i < typed.length; i++) {
        const pos = text.split('\n');
        const at = { line: pos.length - 1, character: pos[pos.length - 1].length };
        await client.change(uri, i + 2, [{ range: { start: at, end: at }, text: typed[i] }]);
        text += typed[i];
      }
      const last = typed.length + 1;
      const final = await client.waitForDiagnostics(uri, last);
      const codes = final.map((d) => d.code);
      assert.ok(codes.includes('generic-greeting') && codes.includes('no-reply'), `findings of the final text: ${codes}`);
      await new Promise((r) => setTimeout(r, 400));
      const versions = client.diagnostics.get(uri)!.map((p) => p.version);
      assert.deepEqual(versions, [1, last], 'one publish for the opening and one after the burst, none for the versions typed in between');
    } finally {
      await client.stop();
    }
  });
});
