/**
 * The fixed set of code actions (as vscode-eslint offers them): each rewrite as a quick fix (the first one
 * preferred), fix all of one rule, fix all, `source.fixAll.warmly`, disable for this line / file, and show
 * documentation. Pure: the caller passes the document, its findings and how to lint and fix it.
 */
import { CodeActionKind, type CodeAction, type Command, type Range as LspRange, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex, type Finding, type Format, type Range, type TextEdit } from '../engine';
import { toDiagnostic, toLspRange } from './diagnostics';
import { disableFileEdit, disableLineEdit } from './suppression';
import { FIX_ALL_KIND, SERVER_COMMANDS } from '../../shared/protocol';

export { FIX_ALL_KIND };
export const COMMAND_SHOW_DOCUMENTATION = SERVER_COMMANDS.showDocumentation;
export const COMMAND_FIX_ALL = SERVER_COMMANDS.fixAll;

export interface ActionInput {
  uri: string;
  version: number;
  text: string;
  format: Format;
  /** The document's current findings. */
  findings: readonly Finding[];
  /** The range the editor asks about, in offsets. */
  range: Range;
  /** `CodeActionContext.only`, if the editor restricted the kinds. */
  only?: string[];
  /** Lints a variant of this document with the same options (to verify suppressions); without it, no suppressions are offered. */
  lint?(text: string): readonly Finding[];
  /** Fix-all of this document with the same options, optionally for one rule; without it, no fix-all is offered. */
  fix?(filter?: (f: Finding) => boolean): string;
  /** Whether the client understands `documentChanges` (versioned edits). */
  documentChanges: boolean;
  /** For formats without comments: an edit that turns a rule off for this file in a config file. */
  configEdit?(ruleId: string): { title: string; edit: WorkspaceEdit } | undefined;
}

const wants = (only: string[] | undefined, kind: string) =>
  !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export function codeActions(input: ActionInput): CodeAction[] {
  const { only } = input;
  const actions: CodeAction[] = [];
  const fixable = input.findings.filter((f) => f.suggestions.length > 0);

  if (only && wants(only, FIX_ALL_KIND) && !wants(only, CodeActionKind.QuickFix)) {
    const fixAll = fixAllAction(input, FIX_ALL_KIND, 'Fix all Warmly problems');
    return fixAll ? [fixAll] : [];
  }
  if (!wants(only, CodeActionKind.QuickFix)) return actions;

  const here = input.findings.filter((f) => intersects(f.range, input.range));
  const lines = new LineIndex(input.text);
  for (const f of here) {
    const diagnostic = toDiagnostic(f, lines, input.version);
    f.suggestions.forEach((s, i) => {
      actions.push({
        title: s.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: i === 0,
        diagnostics: [diagnostic],
        edit: editFor(input, s.edits),
      });
    });
  }
  const rulesHere = [...new Set(here.map((f) => f.ruleId))];
  for (const ruleId of rulesHere) {
    if (fixable.filter((f) => f.ruleId === ruleId).length > 1) {
      const a = fixAllAction(input, CodeActionKind.QuickFix, `Fix all ${ruleId} problems in this file`, (f) => f.ruleId === ruleId);
      if (a) actions.push(a);
    }
  }
  if (here.some((f) => f.suggestions.length) && fixable.length > 1 && new Set(fixable.map((f) => f.ruleId)).size > 1) {
    const a = fixAllAction(input, CodeActionKind.QuickFix, 'Fix all Warmly problems');
    if (a) actions.push(a);
  }
  for (const ruleId of input.lint ? rulesHere : []) {
    const lint = input.lint!;
    const first = here.find((f) => f.ruleId === ruleId)!;
    const line = disableLineEdit(input.text, input.format, first, lint);
    if (line) actions.push({ title: `Disable ${ruleId} for this line`, kind: CodeActionKind.QuickFix, edit: editFor(input, [line]) });
    const file = disableFileEdit(input.text, input.format, ruleId, lint);
    if (file) actions.push({ title: `Disable ${ruleId} for this file`, kind: CodeActionKind.QuickFix, edit: editFor(input, [file]) });
    if (!file && input.configEdit) {
      const c = input.configEdit(ruleId);
      if (c) actions.push({ title: c.title, kind: CodeActionKind.QuickFix, edit: c.edit });
    }
  }
  for (const ruleId of rulesHere) {
    const url = here.find((f) => f.ruleId === ruleId)!.url;
    const command: Command = { title: `Show documentation for ${ruleId}`, command: COMMAND_SHOW_DOCUMENTATION, arguments: [url] };
    actions.push({ title: command.title, kind: CodeActionKind.QuickFix, command });
  }
  if (wants(only, FIX_ALL_KIND) && only) {
    const a = fixAllAction(input, FIX_ALL_KIND, 'Fix all Warmly problems');
    if (a) actions.push(a);
  }
  return actions;
}

/** Ranges touch when they overlap, or when an empty cursor range sits inside or at either end of a finding. */
function intersects(a: Range, b: Range): boolean {
  if (b.start === b.end) return a.start <= b.start && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

function fixAllAction(input: ActionInput, kind: string, title: string, filter?: (f: Finding) => boolean): CodeAction | undefined {
  if (!input.fix) return undefined;
  const fixed = input.fix(filter);
  if (fixed === input.text) return undefined;
  return { title, kind, edit: editFor(input, [minimalEdit(input.text, fixed)]) };
}

/** Engine edits (offsets) → a workspace edit pinned to the document version it was computed for. */
export function editFor(input: Pick<ActionInput, 'uri' | 'version' | 'text' | 'documentChanges'>, edits: readonly TextEdit[]): WorkspaceEdit {
  const lines = new LineIndex(input.text);
  const lsp: LspTextEdit[] = edits.map((e) => ({ range: toLspRange(lines, e.range), newText: e.text }));
  return versionedEdit(input.uri, input.version, lsp, input.documentChanges);
}

export function versionedEdit(uri: string, version: number | null, edits: LspTextEdit[], documentChanges: boolean): WorkspaceEdit {
  // With documentChanges the client refuses the edit when the document moved past `version`.
  return documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
}

/**
 * One edit turning `before` into `after`: the span between their common prefix and suffix, never splitting a
 * surrogate pair or a CRLF.
 */
export function minimalEdit(before: string, after: string): TextEdit {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  if (p > 0 && p < before.length && splits(before, p)) p--;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  while (s > 0 && splits(before, before.length - s)) s--;
  return { range: { start: p, end: before.length - s }, text: after.slice(p, after.length - s) };
}

function splits(text: string, at: number): boolean {
  const a = text.charCodeAt(at - 1);
  const b = text.charCodeAt(at);
  return (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff) || (a === 13 && b === 10);
}

export type { LspRange };
