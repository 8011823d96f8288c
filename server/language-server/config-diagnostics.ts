/**
 * Diagnostics on Warmly's own config files (.warmlyrc*, warmly.config.*): a broken file gets one error where
 * the problem is, and loses it once the file resolves again. Published for the config file's URI, whether or
 * not it is open, so they live apart from the per-document state.
 */
import { pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { LineIndex } from '../engine';
import { describeProblem, readConfigText, type ConfigProblem } from './config-source';
import { SOURCE } from './diagnostics';

/** Where a problem shows in its file: its line and column when known, else the first mention of its key. */
export function problemDiagnostic(problem: ConfigProblem, text: string | undefined): Diagnostic {
  let range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const lines = text === undefined ? undefined : new LineIndex(text);
  if (problem.line !== undefined) {
    const start = { line: Math.max(0, problem.line - 1), character: Math.max(0, (problem.column ?? 1) - 1) };
    const end = lines ? lines.positionAt(lines.lineEnd(start.line)) : start;
    range = { start, end: end.line === start.line && end.character > start.character ? end : start };
  } else if (text !== undefined && lines) {
    const key = problem.keyPath.split('.').pop() ?? '';
    const at = key ? text.indexOf(`"${key}"`) : -1;
    if (at >= 0) range = { start: lines.positionAt(at), end: lines.positionAt(at + key.length + 2) };
  }
  return { range, severity: 1, source: SOURCE, code: 'config', message: `Warmly config: ${describeProblem(problem)}. Linting goes on with the last valid settings.` };
}

export class ConfigDiagnostics {
  /** Config files that currently show problems, so clearing a healthy file sends nothing. */
  private readonly published = new Set<string>();

  constructor(private readonly connection: Connection) {}

  publish(file: string, problems: ConfigProblem[]): void {
    const uri = pathToFileURL(file).href;
    // Checked for type and size before reading: the file named in a problem may be a device or a huge file.
    const text = readConfigText(file);
    this.published.add(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => problemDiagnostic(p, text)) });
  }

  clear(file: string): void {
    const uri = pathToFileURL(file).href;
    if (!this.published.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
