/**
 * Phrase patterns, compiled once into one regular expression per rule and language and run over normalized
 * prose. Patterns are data written by people, so the syntax is small and every construct is bounded:
 *
 *   word          a normalized word (case, Persian letter variants, diacritics and digits are folded)
 *   a|b           either word
 *   (a b|c d)     either word sequence; groups may nest
 *   x?            x is optional
 *   word*         the word and any ending (apolog* = apologize, apologise, apologies, apology)
 *   ...           up to six other words (eight in Persian) in the same sentence; at the end: the rest of the clause
 *   {name}        any merge tag (output placeholder)
 *   ^  /  $       at the start / end of a sentence or line
 *
 * In Persian, a ZWNJ inside a word and the space between words both match "ZWNJ, space or nothing", because
 * writers use all three (می‌شود, می شود, میشود). Text has ZWNJ removed before matching.
 *
 * User phrases from configuration are matched literally (`literalPattern`): no user text becomes regex syntax,
 * so matching stays linear in the input.
 */
import { int32sLike, normalizeString, PLACEHOLDER } from './prose';
import { escapeRe } from './regex';
import type { Language } from './types';

export interface PhraseEntry {
  /** The pattern, in the syntax above. */
  match: string;
  /** Rewrites, best first. `{name}`, `{sender}` and `{fallback}` are filled from the template's variables. */
  replace?: string[];
  /** If the sentence around a match also matches one of these, it is not a finding. */
  except?: string[];
  /**
   * If the paragraph (the whole block) around a match matches one of these, it is not a finding: a refusal's way
   * forward often comes in the next sentence ("We can't refund this. What we can do is…").
   */
  exceptInBlock?: string[];
  /**
   * If set, a match is a finding only when the paragraph (the whole block) also matches one of these: asking for a
   * summary of "your issue" repeats the reader only where the text shows they already wrote ("your ticket…").
   */
  onlyInBlock?: string[];
  /** A more specific message for this phrase. */
  message?: string;
}

/**
 * How a regex's first use is run so that V8 compiles it cheaply (see setCheapRegexpCompile), or undefined: compile
 * as V8 does by default.
 */
let cheaply: (<T>(run: () => T) => T) | undefined;

/**
 * Let the phrase regexes compile without V8's regexp optimizer on first use: `run` calls its argument with the
 * optimizer off (server/regexp-tuning.ts sets the V8 flag around it). Set once per thread by the entry points; the
 * engine itself imports nothing of V8.
 */
export function setCheapRegexpCompile(run: (<T>(run: () => T) => T) | undefined): void {
  cheaply = run;
}

/**
 * Tests of a phrase regex compiled cheaply after which it is compiled again with the optimizer. V8 compiles a regex
 * on its first use; for Warmly's phrase regexes (alternations of hundreds of words, ~1,300 characters each) the
 * optimizer's compile costs about 1 µs a character, about 45 ms of a small template's first lint, and most of them
 * are then tested a few times. Without it, compiling costs a third as much and each test about three times as much
 * (measured on Node 20 over a template's 42 regexes: 16 ms and 50 ms to compile, 1.0 s and 0.32 s for the same
 * 1.5 M tests). A regex tested this often has paid for its optimized compile many times over.
 */
export const HOT_TESTS = 256;

/** Whether V8 holds a string in two bytes a character (it compiles a regex for each width apart). */
let lastSubject = '';
let lastWide = false;
const WIDE = /[^\u0000-\u00ff]/;
function isWide(subject: string): boolean {
  if (subject !== lastSubject) {
    lastSubject = subject;
    lastWide = WIDE.test(subject);
  }
  return lastWide;
}

/**
 * Regexes made on first use. A phrase set holds hundreds of large patterns and a document reaches few of them
 * (an entry is tried only where one of its first words is), so a cold start no longer parses them all, nor (given
 * a function for the sources) builds or reads their source text.
 * Each is compiled cheaply on first use (per string width: V8 compiles for one-byte and two-byte subjects apart)
 * and made again, from the same source, for V8's optimizer once it has been tested HOT_TESTS times (see
 * setCheapRegexpCompile). Both compile the same source: only the machine code differs, never a result.
 * Sources come from rule data that the tests validate, or from escaped literals, so making one late cannot throw.
 */
export class LazyRegExps {
  private readonly made: (RegExp | undefined)[];
  private readonly sourceOf: (index: number) => string | undefined;
  /** Per regex: tests so far while compiled cheaply, up to HOT_TESTS (then optimized). */
  private readonly tests: Uint16Array;
  /** Per regex: 1 = compiled cheaply for one-byte subjects, 2 = for two-byte subjects (bits). */
  private readonly widths: Uint8Array;
  readonly length: number;
  constructor(sources: readonly (string | undefined)[] | { length: number; sourceOf: (index: number) => string | undefined }, private readonly flags = '') {
    this.length = sources.length;
    this.sourceOf = 'sourceOf' in sources ? sources.sourceOf : (index) => sources[index];
    this.made = new Array(this.length);
    this.tests = new Uint16Array(this.length);
    this.widths = new Uint8Array(this.length);
  }
  /** How many regexes have been made so far (for tests and profiling). */
  get madeCount(): number {
    let n = 0;
    for (const re of this.made) if (re !== undefined) n++;
    return n;
  }
  /** How many have been made again for the optimizer (for tests and profiling). */
  get optimizedCount(): number {
    let n = 0;
    for (const t of this.tests) if (t >= HOT_TESTS) n++;
    return n;
  }
  /** The source of entry `index`'s regex, or undefined when the entry has none. */
  source(index: number): string | undefined {
    return this.sourceOf(index);
  }
  /** Whether entry `index` has a regex. */
  has(index: number): boolean {
    return this.made[index] !== undefined || this.sourceOf(index) !== undefined;
  }
  /** The regex of entry `index`, or undefined when the entry has none. */
  at(index: number): RegExp | undefined {
    const made = this.made[index];
    if (made !== undefined) return made;
    const source = this.sourceOf(index);
    if (source === undefined) return undefined;
    return (this.made[index] = new RegExp(source, this.flags));
  }
  /**
   * Test entry `index`'s regex on `subject` (from `from` when sticky); false when the entry has none. After a
   * sticky match, `end(index)` is where it ended.
   */
  test(index: number, subject: string, from = 0): boolean {
    const re = this.at(index);
    if (re === undefined) return false;
    re.lastIndex = from;
    const tests = this.tests[index];
    if (tests < HOT_TESTS && cheaply !== undefined) {
      const width = isWide(subject) ? 2 : 1;
      if ((this.widths[index] & width) === 0) {
        this.widths[index] |= width;
        return cheaply(() => re.test(subject));
      }
      if (tests + 1 === HOT_TESTS) {
        // A fresh regex of the same meaning: V8 reuses a compiled regex for an identical source and flags.
        const optimized = new RegExp(`${re.source}(?:)`, this.flags);
        this.made[index] = optimized;
        this.tests[index] = HOT_TESTS;
        optimized.lastIndex = from;
        return optimized.test(subject);
      }
      this.tests[index] = tests + 1;
    }
    return re.test(subject);
  }
  /** Where the last sticky match of entry `index` ended. */
  end(index: number): number {
    return this.made[index]!.lastIndex;
  }
}

export interface CompiledPhrases {
  /** One sticky regex per entry, tried only where one of its possible first words starts. */
  alternatives: LazyRegExps;
  /** First word → entries that may start with it; `prefix` keys match any word that begins with them. */
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  /** Entries whose first word cannot be known in advance: tried at every word. */
  always: number[];
  entries: PhraseEntry[];
  except: LazyRegExps;
  exceptInBlock: LazyRegExps;
  onlyInBlock: LazyRegExps;
}

export interface PhraseMatch {
  /** Normalized offsets inside the block text. */
  from: number;
  to: number;
  entry: PhraseEntry;
}

/**
 * Letters, marks and digits of the scripts Warmly reads (Latin with accents, Greek/Cyrillic, Arabic/Persian),
 * spelled as ranges: Unicode property classes (\p{L}) make each of the ~300 phrase regexes take milliseconds
 * to compile, which the language server would pay on every cold start.
 */
const LETTER = "A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u0610-\\u061A\\u0620-\\u065F\\u066E-\\u06D3\\u06D5-\\u06DC\\u06DF-\\u06E8\\u06EA-\\u06EF\\u06FA-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF";
/**
 * The letters a `word*` ending may continue with, per script: an ending never changes script, and the full LETTER
 * class, repeated once per starred word (Persian verb classes hold dozens), makes the regexes several times longer
 * to build at start-up.
 */
