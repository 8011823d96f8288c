/**
 * Laravel language files (`lang/fa/auth.php`: `return ['key' => '…', 'nested' => [...]];`), parsed with
 * `php-parser` (glayzzle), which gives each string literal's offsets. Single- and double-quoted literals are
 * decoded here with an offset map and checked against the parser's value; interpolated strings, heredocs and
 * concatenations are left alone (their text is not one literal a fix could be written into).
 */
import { disabledByComments, MappedText, type Catalog, type CatalogMessage } from './types';
import { onFirstUse } from '../lazy';

interface PhpNode { kind: string; loc?: { start: { offset: number }; end: { offset: number } }; [k: string]: unknown }

const engine = onFirstUse('php-parser', () => {
  const { Engine } = require('php-parser') as typeof import('php-parser');
  return new Engine({ parser: { extractDoc: false, php8: true, suppressErrors: false }, ast: { withPositions: true, withSource: false } });
});

export function parsePhpCatalog(text: string): Catalog | { error: string } {
  let ast: PhpNode;
  try {
    ast = engine().parseCode(text, 'catalog.php') as unknown as PhpNode;
  } catch (e) {
    return { error: String((e as Error).message).split('\n')[0] };
  }
  const ret = (ast.children as PhpNode[] | undefined)?.find((c) => c.kind === 'return');
  const root = ret?.expr as PhpNode | undefined;
  if (!root || root.kind !== 'array') return { error: 'no `return [ … ];` array' };
  const messages: CatalogMessage[] = [];
  const unmapped: string[] = [];
  const visit = (arr: PhpNode, path: string[]): void => {
    (arr.items as PhpNode[]).forEach((item, i) => {
      if (!item || item.kind !== 'entry') return;
      const keyNode = item.key as PhpNode | null;
      const key = keyNode && (keyNode.kind === 'string' || keyNode.kind === 'number') ? String(keyNode.value) : String(i);
      const value = item.value as PhpNode;
      if (value.kind === 'array') return visit(value, [...path, key]);
      if (value.kind !== 'string' || typeof value.value !== 'string' || !value.value.trim() || !value.loc) {
        if (value.kind === 'encapsed' || value.kind === 'bin' || value.kind === 'nowdoc') unmapped.push([...path, key].join('.'));
        return;
      }
      const start = value.loc.start.offset;
      const end = value.loc.end.offset;
      const double = Boolean(value.isDoubleQuote);
      const mapped = decodePhp(text, start + 1, end - 1, double);
      const full = [...path, key].join('.');
      if (mapped.text !== value.value) { unmapped.push(full); return; }
      messages.push({
        key: full, text: mapped.text, starts: mapped.starts, ends: mapped.ends, endOffset: end - 1, fixable: true,
        encode: (s) => (double ? s.replace(/[\\"$\n\t\r]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : '\\' + c)) : s.replace(/[\\']/g, (c) => '\\' + c)),
        disabled: disabledByComments(text, keyNode?.loc?.start.offset ?? start, /^(?:\/\/|#|\/\*+|\*)\s*(.*?)(?:\*\/)?$/),
      });
    });
  };
  visit(root, []);
  return { kind: 'php', messages, unmapped };
}

const DOUBLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$', '"': '"' };

function decodePhp(text: string, start: number, end: number, double: boolean): MappedText {
  const out = new MappedText();
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '\\' && i + 1 < end) {
      const e = text[i + 1];
      if (!double) {
        if (e === "'" || e === '\\') { out.push(e, i, i + 2); i += 2; continue; }
      } else {
        if (e in DOUBLE) { out.push(DOUBLE[e], i, i + 2); i += 2; continue; }
        const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1, Math.min(end, i + 4)));
        if (oct) { out.push(String.fromCharCode(parseInt(oct[0], 8) & 0xff), i, i + 1 + oct[0].length); i += 1 + oct[0].length; continue; }
        const hex = /^x([0-9a-fA-F]{1,2})/.exec(text.slice(i + 1, Math.min(end, i + 4)));
        if (hex) { out.push(String.fromCharCode(parseInt(hex[1], 16)), i, i + 1 + hex[0].length); i += 1 + hex[0].length; continue; }
        const uni = /^u\{([0-9a-fA-F]+)\}/.exec(text.slice(i + 1, end));
        if (uni) { out.push(String.fromCodePoint(parseInt(uni[1], 16)), i, i + 1 + uni[0].length); i += 1 + uni[0].length; continue; }
      }
    }
    out.copy(c, i);
    i++;
  }
  return out;
}
