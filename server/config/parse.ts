/**
 * Turns the text of a config file into data, and a key path back into a line and column. Only data formats
 * are read (JSON, YAML): a config file never runs code.
 */
import { basename, extname } from 'node:path';
import type { Document } from 'yaml';
import { onFirstUse } from '../engine/lazy';
import { LineIndex } from '../engine';
import { ConfigError } from './errors';

const yaml = onFirstUse('yaml', () => require('yaml') as typeof import('yaml'));

export const DATA_EXTENSIONS = ['.json', '.yaml', '.yml'] as const;

/** yaml's own default; named here because it is part of what a config file may do. */
export const MAX_YAML_ALIASES = 100;
/** The deepest real config is about 6 levels (overrides → rules → rule → phrases → language → flag). */
export const MAX_DEPTH = 32;

/** How deep arrays and objects nest, counted without recursion (a deep value must not overflow the stack). */
function nestingDepth(data: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > max) max = depth + 1;
    if (max > 10 * MAX_DEPTH) return max;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return max;
}

export interface ParsedConfig {
  /** The config object; `undefined` when a package.json has no "warmly" key. */
  data: unknown;
  /** 1-based line/column of a key path (of the key itself when `key` is true), if it can be found. */
  locate(path: readonly (string | number)[], key?: boolean): { line: number; column: number } | undefined;
}

export function isPackageJson(filePath: string): boolean {
  return basename(filePath) === 'package.json';
}

export function parseConfigText(text: string, filePath: string): ParsedConfig {
  const ext = extname(filePath).toLowerCase();
  if (!(DATA_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new ConfigError({ file: filePath, problem: 'is not a data file Warmly reads', expected: 'a .json, .yaml or .yml file (config files never run code)' });
  }
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const lines = new LineIndex(body);
  const at = (offset: number) => {
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  let data: unknown;
  let doc: Document | undefined;
  if (ext === '.json') {
    try {
      data = JSON.parse(body);
    } catch (err) {
      const m = /position (\d+)/.exec(String((err as Error).message));
      const pos = m ? at(Number(m[1])) : undefined;
      throw new ConfigError({ file: filePath, ...pos, problem: 'is not valid JSON', expected: 'a JSON object like {"rules": {"no-reply": "error"}}' });
    }
  } else {
    doc = yaml().parseDocument(body, { uniqueKeys: true, prettyErrors: false });
    const first = doc.errors[0];
    if (first) {
      throw new ConfigError({ file: filePath, ...at(first.pos[0]), problem: `is not valid YAML (${first.code.toLowerCase().replace(/_/g, ' ')})`, expected: 'a YAML mapping like "rules: {no-reply: error}"' });
    }
    try {
      // yaml counts how many nodes each alias expands to and throws past the limit: an "alias bomb" of a few
      // hundred bytes would otherwise expand to billions of nodes.
      data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {};
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      throw new ConfigError({ file: filePath, problem: `is not usable YAML (${err.message.replace(/\.$/, '').toLowerCase()})`, expected: `YAML whose aliases (*name) expand to at most ${MAX_YAML_ALIASES} nodes` });
    }
  }

  const prefix: string[] = [];
  if (isPackageJson(filePath)) {
    data = data && typeof data === 'object' ? (data as Record<string, unknown>).warmly : undefined;
    prefix.push('warmly');
  }
  const depth = nestingDepth(data);
  if (depth > MAX_DEPTH) {
    throw new ConfigError({ file: filePath, problem: `nests values ${depth > 10 * MAX_DEPTH ? `more than ${10 * MAX_DEPTH}` : depth} levels deep`, expected: `at most ${MAX_DEPTH} levels (a Warmly config needs about 6)` });
  }
  return {
    data,
    locate(path, key = false) {
      // JSON is YAML, so one walker over yaml's syntax tree finds keys in both.
      doc ??= yaml().parseDocument(body, { prettyErrors: false });
      let node: unknown = doc.contents;
      let offset: number | undefined = (node as { range?: number[] } | null)?.range?.[0];
      const full = [...prefix, ...path];
      for (let i = 0; i < full.length; i++) {
        const seg = full[i];
        const last = i === full.length - 1;
        if (yaml().isMap(node)) {
          const pair = node.items.find((p) => yaml().isScalar(p.key) && String(p.key.value) === String(seg));
          if (!pair) break;
          const keyNode = pair.key as { range?: number[] };
          const valueNode = pair.value as { range?: number[] } | null;
          offset = (last && key ? keyNode.range?.[0] : valueNode?.range?.[0] ?? keyNode.range?.[0]) ?? offset;
          node = pair.value;
        } else if (yaml().isSeq(node)) {
          const item = node.items[Number(seg)] as { range?: number[] } | undefined;
          if (!item) break;
          offset = item.range?.[0] ?? offset;
          node = item;
        } else break;
      }
      return offset === undefined ? undefined : at(offset);
    },
  };
}
