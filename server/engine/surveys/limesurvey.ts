/**
 * LimeSurvey survey structure exports (`.lss`, XML): tables of `<row>`s. Older files (DBVersion < 400) keep texts
 * in the rows themselves, one row per language; newer ones keep them in `question_l10ns`, `answer_l10ns` and
 * `group_l10ns`. Subquestions are a matrix's rows or a multiple-choice question's options; answers are the
 * choices. The welcome text, invitation email and end text are the intro and outro; token attributes and the
 * participant fields (name, email) are what the survey already knows.
 */
import { languagesOf } from './json-tree';
import { lintedLocale } from './text';
import { escapeXml } from '../catalogs/xliff';
import type { Language, TextEdit } from '../types';
import { allocationLock, copyWith, freshName, maxNumber, nextCodes, replaceText, separatorBefore } from './edits';
import { fieldText, readXmlRecords, value, type XmlRecord } from './xml-records';
import type { Halves, Localized, NewChoice, QuestionType, Survey, SurveyChoice, SurveyQuestion, SurveyScale } from './types';

const TYPES: Record<string, QuestionType> = {
  L: 'single', '!': 'single', O: 'single', G: 'single', Y: 'boolean', M: 'multiple', P: 'multiple',
  F: 'matrix', A: 'matrix', B: 'matrix', C: 'matrix', E: 'matrix', H: 'matrix', '1': 'matrix', ':': 'matrix', ';': 'matrix',
  '5': 'rating', R: 'ranking', N: 'text', S: 'text', T: 'text', U: 'text', Q: 'text', K: 'text', D: 'text',
  X: 'other', '*': 'other', '|': 'other', I: 'other',
};
/** Types LimeSurvey gives a "No answer" option when the question is optional and the survey shows it. */
const NO_ANSWER = new Set(['L', '!', 'G', 'Y', '5', 'A', 'B', 'C', 'E', 'F', 'H', '1']);
const SCALES: Record<string, SurveyScale> = { '5': { min: 1, max: 5, step: 1 }, A: { min: 1, max: 5, step: 1 }, B: { min: 1, max: 10, step: 1 } };
const PARTICIPANT_FIELDS = ['firstname', 'lastname', 'email', 'token'];

