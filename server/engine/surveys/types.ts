/**
 * The shape of a survey, whatever file it came from: SurveyJS JSON, a Qualtrics .qsf, a LimeSurvey .lss, Odoo
 * survey data XML, a Typeform-style export, or an HTML form or email rating row. Parsers in this folder read a
 * file into a `Survey`; survey rules (`scope: 'survey'`) read the `Survey` through `ctx.survey` and report on the
 * file offsets it carries. Every text keeps a map from each UTF-16 unit back to the file (quotes, escapes and
 * entities undone), exactly as catalog messages do, so a finding lands on the words and a rewrite is written back
 * through the format's own quoting.
 */
import type { ProseBlock } from '../prose';
import type { Language, Range, TextEdit } from '../types';

export type SurveyKind = 'surveyjs' | 'qualtrics' | 'limesurvey' | 'odoo' | 'typeform' | 'html';

/** What a question asks for; formats map their own type names onto these. */
export type QuestionType =
  | 'rating' // a numeric or star scale (SurveyJS rating, Qualtrics slider, a CSAT row)
  | 'nps' // 0–10 likelihood to recommend
  | 'single' // one choice (radio, dropdown, yes/no with labels)
  | 'multiple' // several choices (checkboxes)
  | 'boolean'
  | 'text' // free text, comment, email or number input
  | 'matrix' // rows answered on shared columns (Likert batteries)
  | 'ranking'
  | 'other'; // anything else (HTML blocks, file upload, signature): never judged on its scale

/** One string of the survey file, unescaped, mapped to the file. */
export interface SurveyText {
  /** The text the respondent reads (markup kept as written; rules read `block`). */
  text: string;
  /** For each UTF-16 unit of `text`: the file offsets [start, end) of the source that produced it. */
  starts: number[];
  ends: number[];
  /** File offset where an insertion at the end of `text` lands (before the closing quote). */
  endOffset: number;
  /** The language of this text: a localized value's locale key (`fa` in `{"default": …, "fa": …}`), else by script. */
  language: Language;
  /** The text read as prose (normalized, mapped to file offsets): what `ctx.match` and `sourceRange` take. */
  block?: ProseBlock;
  /** Escapes a replacement for where it lands in the file; undefined when it cannot be written safely (no fix). */
  encode?: (replacement: string, at: Range) => string | undefined;
}

/** A text in every language the file gives it (one entry for an unlocalized file). */
export type Localized = SurveyText[];

export interface SurveyChoice {
  label: Localized;
  /** The stored value (`"value": 3`, Qualtrics recode, LimeSurvey code), as written. */
  value?: string;
  /** The whole choice in the file (the JSON object or string, the XML element). */
  range: Range;
  /**
   * A matrix row only: edits that turn this row into two, this one reading the first half and a new row right
   * after it (a new unique value or code) the second, one pair per text of `label`. Undefined where the format
   * cannot add a row safely.
   */
  split?: (halves: Halves[]) => TextEdit[] | undefined;
}

/** A text cut in two: what the original keeps and what its copy asks, in the text's own markup. */
export type Halves = [first: string, second: string];

/** An option to add: its label in each language it is known in, and whether it is a way out of the question. */
export interface NewChoice {
  label: Partial<Record<Language, string>>;
  /** "Prefer not to say", "Not applicable": formats that can mark such an option (exclusive, a missing-value code) do. */
  optOut?: boolean;
}

export interface SurveyScale {
  min: number;
  max: number;
  step: number;
  /** End labels ("Not at all likely" … "Extremely likely"). */
  minLabel?: Localized;
  maxLabel?: Localized;
  /** Whether the file lists the scale from high to low (a flipped scale between questions confuses people). */
  descending?: boolean;
}

export interface SurveyQuestion {
  /** The question's name or id in the file. */
  id: string;
  type: QuestionType;
  title: Localized;
  description?: Localized;
  /** Answer options: choices, rate values with labels, matrix columns. Empty for free text. */
  choices: SurveyChoice[];
  /** Matrix rows (each a statement answered on `choices`). */
  rows?: SurveyChoice[];
  /** Named columns of a matrix whose cells each take one of `choices` (SurveyJS matrixdropdown/matrixdynamic). */
  columns?: SurveyChoice[];
  /** A numeric scale, when the question is one (rating, NPS, slider) and its values are not listed as choices. */
  scale?: SurveyScale;
  required?: boolean;
  /** Built-in escape options the format switches on (SurveyJS showNoneItem/showOtherItem, LimeSurvey "no answer"). */
  builtIn?: { none?: boolean; other?: boolean; notApplicable?: boolean; preferNotToSay?: boolean };
  /** 0-based page (or block) the question is on. */
  page: number;
  /** The whole question in the file: where a finding about the question as a whole is placed. */
  range: Range;
  /**
   * Edits that add these options after the last one, in the file's own syntax, with the ids, codes and order the
   * format needs (each text of a localized option in its own language; `language`'s label where one is missing).
   * Undefined when the format cannot take them safely (then no fix is offered). Always at most one insert per
   * point, so the one edit applier takes them in a single pass.
   */
  addChoices?: (choices: NewChoice[], language: Language) => TextEdit[] | undefined;
  /**
   * Edits that turn this question into two: this one asks the first half of each title text, a copy right after it
   * (same type, options and settings, a new unique name or id) asks the second; one pair per text of `title`, in
   * its order. Undefined where the format cannot copy a question safely (a translation Warmly does not read, logic
   * that points at the question).
   */
  split?: (halves: Halves[]) => TextEdit[] | undefined;
}

export interface Survey {
  kind: SurveyKind;
  title?: Localized;
  /** Texts shown before the first question (description, welcome page, invitation, a promised duration). */
  intro: Localized[];
  /** Texts shown after the survey (completion page). */
  outro: Localized[];
  questions: SurveyQuestion[];
  /**
   * What the survey already knows about the respondent: hidden fields, URL parameters, embedded data, LimeSurvey
   * token attributes, merge tags in the invitation (`order_id`, `email`). `known-answer` reads these.
   */
  knownVariables: string[];
  /** Languages the file is written in, most used first. */
  languages: Language[];
  /** Other texts the respondent reads (page and panel titles, HTML blocks between questions): linted as text. */
  other?: Localized[];
}
