/**
 * The editor's `warmly.*` settings: their shape, defaults, tolerant reading of whatever a client sends, and how
 * they reach the shared config resolver.
 */
import type { RawConfig } from '../config';
import type { Language, Personalization, RuleSettings, Severity } from '../engine';

import type { RunMode, SettingKey } from '../../shared/protocol';
import { DEFAULT_MAX_DOCUMENT_KB } from './size-limit';

export type { RunMode };

export interface ClientSettings {
  enable: boolean;
  run: RunMode;
  /** Rule id → severity or full rule settings, applied over the config files. */
  rules: Record<string, Severity | RuleSettings>;
  personalization: Personalization;
  language: Language | 'auto';
  /** Pause after the last keystroke before linting. */
  debounceMs: number;
  reportUnusedDisables: boolean;
  /** The warmth code lens at the top of each template. */
  codeLens: boolean;
  /** Documents above this size are not linted (one information diagnostic says so). */
  maxDocumentKB: number;
}

/** The protocol's settings and these are the same keys: one added on either side alone does not compile. */
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const sameKeys: SameKeys<keyof ClientSettings, SettingKey> = true;
void sameKeys;

export const DEFAULT_DEBOUNCE_MS = 200;

export const DEFAULT_SETTINGS: ClientSettings = Object.freeze({
  enable: true,
  run: 'onType',
  rules: {},
  personalization: {},
  language: 'auto',
  debounceMs: DEFAULT_DEBOUNCE_MS,
  reportUnusedDisables: false,
  codeLens: true,
  maxDocumentKB: DEFAULT_MAX_DOCUMENT_KB,
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
  if (typeof s.maxDocumentKB === 'number' && Number.isFinite(s.maxDocumentKB) && s.maxDocumentKB >= 1) out.maxDocumentKB = Math.floor(s.maxDocumentKB);
  if (typeof s.reportUnusedDisables === 'boolean') out.reportUnusedDisables = s.reportUnusedDisables;
  if (typeof s.codeLens === 'boolean') out.codeLens = s.codeLens;
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
 * The editor settings as the shared resolver's `overrides`: applied after the config files, like the CLI's
 * `--rule`. Only what the user set goes in, so an untouched setting never masks a config file.
 */
export function editorOverrides(settings: ClientSettings): RawConfig {
  const out: RawConfig = {};
  if (Object.keys(settings.rules).length) out.rules = settings.rules as RawConfig['rules'];
  if (Object.keys(settings.personalization).length) out.personalization = settings.personalization;
  if (settings.language !== 'auto') out.language = settings.language;
  if (settings.reportUnusedDisables) out.reportUnusedDisables = true;
  return out;
}