export function parseLimeSurvey(text: string): Survey | { error: string } {
  const rows = readXmlRecords(text, {
    record: (name, _a, stack) => (name === 'row' && stack.length === 3 && stack[0] === 'document' && stack[2] === 'rows' ? stack[1] : undefined),
    field: (name) => name,
  });
  if ('error' in rows) return rows;
  if (!/<LimeSurveyDocType>\s*Survey\s*</.test(text.slice(0, 4096))) return { error: 'not a LimeSurvey survey export (no <LimeSurveyDocType>Survey)' };
  // Each table read once: the fixes below look tables up per question and per matrix row.
  const tables = new Map<string, XmlRecord[]>();
  for (const r of rows) {
    const list = tables.get(r.table);
    if (list) list.push(r); else tables.set(r.table, [r]);
  }
  const table = (name: string) => tables.get(name) ?? [];
  const byKey = (list: XmlRecord[], key: string) => {
    const m = new Map<string, XmlRecord[]>();
    for (const r of list) { const k = value(r, key) ?? ''; m.set(k, [...(m.get(k) ?? []), r]); }
    return m;
  };
  const survey: Survey = { kind: 'limesurvey', intro: [], outro: [], questions: [], knownVariables: [...PARTICIPANT_FIELDS], languages: [], other: [] };
  const texts = (list: XmlRecord[] | undefined, field: string): Localized =>
    (list ?? []).filter((r) => lintedLocale(value(r, 'language') ?? value(r, 'surveyls_language'))).flatMap((r) => {
      const t = fieldText(r, field, value(r, 'language') ?? value(r, 'surveyls_language'));
      return t ? [t] : [];
    });
  const settings = table('surveys_languagesettings');
  survey.title = texts(settings, 'surveyls_title');
  for (const f of ['surveyls_description', 'surveyls_welcometext', 'surveyls_email_invite_subj', 'surveyls_email_invite']) push(survey.intro, texts(settings, f));
  push(survey.outro, texts(settings, 'surveyls_endtext'));
  const global = table('surveys')[0];
  // An anonymized survey keeps answers apart from the participant table: it does not know who is answering, so
  // asking for an email there is no known answer (and the token attributes are not joined to the answers either).
  if (value(global, 'anonymized') === 'Y') survey.knownVariables.length = 0;
  else survey.knownVariables.push(...tokenAttributes(value(global, 'attributedescriptions')));
  const showNoAnswer = value(global, 'shownoanswer') !== 'N';

  const l10n = byKey(table('question_l10ns'), 'qid');
  const answerL10n = byKey(table('answer_l10ns'), 'aid');
  const groups = [...byKey([...table('groups'), ...table('group_l10ns')], 'gid').entries()];
  groups.sort((a, b) => Number(value(a[1].find((r) => value(r, 'group_order')), 'group_order') ?? 0) - Number(value(b[1].find((r) => value(r, 'group_order')), 'group_order') ?? 0));
  for (const [, g] of groups) {
    push(survey.other!, texts(g, 'group_name'));
    push(survey.other!, texts(g, 'description'));
  }
  const pageOf = (gid: string | undefined) => Math.max(0, groups.findIndex(([id]) => id === gid));
  const answers = byKey(table('answers'), 'qid');
  const subquestions = byKey(table('subquestions'), 'parent_qid');
  // Old exports keep subquestions in `questions` with a parent_qid.
  const all = table('questions');
  for (const r of all) if ((value(r, 'parent_qid') ?? '0') !== '0') subquestions.set(value(r, 'parent_qid')!, [...(subquestions.get(value(r, 'parent_qid')!) ?? []), r]);
  const questions = byKey(all.filter((r) => (value(r, 'parent_qid') ?? '0') === '0'), 'qid');
  const localizedOf = (rows: XmlRecord[], field: string, idKey: string, l10nMap: Map<string, XmlRecord[]>) =>
    texts(rows.some((r) => r.fields.has(field)) ? rows : rows.flatMap((r) => l10nMap.get(value(r, idKey) ?? '') ?? []), field);

  for (const [qid, qRows] of questions) {
    const q0 = qRows[0];
    const code = value(q0, 'type') ?? '';
    const type = TYPES[code] ?? 'other';
    const question: SurveyQuestion = {
      id: value(q0, 'title') ?? qid, type, title: localizedOf(qRows, 'question', 'qid', l10n), page: pageOf(value(q0, 'gid')),
      range: { start: q0.start, end: q0.end }, choices: [], required: value(q0, 'mandatory') === 'Y',
    };
    const help = localizedOf(qRows, 'help', 'qid', l10n);
    if (help.length) question.description = help;
    const options = choicesOf(answers.get(qid) ?? [], 'code', 'answer', 'aid', answerL10n, texts);
    const subs = choicesOf(subquestions.get(qid) ?? [], 'title', 'question', 'qid', l10n, texts);
    // Ranking items are answers; LimeSurvey's newer ranking theme keeps them as subquestions instead.
    if (type === 'multiple' || type === 'ranking') question.choices = type === 'ranking' && options.length ? options : subs;
    else question.choices = options;
    const fromSubquestions = type === 'multiple';
    const optionRows = (fromSubquestions ? subquestions.get(qid) : answers.get(qid))?.filter((r) => (value(r, 'scale_id') ?? '0') === '0') ?? [];
    if (question.choices.length && optionRows.length && type !== 'text' && type !== 'other') {
      const kind: OptionKind = fromSubquestions
        ? { idField: 'qid', codeField: 'title', orderField: 'question_order', textField: 'question', ids: [...all, ...table('subquestions')], l10n: l10n, l10nTable: table('question_l10ns'), maxCode: 20 }
        : { idField: 'aid', codeField: 'code', orderField: 'sortorder', textField: 'answer', ids: table('answers'), l10n: answerL10n, l10nTable: table('answer_l10ns'), maxCode: 5 };
      const allOptions = (fromSubquestions ? subquestions.get(qid) : answers.get(qid)) ?? [];
      question.addChoices = (list, language) => addOptions(text, optionRows, allOptions, kind, list, language);
    }
    if (type === 'matrix') {
      question.rows = subs;
      // Each row in two: a copy of its subquestion rows (and l10n rows) with the next code, right after it.
      const siblings = (subquestions.get(qid) ?? []).filter((r) => (value(r, 'scale_id') ?? '0') === '0');
      for (const row of subs) {
        const rowRecords = siblings.filter((r) => value(r, 'title') === row.value);
        const rowQid = value(rowRecords[0], 'qid') ?? '';
        const parts: SplitParts = {
          qRows: rowRecords, l10nRows: l10n.get(rowQid) ?? [], answerRows: [], answerL10n: new Map(), attributeRows: [],
          questions: [...all, ...table('subquestions')], questionL10n: table('question_l10ns'), answers: table('answers'),
          answerL10nTable: table('answer_l10ns'), attributes: table('question_attributes'), siblings,
        };
        if (rowRecords.length) row.split = (halves) => splitQuestion(text, parts, row.label, halves);
      }
    }
    if (SCALES[code]) question.scale = SCALES[code];
    const builtIn = { other: value(q0, 'other') === 'Y', preferNotToSay: showNoAnswer && !question.required && NO_ANSWER.has(code) };
    if (builtIn.other || builtIn.preferNotToSay) question.builtIn = builtIn;
    if (!subs.length && !all.some((r) => value(r, 'parent_qid') === qid) && !table('conditions').some((r) => value(r, 'qid') === qid)) {
      const title = question.title;
      const parts: SplitParts = {
        qRows, l10nRows: l10n.get(qid) ?? [], answerRows: answers.get(qid) ?? [], answerL10n,
        attributeRows: table('question_attributes').filter((r) => value(r, 'qid') === qid),
        questions: [...all, ...table('subquestions')], questionL10n: table('question_l10ns'), answers: table('answers'),
        answerL10nTable: table('answer_l10ns'), attributes: table('question_attributes'),
      };
      question.split = (halves) => splitQuestion(text, parts, title, halves);
    }
    survey.questions.push(question);
  }
  survey.questions.sort((a, b) => a.page - b.page || a.range.start - b.range.start);
  survey.languages = languagesOf([survey.title, ...survey.questions.map((q) => q.title)]);
  return survey;
}