const LATIN_ENDING = "[A-Za-z\\u00C0-\\u024F']*";
const ARABIC_ENDING = '[\\u0620-\\u065F\\u066E-\\u06D3\\u06D5-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF]*';
const WORD = `[${LETTER}0-9\\u0660-\\u0669\\u06F0-\\u06F9_'\\uE000]`;
const WORD_START_CHAR = new RegExp(`[${LETTER}0-9\\uE000"«(]`);
const NOT_WORD_BEFORE = `(?<!${WORD})`;
/** A compact "no word character follows" (the full WORD class, repeated in ~300 regexes, doubles compile time). */
const NOT_WORD_AFTER = "(?![\\w'\\u00C0-\\u024F\\u0610-\\u061A\\u0620-\\u0669\\u066E-\\u06D3\\u06D5-\\u06FF\\uE000])";
// A line may open with emoji or symbols before its first sentence ("👋 Hi there,", "🌸 کاربر گرامی").
// A line may open with a quote mark: an SMS that starts «"کاربر گرامی"» greets as much as one without it.
const SENTENCE_START = "(?<=^|[.!?\\u061F;:\\n\\u061B]\\s?|[.!?\\u061F]\\s\\s|[\\-*\\u2022>] |(?:^|\\n)[\\u2190-\\u2BFF\\uD800-\\uDFFF\\uFE0F\\u200D ]*[\\u2190-\\u2BFF\\uDC00-\\uDFFF]\\uFE0F? ?|(?:^|\\n)[ \\t]*[\"'\\u00AB\\u201C\\u2018])";
// A plural written in brackets ("Dear author(s),", "applicant(s)") ends its word, not the sentence: what follows decides.
const SENTENCE_END = '(?=(?:\\(s\\))?(?:$|\\s?[.!?\\u061F,\\u060C:;\\u061B\\n]|\\s-|["\\u00BB\\u201D\\u2019][ \\t]*(?:$|\\n)))';

function sep(language: Language): string {
  // English words need a separator (a comma may sit between them); Persian words may also be glued.
  return language === 'fa' ? '[ \\n\\u060C]{0,2}' : ',?[ \\n]';
}
/**
 * The separator inside `...` gaps: always at least one character, and never a character a gap word may
 * contain, so a run of words splits into gap words exactly one way (no backtracking blow-up).
 */
function gapSep(language: Language): string {
  return language === 'fa' ? '(?:[ \\n]\\u060C?[ \\n]?|\\u060C[ \\n]?)' : '(?:,?[ \\n]|,(?![0-9]))';
}
// A dot ends a gap word only where it ends a sentence: inside a word (help.acme.com, v2.1, e.g) it is part of it;
// a comma before a digit is a thousands separator (20,000,000), not a pause.
const GAP_WORD = '(?:[^ \\n.!?\\u061F;:\\u061B,\\u060C]|\\.(?=[^ \\n.!?\\u061F;:\\u061B,\\u060C])|,(?=[0-9]))+';

/** The rest of a clause, up to twelve words before punctuation: what a trailing `...` matches. */
function clauseRest(language: Language): string {
  return `(?:${language === 'fa' ? '[ \\n]' : '[ \\n]'}${GAP_WORD}){0,12}`;
}

/**
 * A Persian label's colon, spaced on both sides, is no pause: an address typed into a right-to-left sentence leaves
 * «لطفا آنرا به ایمیل : ارسال نمایید %s» (the colon of «ایمیل :» with the address moved to the end), one clause still.
 */
const FA_GAP_WORD = `(?:${GAP_WORD}|:(?=[ \\n]))`;

function gap(language: Language): string {
  // Persian puts the verb last, so the words between a phrase's parts run longer.
  return language === 'fa' ? `(?:${gapSep(language)}${FA_GAP_WORD}){0,8}?` : `(?:${gapSep(language)}${GAP_WORD}){0,6}?`;
}

interface Token {
  kind: 'word' | 'group' | 'gap' | 'start' | 'end';
  source: string;
  optional: boolean;
}

/**
 * Tokens by pattern. Word classes are shared by many frames, so the same group text is split again and again while
 * a phrase set is indexed (about a third of a cold start's CPU before this cache); the tokens are never mutated.
 */
const tokenCache = new Map<string, readonly Token[]>();

/** Split a pattern into top-level tokens, keeping parenthesized groups whole. */
function tokenize(pattern: string): readonly Token[] {
  let tokens = tokenCache.get(pattern);
  if (!tokens) { tokens = tokenizeUncached(pattern); tokenCache.set(pattern, tokens); }
  return tokens;
}

function tokenizeUncached(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  // A group glued to another with ZWNJ ("(پیام)‌(ها|های)?") is two tokens: Persian words may be glued anyway.
  const s = pattern.trim().replace(/\)\u200C\(/g, ') (');
  while (i < s.length) {
    if (s[i] === ' ') { i++; continue; }
    let j = i;
    if (s[i] === '(') {
      let depth = 0;
      for (; j < s.length; j++) {
        if (s[j] === '(') depth++;
        else if (s[j] === ')' && --depth === 0) { j++; break; }
      }
    } else {
      while (j < s.length && s[j] !== ' ') j++;
    }
    let source = s.slice(i, j);
    let optional = false;
    if (j < s.length && s[j] === '?' && source.startsWith('(')) { optional = true; j++; }
    else if (source.length > 1 && source.endsWith('?')) { optional = true; source = source.slice(0, -1); }
    i = j;
    if (source === '...') tokens.push({ kind: 'gap', source, optional: false });
    else if (source === '^') tokens.push({ kind: 'start', source, optional: false });
    else if (source === '$') tokens.push({ kind: 'end', source, optional: false });
    else tokens.push({ kind: source.startsWith('(') ? 'group' : 'word', source, optional });
  }
  return tokens;
}


function wordRe(word: string, language: Language): string {
  if (word === '{name}' || word === '{tag}') return PLACEHOLDER;
  if (/[()?]/.test(word) || word === '') throw new Error(`Malformed phrase pattern word "${word}"`);
  const prefix = word.endsWith('*') && word.length > 1;
  const body = prefix ? word.slice(0, -1) : word;
  // ZWNJ (kept in the data for readability) becomes "ZWNJ, space or nothing"; the text has ZWNJ removed.
  const parts = body.split('\u200C').map((p) => escapeRe(normalizeString(p)));
  const arabicScript = /[\u0600-\u06FF]/.test(body);
  const joined = parts.join(language === 'fa' || arabicScript ? '[ ]?' : '');
  return prefix ? joined + (arabicScript ? ARABIC_ENDING : LATIN_ENDING) : joined;
}

function sequenceRe(tokens: readonly Token[], language: Language): string {
  let out = '';
  let needSep = false;
  let pendingGap = false;
  for (const t of tokens) {
    if (t.kind === 'start') { out += SENTENCE_START; continue; }
    if (t.kind === 'end') {
      if (pendingGap) { out += clauseRest(language); pendingGap = false; }
      out += SENTENCE_END;
      continue;
    }
    if (t.kind === 'gap') { pendingGap = true; continue; }
    const body = t.kind === 'group' ? groupRe(t.source.slice(1, -1), language) : wordAltRe(t.source, language);
    const glue = needSep ? (pendingGap ? gap(language) + sep(language) : sep(language)) : '';
    // An optional word after a gap ("... (را)? ابراز") keeps the gap for the next word when it is absent: without
    // this, "… خود را از اعتماد شما ابراز" failed `... (را)? (ابراز)` because the gap went with the missing word.
    const keepGap: boolean = pendingGap && t.optional && needSep;
    pendingGap = keepGap;
    out += t.optional ? `(?:${glue}${body})?` : `${glue}${body}`;
    needSep = true;
  }
  // A trailing `...` runs to the end of the clause, so a rewrite replaces the whole thought.
  if (pendingGap) out += clauseRest(language);
  return out;
}

/** Longest alternative first, so "that way" wins over "that" (regex alternation takes the first that fits). */
const longestFirst = (alts: string[]) => [...alts].sort((a, b) => b.length - a.length);

const memo = new Map<string, string>();
function memoized(kind: string, source: string, language: Language, build: () => string): string {
  const key = `${kind}\u0000${language}\u0000${source}`;
  let r = memo.get(key);
  if (r === undefined) { r = build(); memo.set(key, r); }
  return r;
}

function wordAltRe(source: string, language: Language): string {
  return memoized('w', source, language, () => wordAltReUncached(source, language));
}

function wordAltReUncached(source: string, language: Language): string {
  const alts = longestFirst(source.split('|')).map((w) => wordRe(w, language));
  return alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
}

function splitTopLevel(s: string, ch: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if (s[i] === ch && depth === 0) { parts.push(s.slice(last, i)); last = i + 1; }
  }
  parts.push(s.slice(last));
  return parts;
}

function groupRe(inner: string, language: Language): string {
  return memoized('g', inner, language, () => groupReUncached(inner, language));
}

function groupReUncached(inner: string, language: Language): string {
  return `(?:${longestFirst(splitTopLevel(inner, '|')).map((alt) => sequenceRe(tokenize(alt), language)).join('|')})`;
}

/**
 * Regex sources already built, by language and pattern. Building the ~1,600 sources of Warmly's phrase data was
 * about a third of a cold start's first lint, so a build-time snapshot of them (see seedPhraseSnapshot) can supply
 * them; a pattern it lacks is built as before.
 */
