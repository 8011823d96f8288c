/**
 * The values a catalog string is filled with, in every catalog syntax: what a rewrite may not add (lint-catalog.ts),
 * and what marks a text as a message (letters.ts).
 */
// Placeholders of every catalog syntax: {{x}} (i18next), %{x} (Rails), %(x)s / %s / %1$s (gettext), {x} / {0}
// (ICU, Java), :x (Laravel), <<x.y>> (Koha, vita-min), <t t-out="…"> (Odoo QWeb), %x% and ${x}, plus template tags a rewrite might bring ({{#if}}, <%= %>, *|X|*).
export const PLACEHOLDER = /\{\{[^{}]*\}\}|%\{[^{}]*\}|%\([^()]*\)[a-z]|%(?:\d+\$)?[sdifx]|\$\{[^{}]*\}|\{[^{}\s]+\}|%[\w.]+%|\*\|[^|]*\|\*|<%[^%]*%>|<<[A-Za-z_][\w.]*>>|(?<![\w/]|[\w:]:):[A-Za-z_]\w*|<t\s[^>]*\bt-(?:out|esc|raw|field)="[^"]*"/g;

export function placeholders(text: string): string[] {
  return text.match(PLACEHOLDER) ?? [];
}
