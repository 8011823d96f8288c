/**
 * Code actions, commands and hover from the built server: each edit is applied to the text like an editor
 * would, and the result is re-linted by the server.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, Hover, MarkupContent, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/engine';
import { fixText, lint } from '../../server/linter';
import { FORMATS } from './fixtures';
import { applyWorkspaceEdit, Client, tempWorkspace, uriOf } from './harness';

const LETTER = [
  'Dear customer,',
  '',
  'Your parcel is late. We apologize for any inconvenience this may have caused.',
  '',
  'The courier lost the label. Again, we apologize for any inconvenience this may have caused.',
  '',
  'Please do not reply to this email.',
  '',
].join('\n');

describe('code actions', () => {
  let client: Client;
  let dir: string;
  before(async () => {
    dir = tempWorkspace();
    client = await Client.start({ workspaceFolder: dir });
  });
  after(async () => {
    await client.stop();
  });

  /** Opens `text`, waits for its diagnostics, and returns a helper to ask for actions at a finding. */
  async function openDoc(name: string, languageId: string, text: string) {
    const uri = uriOf(join(dir, name));
    await client.open(uri, languageId, text);
    const diagnostics = await client.waitForDiagnostics(uri, 1);
    const actionsAt = (d: Diagnostic, only?: string[]) =>
      client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only } });
    return { uri, diagnostics, actionsAt };
  }

  test('each rewrite is a quick fix, the first preferred, and applying it gives the rewrite', async () => {
    const { uri, diagnostics, actionsAt } = await openDoc('letter.txt', 'plaintext', LETTER);
    const greeting = diagnostics.find((d) => d.code === 'generic-greeting')!;
    const actions = await actionsAt(greeting);
    const engineFinding = lint(LETTER, { filePath: 'letter.txt' }).findings.find((f) => f.ruleId === 'generic-greeting')!;
    const rewrites = actions.filter((a) => engineFinding.suggestions.some((s) => s.title === a.title));
    assert.equal(rewrites.length, engineFinding.suggestions.length, 'one quick fix per rewrite');
    assert.ok(rewrites.length >= 1);
    assert.equal(rewrites[0].isPreferred, true);
    assert.ok(rewrites.slice(1).every((a) => !a.isPreferred), 'only the first is preferred');
    assert.ok(rewrites.every((a) => a.kind === 'quickfix'));
    assert.equal(rewrites[0].diagnostics?.[0]?.code, 'generic-greeting');
    const fixed = applyWorkspaceEdit(LETTER, uri, rewrites[0].edit!, 1);
    assert.equal(fixed, applyEdits(LETTER, engineFinding.suggestions[0].edits).text);
    assert.ok(fixed.startsWith('Dear {{first_name}},\n'), fixed);
    // The edit is pinned to the version it was computed for.
    const change = rewrites[0].edit!.documentChanges![0] as { textDocument: { version: number } };
    assert.equal(change.textDocument.version, 1);
    // And the server agrees the greeting is fixed.
    await client.change(uri, 2, [{ text: fixed }]);
    const after = await client.waitForDiagnostics(uri, 2);
    assert.ok(!after.some((d) => d.code === 'generic-greeting'));
  });

  test('fix all of one rule, fix all, and source.fixAll.warmly', async () => {
    const { uri, diagnostics, actionsAt } = await openDoc('late.txt', 'plaintext', LETTER);
    const apology = diagnostics.find((d) => d.code === 'non-apology')!;
    const actions = await actionsAt(apology);
    const oneRule = actions.find((a) => a.title === 'Fix all non-apology problems in this file');
    assert.ok(oneRule, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    const ruleFixed = applyWorkspaceEdit(LETTER, uri, oneRule.edit!, 1);
    assert.equal(ruleFixed, fixText(LETTER, { filePath: join(dir, 'late.txt') }, (f) => f.ruleId === 'non-apology').text);
    assert.ok(!lint(ruleFixed, { filePath: 'late.txt' }).findings.some((f) => f.ruleId === 'non-apology'));
    assert.ok(ruleFixed.includes('Please do not reply'), 'other rules are left alone');

    const all = actions.find((a) => a.title === 'Fix all Warmly problems' && a.kind === 'quickfix');
    assert.ok(all, 'fix-all is offered as a quick fix too');
    const expected = fixText(LETTER, { filePath: join(dir, 'late.txt') }).text;
    assert.equal(applyWorkspaceEdit(LETTER, uri, all.edit!, 1), expected);

    for (const only of [['source.fixAll.warmly'], ['source.fixAll'], ['source']]) {
      const source = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only },
      });
      assert.deepEqual(source.map((a) => a.kind), ['source.fixAll.warmly'], `only=${only}`);
      assert.equal(applyWorkspaceEdit(LETTER, uri, source[0].edit!, 1), expected);
    }
  });

  test('the warmly.fixAll command applies fix-all through workspace/applyEdit, and refuses a stale version', async () => {
    const { uri } = await openDoc('command.txt', 'plaintext', LETTER);
    const stale = await client.request<{ applied: boolean; reason?: string }>('workspace/executeCommand', { command: 'warmly.fixAll', arguments: [{ uri, version: 0 }] });
    assert.deepEqual(stale, { applied: false, reason: 'stale' });
    const before = client.appliedEdits.length;
    const result = await client.request<{ applied: boolean }>('workspace/executeCommand', { command: 'warmly.fixAll', arguments: [{ uri, version: 1 }] });
    assert.equal(result.applied, true);
    assert.equal(client.appliedEdits.length, before + 1);
    const edit = client.appliedEdits[before] as WorkspaceEdit;
    assert.equal(applyWorkspaceEdit(LETTER, uri, edit, 1), fixText(LETTER, { filePath: join(dir, 'command.txt') }).text);
  });

  test('show documentation opens the rule page', async () => {
    const { diagnostics, actionsAt } = await openDoc('docs.txt', 'plaintext', 'Dear customer,\n');
    const actions = await actionsAt(diagnostics[0]);
    const docs = actions.find((a) => a.title === 'Show documentation for generic-greeting')!;
    assert.equal(docs.command?.command, 'warmly.showDocumentation');
    await client.request('workspace/executeCommand', docs.command);
    assert.equal(client.shownDocuments.at(-1), diagnostics[0].codeDescription!.href);
  });

  for (const f of FORMATS.filter((x) => x.comment)) {
    test(`disable for this line in ${f.file} writes a ${f.comment} comment that silences the rule`, async () => {
      const { uri, diagnostics, actionsAt } = await openDoc(`line-${f.file}`, f.languageId, f.text);
      const [rule] = f.expect[0];
      const d = diagnostics.find((x) => x.code === rule)!;
      const action = (await actionsAt(d)).find((a) => a.title === `Disable ${rule} for this line`);
      assert.ok(action, `a disable-line action for ${rule}`);
      const edited = applyWorkspaceEdit(f.text, uri, action.edit!, 1);
      const inserted = edited.length - f.text.length;
      assert.ok(inserted > 0 && edited.includes(f.comment!), `the comment uses ${f.comment}:\n${edited}`);
      assert.ok(edited.includes(`warmly-disable-next-line ${rule}`), `a disable-next-line directive above the line:\n${edited}`);
      await client.change(uri, 2, [{ text: edited }]);
      const after = await client.waitForDiagnostics(uri, 2);
      assert.ok(!after.some((x) => x.code === rule), `${rule} is gone after the comment:\n${edited}`);
      const others = f.expect.slice(1).map(([r]) => r);
      for (const r of others) assert.ok(after.some((x) => x.code === r), `${r} is still reported`);
    });
  }

  test('disable for this file puts a warmly-disable-file comment after the doctype', async () => {
    const f = FORMATS.find((x) => x.file === 'receipt.html')!;
    const { uri, diagnostics, actionsAt } = await openDoc('file-receipt.html', f.languageId, f.text);
    const d = diagnostics.find((x) => x.code === 'no-reply')!;
    const action = (await actionsAt(d)).find((a) => a.title === 'Disable no-reply for this file')!;
    const edited = applyWorkspaceEdit(f.text, uri, action.edit!, 1);
    assert.ok(edited.startsWith('<!DOCTYPE html>\n<!-- warmly-disable-file no-reply -->\n'), edited);
    await client.change(uri, 2, [{ text: edited }]);
    const after = await client.waitForDiagnostics(uri, 2);
    assert.ok(!after.some((x) => x.code === 'no-reply'));
    assert.ok(after.some((x) => x.code === 'generic-greeting'));
  });

  test('a second disable-line on the same line extends the existing comment', async () => {
    const text = '<p>\nDear customer, please do not reply to this email.\n</p>\n';
    const { uri, diagnostics, actionsAt } = await openDoc('twice.html', 'html', text);
    const codes = diagnostics.map((d) => d.code);
    assert.ok(codes.includes('generic-greeting') && codes.includes('no-reply'), `${codes}`);
    const first = (await actionsAt(diagnostics.find((d) => d.code === 'generic-greeting')!)).find((a) => a.title === 'Disable generic-greeting for this line')!;
    const once = applyWorkspaceEdit(text, uri, first.edit!, 1);
    await client.change(uri, 2, [{ text: once }]);
    const mid = await client.waitForDiagnostics(uri, 2);
    const noReply = mid.find((d) => d.code === 'no-reply')!;
    const second = (await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: noReply.range, context: { diagnostics: [noReply] } }))
      .find((a) => a.title === 'Disable no-reply for this line')!;
    const twice = applyWorkspaceEdit(once, uri, second.edit!, 2);
    assert.equal(twice, '<p>\n<!-- warmly-disable-next-line generic-greeting, no-reply -->\nDear customer, please do not reply to this email.\n</p>\n');
  });

  test('plain text has no comments: the rule is turned off for the file in .warmlyrc.json', async () => {
    const { uri, diagnostics, actionsAt } = await openDoc('plain.txt', 'plaintext', 'Dear customer,\n\nThanks for your order.\n');
    const d = diagnostics.find((x) => x.code === 'generic-greeting')!;
    const actions = await actionsAt(d);
    assert.ok(!actions.some((a) => a.title.endsWith('for this line')), 'no comment-based action for plain text');
    const action = actions.find((a) => a.title === 'Disable generic-greeting for this file in .warmlyrc.json');
    assert.ok(action, actions.map((a) => a.title).join(' | '));
    const rc = join(dir, '.warmlyrc.json');
    assert.ok(!existsSync(rc));
    const [create, write] = action.edit!.documentChanges! as [{ kind: string; uri: string }, { textDocument: { uri: string }; edits: { newText: string }[] }];
    assert.equal(create.kind, 'create');
    assert.equal(create.uri, uriOf(rc));
    // Do what the editor does: create the file, write the text, tell the server the file changed.
    writeFileSync(rc, write.edits[0].newText);
    assert.deepEqual(JSON.parse(readFileSync(rc, 'utf8')), { overrides: [{ files: ['plain.txt'], rules: { 'generic-greeting': 'off' } }] });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 1 }] });
    await client.waitForLatest(uri, (ds) => !ds.some((x) => x.code === 'generic-greeting'), 'generic-greeting off by config');
    // Other files keep the rule.
    const other = uriOf(join(dir, 'other.txt'));
    await client.open(other, 'plaintext', 'Dear customer,\n');
    assert.ok((await client.waitForDiagnostics(other, 1)).some((x) => x.code === 'generic-greeting'));
  });

  test('hover shows the why, the matched text, the rewrites and the doc link', async () => {
    const { uri, diagnostics } = await openDoc('hover.txt', 'plaintext', 'Hello,\n\nDear customer,\n');
    const d = diagnostics.find((x) => x.code === 'generic-greeting')!;
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 6 } });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.ok(value.includes(d.message as string), value);
    assert.ok(value.includes('`Dear customer`'), value);
    assert.ok(value.includes('Greet by name'), value);
    assert.ok(value.includes(d.codeDescription!.href), value);
    assert.deepEqual(hover.range, d.range);
    const nothing = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.equal(nothing, null);
  });
});
