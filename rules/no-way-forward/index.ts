import { sourceRange, type PhraseData, type ProseBlock, type Rule } from '../../server/engine/kit';
import { en } from './en';
import { fa } from './fa';
import { offersAWayForward } from './way-forward';

const REFUSALS: PhraseData = { en, fa };

const rule: Rule = {
  id: 'no-way-forward',
  description: 'A refusal with nothing after it: "Unfortunately we cannot refund this order." and no alternative, next step or person.',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    en: "Don't leave the customer at a dead end: after a \"no\", say what you can do, what they can do next, or who can help.",
    fa: 'مشتری را پشت درِ بسته رها نکنید: بعد از «نه» بگویید چه کاری از دستتان برمی‌آید، قدم بعدی چیست یا چه کسی کمک می‌کند.',
  },
  check(ctx) {
    const subjects = ctx.extraction.headers.filter((h) => h.name === 'subject' || h.name === 'title').map((h) => h.range);
    let wholeBodyOffers: boolean | undefined;
    ctx.blocks.forEach((block, i) => {
      let reportedTo = -1;
      for (const m of ctx.match(block, REFUSALS)) {
        if (m.from < reportedTo) continue;
        // A subject is a headline ("Your submission has been declined"): its way forward is anywhere in the body,
        // as in a catalog's subject key (catalogs/lint-catalog.ts), not in the greeting that follows it.
        const range = sourceRange(block, m.from, m.to);
        if (subjects.some((r) => range.start >= r.start && range.start < r.end)) {
          wholeBodyOffers ??= ctx.blocks.some((b) => offersAWayForward('', bodyText(b, subjects)));
          if (wholeBodyOffers) continue;
        }
        // The rest of the paragraph (the refusal itself blanked out, so its own "we can't" or "offer" doesn't
        // count), the first sentence of the next paragraph and the two paragraphs after that (a decline
        // that ends "You are now free to submit the work elsewhere"): any offer, next step or person there is enough.
        else if (offersAWayForward(block.text.slice(0, m.from), block.text.slice(m.to) + ' ' + firstSentence(nextProse(ctx.blocks, i)) + ' ' + laterInLetter(ctx.blocks, i))) continue;
        // One finding per sentence: "we can't process your return because the window has closed" is one "no" and its reason.
        const end = block.text.slice(m.to).search(/[.!?\u061F\n]/);
        reportedTo = end < 0 ? block.text.length : m.to + end;
        ctx.report({ range, language: m.language });
      }
    });
  },
};

/**
 * A paragraph's text outside the subject: in a catalog's HTML letter the subject and the body's first lines can
 * be one paragraph (parts joined by line breaks), and the body's "please contact the site administrator" still
 * answers the subject's "has been banned".
 */
function bodyText(block: ProseBlock, subjects: readonly { start: number; end: number }[]): string {
  const inSubject = (at: number) => subjects.some((r) => at >= r.start && at < r.end);
  if (!subjects.some((r) => block.start < r.end && r.start < block.end)) return block.text;
  let out = '';
  for (let k = 0; k < block.text.length; k++) if (!inSubject(block.starts[k])) out += block.text[k];
  return out;
}

/** The next paragraph with words in it: a paragraph that is only a merge field (`${MESSAGE}`) says nothing yet. */
function nextProse(blocks: readonly ProseBlock[], i: number): ProseBlock | undefined {
  const k = nextProseIndex(blocks, i);
  return k < 0 ? undefined : blocks[k];
}

/** Where nextProse's paragraph is, or -1: looked at by index, so a document of many paragraphs stays linear. */
function nextProseIndex(blocks: readonly ProseBlock[], i: number): number {
  for (let k = i + 1; k < blocks.length && k <= i + 3; k++) {
    // A field line ("Reason: {{ order.reason }}"), a block of them ("Account: …\nIP: …") or a heading ("Details")
    // says nothing yet either: the way forward comes after it.
    const text = blocks[k].text;
    if (/[\p{L}]{2}/u.test(text) && !text.split('\n').every((line) => !line.trim() || FIELD_LINE.test(line.trim()) || DATA_ROW.test(line.trim())) && !HEADING.test(text.trim())) return k;
  }
  return -1;
}

/** The text of the two prose paragraphs after the next one. */
function laterInLetter(blocks: readonly ProseBlock[], i: number): string {
  const next = nextProseIndex(blocks, i);
  const a = next < 0 ? -1 : nextProseIndex(blocks, next);
  const b = a < 0 ? -1 : nextProseIndex(blocks, a);
  return `${a < 0 ? '' : blocks[a].text} ${b < 0 ? '' : blocks[b].text}`;
}

/** A row of a details table: a short label, a colon, a value with no sentence in it ("Deactivated: … UTC"). */
const DATA_ROW = /^[^:.!?\s]{1,20}(?: [^:.!?\s]{1,20}){0,2}: ?[^.!?\n]{0,60}$/u;
/** A heading or a label of a section ("Details", "Order summary"): two words at most, no sentence's end. */
const HEADING = /^[^.!?\u061F:\s]{1,24}(?: [^.!?\u061F:\s]{1,24})?$/u;
/** A label and a value: one or two words, a colon, then only merge fields. */
const FIELD_LINE = /^[^\s:]+( [^\s:]+)? ?: ?(\uE000[\s\uE000]*)?$/;

function firstSentence(block: ProseBlock | undefined): string {
  if (!block) return '';
  const end = block.text.search(/[.!?\u061F\n]/);
  return end < 0 ? block.text : block.text.slice(0, end + 1);
}

export default rule;
