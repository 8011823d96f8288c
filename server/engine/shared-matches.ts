/**
 * Phrase matches shared by every rule within one lint. Rules read each other's phrase data (survey-invitation asks
 * no-reply's and missing-contact's, unowned-mistake asks non-apology's, extra-effort asks repeat-yourself's) and
 * templates repeat paragraphs (a footer in every language section): without this, each of those searches ran again
 * on the same text. A block's matches depend only on its text, the phrase data and the asking rule's phrase
 * settings (allowed and extra phrases), which together are the key. Lives for one lint, so it never goes stale.
 */
import type { PhraseData, RuleContext } from './rule';

type BlockMatches = ReturnType<RuleContext['match']>;

export class SharedMatches {
  /**
   * By phrase data and settings, then by block text: one map per data set and lint rather than one per paragraph
   * and data set (a dozen sets ask about every paragraph, and those maps were a good part of a lint's garbage).
   */
  private readonly byData = new Map<PhraseData, Map<string, Map<string, BlockMatches>>>();

  /** `settingsKey`: the asking rule's phrase settings, serialized ('' when it has none). */
  get(blockText: string, data: PhraseData, settingsKey: string, match: () => BlockMatches): BlockMatches {
    let bySettings = this.byData.get(data);
    if (!bySettings) this.byData.set(data, (bySettings = new Map()));
    let byText = bySettings.get(settingsKey);
    if (!byText) bySettings.set(settingsKey, (byText = new Map()));
    let value = byText.get(blockText);
    if (!value) byText.set(blockText, (value = match()));
    // A copy for the caller, which may sort or extend it; most lists are empty.
    return value.length ? value.map((m) => ({ ...m })) : [];
  }
}