function push(list: Localized[], l: Localized): void {
  if (l.length) list.push(l);
}

/** One choice per code (rows repeat per language in old exports), scale 0 only (scale 1 is a dual array's second). */
function choicesOf(rows: XmlRecord[], codeField: string, textField: string, idField: string, l10n: Map<string, XmlRecord[]>, texts: (l: XmlRecord[] | undefined, f: string) => Localized): SurveyChoice[] {
  const byCode = new Map<string, XmlRecord[]>();
  for (const r of rows) {
    if ((value(r, 'scale_id') ?? '0') !== '0') continue;
    const code = value(r, codeField) ?? '';
    byCode.set(code, [...(byCode.get(code) ?? []), r]);
  }
  const order = (list: XmlRecord[]) => Number(value(list[0], 'sortorder') ?? value(list[0], 'question_order') ?? 0);
  return [...byCode.entries()].sort((a, b) => order(a[1]) - order(b[1])).map(([code, list]) => ({
    value: code,
    label: list.some((r) => r.fields.has(textField)) ? texts(list, textField) : texts(list.flatMap((r) => l10n.get(value(r, idField) ?? '') ?? []), textField),
    range: { start: list[0].start, end: list[0].end },
  }));
}

/** Token attribute names (`attribute_1`) and their descriptions ("Order number"), from JSON or PHP-serialized data. */
function tokenAttributes(raw: string | undefined): string[] {
  if (!raw) return [];
  const out = new Set<string>();
  for (const m of raw.matchAll(/"?(attribute_\d+)"?/g)) out.add(m[1]);
  for (const m of raw.matchAll(/"description"\s*(?::|;s:\d+:)\s*"([^"]+)"/g)) out.add(m[1]);
  return [...out];
}

/** Where a question's options live: answers (`aid`, `code`, `sortorder`) or subquestions (`qid`, `title`, `question_order`). */
interface OptionKind {
  idField: 'aid' | 'qid';
  codeField: 'code' | 'title';
  orderField: 'sortorder' | 'question_order';
  textField: 'answer' | 'question';
  /** Every row holding an id of this kind: a new id comes after all of them. */
  ids: XmlRecord[];
  /** The l10n rows of an option, by its id (LimeSurvey 4+), and the whole l10n table (for its own `id`s). */
  l10n: Map<string, XmlRecord[]>;
  l10nTable: XmlRecord[];
  /** The longest code LimeSurvey takes for this kind. */
  maxCode: number;
}

/** A field's new content, written as the field is (CDATA kept, else escaped); undefined for a field the row lacks. */
function fieldEdit(r: XmlRecord, name: string, content: string): TextEdit | undefined {
  const f = r.fields.get(name);
  if (!f || f.end < f.start) return undefined;
  if (f.cdata && content.includes(']]>')) return undefined;
  return { range: { start: f.start, end: f.end }, text: f.cdata ? `<![CDATA[${content}]]>` : escapeXml(content) };
}

/** A row's source with some fields given new content (the ones it has). */
function rowCopy(text: string, r: XmlRecord, fields: Record<string, string>): string | undefined {
  const edits = Object.entries(fields).flatMap(([name, content]) => { const e = fieldEdit(r, name, content); return e ? [e] : []; });
  return copyWith(text, r, edits);
}