const builtSources = new Map<string, string>();
const sourceKey = (pattern: string, language: Language) => `${language}\u0000${pattern}`;

/** One pattern as a regex source with word boundaries at both ends. */
export function patternSource(pattern: string, language: Language): string {
  const key = sourceKey(pattern, language);
  let source = builtSources.get(key);
  if (source === undefined) {
    const snapshotted = snapshot?.source(key);
    source = typeof snapshotted === 'string' ? snapshotted : buildPatternSource(pattern, language);
    builtSources.set(key, source);
  }
  return source;
}

/** Every source built so far in this process, for the build-time snapshot. */
export function builtPatternSources(): Record<string, string> {
  return Object.fromEntries(builtSources);
}

function buildPatternSource(pattern: string, language: Language): string {
  const tokens = [...tokenize(pattern)]; // a copy: the cached tokens are shared
  let startAnchor = '';
  if (tokens[0]?.kind === 'start') { startAnchor = SENTENCE_START; tokens.shift(); }
  // Leading optional tokens carry their separator after them, so "please? do not reply" also matches
  // "do not reply" without requiring a space before "do".
  let lead = '';
  while (tokens.length && tokens[0].optional && (tokens[0].kind === 'word' || tokens[0].kind === 'group')) {
    const t = tokens.shift()!;
    const body = t.kind === 'group' ? groupRe(t.source.slice(1, -1), language) : wordAltRe(t.source, language);
    lead += `(?:${body}${sep(language)})?`;
  }
  return `${startAnchor}${lead}${sequenceRe(tokens, language)}${NOT_WORD_AFTER}`;
}

/** A user's phrase from configuration: matched literally after normalization, words in order. */
export function literalPattern(phrase: string, language: Language): string {
  const words = normalizeString(phrase).split(/\s+/).filter(Boolean).map(escapeRe);
  return `${words.join(sep(language))}${NOT_WORD_AFTER}`;
}

/**
 * Reject a pattern that is malformed or can match nothing at all (it would flag, or excuse, every sentence).
 * Run by the rule-data tests rather than at start-up: compiling every pattern twice costs a second.
 */
export function validatePattern(pattern: string, language: Language): void {
  const re = new RegExp(patternSource(pattern, language));
  if (re.test('') || re.test(' ')) throw new Error(`Phrase pattern "${pattern}" matches empty text`);
}

export function compilePhrases(entries: PhraseEntry[], language: Language, literal: PhraseEntry[] = []): CompiledPhrases {
  const all = [...entries, ...literal];
  const exact = new Map<string, number[]>();
  const prefix = new Map<string, number[]>();
  const always: number[] = [];
  // What the set's index needs from each pattern of the data, from the build-time snapshot when it has it: the
  // whole set's in one record if it holds this set, else pattern by pattern.
  const indexes = snapshotSetIndexes(entries, language) ?? entries.map((e) => patternIndex(e.match, language));
  if (recordedSets) recordedSetIndexes.set(phraseSetText(language, entries), indexes);
  all.forEach((e, index) => {
    if (index < entries.length) {
      const first = indexes[index][0];
      if (!first) always.push(index);
      else {
        for (const k of first[0]) push(exact, k, index);
        for (const k of first[1]) push(prefix, k, index);
      }
      return;
    }
    const tokens = normalizeString(e.match).split(/\s+/).filter(Boolean).map((w): Token => ({ kind: 'word', source: escapeWordAlternatives(w), optional: false }));
    const first = firstWords(tokens, language);
    if (!first) always.push(index);
    else {
      for (const k of first.exact) push(exact, k, index);
      for (const k of first.prefix) push(prefix, k, index);
    }
  });
  // Sources are worked out (or read from the snapshot) when a regex is first made, not here.
  const alternatives = new LazyRegExps({
    length: all.length,
    sourceOf: (index) => (index < entries.length ? patternSource(all[index].match, language) : literalPattern(all[index].match, language)),
  }, 'y');
  const exceptRe = (list: string[] | undefined) =>
    list?.length ? list.map((x) => `${NOT_WORD_BEFORE}(?:${patternSource(x, language)})`).join('|') : undefined;
  const lazyExcept = (field: 'except' | 'exceptInBlock' | 'onlyInBlock') => new LazyRegExps({ length: all.length, sourceOf: (index) => exceptRe(all[index][field]) });
  const except = lazyExcept('except');
  const exceptInBlock = lazyExcept('exceptInBlock');
  const onlyInBlock = lazyExcept('onlyInBlock');
  const compiled: CompiledPhrases = { alternatives, exact, prefix, always, entries: all, except, exceptInBlock, onlyInBlock };
  recordedSets?.push(compiled);
  if (language === 'en') requirementsOf.set(compiled, wordRequirements(indexes));
  const gate = literal.length ? undefined : language === 'en' ? englishGate(requirementsOf.get(compiled)!) : persianGate(indexes);
  if (gate) gateOf.set(compiled, gate);
  sentenceAnchored.set(compiled, Uint8Array.from(all, (e, i) => (i < entries.length && indexes[i][3] === 1 ? 1 : 0)));
  return compiled;
}

/**
 * What compilePhrases derives from one pattern of the data, as plain JSON so the build can snapshot it
 * (server/dist/phrase-snapshot.txt, see server/phrase-snapshot.ts): deriving it tokenizes every pattern and walks
 * its word classes, which was most of a cold start's first lint.
 *  [0] the words the pattern may start with, [exact, prefix] (see firstWords), or null when that cannot be known;
 *  [1] English: per token a matching text must have, the most selective first, the keys one of which a word of
 *      the block starts with (see Requirements); null in Persian;
 *  [2] Persian: 1 when every match holds a letter in Arabic script (see persianGate), else 0;
 *  [3] 1 when the pattern begins with `^`, else 0.
 */
export type PatternIndex = [first: [string[], string[]] | null, required: string[][] | null, arabic: 0 | 1, anchored: 0 | 1];

/** Pattern indexes derived or seeded so far, by language and pattern (the keys of builtSources). */
const builtIndexes = new Map<string, PatternIndex>();

function patternIndex(pattern: string, language: Language): PatternIndex {
  const key = sourceKey(pattern, language);
  let index = builtIndexes.get(key);
  if (index === undefined) {
    const snapshotted = snapshot?.index(key);
    index = isPatternIndex(snapshotted) ? snapshotted : derivePatternIndex(pattern, language);
    builtIndexes.set(key, index);
  }
  return index;
}

/**
 * English words so common that requiring one rules out few paragraphs: a token made of them is the last one chosen
 * to stand for its entry ("your … has been declined" is tried where "declined" is, not wherever "your" is). "not" and
 * "no" are left out on purpose: they are what many refusals and blames turn on.
 */
const COMMON_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'and', 'or', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'it\'s', 'this', 'that', 'we', 'i', 'you', 'your', 'our', 'us', 'me', 'my', 'will', 'would', 'can', 'could', 'have', 'has', 'had', 'do', 'does', 'did', 'if', 'so', 'but', 'all', 'any', 'please', 'thank', 'thanks', 'we\'re', 'we\'ve', 'we\'ll', 'i\'m', 'i\'ve', 'i\'ll', 'you\'re', 'they', 'their', 'there', 'here', 'what', 'when', 'which', 'who', 'how', 'up', 'out', 'about', 'just', 'now']);
/** How selective a key is: its length, or 0 for a common word. */
const keyScore = (key: string) => (COMMON_WORDS.has(key) ? 0 : key.length);
/** How selective a required token is: its least selective key's score. */
const tokenScore = (keys: Iterable<string>) => Math.min(...[...keys].map(keyScore));

/**
 * A phrase set as the snapshot names it: its language and its patterns in order, joined by U+0000 (which no pattern
 * holds). Made once per phrase data (the rules' data is static) by native joins, and compared whole, natively, with
 * the text a snapshot record holds: no hash loop over ~200 KB of patterns in a cold start's interpreted code.
 */
export function phraseSetText(language: Language, entries: readonly { match: string }[]): string {
  let text = setTexts.get(entries);
  if (text === undefined || !text.startsWith(`${language}\u0000`)) {
    text = `${language}\u0000${entries.map((e) => e.match).join('\u0000')}`;
    setTexts.set(entries, text);
  }
  return text;
}

const setTexts = new WeakMap<readonly { match: string }[], string>();

/**
 * The indexes of a set's patterns from the snapshot's record of the whole set (one line read and parsed, instead of
 * a lookup, a key comparison and a parse per pattern: ~800 of them for an English template's first lint), or
 * undefined when the snapshot has no such record or it is damaged.
 */
function snapshotSetIndexes(entries: readonly PhraseEntry[], language: Language): PatternIndex[] | undefined {
  if (!snapshot || entries.length === 0) return undefined;
  const record = snapshot.setIndexes(phraseSetText(language, entries));
  if (!Array.isArray(record) || record.length !== entries.length) return undefined;
  for (const index of record) if (!isPatternIndex(index)) return undefined;
  return record as PatternIndex[];
}

