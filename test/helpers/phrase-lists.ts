/**
 * The architecture test validates a rule's `en`/`fa` phrase lists; a rule that keeps more lists (frames by kind, cue
 * classes) checks every list of its language modules with this: each pattern and exception compiles and cannot
 * match empty text.
 */
import { test } from 'node:test';
import { validatePattern, type PhraseEntry } from '../../server/engine/match';

export function phraseListsCompile(ruleId: string, ruleDir: string): void {
  test(`every list of phrase patterns in ${ruleId} compiles and cannot match empty text`, async () => {
    for (const lang of ['en', 'fa'] as const) {
      const data = (await import(`${ruleDir}/${lang}.ts`)) as Record<string, unknown>;
      for (const list of Object.values(data).filter(Array.isArray) as PhraseEntry[][]) {
        for (const entry of list) {
          validatePattern(entry.match, lang);
          for (const x of [...(entry.except ?? []), ...(entry.exceptInBlock ?? []), ...(entry.onlyInBlock ?? [])]) validatePattern(x, lang);
        }
      }
    }
  });
}
