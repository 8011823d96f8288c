/**
 * The CLI as a process on a folder of survey files: `warmly lint .` finds the SurveyJS, Typeform, Qualtrics,
 * LimeSurvey and Odoo surveys by content (and no other JSON or XML), reports findings at the line of the words
 * in the file, gives a broken survey one clear error, and --fix writes files that still parse.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, test } from 'node:test';
import { parseSurvey } from '../../server/engine/surveys';
import { surveyKindOf } from '../../server/engine';
import { filesUnder } from '../helpers/fixture-files';
import { ensureBuilt, project, warmly } from '../cli/helpers';

before(ensureBuilt);

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NOT_SURVEYS = {
  'package.json': '{"name": "shop", "description": "Please be advised that this is a package."}\n',
  'pom.xml': '<project><description>Please be advised that this is a build.</description></project>\n',
  'data/fields.json': '{"fields": [{"name": "a", "type": "string", "title": "Please be advised that"}]}\n',
};

test('warmly lint . finds every survey file by content, and no other JSON or XML', () => {
  const dir = project({ ...filesUnder(FIXTURES), ...NOT_SURVEYS });
  const r = warmly(['lint', '.', '--format', 'json'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr); // the fixtures' findings are warnings
  const reports = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
  assert.deepEqual(reports.map((x) => relative(dir, x.filePath)).sort(), Object.keys(filesUnder(FIXTURES)).sort());
  const lss = reports.find((x) => x.filePath.endsWith('support-survey.lss'))!;
  const robotic = lss.messages.find((m) => m.ruleId === 'robotic-phrasing')!;
  const lines = readFileSync(join(FIXTURES, 'limesurvey/support-survey.lss'), 'utf8').split('\n');
  assert.match(lines[robotic.line - 1].slice(robotic.column - 1), /^Kindly be informed that/);
});

test('a broken survey: one error line naming the file, the format and the place', () => {
  const dir = project({ 'survey.json': '{"pages": [{"elements": [{"type": "rating", "name": "nps",}]}\n' });
  const r = warmly(['lint', '.'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /^survey\.json$/m);
  assert.match(r.stdout, /error\s+This SurveyJS survey does not parse \(CloseBracketExpected at line \d\), so Warmly did not lint its questions\.\s+survey-syntax/);
});

test('--fix on the survey folder writes files that still parse as the same surveys', () => {
  const files = filesUnder(FIXTURES);
  const dir = project(files);
  const r = warmly(['lint', '.', '--fix'], { cwd: dir });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  let changed = 0;
  for (const name of Object.keys(files)) {
    const after = readFileSync(join(dir, name), 'utf8');
    if (after === files[name]) continue;
    changed++;
    const kind = surveyKindOf(name, after);
    if (kind) {
      const s = parseSurvey(kind, after);
      assert.ok(!('error' in s), `${name} still parses after --fix`);
    }
  }
  assert.ok(changed >= 3, `some surveys were fixed (${changed})`);
});

/**
 * The "done when", end to end: a folder of SurveyJS, Qualtrics, LimeSurvey, Odoo and Typeform surveys and
 * two HTML emails with a 0–10 row, linted by the CLI in every output format. Each format carries the same findings
 * at the same places, Persian ones included (a double-barrelled «قیمت و ارسال» in a LimeSurvey CDATA section and
 * in a SurveyJS localized title, a leading question over a Persian NPS row).
 */
test('every CLI format: survey findings in English and Persian, each at the words it is about', () => {
  const files: Record<string, string> = {};
  for (const [name, text] of Object.entries(filesUnder(FIXTURES))) if (/^(?:fixes\/|html\/nps-email)/.test(name)) files[name] = text;
  const dir = project(files);
  const expected = [
    { file: 'fixes/order.lss', line: 75, column: 82, ruleId: 'double-barrelled', words: 'قیمت و ارسال' },
    { file: 'fixes/order.lss', line: 74, column: 105, ruleId: 'double-barrelled', words: 'price and delivery' },
    { file: 'fixes/feedback.json', line: 10, column: 102, ruleId: 'double-barrelled', words: 'قیمت و ارسال' },
    { file: 'fixes/csat.qsf', line: 19, column: 24, ruleId: 'no-opt-out', words: 'What is your annual income?' },
    { file: 'fixes/survey_order.xml', line: 42, column: 33, ruleId: 'no-opt-out', words: 'What is your annual income?' },
    { file: 'html/nps-email-fa.html', line: 5, column: 4, ruleId: 'leading-question', words: 'چقدر از خرید خود لذت بردید؟' },
  ];
  for (const e of expected) {
    const line = files[e.file].split('\n')[e.line - 1];
    assert.equal(line.slice(e.column - 1, e.column - 1 + e.words.length), e.words, `${e.file}:${e.line}:${e.column} is on the words`);
  }
  const run = (format: string) => {
    const r = warmly(['lint', '.', '--format', format], { cwd: dir });
    assert.ok(r.status === 0 || r.status === 1, `${format}: ${r.stderr}`);
    return r.stdout;
  };
  const json = JSON.parse(run('json')) as { filePath: string; messages: { ruleId: string; line: number; column: number; message: string }[] }[];
  const sarif = JSON.parse(run('sarif')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
  const outputs = { stylish: run('stylish'), github: run('github'), junit: run('junit'), html: run('html') };
  for (const e of expected) {
    const at = `${e.file}:${e.line}:${e.column} ${e.ruleId}`;
    assert.ok(json.some((f) => relative(dir, f.filePath) === e.file && f.messages.some((m) => m.ruleId === e.ruleId && m.line === e.line && m.column === e.column)), `json: ${at}`);
    assert.ok(sarif.runs[0].results.some((r) => r.ruleId === e.ruleId && r.locations.some((l) => l.physicalLocation.artifactLocation.uri.endsWith(e.file)
      && l.physicalLocation.region.startLine === e.line && l.physicalLocation.region.startColumn === e.column)), `sarif: ${at}`);
    assert.match(outputs.github, new RegExp(`file=${e.file.replace(/[./]/g, '\\$&')},line=${e.line},col=${e.column},[^\\n]*title=${e.ruleId}::`), `github: ${at}`);
    assert.ok(outputs.junit.includes(`(${e.ruleId}) at ${e.file}:${e.line}:${e.column}`), `junit: ${at}`);
    assert.match(outputs.stylish, new RegExp(`^\\s+${e.line}:${e.column}\\s+warning\\s.*${e.ruleId}$`, 'm'), `stylish: ${at}`);
    assert.ok(outputs.html.includes(`<span class="pos">${e.line}:${e.column}</span> <span class="rule">${e.ruleId}</span>`), `html: ${at}`);
  }
  // The Persian findings speak Persian in every format.
  const persian = 'این سؤال دو چیز را با هم می‌پرسد: «قیمت» و «ارسال»';
  for (const [format, out] of Object.entries({ ...outputs, json: JSON.stringify(json), sarif: JSON.stringify(sarif) })) assert.ok(out.includes(persian), `${format} carries the Persian message`);
});
