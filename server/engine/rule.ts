/**
 * What a rule is and what it may use. Rules live in `rules/<id>/`; they only see this context, never a shell.
 */
import type { Extraction } from './formats/source';
import type { LineIndex } from './lines';
import type { IncludeRef } from './partials';
import type { CompiledPhrases, PhraseEntry, PhraseMatch } from './match';
import type { Personalizer } from './personalize';
import type { ProseBlock } from './prose';
import type { Survey } from './surveys/types';
import type { Finding, Format, Language, Range, Severity, Suggestion } from './types';

export const DOCS_BASE = 'https://github.com/warmly-lint/warmly/blob/main/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}/README.md`;
}

export interface RuleMeta {
  id: string;
  /** One line for `--list-rules`, the README table and SARIF. */
  description: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  fixable: boolean;
  /** The why, one kind sentence per language: the default message of a finding. */
  messages: Record<Language, string>;
  /** JSON schema of the rule's `options`, if it takes any. */
  optionsSchema?: Record<string, unknown>;
  /**
   * What the rule reads: 'text' (default) rules read prose blocks of any file, 'survey' rules read `ctx.survey` and
   * run only when the file holds a survey (a survey definition, or an HTML email with a rating row).
   */
  scope?: 'text' | 'survey';
}

export interface Rule extends RuleMeta {
  /** The phrase data the rule matches, when it is a phrase rule: other rules may read the same signal by id. */
  readonly phrases?: PhraseData;
  check(ctx: RuleContext): void;
}

export type PhraseData = Partial<Record<Language, PhraseEntry[]>>;

export interface ReportInput {
  range: Range;
  language: Language;
  message?: string;
  suggestions?: Suggestion[];
  /**
   * A milder severity for this finding than the rule's (survey-length reports a long survey that promises no time
   * as info); the configured severity still wins when it is milder.
   */
  severity?: 'hint' | 'info';
}

/** A partial the text includes where its reader sees it; `context` is its own text's, when the shell could read it. */
export interface IncludedPartial {
  readonly ref: IncludeRef;
  /** The file the include was read from. */
  readonly path?: string;
  /** The partial's text for the same rule: its reports go nowhere (a finding belongs to the file it is in). */
  readonly context?: RuleContext;
}

export interface RuleContext {
  readonly text: string;
  readonly format: Format;
  readonly filePath: string;
  readonly blocks: readonly ProseBlock[];
  readonly extraction: Extraction;
  readonly personalizer: Personalizer;
  readonly lines: LineIndex;
  readonly eol: string;
  /** The rule's options from configuration. */
  readonly options: Record<string, unknown>;
  /** Language override from configuration, if any. */
  readonly languageOverride?: Language;
  /** The survey the file holds (questions, choices, scales, what it already knows), when it holds one. */
  readonly survey?: Survey;
  report(input: ReportInput): void;
  /**
   * The partials this text includes visibly (`{{> footer}}`, `{% include 'signature.html' %}`, Blade's `@include`),
   * in file order, each with its own text's context when it could be read (LintOptions.partialRoot and a shell that
   * reads files). Rules that judge the whole letter (a contact, a signer) read them as part of it.
   */
  includes: () => readonly IncludedPartial[];
  /** The rule's phrases for a language, with the configured extra phrases, compiled once per run. */
  phrases(data: PhraseData, language: Language): CompiledPhrases;
  /**
   * Another rule's phrase data, by id, from the rules this linter runs (whether or not that rule is switched on):
   * missing-contact asks whether a message turns replies away with no-reply's phrases, without importing that rule.
   */
  phrasesOfRule(ruleId: string): PhraseData | undefined;
  /**
   * Whether configuration allows this normalized text (the rule's `phrases.<lang>.allow`): for findings a rule
   * reads without phrase data (sentence frames), so an allowed phrase drops them as it drops phrase matches.
   */
  allowed(normalized: string, language: Language): boolean;
  /** All phrase matches of both languages in a block, with allowed phrases from configuration removed. */
  match(block: ProseBlock, data: PhraseData): (PhraseMatch & { language: Language })[];
  /**
   * Runs `check` on every block, for a rule whose work on one block reads only that block (its text, offsets,
   * tags and the source inside it), the rule's settings and other rules' phrase data, and whose only effect is
   * `report`. In the language server a block an edit left alone (or only moved) then replays what it reported
   * last time instead of being checked again (engine/incremental.ts).
   */
  eachBlock(check: (block: ProseBlock) => void): void;
  /**
   * The source range behind normalized `[from, to)` if it is plain prose that an edit may replace: no markup
   * and no template tag inside, only text and whitespace. Undefined when an edit would damage markup.
   */
  editable(block: ProseBlock, from: number, to: number): Range | undefined;
}

export type { Finding };