/**
 * New options after a question's last one, as LimeSurvey exports them: a copy of the last option's row (one per
 * language in exports before LimeSurvey 4) with the next code (`A4` after `A3`, `SQ004` after `SQ003`), the next
 * sort order and a new id, and (LimeSurvey 4+) a copy of each of its l10n rows with a new id and the label in that
 * row's language. Ids are counted over the whole file, so the fix also carries a lock (see allocationLock).
 */
function addOptions(text: string, optionRows: XmlRecord[], allOptions: XmlRecord[], kind: OptionKind, list: readonly NewChoice[], language: Language): TextEdit[] | undefined {
  if (!list.length) return undefined;
  const order = (r: XmlRecord) => Number(value(r, kind.orderField) ?? 0);
  const lastCode = value([...optionRows].sort((a, b) => order(a) - order(b)).at(-1), kind.codeField);
  const sources = optionRows.filter((r) => value(r, kind.codeField) === lastCode);
  const codes = nextCodes([...new Set(allOptions.map((r) => value(r, kind.codeField) ?? ''))], list.length, kind.codeField === 'code' ? 'A' : 'SQ');
  if (!sources.length || codes.some((c) => c.length > kind.maxCode)) return undefined;
  const maxOrder = maxNumber(optionRows.map((r) => value(r, kind.orderField)));
  let nextId = maxNumber(kind.ids.map((r) => value(r, kind.idField))) + 1;
  let nextL10nId = maxNumber(kind.l10nTable.map((r) => value(r, 'id'))) + 1;
  const labelFor = (r: XmlRecord, c: NewChoice) => {
    const lang = (value(r, 'language') ?? '').toLowerCase().split(/[-_]/)[0];
    return c.label[lang as Language] ?? c.label[language] ?? Object.values(c.label)[0];
  };
  const inserts = new Map<XmlRecord, string[]>();
  const add = (after: XmlRecord, copy: string | undefined) => {
    if (copy === undefined) return false;
    inserts.set(after, [...(inserts.get(after) ?? []), separatorBefore(text, after.start) + copy]);
    return true;
  };
  const sourceId = value(sources[0], kind.idField);
  for (const [k, choice] of list.entries()) {
    const id = String(nextId++);
    for (const r of sources) {
      const fields: Record<string, string> = { [kind.codeField]: codes[k], [kind.orderField]: String(maxOrder + 1 + k) };
      if (r.fields.has(kind.idField)) fields[kind.idField] = id;
      if (r.fields.has('assessment_value')) fields.assessment_value = '0';
      if (r.fields.has(kind.textField)) {
        const label = labelFor(r, choice);
        if (label === undefined) return undefined;
        fields[kind.textField] = label;
      }
      if (!add(r, rowCopy(text, r, fields))) return undefined;
    }
    if (sources.some((r) => r.fields.has(kind.textField))) continue;
    const l10nRows = kind.l10n.get(sourceId ?? '') ?? [];
    if (!l10nRows.length) return undefined;
    for (const r of l10nRows) {
      const label = labelFor(r, choice);
      if (label === undefined || !add(r, rowCopy(text, r, { id: String(nextL10nId++), [kind.idField]: id, [kind.textField]: label }))) return undefined;
    }
  }
  const edits: TextEdit[] = [...inserts.entries()].map(([r, copies]) => ({ range: { start: r.end, end: r.end }, text: copies.join('') }));
  const lock = /<DBVersion>[^<]*<\/DBVersion>|<LimeSurveyDocType>[^<]*<\/LimeSurveyDocType>/.exec(text);
  if (lock) edits.push(allocationLock(text, { start: lock.index, end: lock.index + lock[0].length }));
  return edits;
}

/** The rows that make up one question and the tables its new ids are counted in. */
interface SplitParts {
  qRows: XmlRecord[];
  l10nRows: XmlRecord[];
  answerRows: XmlRecord[];
  answerL10n: Map<string, XmlRecord[]>;
  attributeRows: XmlRecord[];
  questions: XmlRecord[];
  questionL10n: XmlRecord[];
  answers: XmlRecord[];
  answerL10nTable: XmlRecord[];
  attributes: XmlRecord[];
  /**
   * A matrix row (a subquestion): the other rows of its question, whose order moves down one and whose codes the
   * new one follows (`SQ004` after `SQ003`). Undefined for a question (the group's questions move down instead).
   */
  siblings?: XmlRecord[];
}

