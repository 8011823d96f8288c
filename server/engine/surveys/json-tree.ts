/**
 * Reading JSON survey files (SurveyJS, Qualtrics .qsf, Typeform exports) with `jsonc-parser`, which gives every
 * node's offset. Strings are decoded with the catalog layer's offset map (`decodeJsonString`) and kept only when
 * the decoding agrees with the parser's value; a rewrite is escaped the way the file writes its strings.
 */
// The ESM build: the default UMD one loads its parts with a require() that bundlers cannot follow.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { decodeJsonString, escapeJson } from '../catalogs/json';
import type { Language, Range, TextEdit } from '../types';
import { indentAt } from './edits';
import { lintedLocale, makeText } from './text';
import type { Localized, SurveyText } from './types';

export type { Node };

export interface JsonFile {
  text: string;
  root: Node;
  /** Whether the file writes non-ASCII as `\uXXXX` (then rewrites are written the same way). */
  asciiOnly: boolean;
}

export function parseJsonFile(text: string): JsonFile | { error: string } {
  const errors: ParseError[] = [];
  // A byte-order mark (Windows editors, Qualtrics downloads) is not JSON: read as a space, offsets unchanged.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length || !root) {
    const e = errors[0];
    const line = e ? text.slice(0, e.offset).split('\n').length : 1;
    return { error: `${e ? printParseErrorCode(e.error) : 'empty document'} at line ${line}` };
  }
  return { text, root, asciiOnly: !/[^\x00-\x7f]/.test(text) && /\\u[0-9a-fA-F]{4}/.test(text) };
}

/** The value node of an object's property. */
export function prop(node: Node | undefined, name: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  for (const p of node.children ?? []) {
    const [k, v] = p.children ?? [];
    if (k?.value === name) return v;
  }
  return undefined;
}

/** An object's properties as [key, value node] pairs, in file order. */
export function entries(node: Node | undefined): [string, Node][] {
  if (node?.type !== 'object') return [];
  const out: [string, Node][] = [];
  for (const p of node.children ?? []) {
    const [k, v] = p.children ?? [];
    if (k && v) out.push([String(k.value), v]);
  }
  return out;
}

export function items(node: Node | undefined): Node[] {
  return node?.type === 'array' ? node.children ?? [] : [];
}

/** A property's plain value (string, number, boolean), as a string. */
export function scalar(node: Node | undefined, name?: string): string | undefined {
  const v = name === undefined ? node : prop(node, name);
  if (!v || (v.type !== 'string' && v.type !== 'number' && v.type !== 'boolean')) return undefined;
  return String(v.value);
}

export function flag(node: Node | undefined, name: string): boolean {
  const v = prop(node, name);
  return v?.type === 'boolean' ? v.value === true : v?.type === 'string' ? /^(?:true|yes|1)$/i.test(v.value) : false;
}

export function num(node: Node | undefined, name: string): number | undefined {
  const v = prop(node, name);
  if (v?.type === 'number') return v.value as number;
  if (v?.type === 'string' && /^-?\d+(?:\.\d+)?$/.test(v.value.trim())) return Number(v.value);
  return undefined;
}

export function rangeOf(node: Node): Range {
  return { start: node.offset, end: node.offset + node.length };
}

/** One JSON string literal as a survey text; undefined when empty or when the decoding disagrees with the parser. */
export function jsonText(file: JsonFile, node: Node | undefined, locale?: string): SurveyText | undefined {
  if (node?.type !== 'string' || typeof node.value !== 'string') return undefined;
  const mapped = decodeJsonString(file.text, node.offset + 1, node.offset + node.length - 1);
  if (mapped.text !== node.value) return undefined;
  return makeText(mapped, node.offset + node.length - 1, locale, (s) => escapeJson(s, file.asciiOnly));
}

/** A string, or a SurveyJS localized object `{"default": …, "fa": …}`: one text per linted locale. */
export function localized(file: JsonFile, node: Node | undefined): Localized {
  if (node?.type === 'string') {
    const t = jsonText(file, node);
    return t ? [t] : [];
  }
  const out: Localized = [];
  for (const [key, v] of entries(node)) {
    if (!lintedLocale(key)) continue;
    const t = jsonText(file, v, key);
    if (t) out.push(t);
  }
  return out;
}

export { indentAt };

/**
 * An edit that appends `value` (already JSON) to an array, after its last element, on its own line when the
 * elements are on their own lines. Undefined for an empty array (no neighbour to copy the layout from).
 */
export function appendToArray(file: JsonFile, array: Node | undefined, value: string): TextEdit | undefined {
  const last = items(array).at(-1);
  return last ? insertAfterItem(file, array!, last, [value]) : undefined;
}

/**
 * One edit inserting `values` (already JSON: array items, or `"key": value` properties) right after `item`, an
 * element of `container` (an array, or a property of an object), each on its own line when the container's
 * elements are on their own lines.
 */
export function insertAfterItem(file: JsonFile, container: Node, item: Node, values: readonly string[]): TextEdit | undefined {
  const siblings = container.children ?? [];
  const i = siblings.indexOf(item);
  if (i < 0 || !values.length) return undefined;
  const before = siblings[i - 1] ?? siblings[i + 1];
  const between = before ? file.text.slice(Math.min(before.offset + before.length, item.offset + item.length), Math.max(before.offset, item.offset)) : '';
  const multiline = before ? between.includes('\n') : file.text.slice(container.offset, item.offset).includes('\n');
  const sep = multiline ? `,${/\r\n/.test(file.text) ? '\r\n' : '\n'}${indentAt(file.text, item.offset)}` : ', ';
  const end = item.offset + item.length;
  return { range: { start: end, end }, text: values.map((v) => sep + v).join('') };
}

export function jsonString(file: JsonFile, s: string): string {
  return `"${escapeJson(s, file.asciiOnly)}"`;
}

/** The languages of the texts, most used first. */
export function languagesOf(texts: Localized[]): Language[] {
  const count = new Map<Language, number>();
  for (const l of texts) for (const t of l) count.set(t.language, (count.get(t.language) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
}
