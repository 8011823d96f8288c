/**
 * Incremental linting: what a lint of an edited document reuses from the lint of its previous version.
 *
 * A LintMemo belongs to one document (the language server keeps one per open document). It caches per-part facts
 * by the part's own text, never by position, so an edit anywhere invalidates exactly the parts whose text changed:
 * - per paragraph: each rule's phrase matches in a prose block (`RuleContext.match`, the bulk of a lint's
 *   matching work), keyed by the block's normalized text, the rule and its phrase data;
 * - per catalog message (and per survey text): the whole lint of the message's text, keyed by its text and the
 *   options it is linted with; catalog-wide rules (letters split over keys) are linted from the joined parts,
 *   which are themselves cached by their text.
 * - the document's parse: its extraction and prose blocks, reused when an edit falls inside one text run of HTML
 *   (formats/reuse.ts: the edited paragraph is built again, the ones before it are the same objects, the ones
 *   after it copies moved by the edit's length);
 * - per paragraph and rule, for rules that check each paragraph on its own (`RuleContext.eachBlock`): what the
 *   rule reported, replayed for the same block object, or moved with a moved block.
 * Everything else is recomputed on every lint from those cached facts: the tag scan, whole-message rules (such as
 * missing-contact or repeat-yourself, which still see every block), suppressions.
 * So the findings are those of a full lint by construction, as long as the cached computations are pure functions
 * of their keys (phrase matching reads only the block's text; a text's lint only its text and options; an
 * eachBlock check only its block): test/engine/incremental.test.ts checks it on random edits against full lints,
 * test/engine/reuse-extraction.test.ts the reused parse against a fresh one.
 *
 * Memory stays proportional to the document: after each lint, entries the lint did not use are dropped.
 */
import { extractWithReuse, type ExtractionState } from './formats/reuse';
import type { PhraseMatch } from './match';
import type { ProseBlock } from './prose';
import type { PhraseData, ReportInput } from './rule';
import type { Format, Language, LintOptions, LintResult, Range } from './types';

export type BlockMatches = (PhraseMatch & { language: Language })[];

const NO_MATCHES: BlockMatches = Object.freeze([]) as unknown as BlockMatches;

interface Stamped<T> {
  /** The lint that last used it. */
  at: number;
  value: T;
}

export interface LintMemoStats {
  /** Lookups answered from the cache and computed afresh, over this memo's life. */
  hits: number;
  misses: number;
  /** Entries held now (paragraph matches and linted texts). */
  entries: number;
  /** Lints of the document that reused its previous extraction (an edit inside one text run), over this memo's life. */
  extractionsReused: number;
}

export class LintMemo {
  private lintNumber = 0;
  private depth = 0;
  private optionsKey: string | undefined;
  private readonly texts = new Map<string, Stamped<LintResult>>();
  /** By rule (its id and phrase settings), then phrase data, then the block's text. */
  private readonly matches = new Map<string, Map<PhraseData, Map<string, Stamped<BlockMatches>>>>();
  private hits = 0;
  private misses = 0;
  /** The document's extraction and prose blocks as of its last lint: an edit re-parses only what it touched. */
  private state: ExtractionState | undefined;
  /** By block object, then rule id: what the rule's per-block check reported (RuleContext.eachBlock). */
  private reports = new WeakMap<ProseBlock, Map<string, ReportInput[]>>();
  private extractionsReused = 0;

  /**
   * Runs one lint of the document with this memo. Nested calls (a catalog message's lint inside the file's) share
   * the outer lint's stamp; the outermost one drops, when it ends, whatever it did not use.
   */
  run<T>(options: LintOptions, lint: () => T): T {
    if (this.depth === 0) {
      // The options are part of every cached fact's meaning: other options, nothing reusable.
      const key = JSON.stringify(options);
      if (key !== this.optionsKey) this.clear();
      this.optionsKey = key;
      this.lintNumber++;
    }
    this.depth++;
    try {
      return lint();
    } finally {
      this.depth--;
      if (this.depth === 0) this.evictUnused();
    }
  }