/** For the build-time snapshot: every set compiled while recording (see recordPhraseSets), by phraseSetText. */
const recordedSetIndexes = new Map<string, PatternIndex[]>();

/** Every set compiled while recording, by phraseSetText, for the build-time snapshot. */
export function builtSetIndexes(): Record<string, PatternIndex[]> {
  return Object.fromEntries(recordedSetIndexes);
}

/** A pattern's index worked out from its text, never from the snapshot. */
export function derivePatternIndex(pattern: string, language: Language): PatternIndex {
  const tokens = tokenize(pattern);
  const f = firstWords(tokens, language);
  let required: string[][] | null = null;
  if (language === 'en') {
    required = [];
    for (const t of tokens) {
      const starts = startKeys(t);
      if (starts) required.push([...starts]);
    }
    // The most selective token first ("refund" before "we": see tokenScore), so a block that lacks one is usually
    // told so by the first check (a stable sort: ties keep pattern order).
    required.sort((a, b) => tokenScore(b) - tokenScore(a));
  }
  const arabic = language === 'fa' && tokens.some((t) => {
    const keys = startKeys(t);
    return keys !== undefined && [...keys].every((k) => [...k].some((ch) => isArabic(ch.charCodeAt(0))));
  });
  return [f ? [[...f.exact], [...f.prefix]] : null, required, arabic ? 1 : 0, tokens[0]?.kind === 'start' ? 1 : 0];
}

/** Every pattern index derived or seeded so far in this process, for the build-time snapshot. */
export function builtPatternIndexes(): Record<string, PatternIndex> {
  return Object.fromEntries(builtIndexes);
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Whether a snapshot entry has PatternIndex's shape (a damaged one is derived again instead). */
function isPatternIndex(x: unknown): x is PatternIndex {
  if (!Array.isArray(x) || x.length !== 4) return false;
  const [first, required, arabic, anchored] = x as unknown[];
  return (first === null || (Array.isArray(first) && first.length === 2 && isStrings(first[0]) && isStrings(first[1])))
    && (required === null || (Array.isArray(required) && required.every(isStrings)))
    && (arabic === 0 || arabic === 1) && (anchored === 0 || anchored === 1);
}

/**
 * The build-time snapshot of the phrase data (server/phrase-snapshot.ts reads it): for each pattern by language
 * (`sourceKey`), its regex source and its PatternIndex, each read from the file only when first asked for, so a
 * cold start decodes the little of it a document needs.
 */
export interface PhraseSnapshot {
  /** The build that wrote it (see esbuild.mjs): it is used only by the code of that same build. */
  build: string;
  /** How many patterns it holds, each by its key (`sourceKey`). */
  count: number;
  /** The key of entry `i`, or null when it cannot be read. */
  keyAt(i: number): string | null;
  /** The entry for `key`, or undefined when there is none (then everything for it is built). */
  find(key: string): number | undefined;
  /** The entries a start builds again and compares before using the snapshot (the cheapest: the shortest keys). */
  check: readonly number[];
  /** The regex source of entry `i`, or null. */
  sourceAt(i: number): unknown;
  /** The PatternIndex of entry `i`, or null. */
  indexAt(i: number): unknown;
  /** The Arabic-script flag of entry `i`'s index (its [2]) without reading the index, or null with no index. */
  arabicAt(i: number): 0 | 1 | null;
  /** How many phrase sets it records whole. */
  sets: number;
  /** The record of the set `text` (see phraseSetText), or undefined when there is none. */
  findSet(text: string): number | undefined;
  /** The text of set record `i` (see phraseSetText), or null. */
  setTextAt(i: number): string | null;
  /** The PatternIndexes of set record `i`'s patterns, or null. */
  setAt(i: number): unknown;
  /** Whether every pattern of set record `i` needs an Arabic letter (every index's [2] is 1), without reading it. */
  setArabicAt(i: number): 0 | 1;
  /** The set record a start builds again and compares before using the snapshot (the one of fewest patterns), or -1. */
  setCheck: number;
}

let snapshot: {
  source(key: string): unknown;
  index(key: string): unknown;
  arabic(key: string): 0 | 1 | null | undefined;
  setIndexes(text: string): unknown;
  setArabic(text: string): 0 | 1 | undefined;
} | undefined;

/**
 * Uses a snapshot written by the build `build` (this code's) from now on. Refused unless it names that build and a
 * few of its entries are what this code builds: a stale file beside newer bundles, or one from another build, is
 * ignored, and everything is built as before. Entries of the wrong shape are built instead. Returns whether it is used.
 */
export function seedPhraseSnapshot(s: PhraseSnapshot, build: string | undefined): boolean {
  if (!build || s.build !== build || s.count === 0 || s.check.length === 0) return false;
  // A few patterns, cheap to build again (the build id is the main guard).
  for (const i of s.check) {
    const key = s.keyAt(i);
    if (key === null || s.find(key) !== i) return false;
    const cut = key.indexOf('\u0000');
    const language = key.slice(0, cut) as Language;
    if (language !== 'en' && language !== 'fa') return false;
    const pattern = key.slice(cut + 1);
    const source = s.sourceAt(i);
    if (source !== null && source !== buildPatternSource(pattern, language)) return false;
    const index = s.indexAt(i);
    if (index !== null && JSON.stringify(index) !== JSON.stringify(derivePatternIndex(pattern, language))) return false;
    if (s.arabicAt(i) !== (isPatternIndex(index) ? index[2] : null)) return false;
  }
  // And one set record, the smallest: found by its text, and holding what this code derives from its patterns.
  if (s.setCheck >= 0) {
    const text = s.setTextAt(s.setCheck);
    const record = s.setAt(s.setCheck);
    if (text === null || !Array.isArray(record)) return false;
    const [language, ...patterns] = text.split('\u0000');
    if ((language !== 'en' && language !== 'fa') || patterns.length === 0) return false;
    if (s.findSet(text) !== s.setCheck) return false;
    const derived = patterns.map((p) => derivePatternIndex(p, language));
    if (JSON.stringify(record) !== JSON.stringify(derived)) return false;
    if (s.setArabicAt(s.setCheck) !== (derived.every((d) => d[2] === 1) ? 1 : 0)) return false;
  }
  snapshot = {
    source: (key) => { const i = s.find(key); return i === undefined ? undefined : s.sourceAt(i); },
    index: (key) => { const i = s.find(key); return i === undefined ? undefined : s.indexAt(i); },
    arabic: (key) => { const i = s.find(key); return i === undefined ? undefined : s.arabicAt(i); },
    setIndexes: (text) => { const i = s.findSet(text); return i === undefined ? undefined : s.setAt(i); },
    setArabic: (text) => { const i = s.findSet(text); return i === undefined ? undefined : s.setArabicAt(i); },
  };
  return true;
}

/**
 * A set's index as plain data, required keys spelled out (for tests: a set compiled from the snapshot must have
 * the index computing it gives).
 */
export function phraseSetIndex(compiled: CompiledPhrases): unknown {
  const gate = gateOf.get(compiled);
  return {
    exact: [...compiled.exact],
    prefix: [...compiled.prefix],
    always: compiled.always,
    required: requirementsOf.get(compiled)?.byEntry.map((entry) => entry?.map((token) => token.map((k) => requiredKeys[k]))),
    gate: gate && { arabic: gate.arabic, keys: gate.keys && [...gate.keys].map((k) => requiredKeys[k]).sort() },
    anchored: [...(sentenceAnchored.get(compiled) ?? [])],
  };
}

/** Stops using a snapshot (for tests); what was read from it stays. */
export function dropPhraseSnapshot(): void {
  snapshot = undefined;
}

/**
 * For the build-time snapshot only: records every phrase set compiled from now on, so that `buildEverySource` can
 * build the sources of all their regexes (sources are otherwise built only when a regex is first made).
 */
let recordedSets: CompiledPhrases[] | undefined;
export function recordPhraseSets(): void {
  recordedSets ??= [];
}

export function buildEverySource(): void {
  for (const set of recordedSets ?? []) {
    for (const lazy of [set.alternatives, set.except, set.exceptInBlock, set.onlyInBlock]) for (let i = 0; i < lazy.length; i++) lazy.source(i);
  }
}

/** Per set, the entries that begin with `^` (SENTENCE_START): 1, else 0. */
const sentenceAnchored = new WeakMap<CompiledPhrases, Uint8Array>();

const isSentenceMark = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x061f || c === 59 || c === 58 || c === 10 || c === 0x061b;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isEmojiEnd = (c: number) => (c >= 0x2190 && c <= 0x2bff) || (c >= 0xdc00 && c <= 0xdfff) || c === 0xfe0f;

/**
 * Whether SENTENCE_START's lookbehind can hold at `at`, read from the few units before it: a `^` entry with no
 * known first word is otherwise tried at every word (a Persian greeting frame was a third of all tries on the
 * corpus). A necessary condition for each of the lookbehind's alternatives, so it never skips a match.
 */
function maySentenceStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const p = text.charCodeAt(at - 1);
  if (isSentenceMark(p)) return true; // `[.!?؟;:\n؛]` with `\s?` empty
  if (isEmojiEnd(p)) return true; // an emoji glued to the first word («⛔مشتری گرامی»); the lookbehind checks the line
  if (p === 34 || p === 39 || p === 0xab || p === 0x201c || p === 0x2018) return true; // a line's opening quote mark
  if (!isSpace(p)) return false;
  if (at === 1) return false;
  const q = text.charCodeAt(at - 2);
  if (isSentenceMark(q)) return true; // `[.!?؟;:\n؛]\s`
  if (isSpace(q) && at >= 3 && [46, 33, 63, 0x061f].includes(text.charCodeAt(at - 3))) return true; // `[.!?؟]\s\s`
  if (p !== 32) return false;
  return q === 45 || q === 42 || q === 0x2022 || q === 62 || isEmojiEnd(q); // `[-*•>] `, or an emoji (and U+FE0F) then a space
}

