/**
 * The engine's public shapes. Everything is in 0-based UTF-16 offsets into the original file;
 * shells convert to line/column at their edges (see `lines.ts`).
 */

export type Severity = 'off' | 'hint' | 'info' | 'warning' | 'error';
export type Language = 'en' | 'fa';

/** The template formats the engine understands. `plain` also covers unknown extensions. */
export type Format =
  | 'plain'
  | 'markdown'
  | 'html'
  | 'handlebars'
  | 'liquid'
  | 'twig'
  | 'erb'
  | 'mjml'
  | 'haml'
  /** React email components (`.tsx`/`.jsx`): react-email, jsx-email, mjml-react. */
  | 'jsx'
  /** Python modules of bot replies and mail texts (`texts.py`, `handlers/support.py`): their string literals. */
  | 'python';

/** A merge-tag dialect: decides how a rewrite spells a variable. */
export type Dialect =
  | 'handlebars'
  | 'liquid'
  | 'twig'
  | 'erb'
  | 'mailchimp'
  | 'rails-i18n'
  | 'dollar'
  | 'smarty'
  | 'blade'
  | 'percent'
  | 'bracket'
  | 'colon'
  | 'php'
  | 'qweb'
  | 'brace'
  /** Template Toolkit (Sympa, Koha, RT): `[% name %]`, `[%- IF x -%]…[% END %]`. */
  | 'tt'
  /** Koha notices: `<<borrowers.firstname>>`. */
  | 'chevron'
  /** Dolibarr substitution keys: `__USER_SIGNATURE__`, `__(Hello)__`. */
  | 'underscore'
  /** HAML's Ruby: `= @user.name` lines and `#{@user.name}` in text. */
  | 'haml'
  /** JSX children: `{userName}`, `{user.firstName ?? "there"}`. */
  | 'jsx';

export interface Range {
  start: number;
  end: number;
}

export interface TextEdit {
  range: Range;
  text: string;
}

export interface Suggestion {
  /** Short imperative title shown in the quick-fix menu, e.g. `Greet by name: "Hi {{first_name}},"`. */
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  message: string;
  severity: Exclude<Severity, 'off'>;
  range: Range;
  /** The original text under `range`. */
  actual: string;
  /** Language of the text the finding is about. */
  language: Language;
  url: string;
  /** Zero to three rewrites, the first preferred. */
  suggestions: Suggestion[];
  /** In a message catalog: the key of the message the finding is in (`en.user_mailer.welcome.body`). */
  catalogKey?: string;
}

/** Personalization variables a rewrite may use, by role. Values are bare variable paths (`customer.first_name`). */
export interface Personalization {
  /** Variable holding the reader's first name. Inferred from the template when absent. */
  name?: string;
  senderName?: string;
  senderEmail?: string;
  senderPhone?: string;
  /** Fallback word when the name is missing: "there" / "دوست عزیز". */
  fallback?: Partial<Record<Language, string>>;
}

export interface RulePhraseConfig {
  /** Extra phrases to flag, matched literally after normalization. */
  flag?: string[];
  /** Phrases to allow: a finding whose text normalizes to one of these (or contains one) is dropped. */
  allow?: string[];
}

export interface RuleSettings {
  severity?: Severity;
  options?: Record<string, unknown>;
  phrases?: Partial<Record<Language, RulePhraseConfig>>;
}

export interface LintOptions {
  /** Used to pick the format by extension; any extension is accepted. */
  filePath?: string;
  /** Overrides the extension-based choice. */
  format?: Format;
  /** Forces one language for every paragraph instead of detection by script. */
  language?: Language;
  rules?: Record<string, RuleSettings | Severity>;
  personalization?: Personalization;
  /** Apply inline `warmly-disable…` comments (default true). */
  inlineConfig?: boolean;
  /** Also report inline suppressions that suppressed nothing (rule id `unused-disable`). */
  reportUnusedDisables?: boolean | Severity;
  /**
   * The header field the whole text is, when the caller knows it from outside the text: a catalog's
   * `order_mailer.confirm_email.subject` is a subject, its `mailer.from_name` a sender's name. Rules read it with
   * the file's own `Subject:`/`From:` headers (RuleContext.extraction.headers).
   */
  field?: 'subject' | 'from_name';
  /**
   * Parts of the text that are header fields, when the caller joined a letter from pieces it knows: a catalog
   * email's subject key read before its body. Rules read them with the file's own headers, as for `field`.
   */
  fields?: { name: 'subject' | 'from_name'; range: Range }[];
  /** Message catalogs: key globs to lint or skip whatever the guess says (see engine/catalogs/select.ts). */
  catalogs?: { include?: string[]; exclude?: string[] };
  /**
   * The folder (the project or workspace) whose files the partials a template includes may be read from, by the
   * shell's PartialHost (engine/partials.ts). Without it, or with a file path outside it, includes are not read.
   */
  partialRoot?: string;
}

export interface LintResult {
  findings: Finding[];
  format: Format;
  /** Dialects of merge tags seen in the file, most used first. */
  dialects: Dialect[];
}