  /** A text's lint (a catalog message, a survey text), reused when the same text is linted with the same options. */
  lintText(text: string, options: LintOptions, lint: () => LintResult): LintResult {
    const key = `${JSON.stringify(options)}\u0000${text}`;
    const known = this.texts.get(key);
    if (known) {
      known.at = this.lintNumber;
      this.hits++;
      return copyResult(known.value);
    }
    this.misses++;
    const value = lint();
    this.texts.set(key, { at: this.lintNumber, value: copyResult(value) });
    return value;
  }

  /** A rule's phrase matches in one prose block, reused when a block with the same text was matched before. */
  blockMatches(ruleKey: string, data: PhraseData, blockText: string, match: () => BlockMatches): BlockMatches {
    let byData = this.matches.get(ruleKey);
    if (!byData) this.matches.set(ruleKey, (byData = new Map()));
    let byText = byData.get(data);
    if (!byText) byData.set(data, (byText = new Map()));
    const known = byText.get(blockText);
    if (known) {
      known.at = this.lintNumber;
      this.hits++;
      return known.value.length ? known.value.map((m) => ({ ...m })) : [];
    }
    this.misses++;
    const value = match();
    // Most blocks match nothing for most rules: they share one empty list.
    byText.set(blockText, { at: this.lintNumber, value: value.length ? value.map((m) => ({ ...m })) : NO_MATCHES });
    return value;
  }

  /** The document's extraction and prose blocks, reused from its last lint where the edit allows (formats/reuse.ts). */
  extraction(text: string, format: Format, filePath: string, language: Language | undefined): ExtractionState {
    this.state = extractWithReuse(this.state, text, format, filePath, language);
    if (this.state.reused) this.extractionsReused++;
    return this.state;
  }

  /**
   * What a rule reported from one block in an earlier lint (RuleContext.eachBlock): for the same block object, or
   * for the block an edit before it moved (then with every offset moved by as much).
   */
  reportsOf(ruleId: string, block: ProseBlock): ReportInput[] | undefined {
    const known = this.reports.get(block)?.get(ruleId);
    if (known) {
      this.hits++;
      return known;
    }
    const moved = this.state?.moved;
    const origin = moved?.from.get(block);
    const before = origin && this.reports.get(origin)?.get(ruleId);
    if (!before) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    const shifted = before.map((r) => moveReport(r, moved!.delta));
    this.rememberReports(ruleId, block, shifted);
    return shifted;
  }

  /** Keeps a block's reports for `reportsOf`; they live as long as the block object does. */
  rememberReports(ruleId: string, block: ProseBlock, reports: ReportInput[]): void {
    let byRule = this.reports.get(block);
    if (!byRule) this.reports.set(block, (byRule = new Map()));
    byRule.set(ruleId, reports);
  }

  stats(): LintMemoStats {
    let entries = this.texts.size;
    for (const byData of this.matches.values()) for (const byText of byData.values()) entries += byText.size;
    return { hits: this.hits, misses: this.misses, entries, extractionsReused: this.extractionsReused };
  }

  clear(): void {
    this.state = undefined;
    this.reports = new WeakMap();
    this.texts.clear();
    this.matches.clear();
  }

  private evictUnused(): void {
    const now = this.lintNumber;
    // forEach rather than for-of over entries: no [key, value] pair is made per entry, and a long document holds
    // tens of thousands of them, walked after every keystroke.
    this.texts.forEach((entry, key, map) => { if (entry.at !== now) map.delete(key); });
    for (const byData of this.matches.values()) {
      for (const byText of byData.values()) byText.forEach((entry, text, map) => { if (entry.at !== now) map.delete(text); });
    }
  }
}

function moveReport(r: ReportInput, d: number): ReportInput {
  const move = (range: Range): Range => ({ start: range.start + d, end: range.end + d });
  return {
    ...r,
    range: move(r.range),
    suggestions: r.suggestions?.map((s) => ({ ...s, edits: s.edits.map((e) => ({ ...e, range: move(e.range) })) })),
  };
}

/** Callers may sort or extend what they get: the cache keeps its own copy of the lists and finding objects. */
function copyResult(r: LintResult): LintResult {
  return { ...r, findings: structuredClone(r.findings), dialects: [...r.dialects] };
}
