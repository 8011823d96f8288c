/**
 * Surveys inside HTML: an email's rating row (a row of 0–10 or 1–5 links, or star images, each linking to
 * `…?score=7`) and a survey form (`<form>` with radio and checkbox groups, labels, selects, text fields and
 * hidden inputs). The file is linted as HTML as always; this reading adds `ctx.survey` so survey rules see the
 * questions. htmlparser2 (the engine's HTML parser) gives every element's exact offsets; a question's title is
 * the prose right before its row or group (or the fieldset's legend), read from the file as it is.
 */
import { onFirstUse } from '../lazy';
import type { ProseBlock } from '../prose';
import type { Range, TextEdit } from '../types';
import { languagesOf } from './json-tree';
import { makeText, verbatim } from './text';
import type { Localized, Survey, SurveyChoice, SurveyQuestion, SurveyScale } from './types';

const htmlparser2 = onFirstUse('htmlparser2', () => require('htmlparser2') as typeof import('htmlparser2'));

/**
 * Cheap test before parsing a second time: a radio or checkbox, or a link whose whole text is a number, stars or
 * an image with a number or "star" in its alt. Most emails have neither and are not parsed again.
 */
export function mayHoldHtmlSurvey(text: string): boolean {
  return CHOICE_INPUT.test(text) || (RATING_LINK_LOOSE.test(text) && RATING_LINK.test(text));
}

