/**
 * A status bar item with the active file's Warmly finding count; a click opens the Problems view.
 * It counts diagnostics whose source is "warmly", so it needs nothing from the server beyond diagnostics.
 */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../shared/protocol';
import { LANGUAGE_IDS } from './languages';

const languages = new Set<string>(LANGUAGE_IDS);

/** What restricted mode means, shown while the folder is not trusted. */
export const UNTRUSTED_TOOLTIP = 'Restricted mode: this folder is not trusted, so Warmly ignores its config files (.warmlyrc*, warmly.config.*) and its workspace settings, and lints with your user settings only. Trust the folder to use its configuration.';

export function warmlyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function createStatusBar(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('warmly.findings', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Warmly findings';
  item.command = 'workbench.actions.view.problems';

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !languages.has(editor.document.languageId)) {
      item.hide();
      return;
    }
    const count = warmlyDiagnostics(editor.document.uri).length;
    const trusted = vscode.workspace.isTrusted;
    const text = count === 0 ? '$(check) Warmly' : `$(comment-discussion) Warmly: ${count}`;
    item.text = trusted ? text : `$(shield) ${text} (restricted)`;
    const tooltip = count === 0
      ? 'Warmly: this file reads warm and personal.'
      : `Warmly: ${count} ${count === 1 ? 'sentence' : 'sentences'} could sound more personal. Click to open the Problems view.`;
    item.tooltip = trusted ? tooltip : `${tooltip}\n\n${UNTRUSTED_TOOLTIP}`;
    const label = count === 0 ? 'Warmly: no findings' : `Warmly: ${count} findings`;
    item.accessibilityInformation = { label: trusted ? label : `${label}, restricted mode` };
    item.show();
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) update();
    }),
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidGrantWorkspaceTrust(update),
  );
}
