/**
 * One way to tell a document's language (engine/language.ts, in the rule kit): document-level findings of
 * different rules on the same text speak the same language.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dominantLanguage, languageAt } from '../../server/engine/kit';
import { lint } from '../../server/linter';

// One long English paragraph and two one-word Persian lines: most blocks are Persian, most prose is English.
const MIXED = 'Your order has shipped and will arrive within three to five working days at the address you gave us when you placed the order. Write to noreply@shop.example if anything is wrong.\n\nسلام\n\nممنون\n';

test('no-reply and missing-contact agree on the language of a mostly English letter with short Persian lines', () => {
  const findings = lint(MIXED, { filePath: 'letter.txt' }).findings;
  const language = (id: string) => findings.find((f) => f.ruleId === id)?.language;
  assert.equal(language('no-reply'), 'en');
  assert.equal(language('missing-contact'), 'en');
});

test('the dominant language is the one most prose is written in, unless configuration forces one', () => {
  const blocks = [{ text: 'a'.repeat(50), language: 'en' as const }, { text: 'ب', language: 'fa' as const }, { text: 'پ', language: 'fa' as const }];
  assert.equal(dominantLanguage(blocks), 'en');
  assert.equal(dominantLanguage(blocks, 'fa'), 'fa');
  assert.equal(dominantLanguage([]), 'en');
  assert.equal(languageAt([{ start: 0, language: 'fa' }, { start: 10, language: 'en' }], 5), 'fa');
  assert.equal(languageAt([{ start: 3, language: 'fa' }], 0), 'en');
});
