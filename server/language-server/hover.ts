/**
 * Hover on a finding: why it matters, what was matched, the rewrites on offer and the rule's page. Pure.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { LineIndex, type Finding } from '../engine';
import { toLspRange } from './diagnostics';

/** `localesOf` names, for a catalog finding, the locales of the same message that have the same finding (its own included). */
export function hoverAt(
  text: string,
  findings: readonly Finding[],
  offset: number,
  localesOf: (here: readonly Finding[]) => ReadonlyMap<Finding, readonly string[]> = () => new Map(),
): Hover | null {
  const here = findings.filter((f) => f.range.start <= offset && offset <= f.range.end);
  if (here.length === 0) return null;
  const locales = localesOf(here);
  const parts = here.map((f) => {
    const lines = [`**${f.ruleId}** (Warmly): ${f.message}`, '', `Matched: ${inlineCode(f.actual)}`];
    const same = locales.get(f);
    if (same && same.length > 1) lines.push('', `Same problem in the locales ${same.map(inlineCode).join(', ')} of ${inlineCode(f.catalogKey ?? '')}: fix them together.`);
    if (f.suggestions.length) {
      lines.push('', 'Rewrites:');
      for (const s of f.suggestions) lines.push(`- ${escapeMarkdown(s.title)}`);
    }
    lines.push('', `[Why and how to fix it](${f.url})`);
    return lines.join('\n');
  });
  const first = here[0];
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: toLspRange(new LineIndex(text), first.range),
  };
}

function inlineCode(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  const fence = flat.includes('`') ? '``' : '`';
  return `${fence}${flat}${fence}`;
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}