/**
 * The later words of each entry, so an entry is tried only in a block that has them all: "your … has been … (not
 * successful|…)" starts at every "your", but it cannot match in a paragraph without "has", "have", "were" or "was".
 * Each required token is a list of keys, one of which a word of the block must start with. English only: there a
 * word of a phrase always follows a space or line break, so it starts a word of the text; a Persian word may be
 * glued to the one before it.
 */
interface Requirements {
  /** Per entry, the indexes (into the shared `requiredKeys`) of each required token's keys; undefined when none. */
  byEntry: (number[][] | undefined)[];
}

const requirementsOf = new WeakMap<CompiledPhrases, Requirements>();

/**
 * Every required-word key of every compiled set, numbered, and which of them each word (by number) starts with:
 * shared by all sets, so a block's words are checked against them once, not once per set.
 */
const requiredKeys: string[] = [];
const requiredKeyIndex = new Map<string, number>();
const requiredKeysByFirst = new Map<number, { key: string; index: number }[]>();
/** Bumped when a key is added: what words start with is worked out again. */
let requiredKeysVersion = 0;


function wordRequirements(indexes: readonly PatternIndex[]): Requirements {
  const byEntry = indexes.map((index) => (index[1]?.length ? index[1].map((keys) => keys.map(requiredKeyNumber)) : undefined));
  return { byEntry };
}

function requiredKeyNumber(key: string): number {
  let index = requiredKeyIndex.get(key);
  if (index !== undefined) return index;
  index = requiredKeys.length;
  requiredKeys.push(key);
  requiredKeyIndex.set(key, index);
  const code = key.charCodeAt(0);
  const list = requiredKeysByFirst.get(code);
  if (list) list.push({ key, index });
  else requiredKeysByFirst.set(code, [{ key, index }]);
  requiredKeysVersion++;
  return index;
}

/**
 * The beginnings one of which the text's word must have where a token matches, or undefined when the token may
 * match nothing (optional, or a group with an alternative that may) or none of its words can be known.
 */
function startKeys(t: Token): ReadonlySet<string> | undefined {
  if (t.optional) return undefined;
  const key = `${t.kind}\u0000${t.source}`;
  if (startKeysCache.has(key)) return startKeysCache.get(key);
  const keys = startKeysUncached(t);
  startKeysCache.set(key, keys);
  return keys;
}

/** startKeys by token kind and text: a word class recurs in many frames (same reason as tokenCache). */
const startKeysCache = new Map<string, ReadonlySet<string> | undefined>();

function startKeysUncached(t: Token): Set<string> | undefined {
  const out = new Set<string>();
  if (t.kind === 'word') {
    for (const w of t.source.split('|')) {
      const key = wordStartKey(w);
      if (key === undefined) return undefined;
      out.add(key);
    }
    return out;
  }
  if (t.kind !== 'group') return undefined;
  // Each alternative needs all of its words, so any one of them can stand for it: the most selective ("not" in
  // "is not", "declined" in "has been declined"), which need not be the first.
  for (const alt of splitTopLevel(t.source.slice(1, -1), '|')) {
    let best: ReadonlySet<string> | undefined;
    let bestScore = -1;
    for (const inner of tokenize(alt)) {
      const keys = startKeys(inner);
      if (!keys) continue;
      const score = tokenScore(keys);
      if (score > bestScore) {
        best = keys;
        bestScore = score;
      }
    }
    if (!best) return undefined;
    best.forEach((k) => out.add(k));
  }
  return out;
}

/** What a text word matching a pattern word starts with (as `addKey` reads a first word), or undefined. */
function wordStartKey(word: string): string | undefined {
  if (word === '{name}' || word === '{tag}') return PLACEHOLDER;
  const body = normalizeString((word.endsWith('*') ? word.slice(0, -1) : word).split('\u200C')[0]);
  const head = WORD_START.exec(body)?.[0];
  // A leading apostrophe is quotation to wordsOf, so a word's start is not where the pattern's starts.
  return head && !head.startsWith("'") ? head : undefined;
}

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [index]);
  else if (!list.includes(index)) list.push(index);
}

/** A user's literal word contains no pattern syntax; `|` or `(` in it are just characters. */
function escapeWordAlternatives(w: string): string {
  return w.replace(/[|()?*]/g, '');
}

interface FirstWords {
  exact: Set<string>;
  prefix: Set<string>;
}

/** The words a pattern can start with, or undefined if that cannot be known (then it is tried everywhere). */
function firstWords(tokens: readonly Token[], language: Language): FirstWords | undefined {
  const out: FirstWords = { exact: new Set(), prefix: new Set() };
  for (const t of tokens) {
    if (t.kind === 'start' || t.kind === 'end') continue;
    if (t.kind === 'gap') return undefined;
    let canBeEmpty = t.optional;
    if (t.kind === 'word') {
      for (const w of t.source.split('|')) if (!addKey(out, w, language)) return undefined;
    } else {
      for (const alt of splitTopLevel(t.source.slice(1, -1), '|')) {
        const inner = firstWordsOf(alt, language);
        if (!inner) return undefined;
        if (inner.exact.size === 0 && inner.prefix.size === 0) canBeEmpty = true;
        inner.exact.forEach((k) => out.exact.add(k));
        inner.prefix.forEach((k) => out.prefix.add(k));
      }
    }
    if (!canBeEmpty) return out;
  }
  return out.exact.size || out.prefix.size ? out : undefined;
}

/** firstWords of a group's alternative, by language and text (same reason as tokenCache); results are read only. */
const firstWordsCache = new Map<string, FirstWords | undefined>();
function firstWordsOf(alt: string, language: Language): FirstWords | undefined {
  const key = `${language}\u0000${alt}`;
  if (firstWordsCache.has(key)) return firstWordsCache.get(key);
  const out = firstWords(tokenize(alt), language);
  firstWordsCache.set(key, out);
  return out;
}

const WORD_START = new RegExp(`^[${LETTER}0-9_'\\uE000]+`);

function addKey(out: FirstWords, word: string, language: Language): boolean {
  if (word === '{name}' || word === '{tag}') { out.exact.add(PLACEHOLDER); return true; }
  const isPrefix = word.endsWith('*');
  const body = normalizeString((isPrefix ? word.slice(0, -1) : word).split('\u200C')[0]);
  const head = WORD_START.exec(body)?.[0];
  if (!head) return false;
  const persian = language === 'fa' || /[\u0600-\u06FF]/.test(body);
  // Persian words may be glued to the next one (ZWNJ dropped), and "e-mail" starts with the word "e".
  // "e-mail" starts with the word "e" in text; a Persian word may be glued to the next one; `regret*` is a prefix.
  if (isPrefix || persian) out.prefix.add(head);
  else out.exact.add(head);
  return true;
}

/**
 * The WORD class as a table by UTF-16 unit, read from the class's own source (single units and `a-b` ranges, as
 * `\\uXXXX` escapes or literal characters), so wordsOf walks the text without a regex match object per word.
 */
export const WORD_UNITS: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  const body = WORD.slice(1, -1);
  const units: number[] = [];
  for (let i = 0; i < body.length; ) {
    if (body[i] === '\\' && body[i + 1] === 'u') { units.push(parseInt(body.slice(i + 2, i + 6), 16)); i += 6; }
    else if (body[i] === '-' && units.length && i + 1 < body.length) { units.push(-1); i++; }
    else { units.push(body.charCodeAt(i)); i++; }
  }
  for (let k = 0; k < units.length; k++) {
    if (units[k + 1] === -1) { table.fill(1, units[k], units[k + 2] + 1); k += 2; }
    else table[units[k]] = 1;
  }
  return table;
})();

/** Start and end of every word in normalized text, computed once per block and shared by all rules. */
/** Word bounds of the text being read, before they are copied out at their final size. */
let wordScratch = new Int32Array(1024);

