/**
 * LimeSurvey survey structure exports (`.lss`, XML): tables of `<row>`s. Older files (DBVersion < 400) keep texts
 * in the rows themselves, one row per language; newer ones keep them in `question_l10ns`, `answer_l10ns` and
 * `group_l10ns`. Subquestions are a matrix's rows or a multiple-choice question's options; answers are the
 * choices. The welcome text, invitation email and end text are the intro and outro; token attributes and the
 * participant fields (name, email) are what the survey already knows.
 */
import { languagesOf } from './json-tree';
import { lintedLocale } from './text';
import { fieldText, readXmlRecords, value, type XmlRecord } from './xml-records';
import type { Localized, QuestionType, Survey, SurveyChoice, SurveyQuestion, SurveyScale } from './types';

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
  const table = (name: string) => rows.filter((r) => r.table === name);
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
    if (type === 'multiple' || type === 'ranking') question.choices = type === 'ranking' ? options : subs;
    else question.choices = options;
    if (type === 'matrix') question.rows = subs;
    if (SCALES[code]) question.scale = SCALES[code];
    const builtIn = { other: value(q0, 'other') === 'Y', preferNotToSay: showNoAnswer && !question.required && NO_ANSWER.has(code) };
    if (builtIn.other || builtIn.preferNotToSay) question.builtIn = builtIn;
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
