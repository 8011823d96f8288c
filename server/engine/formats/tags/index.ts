/**
 * A tolerant scanner for template tags of every dialect Warmly knows.
 *
 * Real templates are often malformed while being typed, mix dialects (Blade inside HTML, merge tags inside
 * Twig) and contain stray braces, so a strict parser cannot be the only source of truth: this scanner never
 * throws, finds every tag with exact offsets, and records what is broken (unclosed tags, unbalanced blocks)
 * at the place a writer needs to look. It runs once over the raw file, before any markup parsing.
 *
 * One pass, one scanner: at each character that can open a tag, `scanAt` hands the offset to the dialect
 * family that owns that opener (curly.ts, statements.ts, angle.ts, braces.ts, placeholders.ts), which records
 * what it finds in the shared `ScanState` and returns where scanning continues. A new placeholder dialect is one
 * function in the family module that fits it, plus one line in `scanAt`.
 */
import type { Format } from '../../types';
import { scanChevron, scanErb, scanFreemarker, scanPhp } from './angle';
import { scanBladeDirective } from './blade';
import { scanDollarBrace, scanSingleBrace } from './braces';
import { scanDoubleCurly } from './curly';
import { scanBareDollar, scanBracket, scanColon, scanDoubleUnderscore, scanHashed, scanMailchimp, scanPercentFormat, scanPercentName, scanRailsI18n, scanRazor } from './placeholders';
import { scanHaml } from './haml';
import { ScanState } from './state';
import { scanLocArgument, scanStatementTag, scanTemplateToolkit } from './statements';
import type { TagScan } from './types';

export type { BrokenTag, QuotedRange, TagKind, TagScan, TemplateTag } from './types';

export function scanTags(text: string, format: Format, fileExt = ''): TagScan {
  // JSX is parsed, not scanned (formats/jsx.ts): its `{…}` children are the tags, its strings `{"…"}` are prose.
  // Python is parsed too (formats/python.ts): its literals' `{…}` and `%s` holes are the tags.
  if (format === 'jsx' || format === 'python') return { tags: [], broken: [], hidden: [], quoted: [] };
  // HAML is read line by line (what a line is depends on how it starts): its own reader, not this loop.
  if (format === 'haml') {
    const { tags, broken, hidden, quoted } = scanHaml(text);
    return { tags, broken, hidden, quoted };
  }
  const s = new ScanState(text, format, fileExt);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast skip to the next character that can start a tag: one table look-up per character (this loop runs over
    // the whole document on every keystroke).
    if (c >= 128 || OPENER[c] === 0) {
      i++;
      continue;
    }
    i = scanAt(s, i, c, text.charCodeAt(i + 1));
  }
  for (const open of s.stack) s.reportUnclosedBlock(open);
  s.broken.sort((a, b) => a.start - b.start);
  return { tags: s.tags, broken: s.broken, hidden: s.hidden, quoted: s.quoted };
}

/** 1 for the ASCII characters that can start a tag: { * % $ < [ : # @ _ (each handled in scanAt). */
const OPENER = new Uint8Array(128);
for (const ch of '{*%$<[:#@_') OPENER[ch.charCodeAt(0)] = 1;

/** The dialect family that owns the opener at `i` (first character `c`, next `c1`); returns the next offset. */
function scanAt(s: ScanState, i: number, c: number, c1: number): number {
  switch (c) {
    case 123: // {
      if (c1 === 123) return scanDoubleCurly(s, i);
      if (c1 === 37 || (c1 === 35 && s.twigLike)) return scanStatementTag(s, i);
      return scanSingleBrace(s, i);
    case 60: // <
      // `<%2>` in "invited by <%2>" is an address in angle brackets around a numbered placeholder, not ERB.
      if (c1 === 37) return /[0-9]/.test(s.text[i + 2] ?? '') ? i + 1 : scanErb(s, i);
      if (c1 === 63 && (s.text.startsWith('<?php', i) || s.text.startsWith('<?=', i))) return scanPhp(s, i);
      if (c1 === 35 || c1 === 64 || (c1 === 47 && (s.text.charCodeAt(i + 2) === 35 || s.text.charCodeAt(i + 2) === 64))) return scanFreemarker(s, i);
      if (c1 === 60) return scanChevron(s, i);
      return i + 1;
    case 42: // *
      return c1 === 124 ? scanMailchimp(s, i) : i + 1;
    case 37: // %
      if (c1 === 123) return scanRailsI18n(s, i);
      return scanLocArgument(s, i) ?? scanPercentFormat(s, i) ?? scanPercentName(s, i);
    case 36: // $
      return c1 === 123 ? scanDollarBrace(s, i) : scanBareDollar(s, i);
    case 35: // #
      return scanHashed(s, i);
    case 64: // @
      // `@if (…)`, `@endforeach`: Blade's directives are lower-case; Razor's `@Model.Name` starts with a capital.
      return (c1 >= 97 && c1 <= 122 ? scanBladeDirective(s, i) : undefined) ?? scanRazor(s, i);
    case 91: // [
      return c1 === 37 ? scanTemplateToolkit(s, i) : scanBracket(s, i);
    case 95: // _
      return c1 === 95 ? scanDoubleUnderscore(s, i) : i + 1;
    case 58: // :
      return scanColon(s, i);
    default:
      return i + 1;
  }
}
