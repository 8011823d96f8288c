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

/** The language of the last block that starts at or before `offset` (English before the first block). */
export function languageAt(blocks: readonly { start: number; language: Language }[], offset: number): Language {
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
