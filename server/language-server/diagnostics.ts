/**
 * The pure mapper from engine findings to LSP diagnostics. No connection, no I/O: unit-tested on its own.
 * Positions are UTF-16 line/character, as the engine's `LineIndex` counts them.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range as LspRange } from 'vscode-languageserver';
import { LineIndex, UNUSED_DISABLE, type Finding, type Range, type Suggestion } from '../engine';
import { DIAGNOSTIC_SOURCE } from '../../shared/protocol';

export const SOURCE = DIAGNOSTIC_SOURCE;

/** What code actions need from a diagnostic, carried in `Diagnostic.data`. Offsets are for `version`. */
export interface WarmlyDiagnosticData {
  ruleId: string;
  /** The document version the offsets belong to. */
  version: number;
  range: Range;
  actual: string;
  url: string;
  suggestions: Suggestion[];
}

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspRange(lines: LineIndex, range: Range): LspRange {
  return { start: lines.positionAt(range.start), end: lines.positionAt(range.end) };
}

export function toDiagnostic(finding: Finding, lines: LineIndex, version: number): Diagnostic {
  const data: WarmlyDiagnosticData = {
    ruleId: finding.ruleId,
    version,
    range: finding.range,
    actual: finding.actual,
    url: finding.url,
    suggestions: finding.suggestions,
  };
  const diagnostic: Diagnostic = {
    range: toLspRange(lines, finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    source: SOURCE,
    message: finding.message,
    data,
  };
  // Editors fade an unused suppression comment out instead of squiggling it.
  if (finding.ruleId === UNUSED_DISABLE) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

export function toDiagnostics(findings: readonly Finding[], text: string, version: number): Diagnostic[] {
  const lines = new LineIndex(text);
  return findings.map((f) => toDiagnostic(f, lines, version));
}

/** The Warmly data of a diagnostic a client sent back, if it is one of ours and well formed. */
export function dataOf(diagnostic: Diagnostic): WarmlyDiagnosticData | undefined {
  const d = diagnostic.data as Partial<WarmlyDiagnosticData> | undefined;
  if (diagnostic.source !== SOURCE || !d || typeof d.ruleId !== 'string' || typeof d.version !== 'number') return undefined;
  if (!d.range || typeof d.range.start !== 'number' || !Array.isArray(d.suggestions)) return undefined;
  return d as WarmlyDiagnosticData;
}

/** Per-severity counts, for the status notification. */
export function countBySeverity(findings: readonly Finding[]): Record<Finding['severity'] | 'total', number> {
  const counts = { error: 0, warning: 0, info: 0, hint: 0, total: findings.length };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
