/**
 * "Warmly: Lint workspace". The server lints what the editor opens, so each template file is opened in the
 * background (the language client sends it to the server) and its diagnostics are awaited. VS Code closes such
 * background documents after a few minutes, and the server then drops their diagnostics; a snapshot of each
 * file's findings is kept in a diagnostic collection of our own and shown whenever the file is not open, so the
 * Problems view keeps the whole workspace. While a file is open, the server's live diagnostics are the only ones.
 */
import * as vscode from 'vscode';
import { LANGUAGE_IDS, WORKSPACE_EXCLUDE, WORKSPACE_GLOB } from './languages';
import { warmlyDiagnostics } from './status-bar';
import { DIAGNOSTIC_SOURCE } from '../../shared/protocol';

const languages = new Set<string>(LANGUAGE_IDS);
const MAX_FILES = 5000;
const PARALLEL = 4;
/** A file whose diagnostics have not arrived by then is counted as not linted. */
const FILE_TIMEOUT_MS = 15_000;
const QUIET_MS = 300;

export interface WorkspaceLintSummary {
  files: number;
  linted: number;
  findings: number;
  filesWithFindings: number;
}

export class WorkspaceLint implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('warmly-workspace');
  private readonly snapshots = new Map<string, readonly vscode.Diagnostic[]>();
  private readonly subscriptions: vscode.Disposable[];

  /**
   * @param pull asks the server for a document's diagnostics (an LSP pull) and answers undefined when it cannot:
   * the answer is computed for the document as it is, where diagnostics events only say that something changed.
   */
  constructor(
    private readonly output: vscode.LogOutputChannel,
    private readonly pull: (uri: vscode.Uri) => Promise<vscode.Diagnostic[] | undefined> = async () => undefined,
  ) {
    this.subscriptions = [
      this.collection,
      vscode.workspace.onDidOpenTextDocument((doc) => this.collection.delete(doc.uri)),
      // An open file's snapshot follows the server; a closed file's snapshot shows once the server dropped its own.
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) {
          if (!this.snapshots.has(uri.toString())) continue;
          if (isOpen(uri)) this.snapshots.set(uri.toString(), warmlyDiagnostics(uri));
          else this.showSnapshot(uri);
        }
      }),
    ];
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  async run(): Promise<WorkspaceLintSummary | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('Warmly: open a folder first, then lint its templates.');
      return undefined;
    }
    const uris = await vscode.workspace.findFiles(WORKSPACE_GLOB, WORKSPACE_EXCLUDE, MAX_FILES);
    if (uris.length === 0) {
      void vscode.window.showInformationMessage('Warmly found no templates (HTML, Markdown, Handlebars, Liquid, Twig, ERB, MJML, text) in this workspace.');
      return undefined;
    }
    uris.sort((a, b) => a.fsPath.localeCompare(b.fsPath));

    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Warmly: linting workspace', cancellable: true },
      async (progress, token) => {
        let next = 0;
        let done = 0;
        let linted = 0;
        let failed = 0;
        const worker = async () => {
          while (next < uris.length && !token.isCancellationRequested) {
            const uri = uris[next++];
            const outcome = await this.lintFile(uri);
            if (outcome === 'linted') linted++;
            if (outcome === 'failed') failed++;
            done++;
            progress.report({ increment: 100 / uris.length, message: `${done} of ${uris.length}: ${vscode.workspace.asRelativePath(uri)}` });
          }
        };
        await Promise.all(Array.from({ length: PARALLEL }, worker));
        return this.summarize(uris, linted, failed);
      },
    );
    const findings = summary.findings === 0
      ? `no findings in ${summary.linted} ${plural(summary.linted, 'file')}. Warm work!`
      : `${summary.findings} ${plural(summary.findings, 'finding')} in ${summary.filesWithFindings} of ${summary.linted} ${plural(summary.linted, 'file')}.`;
    const skipped = summary.files - summary.linted;
    const message = `Warmly: ${findings}${skipped ? ` ${skipped} ${plural(skipped, 'file')} could not be linted (see the Warmly output).` : ''}`;
    void vscode.window.showInformationMessage(message, ...(summary.findings ? ['Open Problems'] : [])).then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
    return summary;
  }

  /**
   * Opens one file so the server lints it, waits for its diagnostics and keeps a snapshot. A file that opens in
   * a language the server is not given (say, a .tpl that another extension calls Smarty) is skipped.
   */
  private async lintFile(uri: vscode.Uri): Promise<'linted' | 'skipped' | 'failed'> {
    const alreadyOpen = isOpen(uri);
    const arrived: Cancellable<boolean> = alreadyOpen ? Promise.resolve(true) : diagnosticsArrive(uri, FILE_TIMEOUT_MS);
    let doc: vscode.TextDocument;
    try {
      doc = await vscode.workspace.openTextDocument(uri);
    } catch (error) {
      arrived.cancel?.();
      this.output.warn(`Lint workspace: could not open ${uri.fsPath}: ${String(error)}`);
      return 'failed'; // binary or too large for the editor
    }
    if (!languages.has(doc.languageId)) {
      arrived.cancel?.();
      return 'skipped';
    }
    if (!(await arrived)) {
      this.output.warn(`Lint workspace: no diagnostics for ${uri.fsPath} within ${FILE_TIMEOUT_MS / 1000} s`);
      return 'failed';
    }
    // Events only say the diagnostics changed: a pulling client clears a file's diagnostics before the server's
    // answer fills them in, and on a busy machine that answer can come after any quiet period we wait for. Once
    // an event has arrived the server has the document, so ask it directly for what it finds there.
    const pulled = await this.pull(uri).catch(() => undefined);
    this.snapshots.set(uri.toString(), pulled ? pulled.filter((d) => d.source === DIAGNOSTIC_SOURCE) : warmlyDiagnostics(uri));
    if (!isOpen(uri)) this.showSnapshot(uri);
    return 'linted';
  }

  private showSnapshot(uri: vscode.Uri): void {
    const snapshot = this.snapshots.get(uri.toString());
    if (!snapshot || isOpen(uri) || this.collection.has(uri)) return;
    if (warmlyDiagnostics(uri).length > 0) return; // the server still shows this file
    this.collection.set(uri, [...snapshot]);
  }

  private summarize(uris: vscode.Uri[], linted: number, failed: number): WorkspaceLintSummary {
    let findings = 0;
    let filesWithFindings = 0;
    for (const uri of uris) {
      // What the file had when it was linted. Not the live diagnostics: a file opened only to be linted is closed
      // again behind our back, the server then clears its diagnostics, and the snapshot replaces them a moment
      // later; counting live diagnostics raced with that and could miss every unopened file.
      const n = this.snapshots.get(uri.toString())?.length ?? warmlyDiagnostics(uri).length;
      findings += n;
      if (n) filesWithFindings++;
    }
    return { files: linted + failed, linted, findings, filesWithFindings };
  }
}

function isOpen(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

type Cancellable<T> = Promise<T> & { cancel?: () => void };

/**
 * Resolves true once diagnostics for `uri` changed and then stayed put for `QUIET_MS` (a pulling client may
 * clear a file's diagnostics before it fills them in), false if nothing arrived before the timeout.
 */
function diagnosticsArrive(uri: vscode.Uri, timeoutMs: number): Cancellable<boolean> {
  const key = uri.toString();
  let cancel: (() => void) | undefined;
  const promise: Cancellable<boolean> = new Promise<boolean>((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const finish = (value: boolean) => {
      clearTimeout(timer);
      clearTimeout(quiet);
      listener.dispose();
      resolve(value);
    };
    const timer = setTimeout(() => finish(quiet !== undefined), timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === key)) return;
      clearTimeout(quiet);
      quiet = setTimeout(() => finish(true), QUIET_MS);
    });
    cancel = () => finish(false);
  });
  promise.cancel = cancel;
  return promise;
}
