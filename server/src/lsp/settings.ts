/**
 * The editor's `warmly.*` settings: their shape, defaults, tolerant reading of whatever a client sends, and how
 * they combine with the project's config files into the engine's `LintOptions`.
 */
import type { Language, LintOptions, Personalization, RuleSettings, Severity } from '../engine';

export type RunMode = 'onType' | 'onSave';

export interface ClientSettings {
  enable: boolean;
  run: RunMode;
  /** Rule id → severity or full rule settings. Config files override these for their files. */
  rules: Record<string, Severity | RuleSettings>;
  personalization: Personalization;
  language: Language | 'auto';
  /** Pause after the last keystroke before linting. */
  debounceMs: number;
  reportUnusedDisables: boolean;
}

export const DEFAULT_DEBOUNCE_MS = 200;

export const DEFAULT_SETTINGS: ClientSettings = Object.freeze({
  enable: true,
  run: 'onType',
  rules: {},
  personalization: {},
  language: 'auto',
  debounceMs: DEFAULT_DEBOUNCE_MS,
  reportUnusedDisables: false,
}) as ClientSettings;

const SEVERITIES = new Set(['off', 'hint', 'info', 'warning', 'error']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads settings from any client: unknown keys and wrong types are ignored so one bad value never disables
 * the server. `raw` may be the `warmly` section itself or an object holding it under `warmly`.
 */
export function readSettings(raw: unknown, base: ClientSettings = DEFAULT_SETTINGS): ClientSettings {
  const out: ClientSettings = { ...base, rules: { ...base.rules }, personalization: { ...base.personalization } };
  if (!isObject(raw)) return out;
  const s = isObject(raw.warmly) ? raw.warmly : raw;
  if (typeof s.enable === 'boolean') out.enable = s.enable;
  if (s.run === 'onType' || s.run === 'onSave') out.run = s.run;
  if (s.language === 'en' || s.language === 'fa' || s.language === 'auto') out.language = s.language;
  if (typeof s.debounceMs === 'number' && Number.isFinite(s.debounceMs) && s.debounceMs >= 0) out.debounceMs = Math.min(s.debounceMs, 10_000);
  if (typeof s.reportUnusedDisables === 'boolean') out.reportUnusedDisables = s.reportUnusedDisables;
  if (isObject(s.rules)) {
    for (const [id, value] of Object.entries(s.rules)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) out.rules[id] = value as Severity;
      else if (isObject(value)) out.rules[id] = value as RuleSettings;
    }
  }
  if (isObject(s.personalization)) {
    for (const [key, value] of Object.entries(s.personalization)) {
      if (typeof value === 'string' || (key === 'fallback' && isObject(value))) (out.personalization as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}

/**
 * Editor settings are everyone's defaults; a project's config file is more specific and wins for its files
 * (as markdownlint does), rule by rule and variable by variable.
 */
export function lintOptionsFor(settings: ClientSettings, fromFiles: LintOptions | undefined, filePath: string): LintOptions {
  const file = fromFiles ?? {};
  const options: LintOptions = {
    ...file,
    filePath,
    rules: { ...settings.rules, ...(file.rules ?? {}) },
    personalization: { ...settings.personalization, ...(file.personalization ?? {}) },
  };
  if (!file.language && settings.language !== 'auto') options.language = settings.language;
  if (file.reportUnusedDisables === undefined && settings.reportUnusedDisables) options.reportUnusedDisables = true;
  return options;
}
