/** `warmly --list-rules`: every rule with its default severity, whether it fixes, and what it looks for. */
import { docsUrl } from '../engine';
import { rules } from '../linter';
import type { Palette } from './color';

export function listRules(format: 'json' | 'text', c: Palette): string {
  if (format === 'json') {
    return JSON.stringify(rules.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, fixable: r.fixable, description: r.description, url: docsUrl(r.id) })), null, 2) + '\n';
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  let out = '';
  for (const r of rules) {
    out += `${c.bold(r.id.padEnd(width))}  ${r.defaultSeverity.padEnd(7)}  ${r.fixable ? 'fixable' : '       '}  ${r.description}\n`;
  }
  return out;
}
