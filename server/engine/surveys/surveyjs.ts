/**
 * SurveyJS survey JSON (https://surveyjs.io/form-library/documentation/design-survey/create-a-simple-survey):
 * `pages[].elements[]` (older files: `questions[]`, or `elements` at the root), panels nesting elements,
 * `title`/`description` as strings or localized objects, `choices`/`rateValues` as strings or `{value, text}`,
 * `rateMin/rateMax/rateStep` or `rateCount`, matrices with `columns`/`rows`, and the built-in none/other/refuse
 * items. Recognized by content: a JSON object whose pages or elements hold objects with a SurveyJS question type.
 */
import type { Language, TextEdit } from '../types';
import { copyWith, freshName, maxNumber, nextInSequence, replaceTexts } from './edits';
import {
  entries, flag, insertAfterItem, items, jsonString, languagesOf, localized, num, parseJsonFile, prop, rangeOf, scalar,
  type JsonFile, type Node,
} from './json-tree';
import { languageOfText, lintedLocale, makeText, MappedText } from './text';
import type { Halves, Localized, NewChoice, QuestionType, Survey, SurveyChoice, SurveyQuestion, SurveyScale, SurveyText } from './types';

const TYPES: Record<string, QuestionType> = {
  rating: 'rating', radiogroup: 'single', dropdown: 'single', imagepicker: 'single', buttongroup: 'single',
  checkbox: 'multiple', tagbox: 'multiple', boolean: 'boolean', text: 'text', comment: 'text', multipletext: 'text',
  matrix: 'matrix', matrixdropdown: 'matrix', matrixdynamic: 'matrix', ranking: 'ranking',
  html: 'other', expression: 'other', file: 'other', signaturepad: 'other', image: 'other',
};
const CONTAINERS = new Set(['panel', 'paneldynamic']);

