/**
 * Odoo survey data files (`addons/survey/data/survey_demo_feedback.xml` and modules' own): `survey.survey`
 * records (title, description, the completion message), `survey.question` records (title, or `question` before
 * Odoo 13; `question_type`, or `type`; pages are questions with `is_page`, or `survey.page` records before 13) and
 * their answers (`survey.question.answer`, or `survey.label` before 14), rows of a matrix pointing at it with
 * `matrix_question_id` (or `question_id_2`). Descriptions are HTML written as XML and read as HTML.
 */
import { escapeXml } from '../catalogs/xliff';
import type { TextEdit } from '../types';
import { languagesOf } from './json-tree';
import { fieldText, readXmlRecords, value, type XmlRecord } from './xml-records';
import type { Localized, QuestionType, Survey, SurveyChoice, SurveyQuestion, SurveyScale } from './types';

const MODELS = new Set(['survey.survey', 'survey.question', 'survey.page', 'survey.question.answer', 'survey.label']);
const TYPES: Record<string, QuestionType> = {
  simple_choice: 'single', multiple_choice: 'multiple', matrix: 'matrix', scale: 'rating',
  text_box: 'text', char_box: 'text', numerical_box: 'text', date: 'text', datetime: 'text', free_text: 'text', textbox: 'text',
};

export function parseOdooSurvey(text: string): Survey | { error: string } {
  const records = readXmlRecords(text, {
    record: (name, a) => (name === 'record' && MODELS.has(a.model ?? '') ? a.model : undefined),
    field: (name, a) => (name === 'field' ? a.name : undefined),
  });
  if ('error' in records) return records;
  const survey: Survey = { kind: 'odoo', intro: [], outro: [], questions: [], knownVariables: [], languages: [], other: [] };
  const one = (r: XmlRecord, f: string): Localized => { const t = fieldText(r, f); return t ? [t] : []; };
  const ref = (r: XmlRecord, f: string) => r.fields.get(f)?.attribs.ref;
  const evalTrue = (r: XmlRecord, f: string) => /^(?:True|1)$/.test(r.fields.get(f)?.attribs.eval ?? value(r, f) ?? '');
  for (const r of records.filter((x) => x.table === 'survey.survey')) {
    if (!survey.title?.length) survey.title = one(r, 'title');
    push(survey.intro, one(r, 'description'));
    for (const f of ['description_done', 'thank_you_message']) push(survey.outro, one(r, f));
  }
  const answers = records.filter((x) => x.table === 'survey.question.answer' || x.table === 'survey.label');
  const oldPages = new Map(records.filter((x) => x.table === 'survey.page').map((r, i) => [r.attribs.id, i]));
  for (const r of records.filter((x) => x.table === 'survey.page')) { push(survey.other!, one(r, 'title')); push(survey.other!, one(r, 'description')); }
  let page = -1;
  const ordered = records.filter((x) => x.table === 'survey.question');
  for (const r of ordered) {
    if (evalTrue(r, 'is_page')) {
      page++;
      push(survey.other!, one(r, 'title'));
      push(page === 0 ? survey.intro : survey.other!, one(r, 'description'));
      continue;
    }
    const id = r.attribs.id ?? '';
    const type = TYPES[value(r, 'question_type') ?? value(r, 'type') ?? ''] ?? 'other';
    const q: SurveyQuestion = {
      id, type, title: r.fields.has('title') ? one(r, 'title') : one(r, 'question'), range: { start: r.start, end: r.end },
      page: oldPages.get(ref(r, 'page_id') ?? '') ?? Math.max(0, page), required: evalTrue(r, 'constr_mandatory'),
      choices: choicesOf(answers.filter((a) => ref(a, 'question_id') === id && !ref(a, 'matrix_question_id')), one),
    };
    const description = one(r, 'description');
    if (description.length) q.description = description;
    const last = answers.filter((a) => ref(a, 'question_id') === id && !ref(a, 'matrix_question_id')).at(-1);
    if (last && (type === 'single' || type === 'multiple')) q.addChoice = (label) => addAnswerRecord(text, last, id, label);
    if (type === 'matrix') {
      // Odoo 14+: rows point at the question with matrix_question_id; before, with question_id_2.
      q.rows = choicesOf(answers.filter((a) => ref(a, 'matrix_question_id') === id || ref(a, 'question_id_2') === id), one);
    }
    if (type === 'rating') q.scale = scaleOf(r);
    if (evalTrue(r, 'comments_allowed') && evalTrue(r, 'comment_count_as_answer')) q.builtIn = { other: true };
    survey.questions.push(q);
  }
  survey.languages = languagesOf([survey.title ?? [], ...survey.questions.map((q) => q.title)]);
  return survey;
}

function push(list: Localized[], l: Localized): void {
  if (l.length) list.push(l);
}

/**
 * A new `survey.question.answer` record right after the question's last one, indented like it, numbered after
 * it when the answers carry a sequence.
 */
function addAnswerRecord(text: string, last: XmlRecord, questionId: string, label: string): TextEdit {
  const lineStart = text.lastIndexOf('\n', last.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const firstField = /\n([ \t]*)</.exec(text.slice(last.start, last.end))?.[1];
  const inner = firstField !== undefined && firstField.length > indent.length ? firstField : `${indent}    `;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'answer';
  const sequence = Number(value(last, 'sequence'));
  const lines = [
    `<record id="${questionId}_${slug}" model="survey.question.answer">`,
    `${inner}<field name="question_id" ref="${questionId}"/>`,
    ...(Number.isFinite(sequence) && value(last, 'sequence') !== undefined ? [`${inner}<field name="sequence">${sequence + 1}</field>`] : []),
    `${inner}<field name="value">${escapeXml(label)}</field>`,
    `${indent}</record>`,
  ];
  return { range: { start: last.end, end: last.end }, text: eol + indent + lines.join(eol) };
}

function choicesOf(records: XmlRecord[], one: (r: XmlRecord, f: string) => Localized): SurveyChoice[] {
  return records.map((a) => ({ label: one(a, 'value'), value: a.attribs.id, range: { start: a.start, end: a.end } }));
}

function scaleOf(r: XmlRecord): SurveyScale {
  const n = (f: string, d: number) => Number(value(r, f) ?? r.fields.get(f)?.attribs.eval ?? d);
  const scale: SurveyScale = { min: n('scale_min', 0), max: n('scale_max', 10), step: 1 };
  const minLabel = fieldText(r, 'scale_min_label');
  const maxLabel = fieldText(r, 'scale_max_label');
  if (minLabel) scale.minLabel = [minLabel];
  if (maxLabel) scale.maxLabel = [maxLabel];
  return scale;
}