/** `like`: an array of the block the text is, whose arena the words may share (see int32sLike). */
export function wordsOf(text: string, like?: Int32Array): Int32Array {
  const n = text.length;
  // At most one word per two units (a word and the character that ends it), and one more at the end.
  if (wordScratch.length < n + 2) wordScratch = new Int32Array(Math.max(n + 2, wordScratch.length * 2));
  const out = wordScratch;
  let m = 0;
  for (let i = 0; i < n; ) {
    if (WORD_UNITS[text.charCodeAt(i)] === 0) { i++; continue; }
    let end = i + 1;
    while (end < n && WORD_UNITS[text.charCodeAt(end)] === 1) end++;
    // "we're" is one word, but a leading apostrophe is quotation.
    let s = i;
    while (text.charCodeAt(s) === 39 && s < end - 1) s++;
    out[m++] = s;
    out[m++] = end;
    i = end;
    // Hyphenated and slashed words ("e-mail", "no-reply", "sir/madam") also start at their first part.
  }
  const words = int32sLike(like, m);
  for (let i = 0; i < m; i++) words[i] = out[i];
  return words;
}

interface PrefixKey {
  key: string;
  entries: number[];
}

/** A prefix map's keys grouped by their first UTF-16 unit. */
function prefixIndex(map: Map<string, number[]>): Map<number, PrefixKey[]> {
  const index = new Map<number, PrefixKey[]>();
  for (const [key, entries] of map) {
    const code = key.charCodeAt(0);
    const list = index.get(code);
    if (list) list.push({ key, entries });
    else index.set(code, [{ key, entries }]);
  }
  return index;
}

/**
 * Every distinct word the engine has read, numbered. A block's words are looked up here once, and each phrase set
 * then finds its candidates for a word by that number in a typed array instead of hashing the word again and
 * scanning its prefix keys: about thirty sets scan every block, and most words start no phrase of any set.
 */
const vocabulary = new Map<string, number>();
let vocabularyGeneration = 0;
const VOCABULARY_LIMIT = 1 << 16;

/**
 * Called before each document: past VOCABULARY_LIMIT words the numbering starts over (and every set's table with
 * it), so a long-running language server's memory stays bounded. Never within a document, where starting over
 * would make the sets work out their candidates again and again; anything numbered before is recomputed anyway.
 */
export function limitWordNumbers(): void {
  if (vocabulary.size <= VOCABULARY_LIMIT) return;
  vocabulary.clear();
  vocabularyGeneration++;
}

interface BlockWords {
  generation: number;
  /** The number of every word of the block, in order. */
  ids: Int32Array;
  /** The required keys some word of the block starts with, each once (see keysPresent), and for which keys. */
  present?: Int32Array;
  /** The same keys as a bit set (bit k of word k >> 5), for the sets' gates (see presentBits). */
  bits?: Int32Array;
  keysVersion?: number;
  /** Whether the block has a letter in Arabic script (see persianGate), once asked. */
  arabic?: boolean;
}

/**
 * Word numbers of a block, computed once per block (its `words` array) and shared by every phrase set: kept on the
 * words array itself. A WeakMap keyed by the array cost a hash lookup each time a set asked (several times per
 * set and block, ~1 µs of a 2 MB text's every paragraph) and an ephemeron for the collector to trace.
 */
const BLOCK_WORDS = Symbol('block words');
type WordsWithInfo = Int32Array & { [BLOCK_WORDS]?: BlockWords };

const blockWordsOf = (words: Int32Array): BlockWords | undefined => (words as WordsWithInfo)[BLOCK_WORDS];

function wordIdsOf(text: string, words: Int32Array): Int32Array {
  const cached = blockWordsOf(words);
  if (cached && cached.generation === vocabularyGeneration) return cached.ids;
  const ids = int32sLike(words, words.length >> 1);
  for (let w = 0; w < words.length; w += 2) {
    const word = text.slice(words[w], words[w + 1]);
    let id = vocabulary.get(word);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(word, id);
    }
    ids[w >> 1] = id;
  }
  (words as WordsWithInfo)[BLOCK_WORDS] = { generation: vocabularyGeneration, ids };
  return ids;
}

/**
 * One phrase set's candidates by word number: 0 = not worked out yet, 1 = no entry can start at this word,
 * k ≥ 2 = `lists[k - 2]`, the entries to try, ascending (data order) and without repeats.
 */
interface CandidateTable {
  generation: number;
  slots: Int32Array;
  lists: Int32Array[];
  /** The same lists by content, so words with the same candidates share one. */
  byContent: Map<string, number>;
  byFirst: Map<number, PrefixKey[]> | undefined;
}

const candidateTables = new WeakMap<CompiledPhrases, CandidateTable>();

function candidateTable(compiled: CompiledPhrases): CandidateTable {
  let table = candidateTables.get(compiled);
  if (!table || table.generation !== vocabularyGeneration) {
    table = {
      generation: vocabularyGeneration,
      slots: new Int32Array(Math.max(1024, vocabulary.size * 2)),
      lists: [],
      byContent: new Map(),
      byFirst: table?.byFirst ?? (compiled.prefix.size ? prefixIndex(compiled.prefix) : undefined),
    };
    candidateTables.set(compiled, table);
  }
  return table;
}

/** The slot of one word in a set's table, working it out on first sight. */
function candidateSlot(compiled: CompiledPhrases, table: CandidateTable, id: number, word: string): number {
  if (id >= table.slots.length) {
    const grown = new Int32Array(Math.max(table.slots.length * 2, id + 1));
    grown.set(table.slots);
    table.slots = grown;
  }
  let slot = table.slots[id];
  if (slot !== 0) return slot;
  const found: number[] = [];
  const e = compiled.exact.get(word);
  if (e) found.push(...e);
  // Prefix keys are looked up by the word's first letter, then compared in place; each comparison is bounded by
  // its key's length, so a 100,000-letter "word" stays linear.
  const keys = table.byFirst?.get(word.charCodeAt(0));
  if (keys) for (const p of keys) if (word.startsWith(p.key)) found.push(...p.entries);
  found.push(...compiled.always);
  if (found.length === 0) slot = 1;
  else {
    const list = Int32Array.from(new Set(found)).sort();
    const content = list.join(',');
    const known = table.byContent.get(content);
    if (known !== undefined) slot = known;
    else {
      table.lists.push(list);
      slot = table.lists.length + 1;
      table.byContent.set(content, slot);
    }
  }
  table.slots[id] = slot;
  return slot;
}

/**
 * Which required keys each word starts with, by word number: 0 = not worked out, 1 = none, k ≥ 2 = `keyLists[k - 2]`.
 * Starts over with the vocabulary or when a set adds keys.
 */
let keySlots = new Int32Array(1024);
let keyLists: Int32Array[] = [];
let keySlotsFor = { generation: -1, version: -1 };


/**
 * Marks for "this key was already listed for the block being read" (keysPresent): `keyMarks[k] === mark`. A fresh
 * mark per block instead of a fresh array, which on a 2 MB text (40,000 paragraphs) was megabytes of garbage.
 */
let keyMarks = new Int32Array(1024);
let mark = 0;

function nextMark(): number {
  if (keyMarks.length < requiredKeys.length) keyMarks = new Int32Array(Math.max(keyMarks.length * 2, requiredKeys.length));
  if (++mark === 0x7fffffff) { keyMarks.fill(0); mark = 1; }
  return mark;
}

/** Which required keys the words of a block start with: one pass over its words, shared by every phrase set. */
function keysPresent(text: string, words: Int32Array, ids: Int32Array): Int32Array {
  // One cache entry per block for its numbers and its keys: fewer weak entries for the garbage collector to trace.
  const cached = blockWordsOf(words);
  if (cached?.present && cached.generation === vocabularyGeneration && cached.keysVersion === requiredKeysVersion) return cached.present;
  if (keySlotsFor.generation !== vocabularyGeneration || keySlotsFor.version !== requiredKeysVersion) {
    keySlots = new Int32Array(Math.max(1024, vocabulary.size * 2));
    keyLists = [];
    keySlotsFor = { generation: vocabularyGeneration, version: requiredKeysVersion };
  }
  const seen = nextMark();
  const present: number[] = [];
  for (let w = 0; w < words.length; w += 2) {
    const id = ids[w >> 1];
    if (id >= keySlots.length) {
      const grown = new Int32Array(Math.max(keySlots.length * 2, id + 1));
      grown.set(keySlots);
      keySlots = grown;
    }
    let slot = keySlots[id];
    if (slot === 0) {
      const word = text.slice(words[w], words[w + 1]);
      const found: number[] = [];
      const keys = requiredKeysByFirst.get(word.charCodeAt(0));
      if (keys) for (const k of keys) if (word.startsWith(k.key)) found.push(k.index);
      if (found.length === 0) slot = 1;
      else {
        keyLists.push(Int32Array.from(found));
        slot = keyLists.length + 1;
      }
      keySlots[id] = slot;
    }
    if (slot > 1) {
      for (const k of keyLists[slot - 2]) {
        if (keyMarks[k] !== seen) { keyMarks[k] = seen; present.push(k); }
      }
    }
  }
  const list = int32sLike(words, present.length);
  for (let i = 0; i < present.length; i++) list[i] = present[i];
  if (cached && cached.generation === vocabularyGeneration) {
    cached.present = list;
    cached.bits = undefined;
    cached.keysVersion = requiredKeysVersion;
  }
  return list;
}