/** Whether a JSON text is a SurveyJS survey: pages or elements holding objects with a question type. */
export function looksLikeSurveyJs(text: string): boolean {
  const head = text.slice(0, 65536);
  // Keys unquoted too (`pages: [`): SurveyJS's own samples are often JavaScript literals saved as .json, and
  // their authors are better told that the file is not JSON than left with no finding at all.
  if (!/^\s*\{/.test(head) || !/(?:"|\b)(?:pages|elements|questions)"?\s*:\s*\[/.test(head)) return false;
  const types = [...head.matchAll(/(?:"|\b)type"?\s*:\s*["']([a-z]+)["']/g)].map((m) => m[1]);
  return types.some((t) => t in TYPES || CONTAINERS.has(t));
}

export function parseSurveyJs(text: string): Survey | { error: string } {
  const file = parseJsonFile(text);
  if ('error' in file) return file;
  const root = file.root;
  if (root.type !== 'object') return { error: 'the survey is not a JSON object' };
  const survey: Survey = { kind: 'surveyjs', intro: [], outro: [], questions: [], knownVariables: [], languages: [], other: [] };
  survey.title = localized(file, prop(root, 'title'));
  pushText(survey.intro, localized(file, prop(root, 'description')));
  for (const key of ['completedHtml', 'completedBeforeHtml']) pushText(survey.outro, localized(file, prop(root, key)));
  for (const c of items(prop(root, 'completedHtmlOnCondition'))) pushText(survey.outro, localized(file, prop(c, 'html')));
  const pages = items(prop(root, 'pages'));
  const pageList = pages.length ? pages : [root];
  pageList.forEach((page, index) => {
    if (page !== root) {
      pushText(survey.other!, localized(file, prop(page, 'title')));
      pushText(index === 0 ? survey.intro : survey.other!, localized(file, prop(page, 'description')));
    }
    for (const el of [...items(prop(page, 'elements')), ...items(prop(page, 'questions'))]) visitElement(file, el, index, survey);
  });
  for (const c of [...items(prop(root, 'calculatedValues')), ...items(prop(root, 'variables'))]) {
    const name = scalar(c, 'name');
    if (name) survey.knownVariables.push(name);
  }
  survey.languages = languagesOf([survey.title, ...survey.intro, ...survey.questions.map((q) => q.title)]);
  return survey;
}

function pushText(list: Localized[], l: Localized): void {
  if (l.length) list.push(l);
}

function visitElement(file: JsonFile, el: Node, page: number, survey: Survey): void {
  if (el.type !== 'object') return;
  const type = scalar(el, 'type') ?? '';
  if (CONTAINERS.has(type)) {
    pushText(survey.other!, localized(file, prop(el, 'title')));
    pushText(survey.other!, localized(file, prop(el, 'description')));
    for (const child of [...items(prop(el, 'elements')), ...items(prop(el, 'templateElements'))]) visitElement(file, child, page, survey);
    return;
  }
  const name = scalar(el, 'name') ?? '';
  // A question the respondent never sees is something the survey already knows (set from the URL or a trigger).
  if (prop(el, 'visible')?.value === false && type !== 'html') {
    if (name) survey.knownVariables.push(name);
    return;
  }
  if (type === 'html') {
    pushText(page === 0 && survey.questions.length === 0 ? survey.intro : survey.other!, localized(file, prop(el, 'html')));
    return;
  }
  if (!(type in TYPES)) return;
  survey.questions.push(question(file, el, type, name, page));
}

function question(file: JsonFile, el: Node, type: string, name: string, page: number): SurveyQuestion {
  let title = localized(file, prop(el, 'title'));
  // SurveyJS shows the name when there is no title; a name written as a sentence is the question.
  if (!title.length && /\s/.test(name)) title = localized(file, prop(el, 'name'));
  const matrix = TYPES[type] === 'matrix';
  // A simple matrix answers on its columns; matrixdropdown/dynamic columns are named cells sharing `choices`.
  const choiceNode = type === 'rating' ? prop(el, 'rateValues') : type === 'matrix' ? prop(el, 'columns') : prop(el, 'choices');
  const q: SurveyQuestion = {
    id: name, type: TYPES[type], title, choices: choicesOf(file, choiceNode), page, range: rangeOf(el),
    required: flag(el, 'isRequired'),
  };
  const description = localized(file, prop(el, 'description'));
  if (description.length) q.description = description;
  if (matrix) q.rows = choicesOf(file, prop(el, 'rows'));
  if (matrix && type !== 'matrix') q.columns = items(prop(el, 'columns')).map((c) => ({ label: localized(file, prop(c, 'title') ?? prop(c, 'name')), value: scalar(c, 'name'), range: rangeOf(c) }));
  const builtIn = {
    none: flag(el, 'showNoneItem') || flag(el, 'hasNone'),
    other: flag(el, 'showOtherItem') || flag(el, 'hasOther'),
    notApplicable: flag(el, 'showDontKnowItem'),
    preferNotToSay: flag(el, 'showRefuseItem'),
  };
  if (Object.values(builtIn).some(Boolean)) q.builtIn = builtIn;
  if (type === 'rating') {
    const scale = scaleOf(file, el);
    if (scale) q.scale = scale;
    if (scale && scale.min === 0 && scale.max === 10 && scale.step === 1 && !q.choices.length) q.type = 'nps';
  }
  if (q.type === 'boolean') q.choices = ['labelTrue', 'labelFalse'].map((k) => prop(el, k)).filter((n): n is Node => !!n).map((n) => ({ label: localized(file, n), range: rangeOf(n) }));
  const array = choiceNode?.type === 'array' ? choiceNode : undefined;
  if (array && (type !== 'rating' || q.choices.length)) q.addChoices = (choices, language) => addChoices(file, array, choices, language);
  if (titleEntries(file, prop(el, 'title')) && prop(el, 'name')?.type === 'string') q.split = (halves) => splitQuestion(file, el, q.title, halves);
  if (matrix) {
    const rowsNode = prop(el, 'rows');
    items(rowsNode).forEach((row, i) => {
      const r = q.rows![i];
      if (r) r.split = (halves) => splitRow(file, rowsNode!, row, r.label, halves);
    });
  }
  return q;
}

/**
 * The title nodes of a question when every one is a text Warmly reads (a string, or a localized object of English,
 * Persian and default texts): a question with a title in a language Warmly does not read cannot be split, since
 * that translation would go on asking both things.
 */
function titleEntries(file: JsonFile, title: Node | undefined): Node[] | undefined {
  if (title?.type === 'string') return localized(file, title).length === 1 ? [title] : undefined;
  const list = entries(title);
  if (!list.length || list.some(([k, v]) => !lintedLocale(k) || v.type !== 'string')) return undefined;
  return localized(file, title).length === list.length ? list.map(([, v]) => v) : undefined;
}

/**
 * Two questions from one: each title text keeps its first half, and a copy of the whole element (its type,
 * options, settings) follows it with the second halves and a name no other element has (`price_2`), so answers
 * stay apart.
 */
function splitQuestion(file: JsonFile, el: Node, title: Localized, halves: Halves[]): TextEdit[] | undefined {
  const nameNode = prop(el, 'name');
  if (nameNode?.type !== 'string' || !titleEntries(file, prop(el, 'title')) || halves.length !== title.length) return undefined;
  const name = String(nameNode.value);
  const copyName = freshName(name, (n) => file.text.includes(jsonString(file, n)), '_');
  const firsts = replaceTexts(title, halves.map((h) => h[0]));
  const seconds = replaceTexts(title, halves.map((h) => h[1]));
  if (!firsts || !seconds) return undefined;
  const copy = copyWith(file.text, rangeOf(el), [...seconds, { range: rangeOf(nameNode), text: jsonString(file, copyName) }]);
  const parent = el.parent;
  const insert = copy !== undefined && parent ? insertAfterItem(file, parent, el, [copy]) : undefined;
  return insert ? [...firsts, insert] : undefined;
}

/**
 * A matrix row in two: this row keeps the first half, a new row right after it asks the second, with a value no
 * other row has. A `"value|text"` row is left alone (its value and text share one string).
 */
function splitRow(file: JsonFile, rows: Node, row: Node, label: Localized, halves: Halves[]): TextEdit[] | undefined {
  if (halves.length !== label.length || !label.length) return undefined;
  const firsts = replaceTexts(label, halves.map((h) => h[0]));
  if (!firsts) return undefined;
  const values = new Set(items(rows).map((r) => scalar(r.type === 'object' ? prop(r, 'value') : r)));
  let copy: string | undefined;
  if (row.type === 'string') {
    if (String(row.value).includes('|') || values.has(halves[0][1])) return undefined;
    copy = jsonString(file, halves[0][1]);
  } else {
    const valueNode = prop(row, 'value');
    const textNode = prop(row, 'text');
    if (!valueNode || !textNode || (textNode.type === 'object' && !titleEntries(file, textNode))) return undefined;
    const seconds = replaceTexts(label, halves.map((h) => h[1]));
    if (!seconds) return undefined;
    const value = valueNode.type === 'number' ? String(maxNumber(values) + 1) : jsonString(file, freshName(String(valueNode.value), (v) => values.has(v), '_'));
    copy = copyWith(file.text, rangeOf(row), [...seconds, { range: rangeOf(valueNode), text: value }]);
  }
  const insert = copy !== undefined ? insertAfterItem(file, rows, row, [copy]) : undefined;
  return insert ? [...firsts, insert] : undefined;
}

function choicesOf(file: JsonFile, array: Node | undefined): SurveyChoice[] {
  return items(array).map((c): SurveyChoice => {
    if (c.type === 'object') {
      const value = scalar(c, 'value');
      const textNode = prop(c, 'text');
      return { label: textNode ? localized(file, textNode) : localized(file, prop(c, 'value')), value, range: rangeOf(c) };
    }
    // "value|text": SurveyJS's short form of a choice with its own value (`"low|No, the price is too low"`).
    const label = localized(file, c).flatMap((t) => {
      const bar = t.text.indexOf('|');
      const after = bar > 0 ? afterBar(t, bar + 1) : t;
      return after ? [after] : [];
    });
    const raw = scalar(c);
    return { label, value: raw?.includes('|') ? raw.slice(0, raw.indexOf('|')) : raw, range: rangeOf(c) };
  });
}

/** The part of a text after `from`, with its map and prose block cut to match. */
function afterBar(t: SurveyText, from: number): SurveyText | undefined {
  const mapped = new MappedText();
  mapped.text = t.text.slice(from);
  mapped.starts = t.starts.slice(from);
  mapped.ends = t.ends.slice(from);
  return makeText(mapped, t.endOffset, t.language, t.encode);
}

function scaleOf(file: JsonFile, el: Node): SurveyScale | undefined {
  const values = items(prop(el, 'rateValues')).map((c) => Number(c.type === 'object' ? scalar(c, 'value') : scalar(c)));
  let scale: SurveyScale;
  if (values.length && values.every((v) => Number.isFinite(v))) {
    scale = { min: Math.min(...values), max: Math.max(...values), step: values.length > 1 ? Math.abs(values[1] - values[0]) : 1 };
    if (values.length > 1 && values[0] > values[values.length - 1]) scale.descending = true;
  } else if (values.length) {
    return undefined;
  } else {
    const min = num(el, 'rateMin') ?? 1;
    const step = num(el, 'rateStep') ?? 1;
    const count = num(el, 'rateCount');
    scale = { min, step, max: num(el, 'rateMax') ?? (count !== undefined ? min + (count - 1) * step : 5) };
  }
  // mininumRateDescription / maximumRateDescription: the names (and spelling) of SurveyJS before 1.0.
  const minLabel = localized(file, prop(el, 'minRateDescription') ?? prop(el, 'mininumRateDescription'));
  const maxLabel = localized(file, prop(el, 'maxRateDescription') ?? prop(el, 'maximumRateDescription'));
  if (minLabel.length) scale.minLabel = minLabel;
  if (maxLabel.length) scale.maxLabel = maxLabel;
  return scale;
}

/**
 * New choices in the array's own style: bare strings, `{value, text}`, or `{value, text: {default, fa}}` with each
 * language's label under its key (a locale Warmly does not write is left out: SurveyJS shows the default there).
 */
function addChoices(file: JsonFile, array: Node, choices: readonly NewChoice[], language: Language): TextEdit[] | undefined {
  const existing = items(array);
  const last = existing.at(-1);
  if (!last || !choices.length) return undefined;
  const values = new Set(existing.map((c) => scalar(c.type === 'object' ? prop(c, 'value') : c)));
  const objects = existing.some((c) => c.type === 'object');
  const localizedText = existing.map((c) => prop(c, 'text')).find((t) => t?.type === 'object');
  const numeric = objects && existing.every((c) => c.type !== 'object' || prop(c, 'value')?.type === 'number');
  const json: string[] = [];
  const added: string[] = [];
  for (const choice of choices) {
    const fallback = choice.label[language] ?? Object.values(choice.label)[0];
    if (fallback === undefined) return undefined;
    // A way out is no point on a numeric scale: it gets a word for its value, never the next number.
    const counted = numeric && !choice.optOut;
    let value = counted ? String(nextInSequence(existing.map((c) => scalar(prop(c, 'value'))).concat(added))) : fallback.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '') || 'other';
    if (values.has(value)) value = freshName(value, (v) => values.has(v), '_');
    values.add(value);
    if (counted) added.push(value);
    const valueJson = counted ? value : jsonString(file, value);
    if (localizedText) {
      // Each language the choice has a label in; a locale left out shows the default text, so the default always.
      const keys = entries(localizedText).filter(([k]) => lintedLocale(k));
      const pairs = keys.flatMap(([k, v]) => {
        const label = choice.label[languageOfText(typeof v.value === 'string' ? v.value : '', k === 'default' ? undefined : k)];
        const text = label ?? (k === 'default' || k === keys[0][0] ? fallback : undefined);
        return text === undefined ? [] : [`${jsonString(file, k)}: ${jsonString(file, text)}`];
      });
      json.push(`{ "value": ${valueJson}, "text": { ${pairs.join(', ')} } }`);
    } else if (objects) {
      json.push(`{ "value": ${valueJson}, "text": ${jsonString(file, fallback)} }`);
    } else {
      json.push(jsonString(file, fallback));
    }
  }
  const edit = insertAfterItem(file, array, last, json);
  return edit ? [edit] : undefined;
}
