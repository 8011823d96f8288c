/**
 * The extension through VS Code's API: activation, diagnostics from the bundled server, quick fixes, fix all,
 * commands and Lint workspace. Runs in the extension host of a real VS Code (see ../runTest.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { fixText, lint, rules } from '../../../server/linter';

type Case = [string, () => Promise<void>];

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const file = (name: string) => vscode.Uri.joinPath(folder(), name);
const warmly = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'warmly');

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const cases: Case[] = [
  ['activates for a Handlebars template and starts the server', async () => {
    const doc = await vscode.workspace.openTextDocument(file('welcome.hbs'));
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension('warmly.warmly');
    assert.ok(ext, 'extension installed');
    const api = await ext.activate();
    await until('the language client to run', () => api.client.isRunning());
  }],

  ['shows the cold greeting as a warmly diagnostic with rule id, docs link and exact range', async () => {
    const uri = file('welcome.hbs');
    const doc = await vscode.workspace.openTextDocument(uri);
    const d = await until('diagnostics', () => warmly(uri).find((x) => x.code && typeof x.code === 'object' && x.code.value === 'generic-greeting'));
    assert.equal(doc.getText(d.range), 'Dear customer');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(String((d.code as { target: vscode.Uri }).target), /generic-greeting/);
  }],

  ['offers the preferred rewrite as a quick fix and applies it', async () => {
    const uri = file('welcome.hbs');
    const doc = await vscode.workspace.openTextDocument(uri);
    const d = warmly(uri).find((x) => doc.getText(x.range) === 'Dear customer')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred?.edit, `a preferred quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    const finding = lint(doc.getText(), { filePath: uri.fsPath }).findings.find((f) => f.ruleId === 'generic-greeting')!;
    assert.equal(preferred.title, finding.suggestions[0].title);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    assert.match(doc.getText(), /^<p>Dear \{\{first_name\}\},<\/p>/);
    await until('the greeting diagnostic to go', () => !warmly(uri).some((x) => doc.getText(x.range) === 'Dear customer'));
  }],

  ['"Warmly: Fix all in file" applies source.fixAll.warmly like the engine\'s fix-all', async () => {
    const uri = file('receipt.html');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await until('diagnostics', () => warmly(uri).length > 0);
    const expected = fixText(doc.getText(), { filePath: uri.fsPath }).text;
    assert.equal(await vscode.commands.executeCommand('warmly.fixAllInFile'), true);
    assert.equal(doc.getText(), expected);
  }],

  ['the server sends the rule list "Show rules" displays (warmly/rules)', async () => {
    const api = (await vscode.extensions.getExtension('warmly.warmly')!.activate()) as { client: { sendRequest<R>(method: string): Promise<R> } };
    const list = await api.client.sendRequest<{ id: string; docsUrl: string }[]>('warmly/rules');
    assert.deepEqual(list.map((r) => r.id), rules.map((r) => r.id));
    assert.ok(list.every((r) => r.docsUrl.endsWith(`/rules/${r.id}/README.md`)));
  }],

  ['contributes its commands and the Liquid/Twig/ERB/MJML languages', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['warmly.lintWorkspace', 'warmly.fixAllInFile', 'warmly.showRules', 'warmly.restartServer']) assert.ok(commands.includes(c), c);
    const languages = await vscode.languages.getLanguages();
    for (const id of ['liquid', 'twig', 'erb', 'haml', 'mjml']) assert.ok(languages.includes(id), id);
  }],

  ['"Warmly: Lint workspace" reports the file nobody opened', async () => {
    const summary = await vscode.commands.executeCommand<{ linted: number; findings: number }>('warmly.lintWorkspace');
    assert.ok(summary && summary.linted === 3, `linted: ${JSON.stringify(summary)}`);
    const later = file('later.md');
    const expected = lint(readFileSync(later.fsPath, 'utf8'), { filePath: later.fsPath }).findings.length;
    await until('later.md diagnostics', () => warmly(later).length === expected);
  }],

  ['restarts the server on request and lints again', async () => {
    await vscode.commands.executeCommand('warmly.restartServer');
    const uri = file('later.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await until('diagnostics after restart', () => warmly(uri).length > 0);
  }],
];
