/**
 * Which language a finding speaks, worked out one way for every rule. Each prose block already has a language
 * (its script decides; `--language` overrides, see `prose.ts`); a document-level finding takes the language
 * most of the document's prose is written in, and a finding at an offset takes the language of the block
 * it sits in.
 */
import type { Language } from './types';

/** The language of most of the prose (by length; English on a tie), unless configuration forces one. */
export function dominantLanguage(blocks: readonly { text: string; language: Language }[], override?: Language): Language {
  if (override) return override;
  let fa = 0;
  let en = 0;
  for (const b of blocks) {
    if (b.language === 'fa') fa += b.text.length;
    else en += b.text.length;
  }
  return fa > en ? 'fa' : 'en';
}

type Located = { start: number; language: Language };

/** Per block list, its length when last checked and whether its starts never decrease (then it is searched by halves). */
const orderedLists = new WeakMap<readonly Located[], { length: number; ordered: boolean }>();

function inStartOrder(blocks: readonly Located[]): boolean {
  const known = orderedLists.get(blocks);
  if (known && known.length === blocks.length) return known.ordered;
  let ordered = true;
  for (let i = 1; i < blocks.length && ordered; i++) ordered = blocks[i - 1].start <= blocks[i].start;
  orderedLists.set(blocks, { length: blocks.length, ordered });
  return ordered;
}

/** The language of the last block that starts at or before `offset` (English before the first block). */
export function languageAt(blocks: readonly Located[], offset: number): Language {
  // Asked once per merge tag: a walk from the first block each time was quadratic on a long text (10% of 10 MB).
  if (blocks.length > 8 && inStartOrder(blocks)) {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? blocks[lo - 1].language : 'en';
  }
  let best: Language = 'en';
  for (const b of blocks) {
    if (b.start <= offset) best = b.language;
    else break;
  }
  return best;
}

/** Persian if the text holds any Arabic-script letter: for short lines (a signature, a sign-off) in one script. */
export function lineLanguage(text: string): Language {
  return /[\u0600-\u06FF]/.test(text) ? 'fa' : 'en';
}
