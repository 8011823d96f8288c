/**
 * The VS Code extension: starts Warmly's language server and adds editor comforts (status bar count,
 * workspace lint, fix all, rule list). All linting happens in the server.
 */
import * as vscode from 'vscode';
import { DocumentDiagnosticReportKind, DocumentDiagnosticRequest, type LanguageClient } from 'vscode-languageclient/node';
import { fixAllInActiveEditor, restartServer, showRules } from './commands';
import { createLanguageClient } from './language-client';
import { LANGUAGE_IDS } from './languages';
import { CLIENT_COMMANDS } from '../../shared/protocol';
import { createStatusBar } from './status-bar';
import { WorkspaceLint } from './workspace-lint';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const output = vscode.window.createOutputChannel('Warmly', { log: true });
  client = createLanguageClient(context, output);
  const workspaceLint = new WorkspaceLint(output, pullDiagnostics);

  void vscode.commands.executeCommand('setContext', 'warmly.languages', [...LANGUAGE_IDS]);
  context.subscriptions.push(
    output,
    workspaceLint,
    createStatusBar(() => client),
    vscode.commands.registerCommand(CLIENT_COMMANDS.lintWorkspace, () => workspaceLint.run()),
    vscode.commands.registerCommand(CLIENT_COMMANDS.fixAllInFile, () => fixAllInActiveEditor()),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showRules, () => showRules(client!)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.restartServer, () => restartServer(client!)),
    // A folder that becomes trusted may now use its own config files: start over with them (the new client
    // tells the new server `trusted: true`; the status bar drops "restricted" on the same event).
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.info('Workspace trusted: restarting the server so it reads this folder\'s config files.');
      const old = client!;
      client = createLanguageClient(context, output);
      void old.dispose().then(() => client!.start());
    }),
  );

  if (!vscode.workspace.isTrusted) output.info('Restricted mode: this folder is not trusted, so its config files and workspace settings are ignored (user settings only).');
  try {
    await client.start();
  } catch (error) {
    output.appendLine(`Warmly's language server did not start: ${String(error)}`);
    void vscode.window.showErrorMessage('Warmly\'s language server did not start. See the Warmly output for details.', 'Show log').then((c) => c && output.show(true));
  }
  // Returned for the API-level tests (client/test/suite) and for other extensions.
  return { get client() { return client!; } };
}

/** The server's diagnostics for one open document, asked for directly (LSP pull); undefined when it cannot say. */
async function pullDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[] | undefined> {
  const c = client;
  if (!c?.isRunning()) return undefined;
  const report = await c.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: c.code2ProtocolConverter.asUri(uri) } });
  if (report.kind !== DocumentDiagnosticReportKind.Full) return undefined;
  return c.protocol2CodeConverter.asDiagnostics(report.items);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
