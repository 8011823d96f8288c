/**
 * Typeform form definitions and exports (JSON, as the Create API returns them): `fields[]` with `title`, `type`
 * and `properties` (`description`, `choices[].label`, `steps`/`start_at_one` for scales, `labels` for the ends,
 * nested `fields` in groups), `validations.required`, `welcome_screens`/`thankyou_screens`, and `hidden` fields
 * (the survey link's parameters: what the form already knows).
 */
import type { TextEdit } from '../types';
import { copyWith, freshName, replaceText } from './edits';
import { items, jsonText, languagesOf, parseJsonFile, prop, rangeOf, scalar, flag, num, insertAfterItem, jsonString, type JsonFile, type Node } from './json-tree';
import type { Halves, Localized, QuestionType, Survey, SurveyQuestion } from './types';

const TYPES: Record<string, QuestionType> = {
  multiple_choice: 'single', dropdown: 'single', picture_choice: 'single', yes_no: 'boolean', legal: 'boolean',
  opinion_scale: 'rating', rating: 'rating', nps: 'nps', ranking: 'ranking', matrix: 'matrix',
  short_text: 'text', long_text: 'text', email: 'text', number: 'text', phone_number: 'text', website: 'text', date: 'text',
  statement: 'other', file_upload: 'other', payment: 'other', contact_info: 'text', address: 'text',
};

export function parseTypeform(text: string): Survey | { error: string } {
  const file = parseJsonFile(text);
  if ('error' in file) return file;
  if (prop(file.root, 'fields')?.type !== 'array') return { error: 'not a Typeform form (no fields list)' };
  const survey: Survey = { kind: 'typeform', intro: [], outro: [], questions: [], knownVariables: [], languages: [], other: [] };
  const one = (n: Node | undefined): Localized => { const t = jsonText(file, n); return t ? [t] : []; };
  survey.title = one(prop(file.root, 'title'));
  for (const s of items(prop(file.root, 'welcome_screens'))) { push(survey.intro, one(prop(s, 'title'))); push(survey.intro, one(prop(prop(s, 'properties'), 'description'))); }
  for (const s of items(prop(file.root, 'thankyou_screens'))) { push(survey.outro, one(prop(s, 'title'))); push(survey.outro, one(prop(prop(s, 'properties'), 'description'))); }
  for (const h of items(prop(file.root, 'hidden'))) if (typeof h.value === 'string') survey.knownVariables.push(h.value);
  for (const v of items(prop(prop(file.root, 'variables'), 'keys'))) if (typeof v.value === 'string') survey.knownVariables.push(v.value);
  const visit = (fields: Node[]) => {
    for (const f of fields) {
      const type = scalar(f, 'type') ?? '';
      const props = prop(f, 'properties');
      if (type === 'group' || type === 'inline_group') { push(survey.other!, one(prop(f, 'title'))); visit(items(prop(props, 'fields'))); continue; }
      if (type === 'statement') { push(survey.questions.length ? survey.other! : survey.intro, one(prop(f, 'title'))); continue; }
      survey.questions.push(question(file, f, type, props, one));
    }
  };
  visit(items(prop(file.root, 'fields')));
  survey.languages = languagesOf([survey.title, ...survey.questions.map((q) => q.title)]);
  return survey;
}

function push(list: Localized[], l: Localized): void {
  if (l.length) list.push(l);
}

function question(file: JsonFile, f: Node, type: string, props: Node | undefined, one: (n: Node | undefined) => Localized): SurveyQuestion {
  const choicesNode = prop(props, 'choices');
  const q: SurveyQuestion = {
    id: scalar(f, 'ref') ?? scalar(f, 'id') ?? '', type: TYPES[type] ?? 'other', title: one(prop(f, 'title')), page: 0, range: rangeOf(f),
    choices: items(choicesNode).map((c) => ({ label: one(prop(c, 'label')), value: scalar(c, 'ref') ?? scalar(c, 'id'), range: rangeOf(c) })),
    required: flag(prop(f, 'validations'), 'required'),
  };
  if (type === 'multiple_choice' && flag(props, 'allow_multiple_selection')) q.type = 'multiple';
  const description = one(prop(props, 'description'));
  if (description.length) q.description = description;
  if (flag(props, 'allow_other_choice')) q.builtIn = { other: true };
  if (type === 'opinion_scale' || type === 'rating' || type === 'nps') {
    const steps = num(props, 'steps') ?? (type === 'nps' ? 11 : type === 'rating' ? 5 : 11);
    const min = type === 'rating' || flag(props, 'start_at_one') ? 1 : 0;
    q.scale = { min, max: min + steps - 1, step: 1 };
    const labels = prop(props, 'labels');
    const left = one(prop(labels, 'left'));
    const right = one(prop(labels, 'right'));
    if (left.length) q.scale.minLabel = left;
    if (right.length) q.scale.maxLabel = right;
    if (q.scale.min === 0 && q.scale.max === 10) q.type = 'nps';
  }
  if (choicesNode?.type === 'array') {
    q.addChoices = (list, language) => {
      const labels = list.map((c) => c.label[language] ?? Object.values(c.label)[0]);
      if (!labels.every((l): l is string => l !== undefined)) return undefined;
      const last = items(choicesNode).at(-1);
      const edit = last && insertAfterItem(file, choicesNode, last, labels.map((l) => `{ "label": ${jsonString(file, l)} }`));
      return edit ? [edit] : undefined;
    };
  }
  q.split = (halves) => splitField(file, f, q.title, halves);
  return q;
}

/**
 * Two fields from one: this one keeps the first half of the title, a copy right after it (type, choices,
 * validations) asks the second. The copy has no `id`s (Typeform gives new fields and choices their own) and a
 * `ref` no other field has, so logic and webhooks that name the first field keep naming only it.
 */
function splitField(file: JsonFile, f: Node, title: Localized, halves: Halves[]): TextEdit[] | undefined {
  if (halves.length !== 1 || title.length !== 1 || f.parent?.type !== 'array') return undefined;
  const first = replaceText(title[0], halves[0][0]);
  const second = replaceText(title[0], halves[0][1]);
  if (!first || !second) return undefined;
  const inside: TextEdit[] = [second];
  const drop = (owner: Node | undefined, key: string) => { const p = prop(owner, key)?.parent; const r = p && removal(p); if (r) inside.push({ range: r, text: '' }); };
  drop(f, 'id');
  for (const c of items(prop(prop(f, 'properties'), 'choices'))) { drop(c, 'id'); drop(c, 'ref'); }
  const ref = prop(f, 'ref');
  if (ref?.type === 'string') inside.push({ range: rangeOf(ref), text: jsonString(file, freshName(String(ref.value), (r) => file.text.includes(jsonString(file, r)), '_')) });
  const copy = copyWith(file.text, rangeOf(f), inside);
  const insert = copy !== undefined ? insertAfterItem(file, f.parent, f, [copy]) : undefined;
  return insert ? [first, insert] : undefined;
}

/** The text a property takes in its object, with the comma that joins it to a neighbour. */
function removal(property: Node): { start: number; end: number } | undefined {
  const siblings = property.parent?.children ?? [];
  const i = siblings.indexOf(property);
  if (i < 0 || siblings.length < 2) return undefined;
  const next = siblings[i + 1];
  if (next) return { start: property.offset, end: next.offset };
  const prev = siblings[i - 1];
  return { start: prev.offset + prev.length, end: property.offset + property.length };
}
