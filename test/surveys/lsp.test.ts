/**
 * The language server on survey files: a SurveyJS JSON and a Qualtrics .qsf opened as JSON, and a LimeSurvey
 * .lss opened as XML, get findings on the words inside their strings, with fixes that keep the file a valid
 * survey; other JSON and XML (a settings file, a .qsf that is not a survey) stay quiet.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { parseSurvey } from '../../server/engine/surveys';
import { applyWorkspaceEdit, Client, serverForFile, uriOf } from '../lsp/harness';

const FIXTURES = join(import.meta.dirname, 'fixtures');
let client: Client;
let dir: string;
serverForFile((c, d) => { client = c; dir = d; });

test('a SurveyJS survey opened as JSON: the finding is on the words in the string, and its fix is valid JSON', async () => {
  const text = readFileSync(join(FIXTURES, 'surveyjs/customer-feedback.json'), 'utf8');
  const uri = uriOf(join(dir, 'surveys', 'feedback.json'));
  await client.open(uri, 'json', text);
  const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, 1);
  const robotic = diagnostics.find((d) => d.code === 'robotic-phrasing' && d.range.start.line === 2)!;
  assert.ok(robotic, JSON.stringify(diagnostics));
  const line = text.split('\n')[2];
  assert.equal(line.slice(robotic.range.start.character, robotic.range.end.character), 'Please be advised that');
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: robotic.range, context: { diagnostics: [robotic] } });
  const fix = actions.find((a) => a.edit && /Just so you know/.test(a.title));
  assert.ok(fix, JSON.stringify(actions));
  const fixed = applyWorkspaceEdit(text, uri, fix.edit!);
  assert.match(JSON.parse(fixed).description.default, /^Just so you know,/);
});

test('Qualtrics .qsf (as JSON) and LimeSurvey .lss (as XML) are linted; a .qsf or JSON that is no survey stays quiet', async () => {
  const lss = readFileSync(join(FIXTURES, 'limesurvey/support-survey.lss'), 'utf8');
  const lssUri = uriOf(join(dir, 'support.lss'));
  await client.open(lssUri, 'xml', lss);
  const found: Diagnostic[] = await client.waitForDiagnostics(lssUri, 1);
  assert.ok(found.some((d) => d.code === 'robotic-phrasing'), JSON.stringify(found));
  assert.ok(!('error' in parseSurvey('limesurvey', lss)));
  for (const [name, languageId, text] of [
    ['settings.json', 'json', '{"description": "Please be advised that this is a setting.", "pages": []}\n'],
    ['not-a-survey.qsf', 'json', '{"description": "Please be advised that this is not a survey."}\n'],
    ['pom.xml', 'xml', '<project><description>Please be advised that this is a build.</description></project>\n'],
  ]) {
    const uri = uriOf(join(dir, name));
    await client.open(uri, languageId, text);
    const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, 1);
    assert.deepEqual(diagnostics, [], name);
  }
});

test('a survey rule\'s quick fix in the editor: splitting a Qualtrics question edits the element list, its block and the count in one go', async () => {
  const text = readFileSync(join(FIXTURES, 'fixes/csat.qsf'), 'utf8');
  const uri = uriOf(join(dir, 'csat.qsf'));
  await client.open(uri, 'json', text);
  const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, 1);
  const split = diagnostics.find((d) => d.code === 'double-barrelled' && d.range.start.line === 13)!;
  assert.ok(split, JSON.stringify(diagnostics));
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: split.range, context: { diagnostics: [split] } });
  const fix = actions.find((a) => a.edit && /^Split into two/.test(a.title));
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  const fixed = applyWorkspaceEdit(text, uri, fix.edit!);
  const survey = parseSurvey('qualtrics', fixed);
  assert.ok(!('error' in survey));
  assert.deepEqual(survey.questions.slice(0, 2).map((q) => q.id), ['Q1', 'Q1b']);
  assert.match(fixed, /"QuestionID": "QID1"\},\n {8}\{ "Type": "Question", "QuestionID": "QID5" \}/);
});
