/**
 * A status bar item with the active file's Warmly finding count and its warmth score; a click opens the Problems
 * view. The count is the diagnostics whose source is "warmly"; the score is asked of the server (`warmly/warmth`,
 * the numbers its code lens shows) each time the file's diagnostics change.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DIAGNOSTIC_SOURCE, WARMTH_REQUEST, type WarmthResult } from '../../shared/protocol';
import { LANGUAGE_IDS } from './languages';

const languages = new Set<string>(LANGUAGE_IDS);

/** What restricted mode means, shown while the folder is not trusted. */
export const UNTRUSTED_TOOLTIP = 'Restricted mode: this folder is not trusted, so Warmly ignores its config files (.warmlyrc*, warmly.config.*) and its workspace settings, and lints with your user settings only. Trust the folder to use its configuration.';

export function warmlyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function createStatusBar(client: () => LanguageClient | undefined): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('warmly.findings', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Warmly findings';
  item.command = 'workbench.actions.view.problems';

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !languages.has(editor.document.languageId)) {
      item.hide();
      return;
    }
    const uri = editor.document.uri;
    const count = warmlyDiagnostics(uri).length;
    const trusted = vscode.workspace.isTrusted;
    const show = (warmth: WarmthResult | undefined) => {
      const score = warmth ? ` · warmth ${warmth.score}` : '';
      const text = count === 0 ? `$(check) Warmly${score}` : `$(comment-discussion) Warmly: ${count}${score}`;
      item.text = trusted ? text : `$(shield) ${text} (restricted)`;
      const tooltip = (count === 0
        ? 'Warmly: this file reads warm and personal.'
        : `Warmly: ${count} ${count === 1 ? 'sentence' : 'sentences'} could sound more personal. Click to open the Problems view.`)
        + (warmth ? `\nWarmth ${warmth.score}/100${warmth.fixes ? `; fixing all ${warmth.fixes} gains ${warmth.gain}` : ''}.` : '');
      item.tooltip = trusted ? tooltip : `${tooltip}\n\n${UNTRUSTED_TOOLTIP}`;
      const label = (count === 0 ? 'Warmly: no findings' : `Warmly: ${count} findings`) + (warmth ? `, warmth ${warmth.score}` : '');
      item.accessibilityInformation = { label: trusted ? label : `${label}, restricted mode` };
      item.show();
    };
    show(last?.uri === uri.toString() ? last : undefined);
    const c = client();
    if (!c?.isRunning()) return;
    const asked = ++asking;
    c.sendRequest<WarmthResult | null>(WARMTH_REQUEST, { uri: c.code2ProtocolConverter.asUri(uri) }).then(
      (warmth) => {
        // Only the newest answer for the file still in front counts.
        if (asked !== asking || vscode.window.activeTextEditor?.document.uri.toString() !== uri.toString()) return;
        last = warmth ? { ...warmth, uri: uri.toString() } : undefined;
        show(last);
      },
      () => undefined,
    );
  };
  let asking = 0;
  let last: WarmthResult | undefined;

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
