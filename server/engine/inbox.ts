/**
 * The inbox row: what a reader sees before opening a message, the sender's display name and the subject. They
 * come from a header block or front matter (`From:`, `from_name:`, `Subject:`), an HTML email's `<title>`, or a
 * catalog key the caller named (LintOptions.field). Each field is read as a prose block of its own, with merge
 * tags as placeholders and offsets back to the file, so rules match it with their phrase data like any text.
 */
import { TagIndex } from './formats/source';
import { buildProse, type Piece, type ProseBlock } from './prose';
import type { RuleContext } from './rule';
import type { Range } from './types';

export interface InboxField {
  kind: 'sender' | 'subject';
  /** Where the value came from: a header or front-matter line, an HTML `<title>`, or a whole catalog string. */
  source: 'header' | 'title' | 'catalog';
  /** The value's range in the file: for a sender, only its display name (`"Acme Alerts" <a@b.c>` → Acme Alerts). */
  range: Range;
  block: ProseBlock;
}

const SENDER_FIELDS = new Set(['from', 'sender', 'from_name', 'sender_name']);

/**
 * The fields of the lint an extraction belongs to (each lint makes its own): cold-subject and cold-sender both ask,
 * and read the same blocks. Keyed by the extraction, so it lives no longer than the lint's objects.
 */
const fieldsOfLint = new WeakMap<object, { text: string; language: RuleContext['languageOverride']; headers: number; fields: readonly InboxField[] }>();

export function inboxFields(ctx: Pick<RuleContext, 'text' | 'extraction' | 'languageOverride'>): readonly InboxField[] {
  const known = fieldsOfLint.get(ctx.extraction);
  if (known && known.text === ctx.text && known.language === ctx.languageOverride && known.headers === ctx.extraction.headers.length) return known.fields;
  const fields = readInboxFields(ctx);
  fieldsOfLint.set(ctx.extraction, { text: ctx.text, language: ctx.languageOverride, headers: ctx.extraction.headers.length, fields });
  return fields;
}

function readInboxFields(ctx: Pick<RuleContext, 'text' | 'extraction' | 'languageOverride'>): InboxField[] {
  const out: InboxField[] = [];
  let index: TagIndex | undefined;
  for (const h of ctx.extraction.headers) {
    const kind = h.name === 'subject' || h.name === 'title' ? 'subject' : SENDER_FIELDS.has(h.name) ? 'sender' : undefined;
    if (!kind) continue;
    const whole = h.range.start === 0 && h.range.end === ctx.text.length;
    const source = h.name === 'title' ? 'title' : whole ? 'catalog' : 'header';
    const range = kind === 'sender' ? displayName(ctx.text, h.range) : unquoted(ctx.text, h.range);
    if (!range || range.end <= range.start) continue;
    index ??= new TagIndex(ctx.extraction.scan);
    const pieces: Piece[] = [];
    index.pieces(ctx.text, range.start, range.end, pieces);
    const block = buildProse({ pieces }, ctx.languageOverride);
    if (block) out.push({ kind, source, range, block });
  }
  return out;
}

/** The value without the YAML/JSON quotes around it and the spaces inside them. */
function unquoted(text: string, r: Range): Range | undefined {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end - start >= 2 && (text[start] === '"' || text[start] === "'") && text[end - 1] === text[start]) { start++; end--; }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * The display name of an address header, as RFC 5322 writes it: `Name <addr>` or `"Name" <addr>`; a bare name
 * (`from_name: Acme Alerts`) is all name; a bare address has none (its local part is no-reply's business).
 */
function displayName(text: string, r: Range): Range | undefined {
  const outer = unquoted(text, r);
  if (!outer) return undefined;
  const value = text.slice(outer.start, outer.end);
  const angle = value.lastIndexOf('<');
  if (angle > 0 && value.endsWith('>') && value.slice(angle).includes('@')) {
    return unquoted(text, { start: outer.start, end: outer.start + angle });
  }
  // A bare address, or an address and nothing else: no display name.
  if (/^[^\s<>]+@[^\s<>]+$/.test(value) || angle === 0) return undefined;
  return outer;
}
