/**
 * "Disable <rule> for this line / file" edits, written in the template's own comment syntax so the engine's
 * directive parser (`engine/suppress.ts`) honours them. Every edit is verified by re-linting the edited text:
 * an action is only offered when it really silences the rule.
 */
import { applyEdits, escapeRe, JSX_SYNTAX, LineIndex, lineEnding, type Finding, type Format, type TextEdit } from '../engine';
import { FORMAT_REGISTRY, type CommentSyntax } from '../../shared/formats';

export type { CommentSyntax };

/** Each format's comment syntax, from the format registry. */
const SYNTAX: Partial<Record<Format, CommentSyntax>> = Object.fromEntries(
  FORMAT_REGISTRY.flatMap((f): [Format, CommentSyntax][] => ('comment' in f ? [[f.id, f.comment]] : [])),
);
/** Formats whose file-level comment is written another way (JSX: `//` at the top of the module). */
const FILE_SYNTAX: Partial<Record<Format, CommentSyntax>> = Object.fromEntries(
  FORMAT_REGISTRY.flatMap((f): [Format, CommentSyntax][] => ('fileComment' in f ? [[f.id, f.fileComment]] : [])),
);

/** Plain text has no comment syntax: its suppressions go into a config file instead. */
export function commentSyntaxFor(format: Format): CommentSyntax | undefined {
  return SYNTAX[format];
}

export function directiveComment(format: Format, directive: string): string | undefined {
  const s = SYNTAX[format];
  return s && `${s.open}${directive}${s.close}`;
}

type Lint = (text: string) => readonly Finding[];

/**
 * How many findings of a rule an edited text still has. A text that no longer parses (a JSX comment put where code
 * is) has none because it was not read: that is no silence, so it counts as never silenced.
 */
const countRule = (findings: readonly Finding[], ruleId: string, line?: number, lines?: LineIndex) =>
  findings.some((f) => f.ruleId === JSX_SYNTAX) ? Infinity : findings.filter((f) => f.ruleId === ruleId && (line === undefined || lines!.lineOf(f.range.start) === line)).length;

/**
 * An edit that silences `finding.ruleId` on the finding's line. Prefers a `warmly-disable-next-line` comment on
 * its own line above (as ESLint does), extending one that is already there; falls back to a trailing
 * `warmly-disable-line` comment where a new line would change the markup (inside a tag, mid-paragraph).
 */
export function disableLineEdit(text: string, format: Format, finding: Finding, lint: Lint): TextEdit | undefined {
  const syntax = SYNTAX[format];
  if (!syntax) return undefined;
  const lines = new LineIndex(text);
  const line = lines.lineOf(finding.range.start);
  const before = countRule(lint(text), finding.ruleId, line, lines);
  if (before === 0) return undefined;
  const candidates = [extendPreviousDirective(text, lines, line, syntax, finding.ruleId), nextLineComment(text, lines, line, format, finding.ruleId), trailingComment(lines, line, format, finding.ruleId)];
  for (const edit of candidates) {
    if (!edit) continue;
    const edited = applyEdits(text, [edit]).text;
    // The finding's line moves down by one when a comment line was inserted above it.
    const newLine = edit.text.endsWith(lineEnding(text)) && edit.range.start === edit.range.end ? line + 1 : line;
    if (countRule(lint(edited), finding.ruleId, newLine, new LineIndex(edited)) < before) return edit;
  }
  return undefined;
}

/** An edit that silences `ruleId` in the whole file with a `warmly-disable-file` comment near the top. */
export function disableFileEdit(text: string, format: Format, ruleId: string, lint: Lint): TextEdit | undefined {
  const file = FILE_SYNTAX[format];
  const comment = file ? `${file.open}warmly-disable-file ${ruleId}${file.close}` : directiveComment(format, `warmly-disable-file ${ruleId}`);
  if (!comment) return undefined;
  const eol = lineEnding(text);
  const top = preambleEnd(text);
  const atTop: TextEdit = { range: { start: top, end: top }, text: comment + eol };
  const atEnd: TextEdit = { range: { start: text.length, end: text.length }, text: (/[\r\n]$/.test(text) || !text ? '' : eol) + comment + eol };
  for (const edit of [atTop, atEnd]) {
    if (countRule(lint(applyEdits(text, [edit]).text), ruleId) === 0) return edit;
  }
  return undefined;
}

function indentOf(text: string, lines: LineIndex, line: number): string {
  const start = lines.lineStart(line);
  return /^[ \t]*/.exec(text.slice(start, lines.lineEnd(line)))![0];
}

function nextLineComment(text: string, lines: LineIndex, line: number, format: Format, ruleId: string): TextEdit | undefined {
  const start = lines.lineStart(line);
  const comment = directiveComment(format, `warmly-disable-next-line ${ruleId}`)!;
  return { range: { start, end: start }, text: indentOf(text, lines, line) + comment + lineEnding(text) };
}

function trailingComment(lines: LineIndex, line: number, format: Format, ruleId: string): TextEdit | undefined {
  const end = lines.lineEnd(line);
  return { range: { start: end, end }, text: ' ' + directiveComment(format, `warmly-disable-line ${ruleId}`)! };
}


/** `<!-- warmly-disable-next-line a -->` right above becomes `<!-- warmly-disable-next-line a, b -->`. */
function extendPreviousDirective(text: string, lines: LineIndex, line: number, syntax: CommentSyntax, ruleId: string): TextEdit | undefined {
  if (line === 0) return undefined;
  const start = lines.lineStart(line - 1);
  const content = text.slice(start, lines.lineEnd(line - 1));
  const re = new RegExp(`^[ \\t]*${escapeRe(syntax.open.trim())}\\s*warmly-disable-next-line\\s+([a-z][a-z0-9-]*(?:[\\s,]+[a-z][a-z0-9-]*)*)(\\s*)${escapeRe(syntax.close.trim())}[ \\t]*$`);
  const m = re.exec(content);
  if (!m) return undefined;
  const list = m[1].split(/[\s,]+/);
  if (list.includes(ruleId)) return undefined;
  const listEnd = start + m.index + m[0].indexOf(m[1]) + m[1].length;
  return { range: { start: listEnd, end: listEnd }, text: `, ${ruleId}` };
}

/**
 * Where a file-level comment may go: after front matter, an XML declaration or a doctype, which must stay first.
 */
function preambleEnd(text: string): number {
  let at = 0;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  at = bom;
  const front = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(at));
  if (front) at += front[0].length;
  for (const re of [/^[ \t]*<\?xml[^>]*>[ \t]*(?:\r?\n|\r)?/i, /^[ \t]*<!doctype[^>]*>[ \t]*(?:\r?\n|\r)?/i]) {
    const m = re.exec(text.slice(at));
    if (m) at += m[0].length;
  }
  return at;
}
