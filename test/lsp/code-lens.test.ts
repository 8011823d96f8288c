/**
 * The warmth code lens from the built server over stdio: one lens on the first line ("Warmth 17 · 7 fixes · +83"),
 * numbers that agree with the engine's score, a click (its command through workspace/executeCommand) that applies
 * fix-all through workspace/applyEdit, the `warmly/warmth` request the VS Code status bar reads, and the
 * `warmly.codeLens` setting that turns the lens off.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CodeLens, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { scoreText } from '../../server/engine/score';
import { fixText, linter } from '../../server/linter';
import { applyWorkspaceEdit, Client, PUSH_CLIENT, tempWorkspace, uriOf } from './harness';

const fixtures = join(import.meta.dirname, '..', 'score', 'fixtures');
const COLD = readFileSync(join(fixtures, 'cold.hbs'), 'utf8');

describe('warmth code lens', () => {
  let client: Client;
  let dir: string;
  let lensSetting: boolean | undefined;
  before(async () => {
    dir = tempWorkspace();
    client = await Client.start({
      workspaceFolder: dir,
      capabilities: { ...PUSH_CLIENT, workspace: { ...PUSH_CLIENT.workspace, configuration: true, codeLens: { refreshSupport: true } }, textDocument: { ...PUSH_CLIENT.textDocument, codeLens: {} } },
      configuration: (items) => items.map(() => ({ debounceMs: 0, ...(lensSetting === undefined ? {} : { codeLens: lensSetting }) })),
    });
  });
  after(async () => {
    await client.stop();
  });

  const lenses = (uri: string) => client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });

  test('the server advertises code lenses', () => {
    assert.deepEqual(client.initializeResult.capabilities.codeLensProvider, { resolveProvider: false });
  });

  test('one lens on the first line: the score, the fixes and what they gain, as the engine counts them', async () => {
    const path = join(dir, 'cold.hbs');
    const uri = uriOf(path);
    await client.open(uri, 'handlebars', COLD);
    await client.waitForDiagnostics(uri, 1);
    const list = await lenses(uri);
    assert.equal(list.length, 1);
    const [lens] = list;
    assert.deepEqual(lens.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const options = { filePath: path };
    const now = scoreText(linter, COLD, options, false).score;
    const fixed = fixText(COLD, options);
    const after = scoreText(linter, fixed.text, options, false).score;
    assert.equal(now, 17);
    assert.ok(fixed.fixed > 1 && after > now, `${fixed.fixed} fixes, ${now} → ${after}`);
    assert.equal(lens.command?.title, `Warmth ${now} · ${fixed.fixed} fixes · +${after - now}`);
    assert.equal(lens.command?.command, 'warmly.fixAll');

    // The status bar's request gives the same numbers.
    const warmth = await client.request<{ score: number; fixes: number; gain: number; version: number }>('warmly/warmth', { uri });
    assert.deepEqual(warmth, { uri, version: 1, score: now, fixes: fixed.fixed, gain: after - now });

    // The click: the lens's own command, run as an editor runs it, applies fix-all to the document.
    const before = client.appliedEdits.length;
    const result = await client.request<{ applied: boolean }>('workspace/executeCommand', { command: lens.command!.command, arguments: lens.command!.arguments });
    assert.equal(result.applied, true);
    const edit = client.appliedEdits[before] as WorkspaceEdit;
    assert.equal(applyWorkspaceEdit(COLD, uri, edit, 1), fixed.text);
  });

  test('a template with nothing to fix shows its score, and its click opens how the score works', async () => {
    const uri = uriOf(join(dir, 'thanks.txt'));
    await client.open(uri, 'plaintext', 'Hi Sam,\n\nThanks for your order. It ships on Monday. Just reply to this email if anything changes.\n\nThanks,\nSara Lee\n');
    await client.waitForDiagnostics(uri, 1);
    const [lens] = await lenses(uri);
    assert.equal(lens.command?.title, 'Warmth 89');
    assert.equal(lens.command?.command, 'warmly.showDocumentation');
    await client.request('workspace/executeCommand', lens.command);
    assert.match(client.shownDocuments.at(-1)!, /README\.md#warmth-score-and-report$/);
  });

  test('warmly.codeLens: false turns the lens off (and the server asks the editor to refresh its lenses)', async () => {
    const uri = uriOf(join(dir, 'off.hbs'));
    await client.open(uri, 'handlebars', COLD);
    await client.waitForDiagnostics(uri, 1);
    assert.equal((await lenses(uri)).length, 1);
    let refreshed = 0;
    client.connection.onRequest('workspace/codeLens/refresh', () => { refreshed++; return null; });
    lensSetting = false;
    await client.notify('workspace/didChangeConfiguration', { settings: {} });
    await client.until(() => (refreshed ? true : undefined), 'workspace/codeLens/refresh');
    assert.deepEqual(await lenses(uri), []);
    lensSetting = undefined;
  });

  test('a file Warmly does not lint has no lens', async () => {
    const uri = uriOf(join(dir, 'package.json'));
    await client.open(uri, 'json', '{"name": "x", "description": "Please do not reply to this email."}\n');
    assert.deepEqual(await lenses(uri), []);
  });

  test('a big document (lint-thread size) gets no lens: scoring it would hold up every other document', async () => {
    const path = join(dir, 'big.hbs');
    const uri = uriOf(path);
    const big = COLD + '\n<p>Your order has shipped and is on its way to you.</p>'.repeat(Math.ceil(120_000 / 55));
    await client.open(uri, 'handlebars', big);
    await client.waitForDiagnostics(uri, 1);
    assert.deepEqual(await lenses(uri), []);
  });
});
