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
