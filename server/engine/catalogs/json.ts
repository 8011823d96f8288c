/**
 * JSON catalogs (i18next nesting and `_one`/`_other` plurals, ICU MessageFormat, flat key files), parsed with
 * `jsonc-parser`, which gives every string literal's offset. The literal is decoded here with an offset map
 * (`\uXXXX`, `\n`, `\"`…) and checked against the parser's value.
 */
// The ESM build: the default UMD one loads its parts with a require() that bundlers cannot follow.
import { parseTree, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { MappedText, type Catalog, type CatalogMessage } from './types';

export function parseJsonCatalog(text: string): Catalog | { error: string } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  if (errors.length || !root) return { error: `invalid JSON at offset ${errors[0]?.offset ?? 0}` };
  // A file whose strings are written \uXXXX-escaped gets its fixes written the same way.
  const asciiOnly = !/[^\x00-\x7f]/.test(text) && /\\u[0-9a-fA-F]{4}/.test(text);
  const messages: CatalogMessage[] = [];
  const unmapped: string[] = [];
  const visit = (node: Node, path: string[]): void => {
    if (node.type === 'object') {
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) visit(v, [...path, String(k.value)]);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((c, i) => visit(c, [...path, String(i)]));
    } else if (node.type === 'string' && typeof node.value === 'string' && node.value.trim()) {
      const key = path.join('.');
      const mapped = decodeJsonString(text, node.offset + 1, node.offset + node.length - 1);
      if (mapped.text !== node.value) { unmapped.push(key); return; }
      messages.push({
        key, text: mapped.text, starts: mapped.starts, ends: mapped.ends, endOffset: node.offset + node.length - 1,
        encode: (s) => escapeJson(s, asciiOnly), fixable: true,
      });
    }
  };
  visit(root, []);
  return { kind: 'json', messages, unmapped };
}

export function decodeJsonString(text: string, start: number, end: number): MappedText {
  const out = new MappedText();
  const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  let i = start;
  while (i < end) {
    if (text[i] === '\\') {
      const e = text[i + 1];
      if (e === 'u') { out.push(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i, i + 6); i += 6; continue; }
      if (e in simple) { out.push(simple[e], i, i + 2); i += 2; continue; }
    }
    out.copy(text[i], i);
    i++;
  }
  return out;
}

export function escapeJson(s: string, asciiOnly: boolean): string {
  let out = JSON.stringify(s).slice(1, -1);
  if (asciiOnly) out = out.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  return out;
}
