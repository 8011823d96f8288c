/**
 * Rewrites that land inside a string literal of template code: Laravel's `{{ __('Please do not reply.') }}`,
 * WordPress's `<?php esc_html_e( 'Please do not reply.', 'woocommerce' ); ?>`. The sentence there is prose (the
 * tag scan leaves it as text), but the file is code: a rewrite with an apostrophe ("we're") written as it is would
 * end the literal and break the template. So a rewrite inside a literal is escaped for its quote (and, in double
 * quotes, for `$` interpolation); one that crosses a literal's edge, or brings a value the code around the literal
 * does not fill, is not offered.
 */
import { scanTags, type QuotedRange } from './formats/tags';
import type { Suggestion } from './types';

export function escapeQuotedEdits(suggestions: readonly Suggestion[], quoted: readonly QuotedRange[]): Suggestion[] {
  if (!quoted.length) return suggestions as Suggestion[];
  const out: Suggestion[] = [];
  for (const s of suggestions) {
    let ok = true;
    const edits = s.edits.map((e) => {
      const inside = quoted.find((q) => q.start <= e.range.start && e.range.end <= q.end);
      const crosses = quoted.some((q) => e.range.start < q.end && q.start < e.range.end && !(q.start <= e.range.start && e.range.end <= q.end));
      if (crosses) ok = false;
      // The code around the literal fills a fixed set of values: a rewrite may not bring a new one (`%sender_name%`
      // written into `__( '…' )` would be printed as it is).
      if (inside && scanTags(e.text, 'plain', '.txt').tags.some((t) => t.kind === 'output')) ok = false;
      return inside ? { ...e, text: escapeFor(inside.quote, e.text, inside.js) } : e;
    });
    if (ok) out.push({ ...s, edits });
  }
  return out;
}

function escapeFor(quote: "'" | '"' | '`', text: string, js?: boolean): string {
  if (quote === '`') return text.replace(/[\\`]|\$(?=\{)/g, (c) => `\\${c}`);
  if (js) return escapeFor(quote, text).replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  return quote === "'" ? text.replace(/[\\']/g, (c) => `\\${c}`) : text.replace(/[\\"$]/g, (c) => `\\${c}`);
}
