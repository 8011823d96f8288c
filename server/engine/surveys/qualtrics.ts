/**
 * Qualtrics survey exports (`.qsf`, JSON): `SurveyEntry` (name, description) and `SurveyElements`, where each
 * `SQ` element's `Payload` is a question: `QuestionText` (HTML), `QuestionType` and `Selector`, `Choices` (a
 * matrix's statements), `Answers` (a matrix's scale), `RecodeValues`, `ChoiceOrder`, and `Validation.Settings.
 * ForceResponse`. Blocks (`BL`) give the page order; embedded data in the survey flow (`FL`) is what the survey
 * already knows. Descriptive text (`DB`) before any question is the intro.
 */
import type { Language, TextEdit } from '../types';
import { allocationLock, copyWith, maxNumber, nextInSequence, replaceText } from './edits';
import { entries, insertAfterItem, items, jsonString, jsonText, languagesOf, parseJsonFile, prop, rangeOf, scalar, type JsonFile, type Node } from './json-tree';
import type { Halves, Localized, NewChoice, QuestionType, Survey, SurveyChoice, SurveyQuestion } from './types';

const TYPES: Record<string, QuestionType> = { MC: 'single', Matrix: 'matrix', TE: 'text', Slider: 'rating', RO: 'ranking', DB: 'other', NPS: 'nps', CS: 'other', SBS: 'matrix', Timing: 'other', Meta: 'other' };

export function parseQualtrics(text: string): Survey | { error: string } {
  const file = parseJsonFile(text);
  if ('error' in file) return file;
  const entry = prop(file.root, 'SurveyEntry');
  const elements = items(prop(file.root, 'SurveyElements'));
  if (!entry || !elements.length) return { error: 'not a Qualtrics export (no SurveyEntry and SurveyElements)' };
  const survey: Survey = { kind: 'qualtrics', intro: [], outro: [], questions: [], knownVariables: [], languages: [], other: [] };
  const one = (n: Node | undefined): Localized => { const t = jsonText(file, n); return t ? [t] : []; };
  survey.title = one(prop(entry, 'SurveyName'));
  push(survey.intro, one(prop(entry, 'SurveyDescription')));
  const pageOf = blockPages(elements);
  for (const el of elements) {
    const kind = scalar(el, 'Element');
    const payload = prop(el, 'Payload');
    if (kind === 'FL') collectEmbedded(payload, survey.knownVariables);
    if (kind !== 'SQ' || !payload) continue;
    const qtype = scalar(payload, 'QuestionType') ?? '';
    const selector = scalar(payload, 'Selector') ?? '';
    const id = scalar(payload, 'QuestionID') ?? scalar(el, 'PrimaryAttribute') ?? '';
    if (qtype === 'DB') { push(survey.questions.length ? survey.other! : survey.intro, one(prop(payload, 'QuestionText'))); continue; }
    let type = TYPES[qtype] ?? 'other';
    if (qtype === 'MC' && /^(?:MA|MAVR|MAHR|MACOL|MSB)/.test(selector)) type = 'multiple';
    if (qtype === 'MC' && selector === 'NPS') type = 'nps';
    const q: SurveyQuestion = {
      id: scalar(payload, 'DataExportTag') ?? id, type, title: one(prop(payload, 'QuestionText')), page: pageOf.get(id) ?? 0,
      range: rangeOf(el), choices: [], required: scalar(prop(prop(payload, 'Validation'), 'Settings'), 'ForceResponse') === 'ON',
    };
    const recode = prop(payload, 'RecodeValues');
    const choices = choicesOf(file, prop(payload, 'Choices'), items(prop(payload, 'ChoiceOrder')), recode);
    if (type === 'matrix') {
      q.rows = choicesOf(file, prop(payload, 'Choices'), items(prop(payload, 'ChoiceOrder')), undefined);
      q.choices = choicesOf(file, prop(payload, 'Answers'), items(prop(payload, 'AnswerOrder')), undefined);
    } else q.choices = choices;
    if (type === 'nps') q.scale = { min: 0, max: 10, step: 1 };
    if (type === 'rating') {
      const c = prop(payload, 'Configuration');
      const min = Number(scalar(c, 'CSSliderMin') ?? 0);
      const max = Number(scalar(c, 'CSSliderMax') ?? 100);
      if (Number.isFinite(min) && Number.isFinite(max)) q.scale = { min, max, step: Number(scalar(c, 'GridLines') ? 1 : 1) };
    }
    const exclusive = entries(prop(payload, 'Choices')).some(([, c]) => prop(c, 'ExclusiveAnswer')?.value === true);
    if (exclusive) q.builtIn = { none: true };
    const matrix = type === 'matrix';
    if (q.choices.length && (type === 'single' || type === 'multiple' || type === 'ranking' || matrix)) {
      q.addChoices = (list, language) => addChoices(file, payload, matrix, type === 'multiple', list, language);
    }
    if (matrix) for (const row of q.rows ?? []) row.split = (halves) => splitRow(file, payload, row.value ?? '', row.label, halves);
    const title = q.title;
    q.split = (halves) => splitQuestion(file, elements, el, title, halves);
    survey.questions.push(q);
  }
  survey.languages = languagesOf([survey.title, ...survey.questions.map((q) => q.title)]);
  return survey;
}