/**
 * A question in two, as LimeSurvey would copy it: the question's rows (one per language before LimeSurvey 4), its
 * l10n rows, answers (with their l10n rows) and attributes are copied with a new qid, a new code (`price2`) and the
 * second half of each language's text, placed right after the original in its group (later questions move down
 * one). Only a question without subquestions or conditions: those would need copies with ids of their own.
 */
function splitQuestion(text: string, p: SplitParts, title: Localized, halves: Halves[]): TextEdit[] | undefined {
  const q0 = p.qRows[0];
  const qid = value(q0, 'qid');
  const code = value(q0, 'title');
  const gid = value(q0, 'gid');
  if (!qid || !code || halves.length !== title.length) return undefined;
  // Each text row (question rows before LimeSurvey 4, l10n rows after) and the half it gets.
  const textRows = p.qRows.some((r) => r.fields.has('question')) ? p.qRows : p.l10nRows;
  const halfOf = new Map<XmlRecord, Halves>();
  const originals: TextEdit[] = [];
  for (const r of textRows) {
    const f = r.fields.get('question');
    const i = title.findIndex((t) => f && t.starts[0] >= f.start && t.starts[0] <= f.end);
    if (i < 0) return undefined; // a language Warmly does not read: its text would go on asking both things
    halfOf.set(r, halves[i]);
    const e = replaceText(title[i], halves[i][0]);
    if (!e) return undefined;
    originals.push(e);
  }
  const newQid = String(maxNumber(p.questions.map((r) => value(r, 'qid'))) + 1);
  const codes = new Set(p.questions.map((r) => value(r, 'title')));
  const newCode = p.siblings
    ? nextCodes([...new Set(p.siblings.map((r) => value(r, 'title') ?? ''))], 1, 'SQ')[0]
    : freshName(code, (c) => codes.has(c));
  const order = Number(value(q0, 'question_order') ?? 0);
  const inserts = new Map<XmlRecord, string[]>();
  const add = (after: XmlRecord, copy: string | undefined) => {
    if (copy === undefined) return false;
    inserts.set(after, [...(inserts.get(after) ?? []), separatorBefore(text, after.start) + copy]);
    return true;
  };
  const edits: TextEdit[] = [...originals];
  // Later questions of the group move down one, so the copy sits right after the original.
  for (const r of p.siblings ?? p.questions) {
    if (value(r, 'qid') === qid || (!p.siblings && (value(r, 'gid') !== gid || (value(r, 'parent_qid') ?? '0') !== '0'))) continue;
    const o = Number(value(r, 'question_order'));
    const e = o > order ? fieldEdit(r, 'question_order', String(o + 1)) : undefined;
    if (e) edits.push(e);
  }
  for (const r of p.qRows) {
    const fields: Record<string, string> = { qid: newQid, title: newCode, question_order: String(order + 1) };
    if (halfOf.has(r)) fields.question = halfOf.get(r)![1];
    if (!add(r, rowCopy(text, r, fields))) return undefined;
  }
  let l10nId = maxNumber(p.questionL10n.map((r) => value(r, 'id'))) + 1;
  for (const r of p.l10nRows) {
    const half = halfOf.get(r);
    if (!half || !add(r, rowCopy(text, r, { id: String(l10nId++), qid: newQid, question: half[1] }))) return undefined;
  }
  let aid = maxNumber(p.answers.map((r) => value(r, 'aid'))) + 1;
  let answerL10nId = maxNumber(p.answerL10nTable.map((r) => value(r, 'id'))) + 1;
  for (const r of p.answerRows) {
    const oldAid = value(r, 'aid');
    const newAid = String(aid++);
    if (!add(r, rowCopy(text, r, r.fields.has('aid') ? { qid: newQid, aid: newAid } : { qid: newQid }))) return undefined;
    for (const l of oldAid ? p.answerL10n.get(oldAid) ?? [] : []) if (!add(l, rowCopy(text, l, { id: String(answerL10nId++), aid: newAid }))) return undefined;
  }
  let qaid = maxNumber(p.attributes.map((r) => value(r, 'qaid'))) + 1;
  for (const r of p.attributeRows) if (!add(r, rowCopy(text, r, r.fields.has('qaid') ? { qid: newQid, qaid: String(qaid++) } : { qid: newQid }))) return undefined;
  for (const [r, copies] of inserts) edits.push({ range: { start: r.end, end: r.end }, text: copies.join('') });
  const lock = /<DBVersion>[^<]*<\/DBVersion>|<LimeSurveyDocType>[^<]*<\/LimeSurveyDocType>/.exec(text);
  if (lock) edits.push(allocationLock(text, { start: lock.index, end: lock.index + lock[0].length }));
  return edits;
}