const CHOICE_INPUT = /<input\b[^>]*type\s*=\s*["']?(?:radio|checkbox)/i;
const RATING_LINK = /<a\b[^>]*>\s*(?:[\d۰-۹٠-٩]{1,2}|[★⭐☆]{1,10}|<img\b[^>]*\balt\s*=\s*["'][^"']*(?:\d|star|ستاره)[^>]*>)\s*<\/a>/iu;
/**
 * RATING_LINK without the `u` flag, which makes V8 step through an email's HTML about twice as fast; it matches
 * wherever RATING_LINK does (its `\b` sees fewer word characters than `iu`'s, which adds ſ and the Kelvin sign, and [sſ] is what
 * `iu` lets "s" match), so it only spares RATING_LINK's scan of the many emails that have no rating link at all.
 */
const RATING_LINK_LOOSE = /<a\b[^>]*>\s*(?:[\d۰-۹٠-٩]{1,2}|[★⭐☆]{1,10}|<img\b[^>]*\balt\s*=\s*["'][^"']*(?:\d|[sſ]tar|ستاره)[^>]*>)\s*<\/a>/i;

interface Link extends Range { href: string; label: string; labelRange: Range; value?: number }
interface Control extends Range { kind: string; name: string; id?: string; value?: string; label?: Range; form: number; legend?: Range; options?: Range[] }

const RATING_PARAM = /(?:^|[?&;/])(?:score|rating|rate|nps|csat|answer|response|vote|value|r|s)=(\d{1,2})(?:$|[&#;])/i;

export function parseHtmlSurvey(text: string, blocks: readonly ProseBlock[], mergeVariables: readonly string[] = []): Survey | undefined {
  const { links, controls } = scan(text);
  const survey: Survey = { kind: 'html', intro: [], outro: [], questions: [], knownVariables: [], languages: [] };
  const known = new Set<string>(mergeVariables);
  const rows = ratingRows(text, links);
  // What ends a question: its controls, their labels and the rating links. The next title starts after them.
  const labels: Range[] = [...controls.flatMap((c) => (c.label ? [c, c.label] : [c])), ...rows.flat()];
  for (const row of rows) {
    const values = row.map((l) => l.value!);
    const ends = endLabels(text, blocks, row[0].start, row[row.length - 1].end);
    // A label left of the row is not the question: the title is read before it.
    const title = titleBefore(text, blocks, Math.min(ends.first?.start ?? Infinity, row[0].start), labels);
    const min = Math.min(...values);
    const max = Math.max(...values);
    const descending = values[0] > values[values.length - 1];
    const scale: SurveyScale = { min, max, step: 1, ...(descending ? { descending: true } : {}) };
    const [low, high] = descending ? [ends.last, ends.first] : [ends.first, ends.last];
    if (low) scale.minLabel = textAt(text, low);
    if (high) scale.maxLabel = textAt(text, high);
    survey.questions.push({
      id: `rating-${survey.questions.length + 1}`, type: min === 0 && max === 10 ? 'nps' : 'rating', title, page: 0,
      range: { start: row[0].start, end: row[row.length - 1].end },
      choices: row.map((l): SurveyChoice => ({ label: textAt(text, l.labelRange), value: String(l.value), range: { start: l.start, end: l.end } })),
      scale,
    });
    for (const l of row) for (const [k] of new URLSearchParams(l.href.split('?')[1] ?? '')) if (!RATING_PARAM.test(`?${k}=1`)) known.add(k);
  }
  for (const q of formQuestions(text, blocks, controls, labels, known)) survey.questions.push(q);
  if (!survey.questions.length) return undefined;
  survey.questions.sort((a, b) => a.range.start - b.range.start);
  const first = survey.questions[0].title[0]?.starts[0] ?? survey.questions[0].range.start;
  for (const b of blocks) if (b.end <= first && survey.intro.length < 8) survey.intro.push(textAt(text, b));
  survey.knownVariables = [...known];
  survey.languages = languagesOf([...survey.intro, ...survey.questions.map((q) => q.title)]);
  return survey;
}

function scan(text: string): { links: Link[]; controls: Control[] } {
  const links: Link[] = [];
  const controls: Control[] = [];
  let link: { href: string; start: number; textStart: number; label: string; alt: string } | undefined;
  let label: { start: number; for?: string; inner: Control[] } | undefined;
  let select: Control | undefined;
  let legend: number | undefined;
  const legends: Range[] = [];
  let form = 0;
  const labelFor = new Map<string, Range>();
  const { Parser } = htmlparser2();
  const parser = new Parser({
    onopentag(name, a) {
      const start = parser.startIndex;
      if (name === 'form') form++;
      if (name === 'a' && a.href) link = { href: a.href, start, textStart: parser.endIndex + 1, label: '', alt: '' };
      if (name === 'img' && link) link.alt += ` ${a.alt ?? a.title ?? ''}`;
      if (name === 'label') label = { start: parser.endIndex + 1, for: a.for, inner: [] };
      if (name === 'legend') legend = parser.endIndex + 1;
      if (name === 'input' || name === 'textarea' || name === 'select') {
        const c: Control = { kind: name === 'input' ? (a.type ?? 'text').toLowerCase() : name, name: a.name ?? a.id ?? '', id: a.id, value: a.value, start, end: parser.endIndex + 1, form, legend: legends.at(-1) };
        controls.push(c);
        if (label) label.inner.push(c);
        if (name === 'select') { select = c; c.options = []; }
      }
      if (name === 'option' && select) select.options!.push({ start: parser.endIndex + 1, end: parser.endIndex + 1 });
    },
    ontext(data) { if (link) link.label += data; },
    onclosetag(name) {
      const end = parser.endIndex + 1;
      if (name === 'a' && link) {
        const raw = trimmed(text, link.textStart, parser.startIndex);
        const label = link.label.trim() || link.alt.trim();
        links.push({ href: link.href, label, labelRange: raw, start: link.start, end, value: ratingValue(label, link.href) });
        link = undefined;
      }
      if (name === 'label' && label) {
        const range = trimmed(text, label.start, parser.startIndex);
        if (label.for) labelFor.set(label.for, range);
        for (const c of label.inner) c.label = range;
        label = undefined;
      }
      if (name === 'legend' && legend !== undefined) { legends.push(trimmed(text, legend, parser.startIndex)); legend = undefined; }
      if (name === 'fieldset') legends.push({ start: -1, end: -1 });
      if (name === 'option' && select?.options?.length) select.options[select.options.length - 1] = trimmed(text, select.options.at(-1)!.start, parser.startIndex);
      if (name === 'select') select = undefined;
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(text);
  parser.end();
  for (const c of controls) {
    if (!c.label && c.id && labelFor.has(c.id)) c.label = labelFor.get(c.id);
    if (c.legend && c.legend.start < 0) c.legend = undefined;
  }
  return { links, controls };
}

/** Links that lead to a survey answer page, when the score is not in a named parameter (`/feedback/rate/7`). */
const SURVEY_LINK = /survey|feedback|rat(?:e|ing)|score|nps|csat|review|vote|nazar|نظر/i;

/**
 * The number a rating link stands for: its label ("7", "۷", "★★★", an image's alt "4 stars"), confirmed by its
 * link: a rating parameter with the same number, or a survey-like link with the number in it. Page links
 * ("1 2 3 4 5" → `?page=3`) are not a rating row.
 */
function ratingValue(label: string, href: string): number | undefined {
  const digits = label.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const param = RATING_PARAM.exec(href)?.[1];
  const stars = /^[★⭐☆]+$/u.test(digits) ? [...digits].filter((c) => c !== '☆').length : undefined;
  const n = stars ?? (/^\d{1,2}(?:\s*(?:stars?|ستاره|\/\s*\d+))?$/i.test(digits) ? parseInt(digits, 10) : undefined);
  if (n === undefined || n > 10) return undefined;
  if (param !== undefined) return Number(param) === n ? n : undefined;
  return SURVEY_LINK.test(href) && new RegExp(`(?:^|\\D)${n}(?:\\D|$)`).test(href) ? n : undefined;
}

const SHORT_LABEL = (b: ProseBlock) => b.text.split(' ').length <= 6 && !/[?؟:]\s*$/.test(b.text) && !/^[\d\s.\-–|★☆]*$/u.test(b.text);

/**
 * The words at the ends of a rating row: short texts right beside it in the same line (`Not likely` 0 … 10
 * `Very likely`), or two short cells in the table row right under it. What sits first labels the row's first
 * value. Text in another paragraph (a signature, a footer) is never a label.
 */
function endLabels(text: string, blocks: readonly ProseBlock[], start: number, end: number): { first?: Range; last?: Range } {
  const between = (s: number, e: number) => (e >= s && e - s < 400 ? text.slice(s, e) : undefined);
  const markupOnly = (m: string | undefined) => m !== undefined && !m.replace(/<[^>]*>|&nbsp;|&#160;/g, '').trim();
  const sameLine = (m: string | undefined) => markupOnly(m) && !/<\/?(?:p|br|h\d|div|li|ul|ol|tr)\b/i.test(m!);
  const before = [...blocks].reverse().find((b) => b.end <= start);
  const [next, second] = blocks.filter((b) => b.start >= end).slice(0, 2);
  const first = before && SHORT_LABEL(before) && sameLine(between(before.end, start)) ? before : undefined;
  const last = next && SHORT_LABEL(next) && sameLine(between(end, next.start)) ? next : undefined;
  if (first && last) return { first, last };
  const below = between(end, next?.start ?? -1);
  if (!first && !last && next && second && SHORT_LABEL(next) && SHORT_LABEL(second) && markupOnly(below) && /<tr\b/i.test(below!)) {
    const cell = between(next.end, second.start);
    if (markupOnly(cell) && /<td\b/i.test(cell!) && !/<tr\b/i.test(cell!)) return { first: next, last: second };
  }
  return {};
}

/** Runs of rating links side by side (nothing but markup and spacing between them), values stepping by one. */
function ratingRows(text: string, links: Link[]): Link[][] {
  const rows: Link[][] = [];
  let row: Link[] = [];
  const close = () => {
    const params = row.filter((l) => RATING_PARAM.test(l.href)).length;
    if (row.length >= 5 || (row.length >= 3 && params === row.length)) rows.push(row);
    row = [];
  };
  for (const l of links) {
    if (l.value === undefined) { close(); continue; }
    const prev = row.at(-1);
    const between = prev ? text.slice(prev.end, l.start).replace(/<[^>]*>|&nbsp;|&#160;|[\s|·•-]/g, '') : '';
    if (prev && (between !== '' || Math.abs(l.value - prev.value!) !== 1 || (row.length > 1 && l.value - prev.value! !== prev.value! - row[row.length - 2].value!))) close();
    row.push(l);
  }
  close();
  return rows;
}

function formQuestions(text: string, blocks: readonly ProseBlock[], controls: Control[], labels: Range[], known: Set<string>): SurveyQuestion[] {
  const groups = new Map<string, Control[]>();
  for (const c of controls) {
    if (c.kind === 'hidden') { if (c.name) known.add(c.name); continue; }
    if (['submit', 'button', 'reset', 'image', 'password', 'file'].includes(c.kind)) continue;
    const key = `${c.form}\u0000${c.name || `#${c.start}`}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: SurveyQuestion[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    const choiceControls = group.filter((c) => c.kind === 'radio' || c.kind === 'checkbox');
    const choices: SurveyChoice[] = choiceControls.map((c) => ({ label: c.label ? textAt(text, c.label) : [], value: c.value, range: { start: c.start, end: c.label && c.label.end > c.end ? c.label.end : c.end } }));
    for (const r of first.options ?? []) choices.push({ label: textAt(text, r), range: r });
    const single = choiceControls.length === 1 && !first.options;
    const type: SurveyQuestion['type'] = first.kind === 'radio' ? 'single' : first.kind === 'checkbox' ? (single ? 'boolean' : 'multiple') : first.kind === 'select' ? 'single' : 'text';
    // A lone text field or checkbox is asked by its own label ("Email", "I agree to…"); a group by its legend or
    // the text before it.
    const title: Localized = (type === 'text' || single) && first.label ? textAt(text, first.label)
      : first.legend ? textAt(text, first.legend) : titleBefore(text, blocks, first.start, labels);
    const q: SurveyQuestion = { id: first.name || `field-${out.length + 1}`, type, title, choices: single ? [] : choices, page: 0, range: { start: first.start, end: Math.max(...group.map((c) => c.end), ...choices.map((c) => c.range.end)) } };
    const last = choices.at(-1);
    if (last && first.name && choiceControls.length > 1) {
      q.addChoices = (list, language) => {
        const labels = list.map((c) => c.label[language] ?? Object.values(c.label)[0]);
        return labels.every((l): l is string => l !== undefined) ? [addRadios(text, last.range.end, first.kind, first.name, labels)] : undefined;
      };
    }
    out.push(q);
  }
  return out;
}

/** New options after the group's last one, each on its own line, indented like it: `<label><input …> Label</label>`. */
function addRadios(text: string, at: number, kind: string, name: string, labels: readonly string[]): TextEdit {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  // After the closing tags that wrap the last option (</label>, </li>), so they are not split.
  const end = at + /^(?:[ \t]*<\/(?:label|li|span|div|p|td)>)*/i.exec(text.slice(at))![0].length;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const html = labels.map((label) => {
    const value = label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '') || 'other';
    return `${eol}${indent}<label><input type="${kind}" name="${attr(name)}" value="${attr(value)}"> ${label.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</label>`;
  });
  return { range: { start: end, end }, text: html.join('') };
}

/**
 * The prose right before a question: the text of the last block before it, cut after the previous question's
 * controls and labels (inline labels and inputs share a paragraph with the next question's text). Nothing when
 * the previous question comes first: a select with no text of its own has no title.
 */
function titleBefore(text: string, blocks: readonly ProseBlock[], at: number, barriers: Range[]): Localized {
  const cutoff = Math.max(-1, ...barriers.filter((b) => b.end <= at).map((b) => b.end));
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.start >= at) continue;
    const r = trimMarkup(text, Math.max(b.start, cutoff), Math.min(b.end, at));
    if (r.end > r.start && !/^[\d\s.\-–|★☆]*$/u.test(text.slice(r.start, r.end).replace(/<[^>]*>/g, ''))) return textAt(text, r);
    if (b.start <= cutoff) return [];
  }
  return [];
}

/** A range without the tags and spaces at its ends (the `</label>` a cut starts at). */
function trimMarkup(text: string, start: number, end: number): Range {
  for (let m; start < end && (m = /^(?:\s+|<[^>]*>)/.exec(text.slice(start, Math.min(end, start + 2000)))); ) start += m[0].length;
  for (let m; end > start && (m = /(?:\s+|<[^>]*>)$/.exec(text.slice(Math.max(start, end - 2000), end))); ) end -= m[0].length;
  return { start, end: Math.max(start, end) };
}

function textAt(text: string, range: Range): Localized {
  const r = trimMarkup(text, range.start, range.end);
  if (r.end <= r.start) return [];
  const t = makeText(verbatim(text, r.start, r.end), r.end, undefined, undefined);
  return t ? [t] : [];
}

function trimmed(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