function push(list: Localized[], l: Localized): void {
  if (l.length) list.push(l);
}

/** Choices in `ChoiceOrder` (the order respondents see), each `{"Display": …}` with its recode value. */
function choicesOf(file: JsonFile, choices: Node | undefined, order: Node[], recode: Node | undefined): SurveyChoice[] {
  const byId = new Map(entries(choices));
  const ids = order.length ? order.map((n) => String(n.value)) : [...byId.keys()];
  return ids.flatMap((id): SurveyChoice[] => {
    const c = byId.get(id);
    if (!c) return [];
    const t = jsonText(file, prop(c, 'Display'));
    return [{ label: t ? [t] : [], value: scalar(recode, id) ?? id, range: rangeOf(c.parent ?? c) }];
  });
}

/** Question id → 0-based block: `BL` payloads list each block's `BlockElements`. */
function blockPages(elements: Node[]): Map<string, number> {
  const out = new Map<string, number>();
  const bl = elements.find((e) => scalar(e, 'Element') === 'BL');
  const payload = prop(bl, 'Payload');
  const blocks = payload?.type === 'array' ? items(payload) : entries(payload).map(([, v]) => v);
  blocks.forEach((b, i) => { for (const be of items(prop(b, 'BlockElements'))) { const q = scalar(be, 'QuestionID'); if (q) out.set(q, i); } });
  return out;
}

/** Embedded data fields anywhere in the flow: the survey link or the contact list fills them. */
function collectEmbedded(node: Node | undefined, out: string[]): void {
  if (!node) return;
  if (node.type === 'object') {
    const field = scalar(node, 'Field');
    if (field && prop(node, 'Type')?.value !== undefined && !out.includes(field)) out.push(field);
    for (const [, v] of entries(node)) collectEmbedded(v, out);
  } else if (node.type === 'array') for (const c of items(node)) collectEmbedded(c, out);
}

/**
 * New options in the question's own lists: `Choices` (a matrix's scale: `Answers`) with ids after `NextChoiceId`
 * and every id used, the ids appended to `ChoiceOrder`, a recode where the question recodes (a way out gets the
 * missing-value code -99, or the next free negative one, so it never counts on the scale), `NextChoiceId` moved on.
 * A way out of a multiple-answer question is exclusive, as Qualtrics's own "None of these" is.
 */
