/**
 * `--baseline previous.json` and `--fail-on new,drop`, run as the real CLI process: every exit path (a missing or
 * malformed baseline, usage mistakes, nothing worse, a new finding, a lower score, a fixed finding) and the
 * comparison in each output. Findings match by what they quote, so a line added above changes nothing.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { ensureBuilt, project, warmly } from './helpers';

before(ensureBuilt);

const fixtures = join(import.meta.dirname, '..', 'score', 'fixtures');
const fx = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const files = { 'emails/cold.hbs': fx('cold.hbs'), 'emails/warm.hbs': fx('warm.hbs'), 'emails/fa/cold-fa.hbs': fx('cold-fa.hbs') };

/** A project with `main.json` made by `warmly score --format json` (what CI keeps from the main branch). */
function withBaseline(command: 'score' | 'lint' = 'score'): string {
  const dir = project(files);
  const r = warmly([command, 'emails', '--format', 'json', '-o', 'main.json'], { cwd: dir });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return dir;
}
const edit = (dir: string, file: string, change: (s: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
const oneLine = (s: string) => assert.equal(s.trim().split('\n').length, 1, `not one line: ${s}`);

test('score --format json carries each file\'s score, and each finding its quoted text, line and gain', () => {
  const dir = withBaseline();
  const runs = JSON.parse(readFileSync(join(dir, 'main.json'), 'utf8'));
  const cold = runs.find((f: { filePath: string }) => f.filePath.endsWith('cold.hbs'));
  assert.equal(cold.warmth.score, 17);
  assert.equal(cold.warmth.language, 'en');
  const greeting = cold.messages.find((m: { ruleId: string }) => m.ruleId === 'generic-greeting');
  assert.deepEqual({ actual: greeting.actual, context: greeting.context, gain: greeting.gain }, { actual: 'Dear customer', context: '<p>Dear customer,</p>', gain: 5 });
});

test('a line added above every finding: nothing is new, the run passes --fail-on new,drop', () => {
  const dir = withBaseline();
  edit(dir, 'emails/cold.hbs', (s) => `<p>We moved our warehouse last week.</p>\n<p></p>\n${s}`);
  const r = warmly(['lint', 'emails', '--baseline', 'main.json', '--fail-on', 'new,drop'], { cwd: dir });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /Compared with main\.json: 0 new, 0 fixed, 12 unchanged findings/);
  // Without --fail-on the run still fails on its errors, as lint always does.
  assert.equal(warmly(['lint', 'emails', '--baseline', 'main.json'], { cwd: dir }).status, 1);
});

test('a new finding: --fail-on new exits 1 and names it; stylish lists it as new', () => {
  const dir = withBaseline();
  edit(dir, 'emails/warm.hbs', (s) => s.replace('<p>Thanks,', '<p>Please do not reply to this email.</p>\n<p>Thanks,'));
  const r = warmly(['lint', 'emails', '--baseline', 'main.json', '--fail-on', 'new'], { cwd: dir });
  assert.equal(r.status, 1, r.stdout + r.stderr);
  oneLine(r.stderr);
  assert.match(r.stderr, /^warmly: 1 new finding since main\.json: emails\/warm\.hbs:4:4 no-reply\n$/);
  assert.match(r.stdout, /1 new, 0 fixed, 12 unchanged/);
  assert.match(r.stdout, /new {2} {2}emails\/warm\.hbs:4:4 {2}no-reply/);
  assert.match(r.stdout, /warmth emails\/warm\.hbs {2}90 → \d+ \(−\d+\)/);
});

test('a lower score without a new finding: --fail-on drop exits 1, --fail-on new passes', () => {
  const dir = withBaseline();
  // The invitation to reply goes (−4 credit); no rule fires for its absence while a person signs the email.
  edit(dir, 'emails/warm.hbs', (s) => s.replace('just reply to this email and ', ''));
  const drop = warmly(['score', 'emails', '--baseline', 'main.json', '--fail-on', 'drop'], { cwd: dir });
  assert.equal(drop.status, 1, drop.stdout + drop.stderr);
  oneLine(drop.stderr);
  assert.match(drop.stderr, /^warmly: 1 template scores lower than in main\.json: emails\/warm\.hbs \(90 → 86, −4\)\n$/);
  assert.match(drop.stdout, /86 {2}emails\/warm\.hbs\s+en {2}−4 since baseline/);
  const fresh = warmly(['score', 'emails', '--baseline', 'main.json', '--fail-on', 'new'], { cwd: dir });
  assert.equal(fresh.status, 0, fresh.stderr);
});

test('a fixed finding is reported fixed, the score rises, and --fail-on new,drop passes', () => {
  const dir = withBaseline();
  edit(dir, 'emails/cold.hbs', (s) => s.replace('<p>Dear customer,</p>\n', ''));
  const r = warmly(['score', 'emails', '--baseline', 'main.json', '--fail-on', 'new,drop'], { cwd: dir });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /fixed {2}emails\/cold\.hbs {2}generic-greeting/);
  assert.match(r.stdout, /emails\/cold\.hbs\s+en {2}\+\d+ since baseline/);
});

