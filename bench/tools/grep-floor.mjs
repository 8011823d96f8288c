// The least work any phrase linter could do: read the file and run one combined, case-insensitive regex over
// the raw text. The regex is the alternation of every distinct word in Warmly's phrase data: a phrase linter
// must at least find those words. No parsing, no prose extraction, no offsets, no phrase logic, no fixes.
//
// (A regex of the whole phrase patterns, with their optional words and "..." gaps, backtracks badly in V8:
// seconds per 10 KB file, so it would be no floor at all.)
import { createRequire } from 'node:module';
import { enginePath } from '../lib/paths.mjs';

export const name = 'grep floor';
export async function setup() {
  const re = combinedWordRegex(createRequire(import.meta.url)(enginePath).rules);
  return (text) => {
    let n = 0;
    re.lastIndex = 0;
    while (re.exec(text)) n++;
    return n;
  };
}

export function phraseWords(rules) {
  const words = new Set();
  for (const rule of rules) {
    for (const list of Object.values(rule.phrases ?? {})) {
      for (const entry of list ?? []) {
        for (const token of entry.match.split(/[\s()|?]+/)) {
          const word = token.replace(/\*$/, '').replace(/\{\w+\}/g, '').toLowerCase();
          if (word && word !== '...' && word !== '^' && word !== '$') words.add(word);
        }
      }
    }
  }
  if (words.size === 0) throw new Error('grep floor: no phrase words found in the rule data');
  return [...words];
}

export function combinedWordRegex(rules) {
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:${phraseWords(rules).map(escape).join('|')})`, 'gi');
}
