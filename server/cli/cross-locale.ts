/**
 * The cross-language view of a run over catalogs: a finding on a key is marked with every locale of the same
 * catalog where the same key has the same finding, so a team fixing "Dear customer" in en.yml learns that
 * fa.yml says it too. Locales line up by path (`config/locales/{en,fa}.yml`, `lang/{en,fa}/auth.php`,
 * `messages{,_fa}.properties`); a YAML root key naming the locale (`fa.user_mailer…`) is set aside.
 */
import { localeSlot } from '../engine';
import type { FileReport } from './report';

export function markSameInLocales(reports: readonly FileReport[]): void {
  const seen = new Map<string, Set<string>>();
  const keyed: { at: string; m: FileReport['messages'][number] }[] = [];
  for (const r of reports) {
    const slot = localeSlot(r.filePath);
    if (!slot) continue;
    for (const m of r.messages) {
      if (m.key === undefined || !m.ruleId) continue;
      const key = m.key.startsWith(`${slot.code}.`) ? m.key.slice(slot.code.length + 1) : m.key;
      const at = `${slot.family}\u0000${key}\u0000${m.ruleId}`;
      if (!seen.has(at)) seen.set(at, new Set());
      seen.get(at)!.add(slot.code);
      keyed.push({ at, m });
    }
  }
  for (const { at, m } of keyed) {
    const locales = seen.get(at)!;
    if (locales.size >= 2) m.locales = [...locales].sort();
  }
}