function addChoices(file: JsonFile, payload: Node, matrix: boolean, multiple: boolean, list: readonly NewChoice[], language: Language): TextEdit[] | undefined {
  const [listKey, orderKey, nextKey] = matrix ? ['Answers', 'AnswerOrder', 'NextAnswerId'] : ['Choices', 'ChoiceOrder', 'NextChoiceId'];
  const choices = prop(payload, listKey);
  const lastChoice = choices?.children?.at(-1);
  if (choices?.type !== 'object' || !lastChoice || !list.length) return undefined;
  const next = prop(payload, nextKey);
  let id = Math.max(next?.type === 'number' ? Number(next.value) : 0, maxNumber(entries(choices).map(([k]) => k)) + 1);
  const order = prop(payload, orderKey);
  const lastOrder = items(order).at(-1);
  // A matrix's RecodeValues recode its scale (Answers), a choice question's its Choices: the list added to either way.
  const recode = prop(payload, 'RecodeValues');
  const recodes = entries(recode).map(([, v]) => scalar(v));
  const props: string[] = [];
  const orderItems: string[] = [];
  const recodeProps: string[] = [];
  for (const choice of list) {
    const label = choice.label[language] ?? Object.values(choice.label)[0];
    if (label === undefined) return undefined;
    const key = String(id++);
    props.push(`${jsonString(file, key)}: { "Display": ${jsonString(file, label)}${choice.optOut && multiple ? ', "ExclusiveAnswer": true' : ''} }`);
    orderItems.push(lastOrder?.type === 'number' ? key : jsonString(file, key));
    let code = String(nextInSequence(recodes.filter((r) => Number(r) >= 0)));
    if (choice.optOut) {
      let n = -99;
      while (recodes.includes(String(n))) n++;
      code = String(n);
    }
    recodes.push(code);
    recodeProps.push(`${jsonString(file, key)}: ${jsonString(file, code)}`);
  }
  const edits: (TextEdit | undefined)[] = [insertAfterItem(file, choices, lastChoice, props)];
  if (order) edits.push(lastOrder ? insertAfterItem(file, order, lastOrder, orderItems) : undefined);
  const lastRecode = recode?.children?.at(-1);
  if (recode?.type === 'object' && lastRecode) edits.push(insertAfterItem(file, recode, lastRecode, recodeProps));
  if (next?.type === 'number') edits.push({ range: rangeOf(next), text: String(id) });
  return edits.every((e): e is TextEdit => e !== undefined) ? edits : undefined;
}

