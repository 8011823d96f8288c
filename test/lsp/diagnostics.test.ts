/**
 * Push diagnostics from the built server over stdio: exact ranges in every format and both languages,
 * incremental changes, and no results for stale versions.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
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

const FORMATS: { file: string; languageId: string; text: string; expect: [string, string][] }[] = [
  {
    file: 'welcome.txt', languageId: 'plaintext',
    text: 'Subject: Your order\n\nDear customer,\n\nThanks for your order.\n\nPlease do not reply to this email.\n',
    expect: [['generic-greeting', 'Dear customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    file: 'update.md', languageId: 'markdown',
    text: '---\ntitle: Update\n---\n# Your order\n\nDear customer,\n\n> **Note:** Please do not reply to this email.\n',
    expect: [['generic-greeting', 'Dear customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    file: 'receipt.html', languageId: 'html',
    text: '<!DOCTYPE html>\n<html><body>\n  <p>Dear customer,</p>\n  <p style="color:#999">Please do not reply to this email.</p>\n</body></html>\n',
    expect: [['generic-greeting', 'Dear customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    file: 'shipped.hbs', languageId: 'handlebars',
    text: '{{#if order}}\n<p>Dear customer,</p>\n<p>Your order {{order.id}} has shipped.</p>\n{{/if}}\n<p>Please do not reply to this email.</p>\n',
    expect: [['generic-greeting', 'Dear customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    file: 'invite.liquid', languageId: 'liquid',
    text: '{% if survey %}\nDear valued customer,\n\nTell us how we did: {{ survey.url }}\n{% endif %}\n\nPlease do not reply to this email.\n',
    expect: [['generic-greeting', 'Dear valued customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    file: 'reset.twig', languageId: 'twig',
    text: '{% block body %}\n{# the greeting #}\nDear customer,\n\nReset your password: {{ link }}\n{% endblock %}\n',
    expect: [['generic-greeting', 'Dear customer']],
  },
  {
    file: 'order.html.erb', languageId: 'erb',
    text: '<p>Dear customer,</p>\n<p>Order <%= @order.id %>: Please do not reply to this email.</p>\n',
    expect: [['generic-greeting', 'Dear customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    file: 'news.mjml', languageId: 'mjml',
    text: '<mjml>\n  <mj-body>\n    <mj-section><mj-column>\n      <mj-text>Dear customer,</mj-text>\n      <mj-text>Please do not reply to this email.</mj-text>\n    </mj-column></mj-section>\n  </mj-body>\n</mjml>\n',
    expect: [['generic-greeting', 'Dear customer'], ['no-reply', 'Please do not reply to this email']],
  },
  {
    // Persian with ZWNJ (می‌خواهیم) before the findings, CRLF line ends.
    file: 'fa.txt', languageId: 'plaintext',
    text: 'سلام،\r\nاز خرید شما سپاسگزاریم و می‌خواهیم بگوییم:\r\n\r\nمشتری گرامی، لطفاً به این ایمیل پاسخ ندهید.\r\n',
    expect: [['generic-greeting', 'مشتری گرامی'], ['no-reply', 'لطفاً به این ایمیل پاسخ ندهید']],
  },
  {
    // Emoji (surrogate pairs) and a tab before the finding on the same line, CRLF line ends.
    file: 'emoji.txt', languageId: 'plaintext',
    text: 'Hi {{first_name}},\r\n\r\nBig news 🎉🎉!\r\n\r\n🎉\tThanks! Please do not reply to this email.\r\n',
    expect: [['no-reply', 'Please do not reply to this email']],
  },
];

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
    const text = 'Hi Sam,\n\nThanks for writing.\n';
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