/**
 * The block's present keys as a bit set, made once per block and read by every English set: each set used to mark
 * the block's keys afresh in keyMarks (a pass over all of them, ~100 on a paragraph, per set and paragraph), and
 * about a dozen sets search every paragraph.
 */
function presentBits(text: string, words: Int32Array, ids: Int32Array): Int32Array {
  const keys = keysPresent(text, words, ids);
  const cached = blockWordsOf(words);
  if (cached?.bits && cached.present === keys) return cached.bits;
  const bits = int32sLike(words, (requiredKeys.length + 31) >> 5);
  for (let i = 0; i < keys.length; i++) bits[keys[i] >> 5] |= 1 << (keys[i] & 31);
  if (cached && cached.present === keys) cached.bits = bits;
  return bits;
}

const hasKey = (bits: Int32Array, k: number) => (k >> 5) < bits.length && (bits[k >> 5] & (1 << (k & 31))) !== 0;

/**
 * Whether a block can hold any match of a set at all, decided before its words are walked: most blocks hold none of
 * most sets (on the corpus, about 37,000 searches a pass, under 2 % of them finding anything), and a search that
 * finds nothing still paid for its tables, its word loop and the requirement checks of every candidate.
 *  - English: every entry requires some words (see Requirements). The gate keeps one required token's keys per
 *    entry; a block passes when one of its words starts with one of them (keysPresent, computed once per block
 *    and shared by every set).
 *  - Persian: every entry requires a word in Arabic script, so a block without an Arabic letter cannot match.
 *    (Word starts do not work here: a Persian word may be glued to the one before it.)
 * A set with an entry that requires nothing, or with a user's literal phrases, has no gate and is always searched.
 */
interface SetGate {
  /** The required-key numbers that let the set in. */
  keys?: Int32Array;
  /**
   * By required-key number, 1 + the index in `entriesOf` of the entries whose most selective token has that key (0:
   * none): a block's present keys lead straight to the entries that can match, instead of every entry being checked.
   */
  slotOfKey?: Int32Array;
  entriesOf?: Int32Array[];
  arabic?: boolean;
}

const gateOf = new WeakMap<CompiledPhrases, SetGate>();

/** Searches run and searches a gate spared, since start: lets tests see a gate work without timing anything. */
export const setGateCounts = { searched: 0, skipped: 0 };

function englishGate(requirements: Requirements): SetGate | undefined {
  const byKey = new Map<number, number[]>();
  for (const [e, required] of requirements.byEntry.entries()) {
    if (!required) return undefined;
    // The entry's most selective token (its requirements are listed that way first, see wordRequirements).
    for (const k of required[0]) {
      const list = byKey.get(k);
      if (!list) byKey.set(k, [e]);
      else if (list[list.length - 1] !== e) list.push(e);
    }
  }
  const keys = Int32Array.from(byKey.keys());
  const slotOfKey = new Int32Array(Math.max(0, ...keys) + 1);
  const entriesOf: Int32Array[] = [];
  for (const [k, entries] of byKey) {
    entriesOf.push(Int32Array.from(entries));
    slotOfKey[k] = entriesOf.length;
  }
  return { keys, slotOfKey, entriesOf };
}


/** A character of Arabic script: the blocks Persian sets can match in hold one (keys are literal in the regex). */
const isArabic = (c: number) => (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);

function persianGate(indexes: readonly PatternIndex[]): SetGate | undefined {
  for (const index of indexes) if (index[2] !== 1) return undefined;
  return indexes.length ? { arabic: true } : undefined;
}

/** Per Persian phrase data: whether every match of every entry holds an Arabic letter (the set's gate is `arabic`). */
const everyMatchArabic = new WeakMap<readonly PhraseEntry[], boolean>();

/**
 * Whether searching Persian phrase data `entries` (with no literal phrases added) in this block can be spared: the
 * block has no Arabic letter and every entry needs one, so findPhrases would return nothing (its `arabic` gate).
 * Known without compiling the set: from the patterns' indexes already made, else the snapshot's flags (no index line
 * read), else computed as compilePhrases would. An English template's first lint then compiles no Persian set it
 * cannot match. Counted as a skipped search, as the gate's would be.
 */
export function persianSetSpared(text: string, words: Int32Array, entries: readonly PhraseEntry[]): boolean {
  if (entries.length === 0 || blockHasArabic(text, words)) return false;
  let every = everyMatchArabic.get(entries);
  // The snapshot's record of the set says it without a lookup per pattern.
  if (every === undefined && snapshot) {
    const flag = snapshot.setArabic(phraseSetText('fa', entries));
    if (flag !== undefined) everyMatchArabic.set(entries, (every = flag === 1));
  }
  if (every === undefined) {
    every = entries.every((e) => {
      const key = sourceKey(e.match, 'fa');
      const flag = builtIndexes.get(key)?.[2] ?? snapshot?.arabic(key);
      return (flag === 0 || flag === 1 ? flag : patternIndex(e.match, 'fa')[2]) === 1;
    });
    everyMatchArabic.set(entries, every);
  }
  if (every) setGateCounts.skipped++;
  return every;
}

function hasArabic(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isArabic(text.charCodeAt(i))) return true;
  return false;
}

/** Whether the block has an Arabic letter, asked once per block. */
function blockHasArabic(text: string, words: Int32Array): boolean {
  const cached = blockWordsOf(words);
  if (!cached) return hasArabic(text);
  return (cached.arabic ??= hasArabic(text));
}

/**
 * Per set, which of its entries the block being searched can hold: `verdicts[e]` is 1 (every word it requires is
 * there) or 2 (one is missing) when `stamps[e]` is the search's number, else not worked out yet. Reused from search
 * to search: a fresh array per block and set was a good part of the garbage on a 2 MB text.
 */
interface Verdicts {
  epoch: number;
  stamps: Int32Array;
  verdicts: Uint8Array;
}

const verdictsOf = new WeakMap<CompiledPhrases, Verdicts>();
let searchNumber = 0;
/** Bumped when search numbers start over, so no stamp from before can be taken for the current search. */
let verdictsEpoch = 0;

function verdictsFor(compiled: CompiledPhrases): Verdicts {
  let v = verdictsOf.get(compiled);
  if (!v || v.epoch !== verdictsEpoch) {
    const n = compiled.alternatives.length;
    v = { epoch: verdictsEpoch, stamps: new Int32Array(n), verdicts: new Uint8Array(n) };
    verdictsOf.set(compiled, v);
  }
  return v;
}

function nextSearch(): number {
  if (++searchNumber === 0x7fffffff) {
    searchNumber = 1;
    verdictsEpoch++;
  }
  return searchNumber;
}

/** Whether each required token has a key present in the block (plain loops: this runs once per entry and block). */
function hasEveryRequired(required: number[][], bits: Int32Array): boolean {
  for (let r = 0; r < required.length; r++) {
    const anyOf = required[r];
    let found = false;
    for (let k = 0; k < anyOf.length && !found; k++) found = hasKey(bits, anyOf[k]);
    if (!found) return false;
  }
  return true;
}

