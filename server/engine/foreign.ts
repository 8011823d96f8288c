/**
 * Prose in a language Warmly has no rules for. A block's language comes from its script (prose.ts): Latin letters are
 * read as English and Arabic letters as Persian. A German or French template (`welcome.de.html.erb`, a shop's
 * `emails/fr/`) read as English got "no one to reach" and "sign with a person's name" for every letter whose
 * German invitation to reply no English phrase knows; an Arabic or Urdu one likewise under the Persian rules.
 *
 * A document's prose of one script is foreign when both of two independent signs agree, so English or Persian prose is
 * never given away on one of them:
 * - few of its words are the commonest function words of the language its script is read as (English "the", "your",
 *   "please"; Persian «را», «است», «شما»), which make a quarter or more of any sentence of it; and
 * - a trigram language identifier (franc, from the unified collective) names another language, clearly.
 * Too few words decide nothing: a code, a subject or a button is read as always.
 */
import { onFirstUse } from './lazy';
import type { Language } from './types';

/**
 * franc-min builds its trigram tables for 82 languages as it loads (~11 ms of every start, measured in the language
 * server's cold start), and it is asked only about prose whose function words leave its language in doubt: loaded then.
 */
const franc = onFirstUse('franc-min', () => require('franc-min') as typeof import('franc-min'));

/** Fewer words than this are too few to tell a language by. */
const MIN_WORDS = 12;
/** Enough words to tell a language by: a long newsletter is judged by its first paragraphs. */
const SAMPLE_WORDS = 400;
/** Below this share of function words, the prose is not the language its script is read as (English runs 0.25-0.45). */
const MAX_FUNCTION_SHARE = 0.12;

/**
 * English words that are function words in English and rarely a word of the other Latin-script languages ("in", "an",
 * "was", "will", "a", "no", "me" are German, Spanish or Italian words too, and left out).
 */
const EN_FUNCTION = new Set(('the to of and or you your yours we our us are for with from this that these those it its if not please ' +
  'thank thanks have has had can would could should there here what when which who how be been by my they their them any about ' +
  'just also been being our ours than then would into out up').split(' '));
/** Persian function words: the object marker, the copula, the pronouns and prepositions Arabic and Urdu do not use. */
const FA_FUNCTION = new Set(('را است هست نیست شما ایم اید برای این آن که می نمی شده شد شود بود خواهد کنید کرد کنیم باشد ' +
  'اگر تا چه چرا های خود لطفا').split(' '));

/**
 * The identifier's languages for each script, and how far its score for the script's own language (1 is its best
 * guess) must fall behind: measured on real templates (PrestaShop's German and Italian mails score English 0.85-0.90;
 * English ones whose prose is a list of labels, 0.94 and up). Arabic read as Persian never had Persian first.
 */
const IDENTIFIER_LANGUAGES: Record<Language, { own: string; maxOwnScore: number; only: string[] }> = {
  // franc-min's Latin-script languages (its 82 are those of 8 million speakers or more).
  en: { own: 'eng', maxOwnScore: 0.92, only: ['eng', 'spa', 'por', 'ind', 'fra', 'deu', 'jav', 'vie', 'ita', 'tur', 'pol', 'swh', 'sun', 'ron', 'hau', 'bos', 'hrv', 'nld', 'yor', 'uzn', 'zlm', 'ibo', 'ceb', 'tgl', 'hun', 'azj', 'ces', 'swe', 'som', 'zul'] },
  // And its Arabic-script ones.
  fa: { own: 'pes', maxOwnScore: 1, only: ['pes', 'arb', 'urd', 'ckb', 'pbu', 'skr'] },
};

/**
 * Arabic prose: at least this share of its words are Arabic function words or open with the article «ال» (a third
 * of Arabic words; a few in a hundred Persian ones: البته, الکترونیکی).
 */
const ARABIC_SHARE = 0.15;
/**
 * Arabic function words Persian does not use, as folded (prose.ts: ي → ی, ك → ک, ة → ه, أ/إ → ا): «في», «هذا», «تم»
 * ("was done", in every Arabic notice), «يرجى» ("please"), «إلى», «التي», «الذي», «إذا», «لقد», «لك».
 */
const AR_FUNCTION = new Set('فی هذا هذه تم یرجی الی التی الذی اذا لقد لک لکم عن لم قد ان الا او کان'.split(' '));
const LATIN_WORD = /[a-z\u00e0-\u024f']+/g;
// Normalized text has no zero-width non-joiners (prose.ts drops them): «می‌شود» is one word «میشود» here.
const ARABIC_WORD = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]+/g;

/**
 * Whether the prose these blocks read as `language` is some other language (see the module's doc). Block texts are
 * normalized (lower-case Latin, Persian letters folded); only the first few hundred words are read.
 */
export function isForeignProse(blocks: readonly { text: string; language: Language }[], language: Language): boolean {
  const wordPattern = language === 'fa' ? ARABIC_WORD : LATIN_WORD;
  const functionWords = language === 'fa' ? FA_FUNCTION : EN_FUNCTION;
  let words = 0;
  let function_ = 0;
  let arabic = 0;
  // Counted first; the identifier's sample is built only for prose the counts leave in doubt (rarely English).
  for (const { text, language: blockLanguage } of blocks) {
    if (blockLanguage !== language) continue;
    wordPattern.lastIndex = 0;
    for (let m = wordPattern.exec(text); m && words < SAMPLE_WORDS; m = wordPattern.exec(text)) {
      const w = m[0];
      words++;
      if (functionWords.has(w)) function_++;
      else if (language === 'fa' && (AR_FUNCTION.has(w) || (w.length >= 4 && w.startsWith('\u0627\u0644')))) arabic++;
    }
    if (words >= SAMPLE_WORDS) break;
  }
  if (words < MIN_WORDS || function_ / words >= MAX_FUNCTION_SHARE) return false;
  // Arabic's own words are a sign the identifier misses on short texts whose Arabic letters were folded to Persian ones.
  if (language === 'fa' && arabic / words >= ARABIC_SHARE) return true;
  const { own, maxOwnScore, only } = IDENTIFIER_LANGUAGES[language];
  const ranked = franc().francAll(sampleOf(blocks, language, wordPattern), { only, minLength: 10 });
  const best = ranked[0];
  if (!best || best[0] === 'und' || best[0] === own) return false;
  const ownScore = ranked.find(([code]) => code === own)?.[1] ?? 0;
  return ownScore < maxOwnScore;
}

/** The first words of the prose read as `language`, spaced, for the identifier. */
function sampleOf(blocks: readonly { text: string; language: Language }[], language: Language, wordPattern: RegExp): string {
  const words: string[] = [];
  for (const { text, language: blockLanguage } of blocks) {
    if (blockLanguage !== language) continue;
    wordPattern.lastIndex = 0;
    for (let m = wordPattern.exec(text); m && words.length < SAMPLE_WORDS; m = wordPattern.exec(text)) words.push(m[0]);
    if (words.length >= SAMPLE_WORDS) break;
  }
  return words.join(' ');
}
