/**
 * "Disable <rule> for this file in .warmlyrc.json": for plain text, which has no comment syntax, the suppression
 * goes into the nearest JSON config file as an `overrides` entry for exactly this file. Pure: the caller reads
 * files and knows the client's capabilities.
 */
import { basename, dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex } from '../engine';

export interface ConfigTarget {
  path: string;
  /** Current text (the open document's, if it is open); undefined when the file does not exist yet. */
  text?: string;
  /** The open document's version, or null for a file on disk. */
  version: number | null;
}

export interface ConfigEditInput {
  filePath: string;
  ruleId: string;
  target: ConfigTarget;
  documentChanges: boolean;
  canCreateFiles: boolean;
}

interface Override {
  files?: unknown;
  rules?: Record<string, unknown>;
  [key: string]: unknown;
}

const JSON_CONFIG_NAMES = new Set(['.warmlyrc.json', 'warmly.config.json']);

/**
 * Where to write: the nearest config file (first of `configFiles`, as the resolver lists them) when it is JSON,
 * else a new `.warmlyrc.json` in `root`. YAML and package.json configs are left alone (undefined): a rewrite
 * would lose their comments and formatting.
 */
export function configTargetPath(configFiles: readonly string[], root: string): string | undefined {
  const nearest = configFiles[0];
  if (!nearest) return join(root, '.warmlyrc.json');
  return JSON_CONFIG_NAMES.has(basename(nearest)) ? nearest : undefined;
}

export function disableInConfigEdit(input: ConfigEditInput): { title: string; edit: WorkspaceEdit } | undefined {
  const { target, ruleId } = input;
  let config: Record<string, unknown> = {};
  if (target.text !== undefined && target.text.trim() !== '') {
    try {
      const parsed = JSON.parse(target.text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
      config = parsed;
    } catch {
      return undefined; // A broken config file gets its own diagnostic; do not pile an edit on top.
    }
  }
  const pattern = relative(dirname(target.path), input.filePath).split(sep).join('/');
  const overrides: Override[] = Array.isArray(config.overrides) ? [...(config.overrides as Override[])] : [];
  const existing = overrides.findIndex((o) => Array.isArray(o.files) && o.files.length === 1 && o.files[0] === pattern);
  if (existing >= 0) {
    const o = overrides[existing];
    overrides[existing] = { ...o, rules: { ...(o.rules ?? {}), [ruleId]: 'off' } };
  } else {
    overrides.push({ files: [pattern], rules: { [ruleId]: 'off' } });
  }
  const indent = target.text ? /\n([ \t]+)"/.exec(target.text)?.[1] ?? '  ' : '  ';
  const eol = target.text?.includes('\r\n') ? '\r\n' : '\n';
  const newText = JSON.stringify({ ...config, overrides }, null, indent).replace(/\n/g, eol) + eol;
  const uri = pathToFileURL(target.path).href;
  const title = `Disable ${ruleId} for this file in ${basename(target.path)}`;

  if (target.text === undefined) {
    if (!input.canCreateFiles || !input.documentChanges) return undefined;
    return {
      title,
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }] },
        ],
      },
    };
  }
  const lines = new LineIndex(target.text);
  const whole = { start: { line: 0, character: 0 }, end: lines.positionAt(target.text.length) };
  const edits = [{ range: whole, newText }];
  return {
    title,
    edit: input.documentChanges ? { documentChanges: [{ textDocument: { uri, version: target.version }, edits }] } : { changes: { [uri]: edits } },
  };
}
