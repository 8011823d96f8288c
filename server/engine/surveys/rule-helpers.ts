/**
 * Small reads over the survey model that every survey rule needs: where a text sits in the file, the edit that
 * replaces it (through the format's own quoting), a label read for its meaning. Kept here, beside the model, so
 * the six survey rules do not each spell them (rules may import only the kit).
 */
import type { Range, TextEdit } from '../types';
import { foldChar } from '../prose';
import type { SurveyChoice, SurveyQuestion, SurveyText } from './types';

/** The file range of `text[from, to)` (whitespace at either end left out); undefined for an empty slice. */
export function surveyTextRange(t: SurveyText, from?: number, to?: number): Range | undefined {
  // The whole text: where its prose starts and ends, so markup around it (`<div>…</div>`) is left out.
  const b = t.block;
  if (from === undefined && to === undefined && b && b.text.length) return { start: b.starts[0], end: b.ends[b.text.length - 1] };
  from ??= 0;
  to ??= t.text.length;
  while (from < to && /\s/.test(t.text[from])) from++;
  while (to > from && /\s/.test(t.text[to - 1])) to--;
  if (from >= to || t.starts[from] === undefined || t.ends[to - 1] === undefined) return undefined;
  return { start: t.starts[from], end: t.ends[to - 1] };
}

/** An edit replacing `text[from, to)` (the whole text by default), or undefined when the format cannot hold it. */
export function surveyTextEdit(t: SurveyText, replacement: string, from = 0, to = t.text.length): TextEdit | undefined {
  const range = surveyTextRange(t, from, to);
  if (!range || !t.encode) return undefined;
  const text = t.encode(replacement, range);
  return text === undefined ? undefined : { range, text };
}

/** The text as the respondent reads it, for quoting in a message: markup dropped, spaces collapsed. */
export function plainText(t: SurveyText): string {
  return t.text.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The text folded as the phrase matcher folds it (case, Persian letters, digits, spaces), for reading a label. */
export function foldedText(t: SurveyText): string {
  let out = '';
  for (const ch of t.text) out += foldChar(ch);
  return out.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The texts of a question a respondent reads as the question: its title (every language). */
export function questionTitles(q: SurveyQuestion): SurveyText[] {
  return q.title.filter((t) => t.text.trim() !== '');
}

/** A choice's label in one language (the first one given when that language is missing). */
export function choiceLabel(c: SurveyChoice, language?: string): SurveyText | undefined {
  return c.label.find((l) => l.language === language) ?? c.label[0];
}
