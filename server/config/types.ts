/** The shape of a config file as written by people (validated by `schema/warmly.schema.json`). */
import type { Format, Language, Personalization, RulePhraseConfig, Severity } from '../engine';

export type RuleValue =
  | Severity
  | { severity?: Severity; options?: Record<string, unknown>; phrases?: Partial<Record<Language, RulePhraseConfig>> };

export interface PersonalizationConfig extends Personalization {
  /** Variables for files of one template format, applied on top of the general ones. */
  formats?: Partial<Record<Format, Personalization>>;
}

/** Settings a file, an `overrides` entry or the command line may give. */
export interface RawSettings {
  rules?: Record<string, RuleValue>;
  personalization?: PersonalizationConfig;
  language?: Language | 'auto';
  /** Message catalogs: key globs linted (`include`) or skipped (`exclude`) whatever the guess says. */
  catalogs?: { include?: string[]; exclude?: string[] };
}

export interface OverrideConfig extends RawSettings {
  files: string | string[];
  excludedFiles?: string | string[];
}

export interface RawConfig extends RawSettings {
  $schema?: string;
  root?: boolean;
  extends?: string | string[];
  ignore?: string[];
  reportUnusedDisables?: boolean | Severity;
  inlineConfig?: boolean;
  overrides?: OverrideConfig[];
}
