/**
 * The command palette entries that are not "Lint workspace": fix all, show rules, restart.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FIX_ALL_KIND_SUFFIX, RULES_REQUEST, SETTINGS_SECTION, type RulesResult } from '../../shared/protocol';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(FIX_ALL_KIND_SUFFIX);

/** Applies the server's `source.fixAll.warmly` action to the active editor. */
export async function fixAllInActiveEditor(): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Warmly: open a template first.');
    return false;
  }
  const doc = editor.document;
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND.value, 1)) ?? [];
  const fixAll = actions.find((a) => a.kind && FIX_ALL_KIND.contains(a.kind));
  if (!fixAll || (!fixAll.edit && !fixAll.command)) {
    void vscode.window.showInformationMessage('Warmly: nothing to fix automatically in this file.');
    return false;
  }
  if (fixAll.edit && !(await vscode.workspace.applyEdit(fixAll.edit))) {
    void vscode.window.showWarningMessage('Warmly: the file changed while fixing; please try again.');
    return false;
  }
  if (fixAll.command) await vscode.commands.executeCommand(fixAll.command.command, ...(fixAll.command.arguments ?? []));
  return true;
}

interface RuleItem extends vscode.QuickPickItem {
  url: string;
}

/**
 * A quick pick of every rule; choosing one opens its documentation. The list comes from the server, so the
 * extension bundles no engine and always shows the rules the running server lints with.
 */
export async function showRules(client: LanguageClient): Promise<void> {
  const configured = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<Record<string, unknown>>('rules', {});
  let rules: RulesResult;
  try {
    rules = await client.sendRequest<RulesResult>(RULES_REQUEST);
  } catch (error) {
    void vscode.window.showErrorMessage(`Warmly: could not get the rule list from the language server (${error instanceof Error ? error.message : String(error)}).`);
    return;
  }
  const items: RuleItem[] = rules.map((rule) => {
    const severity = typeof configured[rule.id] === 'string' ? (configured[rule.id] as string) : rule.defaultSeverity;
    return {
      label: rule.id,
      description: `${severity}${rule.fixable ? ' · quick fix' : ''}`,
      detail: rule.description,
      url: rule.docsUrl,
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Warmly rules',
    placeHolder: 'Choose a rule to read why it matters and how to fix it',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) await vscode.env.openExternal(vscode.Uri.parse(picked.url));
}

export async function restartServer(client: LanguageClient): Promise<void> {
  await client.restart();
  void vscode.window.setStatusBarMessage('Warmly: language server restarted', 3000);
}
