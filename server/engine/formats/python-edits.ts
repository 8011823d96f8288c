/**
 * Rewrites in a Python module must stay Python, and must stay inside the message they fix. So a rewrite lands only
 * inside a prose literal (formats/python.ts), written for that literal: backslashes and its quote escaped, a line
 * break written `\n` in a one-line string and kept as it is in a triple-quoted one. A raw string cannot escape
 * anything: a rewrite that would need an escape there is not offered. A rewrite that brings braces or a percent
 * sign into a literal with holes (an f-string, a `.format` or `%` string) would add a hole the code does not fill, and
 * one that brings a merge tag anywhere would print it raw: neither is offered. The letter-level rewrites (a contact
 * line, a signature) are not offered either: in a module of replies there is no one place where "the end of the
 * letter" is. After all that, provePythonFixes parses each rewritten literal again and drops a rewrite after which it
 * is not one literal any more.
 */
import { proveJsxFixes, keepProvedSuggestions } from './jsx-edits';
import { parsePython, type PyLiteral, type PythonInfo } from './python';
import { scanTags } from './tags';
import type { Finding, Suggestion } from '../types';

/** Rules whose rewrite adds to the letter as a whole (its end, its sign-off): a module has no such place. */
const LETTER_LEVEL = new Set(['missing-contact', 'faceless-signoff']);

/** `text` written inside `lit`, or undefined when it cannot be. */
export function escapeForLiteral(lit: PyLiteral, text: string): string | undefined {
  if (lit.holes && /[{}%]/.test(text)) return undefined;
  // A merge tag of any dialect (`{first_name}`, `{{first_name}}`, `*|FNAME|*`) would be printed as it is: the code
  // around the literal fills a fixed set of values.
  if (scanTags(text, 'plain', '.txt').tags.some((t) => t.kind === 'output')) return undefined;
  // Telegram rejects a MarkdownV2 message with an unescaped `.` or `!`: the rewrite's punctuation is escaped as the
  // literal's is (then the backslash itself is escaped for Python below).
  if (lit.markdownV2) text = text.replace(/[_*[\]()~`>#+\-=|{}.!]/g, (c) => `\\${c}`);
  if (lit.raw) {
    if (text.includes('\\') || text.includes(lit.quote) || (!lit.triple && /[\r\n]/.test(text))) return undefined;
    return text;
  }
  let out = text.replace(/\\/g, '\\\\');
  out = out.replace(lit.quote === '"' ? /"/g : /'/g, (q) => `\\${q}`);
  if (!lit.triple) out = out.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  return out;
}

export function escapePythonEdits(ruleId: string, suggestions: readonly Suggestion[], info: PythonInfo): Suggestion[] {
  if (LETTER_LEVEL.has(ruleId)) return [];
  const out: Suggestion[] = [];
  for (const s of suggestions) {
    const edits = [];
    for (const e of s.edits) {
      const lit = info.literals.find((l) => l.start <= e.range.start && e.range.end <= l.end);
      const text = lit && escapeForLiteral(lit, e.text);
      if (text === undefined) break;
      edits.push({ ...e, text });
    }
    if (edits.length === s.edits.length) out.push({ ...s, edits });
  }
  return out;
}

/** What a rewrite must keep: the number of string literals and of syntax errors (a file being typed may have some). */
function shapeOf(text: string): string {
  let strings = 0;
  let errors = 0;
  parsePython(text).iterate({
    enter: (n) => {
      if (n.name === 'String' || n.name === 'FormatString') strings++;
      else if (n.name === '⚠') errors++;
    },
  });
  return `${strings}:${errors}`;
}

/**
 * Whether a literal, rewritten, is still one literal: parsed on its own (`_ = <literal>`), it is one string node from
 * its first character to its last, with no syntax error. A string is lexed the same wherever it stands, so this says
 * what a parse of the whole module would, at the cost of the literal alone (a 130 KB module's parse is ~100 ms, and a
 * lint may prove dozens of rewrites).
 */
function literalHolds(literal: string): boolean {
  const source = `_ = ${literal}\n`;
  let whole = false;
  let errors = 0;
  parsePython(source).iterate({
    enter: (n) => {
      if ((n.name === 'String' || n.name === 'FormatString') && n.from === 4 && n.to === 4 + literal.length) whole = true;
      else if (n.name === '⚠') errors++;
    },
  });
  return whole && errors === 0;
}

/** Drops the rewrites after which the module parses differently: a string ended early, a quote left open. */
export function provePythonFixes(text: string, findings: Finding[], info: PythonInfo): Finding[] {
  if (!findings.some((f) => f.suggestions.length)) return findings;
  let shape: string | undefined;
  const proved = new Map<string, boolean>();
  const proves = (s: Suggestion): boolean => {
    const key = JSON.stringify(s.edits);
    let ok = proved.get(key);
    if (ok !== undefined) return ok;
    const literals = s.edits.map((e) => info.literals.find((l) => l.start <= e.range.start && e.range.end <= l.end));
    if (literals.every((l) => l !== undefined)) {
      // Each literal the rewrite touches, with the rewrite's edits in it, must still be one literal.
      ok = [...new Set(literals)].every((l) => {
        const inside = s.edits.filter((e) => l!.start <= e.range.start && e.range.end <= l!.end).sort((a, b) => b.range.start - a.range.start);
        let literal = text.slice(l!.node.start, l!.node.end);
        for (const e of inside) literal = literal.slice(0, e.range.start - l!.node.start) + e.text + literal.slice(e.range.end - l!.node.start);
        return literalHolds(literal);
      });
    } else {
      // An edit outside the literals (removing an unused suppression comment): the whole module is parsed again.
      shape ??= shapeOf(text);
      ok = proveJsxFixes(text, [{ suggestions: [s] } as Finding], (t) => shapeOf(t) === shape)[0].suggestions.length === 1;
    }
    proved.set(key, ok);
    return ok;
  };
  return keepProvedSuggestions(findings, proves);
}