/** Markup dropped, for the plain `QuestionDescription` Qualtrics keeps beside the HTML text. */
function plain(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A question in two: this one keeps the first half of its text, a copy of its whole element (type, choices,
 * validation, logic) follows it in `SurveyElements` with the second half, a new `QID` and export tag, and is
 * listed in its block right after the original; the question count moves on. A question with translations
 * (`Language`) is not split: each translation would go on asking both things.
 */
function splitQuestion(file: JsonFile, elements: Node[], el: Node, title: Localized, halves: Halves[]): TextEdit[] | undefined {
  const payload = prop(el, 'Payload');
  const qidNode = prop(payload, 'QuestionID');
  if (halves.length !== 1 || title.length !== 1 || qidNode?.type !== 'string' || entries(prop(payload, 'Language')).length) return undefined;
  const qid = String(qidNode.value);
  const sq = elements.filter((e) => scalar(e, 'Element') === 'SQ');
  const newQid = `QID${maxNumber(sq.map((e) => /^QID(\d+)$/.exec(scalar(prop(e, 'Payload'), 'QuestionID') ?? '')?.[1])) + 1}`;
  const [first, second] = halves[0];
  const firstEdit = replaceText(title[0], first);
  const secondEdit = replaceText(title[0], second);
  if (!firstEdit || !secondEdit) return undefined;
  const inCopy: TextEdit[] = [secondEdit, { range: rangeOf(qidNode), text: jsonString(file, newQid) }];
  const inOriginal: TextEdit[] = [firstEdit];
  const primary = prop(el, 'PrimaryAttribute');
  if (primary?.type === 'string' && primary.value === qid) inCopy.push({ range: rangeOf(primary), text: jsonString(file, newQid) });
  for (const [owner, key] of [[el, 'SecondaryAttribute'], [payload, 'QuestionDescription']] as const) {
    const n = prop(owner, key);
    if (n?.type !== 'string') continue;
    inOriginal.push({ range: rangeOf(n), text: jsonString(file, plain(first)) });
    inCopy.push({ range: rangeOf(n), text: jsonString(file, plain(second)) });
  }
  const tag = prop(payload, 'DataExportTag');
  if (tag?.type === 'string') {
    const tags = new Set(sq.map((e) => scalar(prop(e, 'Payload'), 'DataExportTag')));
    const letter = 'bcdefghijklmnopqrstuvwxyz'.split('').find((l) => !tags.has(`${tag.value}${l}`));
    if (!letter) return undefined;
    inCopy.push({ range: rangeOf(tag), text: jsonString(file, `${tag.value}${letter}`) });
  }
  const copy = copyWith(file.text, rangeOf(el), inCopy);
  const listed = blockEntry(elements, qid);
  if (copy === undefined || !listed || !el.parent) return undefined;
  const edits: (TextEdit | undefined)[] = [
    ...inOriginal,
    insertAfterItem(file, el.parent, el, [copy]),
    insertAfterItem(file, listed.parent!, listed, [`{ "Type": "Question", "QuestionID": ${jsonString(file, newQid)} }`]),
  ];
  const count = prop(elements.find((e) => scalar(e, 'Element') === 'QC'), 'SecondaryAttribute');
  if (count?.type === 'string' && /^\d+$/.test(String(count.value))) edits.push({ range: rangeOf(count), text: jsonString(file, String(Number(count.value) + 1)) });
  // A new QID is counted from the whole file: two splits in one fix-all pass would take the same one.
  const key = el.parent.parent?.children?.[0];
  if (key) edits.push(allocationLock(file.text, rangeOf(key)));
  return edits.every((e): e is TextEdit => e !== undefined) ? edits : undefined;
}

/** The `{"Type": "Question", "QuestionID": …}` entry that lists a question in its block. */
function blockEntry(elements: Node[], qid: string): Node | undefined {
  const payload = prop(elements.find((e) => scalar(e, 'Element') === 'BL'), 'Payload');
  const blocks = payload?.type === 'array' ? items(payload) : entries(payload).map(([, v]) => v);
  for (const b of blocks) for (const be of items(prop(b, 'BlockElements'))) if (scalar(be, 'QuestionID') === qid) return be;
  return undefined;
}

/**
 * A matrix statement in two: this one keeps the first half, a copy of its choice (new id after `NextChoiceId`)
 * the second, listed in `ChoiceOrder` right after it. Not when statements have their own export tags.
 */
function splitRow(file: JsonFile, payload: Node, id: string, label: Localized, halves: Halves[]): TextEdit[] | undefined {
  const choices = prop(payload, 'Choices');
  const choice = prop(choices, id);
  const lastChoice = choices?.children?.at(-1);
  if (halves.length !== 1 || label.length !== 1 || !choice || !lastChoice || entries(prop(payload, 'ChoiceDataExportTags')).length) return undefined;
  const next = prop(payload, 'NextChoiceId');
  const newId = String(Math.max(next?.type === 'number' ? Number(next.value) : 0, maxNumber(entries(choices).map(([k]) => k)) + 1));
  const first = replaceText(label[0], halves[0][0]);
  const second = replaceText(label[0], halves[0][1]);
  const copy = second && copyWith(file.text, rangeOf(choice), [second]);
  if (!first || !copy) return undefined;
  const edits: (TextEdit | undefined)[] = [first, insertAfterItem(file, choices!, lastChoice, [`${jsonString(file, newId)}: ${copy}`])];
  const order = prop(payload, 'ChoiceOrder');
  const at = items(order).find((o) => String(o.value) === id);
  if (order) edits.push(at ? insertAfterItem(file, order, at, [at.type === 'number' ? newId : jsonString(file, newId)]) : undefined);
  if (next?.type === 'number') edits.push({ range: rangeOf(next), text: String(Number(newId) + 1) });
  return edits.every((e): e is TextEdit => e !== undefined) ? edits : undefined;
}
