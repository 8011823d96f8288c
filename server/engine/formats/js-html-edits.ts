/**
 * Rewrites in a JS/TS module that returns an HTML email must keep it the same module: valid JavaScript, the same
 * literals, the same holes. So a rewrite lands only in the email's text:
 * - inside a translated string (`t('…')`), escaped for that string's quote by quoted-edits.ts, and bringing no value
 *   (the call passes a fixed set of them);
 * - in the literal's text between holes, written for a template literal: a backtick and a backslash escaped, a `${`
 *   escaped unless it prints a name the module has (a parameter of the function returning the email, or a value the
 *   email already prints: `${firstName}`); a merge tag of another dialect (`{{first_name}}`) is not offered, since it
 *   would be printed as it is.
 * An edit anywhere else (the code, a hole, across a literal's edge) drops the rewrite. Then proveJsHtmlFixes parses the
 * rewritten module and keeps a rewrite only when the module still parses with the same email literals and holes.
 */
import { budgetedProof, keepProvedSuggestions } from './jsx-edits';
import { emailLiterals, parseJsModule, type JsHtmlInfo } from './js-html';
import { scanTags } from './tags';
import type { AstNode } from '../babel';
import type { Finding, Range, Suggestion } from '../types';

const inside = (r: Range, e: Range) => r.start <= e.start && e.end <= r.end;

/** `text` written into a template literal's text, or undefined when it would print something the module does not have. */
export function escapeForTemplate(text: string, variables: readonly string[]): string | undefined {
  const tags = scanTags(text, 'plain', '.txt').tags.filter((t) => t.kind === 'output');
  for (const t of tags) {
    const root = t.variable?.split('.')[0];
    const path = t.variable ?? '';
    const known = t.dialect === 'dollar' && root !== undefined && variables.some((v) => v === path || v === root || v.startsWith(`${path}.`));
    if (!known) return undefined;
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const own = tags.find((t) => t.start === i);
    if (own) { out += text.slice(own.start, own.end); i = own.end - 1; continue; }
    const c = text[i];
    if (c === '\\' || c === '`') out += `\\${c}`;
    else if (c === '$' && text[i + 1] === '{') out += '\\$';
    else out += c;
  }
  return out;
}

/**
 * The rewrites written for where their edits land (see above). The edits inside translated strings were escaped
 * before (quoted-edits.ts); the rest must be in the literal's text.
 */
export function escapeJsHtmlEdits(suggestions: readonly Suggestion[], info: JsHtmlInfo): Suggestion[] {
  const out: Suggestion[] = [];
  for (const s of suggestions) {
    const edits = [];
    for (const e of s.edits) {
      if (info.strings.some((q) => inside(q, e.range))) { edits.push(e); continue; }
      const part = info.parts.find((p) => inside(p, e.range));
      const text = part && escapeForTemplate(e.text, info.variables);
      if (text === undefined) break;
      edits.push({ ...e, text });
    }
    if (edits.length === s.edits.length) out.push({ ...s, edits });
  }
  return out;
}

/** The module's email literals and how many holes each has, or undefined when it does not parse. */
function shapeOf(text: string, filePath: string): number[] | undefined {
  let program: AstNode;
  try {
    program = parseJsModule(text, filePath);
  } catch {
    return undefined;
  }
  return emailLiterals(text, filePath, program).map((l) => (l.node.expressions as AstNode[]).length);
}

/** Holes a rewrite writes on purpose: a `${name}` the module has (escapeForTemplate escapes any other `${`). */
const holesIn = (s: Suggestion) => s.edits.reduce((n, e) => n + (e.text.match(/(?<!\\)\$\{/g)?.length ?? 0), 0);

/**
 * Drops the rewrites after which the module does not parse, or does not return as many emails with the holes they had
 * plus those the rewrite writes.
 */
export function proveJsHtmlFixes(text: string, findings: Finding[], filePath: string): Finding[] {
  if (!findings.some((f) => f.suggestions.length)) return findings;
  const shape = shapeOf(text, filePath);
  if (!shape) return keepProvedSuggestions(findings, () => false);
  return keepProvedSuggestions(findings, budgetedProof(text, (fixed, s) => {
    const after = shapeOf(fixed, filePath);
    return after !== undefined && after.length === shape.length
      && after.reduce((a, b) => a + b, 0) === shape.reduce((a, b) => a + b, 0) + holesIn(s);
  }));
}
