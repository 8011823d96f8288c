/**
 * Qualtrics survey exports (`.qsf`, JSON): `SurveyEntry` (name, description) and `SurveyElements`, where each
 * `SQ` element's `Payload` is a question: `QuestionText` (HTML), `QuestionType` and `Selector`, `Choices` (a
 * matrix's statements), `Answers` (a matrix's scale), `RecodeValues`, `ChoiceOrder`, and `Validation.Settings.
 * ForceResponse`. Blocks (`BL`) give the page order; embedded data in the survey flow (`FL`) is what the survey
 * already knows. Descriptive text (`DB`) before any question is the intro.
 */
import { entries, items, jsonText, languagesOf, parseJsonFile, prop, rangeOf, scalar, type JsonFile, type Node } from './json-tree';
import type { Localized, QuestionType, Survey, SurveyChoice, SurveyQuestion } from './types';

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
