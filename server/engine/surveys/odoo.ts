/**
 * Odoo survey data files (`addons/survey/data/survey_demo_feedback.xml` and modules' own): `survey.survey`
 * records (title, description, the completion message), `survey.question` records (title, or `question` before
 * Odoo 13; `question_type`, or `type`; pages are questions with `is_page`, or `survey.page` records before 13) and
 * their answers (`survey.question.answer`, or `survey.label` before 14), rows of a matrix pointing at it with
 * `matrix_question_id` (or `question_id_2`). Descriptions are HTML written as XML and read as HTML.
 */
import { escapeXml } from '../catalogs/xliff';
import type { TextEdit } from '../types';
import { copyWith, eolOf, freshName, indentAt, replaceText, separatorBefore } from './edits';
import { languagesOf } from './json-tree';
import { fieldText, readXmlRecords, value, type XmlRecord } from './xml-records';
import type { Halves, Localized, QuestionType, Survey, SurveyChoice, SurveyQuestion, SurveyScale } from './types';

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
    const own = answers.filter((a) => ref(a, 'question_id') === id && !ref(a, 'matrix_question_id'));
    const last = own.at(-1);
    if (last && (type === 'single' || type === 'multiple')) {
      q.addChoices = (list, language) => {
        const labels = list.map((c) => c.label[language] ?? Object.values(c.label)[0]);
        return labels.every((l): l is string => l !== undefined) ? [addAnswerRecords(text, last, id, labels)] : undefined;
      };
    }
    let rowRecords: XmlRecord[] = [];
    if (type === 'matrix') {
      // Odoo 14+: rows point at the question with matrix_question_id; before, with question_id_2.
      rowRecords = answers.filter((a) => ref(a, 'matrix_question_id') === id || ref(a, 'question_id_2') === id);
      q.rows = choicesOf(rowRecords, one);
      q.rows.forEach((row, i) => { row.split = (halves) => splitRecord(text, rowRecords[i], 'value', row.label, halves); });
    }
    const title = q.title;
    q.split = (halves) => splitQuestion(text, r, title, halves, [...own, ...rowRecords]);
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
 * New answer records right after the question's last one, of its model (`survey.question.answer`, or `survey.label`
 * before Odoo 14), indented like it, each with an id no record has and numbered after it when answers carry a
 * sequence.
 */
function addAnswerRecords(text: string, last: XmlRecord, questionId: string, labels: readonly string[]): TextEdit {
  const indent = indentAt(text, last.start);
  const firstField = /\n([ \t]*)</.exec(text.slice(last.start, last.end))?.[1];
  const inner = firstField !== undefined && firstField.length > indent.length ? firstField : `${indent}    `;
  const eol = eolOf(text);
  const sequence = Number(value(last, 'sequence'));
  const numbered = Number.isFinite(sequence) && value(last, 'sequence') !== undefined;
  const taken = (id: string) => text.includes(`id="${id}"`) || text.includes(`id='${id}'`);
  const used = new Set<string>();
  const records = labels.map((label, i) => {
    const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'answer';
    let id = `${questionId}_${slug}`;
    if (taken(id) || used.has(id)) id = freshName(id, (n) => taken(n) || used.has(n), '_');
    used.add(id);
    const lines = [
      `<record id="${id}" model="${last.table}">`,
      `${inner}<field name="question_id" ref="${questionId}"/>`,
      ...(numbered ? [`${inner}<field name="sequence">${sequence + 1 + i}</field>`] : []),
      `${inner}<field name="value">${escapeXml(label)}</field>`,
      `${indent}</record>`,
    ];
    return eol + indent + lines.join(eol);
  });
  return { range: { start: last.end, end: last.end }, text: records.join('') };
}

const REFERS_TO_QUESTION = new Set(['question_id', 'matrix_question_id', 'question_id_2']);

/** A record's source with a new id and with its references to question `from` pointing at question `to`. */
function recordCopy(text: string, r: XmlRecord, newId: string, swaps: TextEdit[], from?: string, to?: string): string | undefined {
  const open = /^<record\b[^>]*?\bid=(["'])([^"']*)\1/.exec(text.slice(r.start, r.end));
  if (!open) return undefined;
  const idStart = r.start + open[0].length - 1 - open[2].length;
  const edits: TextEdit[] = [...swaps, { range: { start: idStart, end: idStart + open[2].length }, text: newId }];
  if (from !== undefined && to !== undefined) {
    for (const m of text.slice(r.start, r.end).matchAll(/<field\b[^>]*>/g)) {
      const name = /\bname=(["'])([^"']*)\1/.exec(m[0])?.[2];
      const ref = /\bref=(["'])([^"']*)\1/.exec(m[0]);
      if (!name || !REFERS_TO_QUESTION.has(name) || ref?.[2] !== from) continue;
      const at = r.start + m.index + ref.index + ref[0].length - 1 - ref[2].length;
      edits.push({ range: { start: at, end: at + ref[2].length }, text: to });
    }
  }
  return copyWith(text, { start: r.start, end: r.end }, edits);
}

function freshRecordId(text: string, base: string): string {
  return freshName(base, (n) => text.includes(`id="${n}"`) || text.includes(`id='${n}'`), '_');
}

/**
 * A question in two: this record keeps the first half of its title; a copy with a new id follows it, and a copy of
 * each of its answers and matrix rows (new ids, pointing at the copy) follows the last of them. Odoo orders by
 * sequence and then by creation, so the copy lands right after the original, on its page.
 */
function splitQuestion(text: string, r: XmlRecord, title: Localized, halves: Halves[], answers: XmlRecord[]): TextEdit[] | undefined {
  const id = r.attribs.id;
  if (!id || halves.length !== 1 || title.length !== 1 || answers.some((a) => a.start < r.end)) return undefined;
  const first = replaceText(title[0], halves[0][0]);
  const second = replaceText(title[0], halves[0][1]);
  if (!first || !second) return undefined;
  const newId = freshRecordId(text, id);
  const copy = recordCopy(text, r, newId, [second]);
  if (copy === undefined) return undefined;
  const edits: TextEdit[] = [first, { range: { start: r.end, end: r.end }, text: separatorBefore(text, r.start) + copy }];
  if (answers.length) {
    const copies: string[] = [];
    for (const a of answers) {
      const c = a.attribs.id ? recordCopy(text, a, freshRecordId(text, a.attribs.id), [], id, newId) : undefined;
      if (c === undefined) return undefined;
      copies.push(separatorBefore(text, a.start) + c);
    }
    const end = answers[answers.length - 1].end;
    edits.push({ range: { start: end, end }, text: copies.join('') });
  }
  return edits;
}

/** A matrix row in two: this record keeps the first half of its `field`, a copy with a new id the second. */
function splitRecord(text: string, r: XmlRecord, field: string, label: Localized, halves: Halves[]): TextEdit[] | undefined {
  if (!r.attribs.id || halves.length !== 1 || label.length !== 1 || !r.fields.has(field)) return undefined;
  const first = replaceText(label[0], halves[0][0]);
  const second = replaceText(label[0], halves[0][1]);
  const copy = second && recordCopy(text, r, freshRecordId(text, r.attribs.id), [second]);
  if (!first || copy === undefined || !copy) return undefined;
  return [first, { range: { start: r.end, end: r.end }, text: separatorBefore(text, r.start) + copy }];
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
