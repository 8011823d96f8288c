/**
 * How settings from several places add up: later layers win for severities, options and scalars; phrase
 * lists add up (a project's allowed phrases join its organisation's).
 */
import type { Format, Language, LintOptions, Personalization, RulePhraseConfig, RuleSettings, Severity } from '../engine';
import type { PersonalizationConfig, RawSettings, RuleValue } from './types';

export interface MergedSettings {
  rules: Record<string, RuleSettings>;
  personalization: PersonalizationConfig;
  language?: Language | 'auto';
  reportUnusedDisables?: boolean | Severity;
  inlineConfig?: boolean;
  catalogs?: { include?: string[]; exclude?: string[] };
}

export function emptySettings(): MergedSettings {
  return { rules: {}, personalization: {} };
}

export function applySettings(into: MergedSettings, from: RawSettings & { reportUnusedDisables?: boolean | Severity; inlineConfig?: boolean }): void {
  for (const [id, value] of Object.entries(from.rules ?? {})) into.rules[id] = mergeRule(into.rules[id] ?? {}, value);
  if (from.personalization) into.personalization = mergePersonalization(into.personalization, from.personalization);
  if (from.language !== undefined) into.language = from.language;
  if (from.reportUnusedDisables !== undefined) into.reportUnusedDisables = from.reportUnusedDisables;
  if (from.inlineConfig !== undefined) into.inlineConfig = from.inlineConfig;
  // Key globs add up across layers, like phrase lists.
  if (from.catalogs) into.catalogs = { include: union(into.catalogs?.include, from.catalogs.include), exclude: union(into.catalogs?.exclude, from.catalogs.exclude) };
}

function mergeRule(base: RuleSettings, next: RuleValue): RuleSettings {
  if (typeof next === 'string') return { ...base, severity: next };
  const out: RuleSettings = { ...base };
  if (next.severity !== undefined) out.severity = next.severity;
  if (next.options !== undefined) out.options = { ...base.options, ...next.options };
  if (next.phrases !== undefined) {
    const phrases: Partial<Record<Language, RulePhraseConfig>> = { ...base.phrases };
    for (const [lang, p] of Object.entries(next.phrases) as [Language, RulePhraseConfig][]) {
      const prev = phrases[lang] ?? {};
      phrases[lang] = {
        ...(prev.flag || p.flag ? { flag: union(prev.flag, p.flag) } : {}),
        ...(prev.allow || p.allow ? { allow: union(prev.allow, p.allow) } : {}),
      };
    }
    out.phrases = phrases;
  }
  return out;
}

const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];

function mergePersonalization<T extends Personalization & { formats?: PersonalizationConfig['formats'] }>(base: T, next: T): T {
  const out = { ...base, ...next };
  if (base.fallback || next.fallback) out.fallback = { ...base.fallback, ...next.fallback };
  if (base.formats || next.formats) {
    const formats: NonNullable<PersonalizationConfig['formats']> = { ...base.formats };
    for (const [f, p] of Object.entries(next.formats ?? {}) as [Format, Personalization][]) {
      formats[f] = mergePersonalization(formats[f] ?? {}, p);
    }
    out.formats = formats;
  }
  return out;
}

/** The engine's options for one file of `format`. */
export function toLintOptions(s: MergedSettings, filePath: string, format: Format): LintOptions {
  const { formats, ...general } = s.personalization;
  const personalization = formats?.[format] ? mergePersonalization(general as PersonalizationConfig, formats[format] as PersonalizationConfig) : general;
  const options: LintOptions = { filePath, rules: s.rules };
  if (Object.keys(personalization).length) options.personalization = personalization as Personalization;
  if (s.language && s.language !== 'auto') options.language = s.language;
  if (s.reportUnusedDisables !== undefined) options.reportUnusedDisables = s.reportUnusedDisables;
  if (s.inlineConfig !== undefined) options.inlineConfig = s.inlineConfig;
  if (s.catalogs) options.catalogs = s.catalogs;
  return options;
}