/** Every non-overlapping match in a block's normalized text, leftmost first. */
export function findPhrases(text: string, compiled: CompiledPhrases, words: Int32Array = wordsOf(text)): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const { alternatives } = compiled;
  if (alternatives.length === 0) return out;
  const ids = wordIdsOf(text, words);
  const gate = gateOf.get(compiled);
  if (gate?.arabic && !blockHasArabic(text, words)) {
    setGateCounts.skipped++;
    return out;
  }
  // Which entries the block can hold (see Verdicts), for the sets with word requirements (English).
  const requirements = requirementsOf.get(compiled);
  const search = nextSearch();
  const v = requirements ? verdictsFor(compiled) : undefined;
  // This block's required keys as a bit set, once asked.
  let present: Int32Array | undefined;
  if (requirements && gate?.slotOfKey) {
    present = presentBits(text, words, ids);
    // Only an entry whose most selective token has a word here can match: the block's keys lead to those entries,
    // which are checked up to the first that has every word it requires. With none, the words are never walked.
    // The shorter list is walked: the block's keys, or the set's own (a small set's few keys, looked up in the bits).
    const { slotOfKey, entriesOf } = gate;
    const keysHere = keysPresent(text, words, ids);
    const ownKeys = gate.keys!;
    const byOwn = ownKeys.length < keysHere.length;
    const keys = byOwn ? ownKeys : keysHere;
    let passes = false;
    for (let i = 0; i < keys.length && !passes; i++) {
      const k = keys[i];
      if (byOwn && !hasKey(present, k)) continue;
      const slot = k < slotOfKey.length ? slotOfKey[k] : 0;
      if (slot === 0) continue;
      const entries = entriesOf![slot - 1];
      for (let j = 0; j < entries.length; j++) {
        const e = entries[j];
        if (v!.stamps[e] !== search) {
          v!.stamps[e] = search;
          v!.verdicts[e] = hasEveryRequired(requirements.byEntry[e]!, present) ? 1 : 2;
        }
        if (v!.verdicts[e] === 1) {
          passes = true;
          break;
        }
      }
    }
    if (!passes) {
      setGateCounts.skipped++;
      return out;
    }
  }
  setGateCounts.searched++;
  const table = candidateTable(compiled);
  let resumeAt = 0;
  // Sentence bounds and exception verdicts, each computed once per sentence: a 100 KB sentence with thousands
  // of matches would otherwise be re-scanned (and re-tested) for every one of them, which is quadratic.
  let sentences: Sentences | undefined;
  let excused: Map<number, boolean> | undefined;
  // Per entry with `exceptInBlock`: 1 = this block does not excuse it, 2 = it does. Tested once, on a match.
  let excusedBlock: Uint8Array | undefined;
  let contextBlock: Uint8Array | undefined;
  const anchored = sentenceAnchored.get(compiled);
  for (let w = 0; w < words.length; w += 2) {
    const start = words[w];
    if (start < resumeAt) continue;
    const id = ids[w >> 1];
    let slot = id < table.slots.length ? table.slots[id] : 0;
    if (slot === 0) slot = candidateSlot(compiled, table, id, text.slice(start, words[w + 1]));
    if (slot === 1) continue;
    const candidates = table.lists[slot - 2];
    // The longest match at a position wins; among equals, the first entry in data order.
    let best = -1;
    let bestLength = 0;
    for (let c = 0; c < candidates.length; c++) {
      const index = candidates[c];
      if (anchored?.[index] === 1 && !maySentenceStart(text, start)) continue;
      const required = requirements?.byEntry[index];
      if (required) {
        if (v!.stamps[index] !== search) {
          present ??= presentBits(text, words, ids);
          v!.stamps[index] = search;
          v!.verdicts[index] = hasEveryRequired(required, present) ? 1 : 2;
        }
        if (v!.verdicts[index] === 2) continue;
      }
      // Sticky: a match starts at `start` and ends where end() says (test() builds no match array).
      if (!alternatives.test(index, text, start)) continue;
      const length = alternatives.end(index) - start;
      if (length <= bestLength) continue;
      const { exceptInBlock, onlyInBlock, except } = compiled;
      if (exceptInBlock.has(index)) {
        excusedBlock ??= new Uint8Array(compiled.entries.length);
        if (excusedBlock[index] === 0) excusedBlock[index] = exceptInBlock.test(index, text) ? 2 : 1;
        if (excusedBlock[index] === 2) continue;
      }
      if (onlyInBlock.has(index)) {
        // 1 = the block has what this entry needs, 2 = it does not. Tested once per block, on a match.
        contextBlock ??= new Uint8Array(compiled.entries.length);
        if (contextBlock[index] === 0) contextBlock[index] = onlyInBlock.test(index, text) ? 1 : 2;
        if (contextBlock[index] === 2) continue;
      }
      if (except.has(index)) {
        sentences ??= new Sentences(text);
        const sentence = sentences.around(start, start + length);
        // One verdict per sentence and entry (keys stay exact below 2^53: sentence starts times entry count).
        const key = sentence.from * compiled.except.length + index;
        excused ??= new Map();
        let hit = excused.get(key);
        if (hit === undefined) {
          hit = except.test(index, text.slice(sentence.from, sentence.to));
          excused.set(key, hit);
        }
        if (hit) continue;
      }
      best = index;
      bestLength = length;
    }
    if (best >= 0) {
      out.push({ from: start, to: start + bestLength, entry: compiled.entries[best] });
      resumeAt = start + bestLength;
    }
  }
  return out;
}

/** A sentence ends at `.`, `!`, `?`, the Arabic question mark or a line mark. */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x061f || code === 10;
}

/**
 * The sentence bounds of one normalized text, found by binary search over its sentence ends (listed once, in
 * linear time), so asking for the sentence around each of many matches costs O(log n) each, not O(sentence).
 */
export class Sentences {
  private readonly ends: Int32Array;
  private readonly firstWord = new Map<number, number>();
  constructor(private readonly text: string) {
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) if (isSentenceEnd(text.charCodeAt(i))) ends.push(i);
    this.ends = Int32Array.from(ends);
  }
  /** Normalized bounds of the sentence (or line) holding `[from, to)`; the same as `sentenceAround`. */
  around(from: number, to: number): { from: number; to: number } {
    const { text, ends } = this;
    // The last end before `from`: the sentence starts after it.
    const before = this.firstAtOrAfter(from) - 1;
    let s = before >= 0 ? ends[before] + 1 : 0;
    // A sentence starts at its first word: emoji, bullets and dashes before it stay where they are.
    let first = this.firstWord.get(s);
    if (first === undefined) {
      first = s;
      const limit = before + 1 < ends.length ? ends[before + 1] : text.length;
      while (first < limit && !WORD_START_CHAR.test(text[first])) first++;
      this.firstWord.set(s, first);
    }
    s = Math.min(first, from);
    const after = this.firstAtOrAfter(to);
    let e = after < ends.length ? ends[after] : text.length;
    if (e < text.length && text[e] !== '\n') e++;
    return { from: s, to: e };
  }
  private firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Normalized bounds of the sentence (or line) holding `[from, to)`: linear in the sentence, for one-off use. */
export function sentenceAround(text: string, from: number, to: number): { from: number; to: number } {
  let s = from;
  while (s > 0 && !isSentenceEnd(text.charCodeAt(s - 1))) s--;
  // A sentence starts at its first word: emoji, bullets and dashes before it stay where they are.
  while (s < from && !WORD_START_CHAR.test(text[s])) s++;
  let e = to;
  while (e < text.length && !isSentenceEnd(text.charCodeAt(e))) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return { from: s, to: e };
}

/**
 * Cheap paragraph gates: which of up to 31 single-word tests some word of a block passes, as a bit mask. For
 * rules whose cue regexes are broad alternations without a leading literal, which V8 tries at every position of
 * every paragraph: here each test runs once per distinct word (by word number, remembered across documents) and a
 * paragraph costs one table lookup per word. A gate built from the mask must be a necessary condition of its cue:
 * every match of the cue holds, for each bit the gate asks for, a word (letters, digits, `_` and `'`, never an
 * apostrophe at its start) that passes that bit's test.
 */
export interface WordCues {
  readonly tests: readonly RegExp[];
  /** By word number: 0 = not worked out yet, else the word's mask + 1. */
  masks: Uint32Array;
  generation: number;
  /**
   * The last block asked about and its mask: a rule's helpers ask the same cue set of the same block in turn (one
   * set of cues per rule, each helper testing its own bits), and only the first walks the words.
   */
  lastWords?: Int32Array;
  lastMask: number;
}

export function wordCues(tests: readonly RegExp[]): WordCues {
  if (tests.length > 31) throw new Error('wordCues: at most 31 tests');
  return { tests, masks: new Uint32Array(0), generation: -1, lastMask: 0 };
}

/**
 * The mask of the words of the block that lie inside normalized `[from, to)`: a sentence's own cues, read from the
 * words its paragraph's mask already tested (a sentence ends at a mark, never inside a word, so its words are whole).
 */
export function wordMaskIn(block: { text: string; words?: Int32Array }, cues: WordCues, from: number, to: number): number {
  wordMask(block, cues);
  const words = block.words!;
  const ids = wordIdsOf(block.text, words);
  // The first word that starts at or after `from` (words are in text order).
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[2 * mid] < from) lo = mid + 1;
    else hi = mid;
  }
  let mask = 0;
  for (let w = lo; w < ids.length && words[2 * w + 1] <= to; w++) mask |= cues.masks[ids[w]] - 1;
  return mask;
}

/** Bit i is set when some word of the block passes `cues.tests[i]`. */
export function wordMask(block: { text: string; words?: Int32Array; starts?: Int32Array }, cues: WordCues): number {
  const text = block.text;
  const words = (block.words ??= wordsOf(text, block.starts));
  // The same words array is the same block text: its mask is known (and stays valid while the generation holds).
  if (cues.lastWords === words && cues.generation === vocabularyGeneration) return cues.lastMask;
  const ids = wordIdsOf(text, words);
  if (cues.generation !== vocabularyGeneration) {
    cues.masks = new Uint32Array(Math.max(1024, vocabulary.size * 2));
    cues.generation = vocabularyGeneration;
  }
  let mask = 0;
  for (let w = 0; w < ids.length; w++) {
    const id = ids[w];
    if (id >= cues.masks.length) {
      const grown = new Uint32Array(Math.max(cues.masks.length * 2, id + 1));
      grown.set(cues.masks);
      cues.masks = grown;
    }
    let m = cues.masks[id];
    if (m === 0) {
      const word = text.slice(words[2 * w], words[2 * w + 1]);
      let bits = 0;
      for (let t = 0; t < cues.tests.length; t++) if (cues.tests[t].test(word)) bits |= 1 << t;
      cues.masks[id] = m = bits + 1;
    }
    mask |= m - 1;
  }
  cues.lastWords = words;
  cues.lastMask = mask;
  return mask;
}
