/** What the tag scanner finds: tags with exact offsets, what is broken, and regions that are never prose. */
import type { Dialect, Range } from '../../types';

export type TagKind = 'output' | 'open' | 'close' | 'else' | 'comment' | 'statement';

export interface TemplateTag extends Range {
  dialect: Dialect;
  kind: TagKind;
  /** Text between the delimiters, trimmed. */
  expr: string;
  /** For output tags: the variable path, e.g. `customer.first_name` (no `$`/`@` sigils). */
  variable?: string;
  /** For output tags: the expression itself supplies a value when the variable is empty. */
  hasFallback?: boolean;
  /** For output tags: inside a conditional block that tests the same variable. */
  guarded?: boolean;
  /** For block tags: `if`, `each`, `for`, … */
  block?: string;
}

export interface BrokenTag extends Range {
  dialect: Dialect;
  reason: 'unclosed' | 'unopened-block' | 'unclosed-block' | 'mismatched-block' | 'stray-brace';
  /** What the writer needs to add or remove, for the message. */
  detail: string;
  /** A text edit that repairs it, when one is certain. */
  fix?: { range: Range; text: string };
}

export interface TagScan {
  tags: TemplateTag[];
  broken: BrokenTag[];
  /** Regions that are template comments or raw/verbatim blocks: never prose. */
  hidden: Range[];
  /**
   * Prose that sits inside a string literal of template code (`{{ __('…') }}`, `<?php esc_html_e( '…' ) ?>`): a
   * rewrite written there is escaped for its quotes, or not offered.
   */
  quoted: QuotedRange[];
}

export interface QuotedRange extends Range {
  /** The literal's quote; a backtick for a JSX template literal (where `${` would start a hole). */
  quote: "'" | '"' | '`';
  /** A JavaScript string (JSX): a line break in a `'`/`"` string is written `\n`. */
  js?: true;
}
