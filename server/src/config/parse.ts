/**
 * Turns the text of a config file into data, and a key path back into a line and column. Only data formats
 * are read (JSON, YAML): a config file never runs code.
 */
import { basename, extname } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { LineIndex } from '../engine';
import { ConfigError } from './errors';

export const DATA_EXTENSIONS = ['.json', '.yaml', '.yml'] as const;

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
    doc = parseDocument(body, { uniqueKeys: true, prettyErrors: false });
    const first = doc.errors[0];
    if (first) {
      throw new ConfigError({ file: filePath, ...at(first.pos[0]), problem: `is not valid YAML (${first.code.toLowerCase().replace(/_/g, ' ')})`, expected: 'a YAML mapping like "rules: {no-reply: error}"' });
    }
    data = doc.toJS() ?? {};
  }
  const prefix: string[] = [];
  if (isPackageJson(filePath)) {
    data = data && typeof data === 'object' ? (data as Record<string, unknown>).warmly : undefined;
    prefix.push('warmly');
  }
  return {
    data,
    locate(path, key = false) {
      // JSON is YAML, so one walker over yaml's syntax tree finds keys in both.
      doc ??= parseDocument(body);
      let node: unknown = doc.contents;
      let offset: number | undefined = (node as { range?: number[] } | null)?.range?.[0];
      const full = [...prefix, ...path];
      for (let i = 0; i < full.length; i++) {
        const seg = full[i];
        const last = i === full.length - 1;
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
          if (!pair) break;
          const keyNode = pair.key as { range?: number[] };
          const valueNode = pair.value as { range?: number[] } | null;
          offset = (last && key ? keyNode.range?.[0] : valueNode?.range?.[0] ?? keyNode.range?.[0]) ?? offset;
          node = pair.value;
        } else if (isSeq(node)) {
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
