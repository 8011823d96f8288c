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
  private readonly byText = new Map<string, Map<PhraseData, Map<string, BlockMatches>>>();

  /** `settingsKey`: the asking rule's phrase settings, serialized ('' when it has none). */
  get(blockText: string, data: PhraseData, settingsKey: string, match: () => BlockMatches): BlockMatches {
    let byData = this.byText.get(blockText);
    if (!byData) this.byText.set(blockText, (byData = new Map()));
    let bySettings = byData.get(data);
    if (!bySettings) byData.set(data, (bySettings = new Map()));
    let value = bySettings.get(settingsKey);
    if (!value) bySettings.set(settingsKey, (value = match()));
    // A copy for the caller, which may sort or extend it; most lists are empty.
    return value.length ? value.map((m) => ({ ...m })) : [];
  }
}
