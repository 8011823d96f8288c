/**
 * Inline suppression written in the template's own comment syntax:
 * `warmly-disable-next-line [rules]`, `warmly-disable-line`, `warmly-disable` … `warmly-enable`,
 * `warmly-disable-file`. Rule lists are separated by commas or spaces; none means every rule.
 */
import type { CommentSpan } from './formats/source';
import type { LineIndex } from './lines';
import type { Finding, Range } from './types';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive extends Range {
  kind: DirectiveKind;
  /** Rule ids, or undefined for all rules. */
  rules?: string[];
  used: boolean;
}

const DIRECTIVE = /\bwarmly-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\n]*)/g;

export function parseDirectives(comments: readonly CommentSpan[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    for (const m of c.text.matchAll(DIRECTIVE)) {
      // Text after `--` is a reason for people, as in ESLint.
      const list = m[2].split('--')[0].split(/[\s,]+/).filter((r) => /^[a-z][a-z0-9-]*$/.test(r));
      out.push({ start: c.start, end: c.end, kind: m[1] as DirectiveKind, rules: list.length ? list : undefined, used: false });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const covers = (d: Directive, ruleId: string) => !d.rules || d.rules.includes(ruleId);

/** Drop suppressed findings; directives that suppressed something are marked `used`. */
export function applyDirectives(findings: Finding[], directives: Directive[], lines: LineIndex): Finding[] {
  if (directives.length === 0) return findings;
  return findings.filter((f) => {
    const line = lines.lineOf(f.range.start);
    let suppressed = false;
    for (const d of directives) {
      let hit = false;
      if (!covers(d, f.ruleId)) continue;
      switch (d.kind) {
        case 'disable-file': hit = true; break;
        case 'disable-line': hit = lines.lineOf(d.start) === line || lines.lineOf(d.end) === line; break;
        case 'disable-next-line': hit = lines.lineOf(d.end) + 1 === line; break;
        case 'disable': hit = f.range.start >= d.end && !enabledBetween(directives, d, f); break;
        default: break;
      }
      if (hit) { d.used = true; suppressed = true; }
    }
    return !suppressed;
  });
}

function enabledBetween(directives: Directive[], disable: Directive, f: Finding): boolean {
  return directives.some(
    (e) => e.kind === 'enable' && e.start >= disable.end && e.start <= f.range.start && (!e.rules || !disable.rules || e.rules.some((r) => disable.rules!.includes(r)) ) && covers(e, f.ruleId),
  );
}
