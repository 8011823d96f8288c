/**
 * Rewrites in a React email component must stay valid JSX. An edit inside JSX text is written as JSX text: the
 * variables a rewrite brings are `{name}` expressions (the personalizer spells them so) and a line break it adds is
 * `<br />`; any other `{`, `}`, `<`, `>` (and an `&` that would start an entity) is literal text, written as a string
 * expression (`{"{"}`) so it renders as itself. Edits inside string literals are escaped for their quotes by
 * quoted-edits.ts; edits of a `{…}` child itself (a fallback added to `{userName}`) are code the personalizer wrote.
 * After all that, proveJsxFixes re-parses what each rewrite makes and drops any that would not parse.
 */
import { applyEdits } from '../fix';
import type { Finding, Range, Suggestion } from '../types';

/** An element tag a rewrite may write: `<br />`, `</Text>`. */
const ELEMENT = /^<\/?[A-Za-z][\w.:-]*(?:\s+[^<>{}]*?)?\s*\/?>/;
const ENTITY_START = /^&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/;

/** The end of the `{…}` group starting at `i` (braces balanced, JavaScript strings skipped), or -1. */
function groupEnd(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    const c = s[k];
    if (c === '"' || c === "'" || c === '`') {
      const close = s.indexOf(c, k + 1);
      if (close < 0) return -1;
      k = close;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return k + 1;
    else if (c === '\n' && depth > 0) return -1;
  }
  return -1;
}

/** `text` as JSX text: expressions and element tags kept, every other special character written as a string. */
export function escapeJsxText(text: string): string {
  if (!/[{}<>&]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      const end = groupEnd(text, i);
      if (end > i + 2) { out += text.slice(i, end); i = end - 1; continue; }
    } else if (c === '<') {
      const m = ELEMENT.exec(text.slice(i));
      if (m) { out += m[0]; i += m[0].length - 1; continue; }
    } else if (c === '&' && !ENTITY_START.test(text.slice(i))) {
      out += c;
      continue;
    } else if (c !== '}' && c !== '>' && c !== '&') {
      out += c;
      continue;
    }
    out += `{${JSON.stringify(c)}}`;
  }
  return out;
}

/** Escapes the edits that land in JSX text (`text`: the file's JSX text ranges, ends included). */
export function escapeJsxTextEdits(suggestions: readonly Suggestion[], text: readonly Range[]): Suggestion[] {
  if (!text.length) return suggestions as Suggestion[];
  return suggestions.map((s) => ({
    ...s,
    edits: s.edits.map((e) => (text.some((r) => r.start <= e.range.start && e.range.end <= r.end) ? { ...e, text: escapeJsxText(e.text) } : e)),
  }));
}

/** Characters of re-parsing one lint may spend proving rewrites, per character of the file (and at least). */
const PROOF_BUDGET = 40;
const PROOF_FLOOR = 200_000;

/**
 * Drops the rewrites whose result does not parse. `parses` is the parser's verdict on a text. Each distinct edit set
 * is parsed once; past the budget (a huge file with many findings) the remaining rewrites are dropped, not offered
 * unproven.
 */
export function proveJsxFixes(text: string, findings: Finding[], parses: (t: string) => boolean): Finding[] {
  return keepProvedSuggestions(findings, budgetedProof(text, (fixed) => parses(fixed)));
}

/**
 * A proof of rewrites against `text`: `holds` judges the fixed text (and the rewrite that made it). Each distinct
 * edit set is judged once; past the budget (characters of re-parsing per character of the file, and at least a
 * floor) the rest are refused, not offered unproven. Shared by JSX and JS modules returning HTML (js-html-edits.ts).
 */
export function budgetedProof(text: string, holds: (fixed: string, s: Suggestion) => boolean): (s: Suggestion) => boolean {
  let budget = Math.max(PROOF_FLOOR, PROOF_BUDGET * text.length);
  const proved = new Map<string, boolean>();
  return (s) => {
    const key = JSON.stringify(s.edits);
    const known = proved.get(key);
    if (known !== undefined) return known;
    if (budget <= 0) return false;
    const fixed = applyEdits(text, s.edits);
    budget -= fixed.text.length;
    const ok = fixed.skipped === 0 && holds(fixed.text, s);
    proved.set(key, ok);
    return ok;
  };
}

/** The findings with only the suggestions `proves` accepts (a finding keeps its identity when all pass). */
export function keepProvedSuggestions<F extends Finding>(findings: readonly F[], proves: (s: F['suggestions'][number]) => boolean): F[] {
  return findings.map((f) => {
    if (!f.suggestions.length) return f;
    const suggestions = f.suggestions.filter(proves);
    return suggestions.length === f.suggestions.length ? f : { ...f, suggestions };
  });
}
