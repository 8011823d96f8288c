/**
 * Word classes and frames for phrase data (see match.ts for the pattern syntax). Judgement rules describe a
 * failure as a frame over classes — who acts, the verb, the object, the hedge — rather than as a list of
 * sentences, so wording nobody listed is still caught. These helpers build pattern text; they add no syntax,
 * so the compiled regexes stay as bounded as hand-written ones.
 *
 * Persian verbs inflect for person and number, take می‌/نمی‌ and ن- prefixes, form perfects with ـه and
 * passives with شد/گردید, and come last in the clause; the helpers spell those forms once instead of every
 * rule listing them by hand.
 */

/** `(a|b|c)`: one slot filled by any member of a word class. */
export function oneOf(...members: string[]): string {
  return `(${members.join('|')})`;
}

/** Both orders of two parts of a clause, up to a few words apart: Persian puts object and agent either way. */
export function eitherOrder(a: string, b: string): string {
  return `(${a} ... ${b}|${b} ... ${a})`;
}

/**
 * Every finite form of a simple Persian verb from its past and present stems: present and past, negative,
 * perfect (کرده‌ایم), pluperfect (کرده بودیم), future (خواهیم کرد) and subjunctive/imperative (بکنید, کنید).
 * `کرد`/`کن` → "(می‌کن*|نمی‌کن*|کرد*|نکرد*|…)". Stems ending in a vowel take their endings with a glide
 * (گوی → بگویید), which the `*` prefix forms already cover.
 */
export function faVerb(past: string, present: string): string {
  const subj = ['م', 'ی', 'د', 'یم', 'ید', 'ند', 'ین'].map((e) => present + e);
  return oneOf(
    `می‌${present}*`,
    `نمی‌${present}*`,
    `${past}*`,
    `ن${past}*`,
    `(خواه*|نخواه*) ${past}`,
    `ب${present}*`,
    `ن${present}*`,
    ...subj,
  );
}

/** A Persian compound verb: the non-verbal part (a noun or adjective) and every form of its light verb. */
export function faCompound(nonVerbal: string, past: string, present: string): string {
  return `${nonVerbal} ${faVerb(past, present)}`;
}

/**
 * Only the negative finite forms of a simple Persian verb (نمی‌پذیریم, نپذیرفت, نپذیرفته‌ایم, نخواهیم پذیرفت,
 * نپذیرید), for frames whose meaning is the refusal itself: "مسئولیتی نمی‌پذیرد" in every person and tense.
 */
export function faNegative(past: string, present: string): string {
  return oneOf(`نمی‌${present}*`, `ن${past}*`, `نخواه* ${past}`, `ن${present}*`);
}

/**
 * The formal light verbs Persian officialese puts after a noun where speech uses کردن: نمودن, فرمودن, داشتن
 * (اعلام می‌داریم), گردیدن and حاصل کردن, in every finite form. `nouns` is a class like "(اعلام|ابراز)".
 */
export function faFormal(nouns: string): string {
  // The forms officialese uses, not the whole paradigms: two full paradigms are ~1,700 characters of regex each
  // time, compiled at start-up.
  return `${nouns} ${oneOf('می‌داریم', 'می‌دارد', 'می‌دارند', 'می‌دارم', 'داشت', 'داشتیم', 'داشته', 'می‌نماییم', 'می‌نماید', 'می‌نمایند', 'نمود', 'نمودیم', 'نموده', 'نمایید', 'خواهیم داشت', 'خواهیم نمود')}`;
}

/**
 * The 2nd-person plural past of simple verbs, affirmative or negative, simple, perfect and pluperfect, in formal
 * and colloquial endings: `['خرید']` → (خریدید|خریدین|خریده‌اید|خریده بودید|…) or with `negative` (نخریدید|…).
 * Blame and reproach are addressed to "you", so frames that pin a deed on the reader spell it once with this.
 */
export function faYouDid(pasts: string[], negative = false): string {
  const n = negative ? 'ن' : '';
  return oneOf(...pasts.flatMap((p) => [`${n}${p}ید`, `${n}${p}ین`, `${n}${p}ه‌اید`, `${n}${p}ه بودید`, `${n}${p}ه بودین`]));
}

/**
 * The agentless passive of a compound verb, in the forms service letters use: شد، شده، شده است، شده بود، گردید،
 * گردیده، گردیده است، می‌شود، می‌گردد. `nouns` is a class like "(اعلام|ذکر)": "ذکر گردید", "اعلام شده بود".
 */
export function faPassive(nouns: string): string {
  return `${nouns} ${oneOf('شد', 'شده', 'شده است', 'شده‌است', 'شده بود', 'گردید', 'گردیده', 'گردیده است', 'گردیده بود', 'می‌شود', 'می‌گردد', 'رسید', 'رسیده', 'رسیده بود', 'رسیده است')}`;
}

/**
 * The 1st-person past of simple verbs, singular and plural, simple, perfect and pluperfect: `['گفت']` →
 * (گفتیم|گفتم|گفته‌ایم|گفته‌ام|گفته بودیم|گفته بودم). What "we" already did, for frames of reproach and denial.
 */
export function faWeDid(pasts: string[], negative = false): string {
  const n = negative ? 'ن' : '';
  return oneOf(...pasts.flatMap((p) => [`${n}${p}یم`, `${n}${p}م`, `${n}${p}ه‌ایم`, `${n}${p}ه‌ام`, `${n}${p}ه بودیم`, `${n}${p}ه بودم`]));
}

/** English words with the spelling people type in texts and chat ("u", "ur", "pls", "bc"), and common misspellings. */
const EN_TEXTING: Record<string, string> = {
  you: '(you|u)',
  your: '(your|ur|yr)',
  please: '(please|pls|plz)',
  because: '(because|bc|cuz|cos)',
  // Misspellings real templates ship with ("We appologize for the inconvenience"): the stock phrase all the same.
  apologize: '(apologize|appologize|apologise|appologise|apoligize)',
  apologise: '(apologise|appologise)',
  apologies: '(apologies|appologies|apologys)',
  inconvenience: '(inconvenience|inconvienience|inconvenince|inconveniance|inconvinience)',
};

/**
 * A phrase list whose patterns also read texting spellings ("ur order", "pls resend", "bc u picked"), so SMS and
 * chat templates are judged like emails. Only whole pattern words are widened ("you've" stays as written), in the
 * match and its exceptions alike.
 */
export function withTextingSpellings<T extends { match: string; except?: string[] }>(entries: T[]): T[] {
  const widen = (pattern: string) => pattern.replace(/(?<=^|[\s(|])(you|your|please|because|apologize|apologise|apologies|inconvenience)(?=$|[\s)|?])/g, (w) => EN_TEXTING[w]);
  return entries.map((e) => ({ ...e, match: widen(e.match), ...(e.except ? { except: e.except.map(widen) } : {}) }));
}