test('--quiet compares errors only: the baseline\'s warnings are not "fixed"', () => {
  const dir = withBaseline();
  const r = warmly(['lint', 'emails', '--quiet', '--baseline', 'main.json', '--fail-on', 'new'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Compared with main\.json: 0 new, 0 fixed, 3 unchanged findings/);
});

test('a baseline made in another checkout matches files by their path inside it', () => {
  const dir = withBaseline();
  const elsewhere = mkdtempSync(join(tmpdir(), 'warmly-other-checkout-'));
  cpSync(join(dir, 'emails'), join(elsewhere, 'emails'), { recursive: true });
  const r = warmly(['score', 'emails', '--baseline', join(dir, 'main.json'), '--fail-on', 'new,drop'], { cwd: elsewhere });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /0 new, 0 fixed, 12 unchanged/);
  assert.doesNotMatch(r.stdout, /new file/);
});

test('a file only this run has is a new file; baseline files this run did not lint are not counted as fixed', () => {
  const dir = withBaseline();
  writeFileSync(join(dir, 'emails', 'extra.hbs'), fx('cold.hbs'));
  const r = warmly(['score', 'emails/extra.hbs', 'emails/warm.hbs', '--baseline', 'main.json'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /extra\.hbs\s+en {2}new file/);
  assert.match(r.stdout, /6 new, 0 fixed, 1 unchanged finding \(2 baseline files not in this run\)/);
  assert.equal(warmly(['score', 'emails/extra.hbs', '--baseline', 'main.json', '--fail-on', 'new'], { cwd: dir }).status, 1);
});

test('markdown and html show the comparison; json marks each finding and file', () => {
  const dir = withBaseline();
  edit(dir, 'emails/warm.hbs', (s) => s.replace('<p>Thanks,', '<p>Please do not reply to this email.</p>\n<p>Thanks,'));
  const md = warmly(['score', 'emails', '--baseline', 'main.json', '--format', 'markdown'], { cwd: dir });
  assert.match(md.stdout, /### Compared with main\.json\n\n1 new, 0 fixed, 12 unchanged findings/);
  assert.match(md.stdout, /\| emails\/warm\.hbs \| 90 \| \d+ \| −\d+ \|/);
  assert.match(md.stdout, /\| emails\/warm\.hbs \| 4 \| no-reply \|/);
  const html = warmly(['score', 'emails', '--baseline', 'main.json', '--format', 'html'], { cwd: dir });
  assert.match(html.stdout, /<h2>Compared with <bdi dir="ltr">main\.json<\/bdi><\/h2><p>1 new, 0 fixed, 12 unchanged findings<\/p>/);
  assert.match(html.stdout, /<th>Change<\/th>/);
  assert.match(html.stdout, /<span class="new">new<\/span>/);
  const json = JSON.parse(warmly(['lint', 'emails', '--baseline', 'main.json', '--format', 'json'], { cwd: dir }).stdout);
  const warm = json.find((f: { filePath: string }) => f.filePath.endsWith('warm.hbs'));
  assert.deepEqual(warm.messages.map((m: { ruleId: string; baseline: string }) => `${m.ruleId}:${m.baseline}`).sort(), ['name-without-fallback:unchanged', 'no-reply:new']);
  assert.equal(warm.baseline.warmth, 90);
  assert.equal(warm.baseline.new, 1);
});

test('a missing baseline: exit 2 and one line naming the file', () => {
  const r = warmly(['lint', 'emails', '--baseline', 'nope.json'], { cwd: project(files) });
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'warmly: nope.json: cannot read the baseline: no such file or directory\n');
});

test('a malformed baseline: exit 2 and one line naming the file and what is wrong', () => {
  const dir = project({ ...files, 'bad.json': '{"filePath": ', 'object.json': '{"files": []}', 'shape.json': '[{"path": "x.hbs", "messages": []}]' });
  const cases: [string, RegExp][] = [
    ['bad.json', /^warmly: bad\.json: the baseline is not valid JSON \(.+\); make one with "warmly score --format json -o FILE"\n$/],
    ['object.json', /^warmly: object\.json: not a Warmly JSON report: expected an array of files; make one with/],
    ['shape.json', /^warmly: shape\.json: not a Warmly JSON report: entry 1 has no "filePath"; make one with/],
  ];
  for (const [name, expected] of cases) {
    const r = warmly(['score', 'emails', '--baseline', name], { cwd: dir });
    assert.equal(r.status, 2, name);
    oneLine(r.stderr);
    assert.match(r.stderr, expected);
  }
});

test('--fail-on drop needs a baseline with scores; a lint baseline still compares findings', () => {
  const dir = withBaseline('lint');
  const r = warmly(['lint', 'emails', '--baseline', 'main.json', '--fail-on', 'drop'], { cwd: dir });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^warmly: main\.json: the baseline has no warmth scores, so --fail-on drop cannot compare them; make it with "warmly score --format json"\n$/);
  const ok = warmly(['lint', 'emails', '--baseline', 'main.json', '--fail-on', 'new'], { cwd: dir });
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /0 new, 0 fixed, 12 unchanged/);
});

test('usage mistakes: --fail-on without --baseline, an unknown --fail-on value', () => {
  const dir = project(files);
  const a = warmly(['lint', 'emails', '--fail-on', 'new'], { cwd: dir });
  assert.equal(a.status, 2);
  assert.match(a.stderr, /^warmly: --fail-on works together with --baseline\n/);
  const b = warmly(['lint', 'emails', '--baseline', 'x.json', '--fail-on', 'worse'], { cwd: dir });
  assert.equal(b.status, 2);
  assert.match(b.stderr, /^warmly: --fail-on "worse": expected new, drop or both \(new,drop\)\n/);
});
