/**
 * The ready-made CI pieces: the composite action's lint step is run for real with bash (GitHub itself cannot
 * run here), the example workflow cannot trigger in this repository by accident, and the pre-commit hook
 * picks up every template extension.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { parse } from 'yaml';
import { TEMPLATE_EXTENSIONS } from '../../server/engine';
import { CONTENT_DETECTED_EXTENSIONS } from '../../shared/formats';
import { BIN, COLD, ensureBuilt, project, REPO, WARM } from './helpers';

before(ensureBuilt);

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8'));
const step = (id: string) => action.runs.steps.find((s: { id?: string }) => s.id === id);

test('action.yml is a composite action whose scripts are valid bash', () => {
  assert.equal(action.runs.using, 'composite');
  for (const s of action.runs.steps) {
    if (!s.run) continue;
    const r = spawnSync('bash', ['-n'], { input: s.run, encoding: 'utf8' });
    assert.equal(r.status, 0, `${s.name}: ${r.stderr}`);
    assert.equal(s.shell, 'bash', s.name);
  }
  assert.ok(action.runs.steps.some((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif@')));
});

function runLintStep(dir: string, env: Record<string, string>) {
  const out = join(dir, 'github-output.txt');
  const r = spawnSync('bash', ['-e', '-c', step('lint').run], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH!, GITHUB_OUTPUT: out, WARMLY: `${process.execPath} ${BIN}`, PATHS: '.', ARGS: '', SARIF: 'false', SARIF_FILE: 'warmly.sarif', CHANGED_ONLY: 'false', BASE_REF: '', ...env },
  });
  let outputs = '';
  try { outputs = readFileSync(out, 'utf8'); } catch { /* not written */ }
  return { ...r, outputs };
}

test('the action\'s lint step annotates, writes SARIF when asked, and passes the exit code on', () => {
  const dir = project({ 'emails/welcome.hbs': COLD['welcome.hbs'], 'emails/ok.liquid': WARM });
  const r = runLintStep(dir, { SARIF: 'true', ARGS: '--max-warnings 100' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^::error file=emails\/welcome\.hbs,line=3,col=4,.*title=no-reply::/m);
  assert.match(r.outputs, /^exit-code=1$/m);
  const sarif = JSON.parse(readFileSync(join(dir, 'warmly.sarif'), 'utf8'));
  assert.equal(sarif.version, '2.1.0');
  assert.ok(sarif.runs[0].results.length > 0);

  const clean = project({ 'ok.liquid': WARM });
  assert.match(runLintStep(clean, {}).outputs, /^exit-code=0$/m);
  const broken = project({ 'ok.liquid': WARM, '.warmlyrc.json': '{"rules": {"nope": "off"}}' });
  const b = runLintStep(broken, { SARIF: 'true' });
  assert.match(b.outputs, /^exit-code=2$/m);
  assert.match(b.stderr, /"rules\.nope" is not a known rule/);
});

test('the example workflow only runs when started by hand in this repository', () => {
  const wf = parse(readFileSync(join(REPO, '.github', 'workflows', 'warmly-example.yml'), 'utf8'));
  assert.deepEqual(Object.keys(wf.on), ['workflow_dispatch']);
  assert.ok(wf.jobs.warmly.steps.some((s: { uses?: string }) => s.uses?.startsWith('warmly-lint/warmly@')));
});

test('the pre-commit hooks match every extension a directory walk lints', () => {
  const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string; language: string }[];
  assert.deepEqual(hooks.map((h) => h.id), ['warmly', 'warmly-fix']);
  for (const h of hooks) {
    const re = new RegExp(h.files);
    // Not .tsx/.jsx: pre-commit names each staged file, and a named file is always linted (every component of an app).
    for (const ext of TEMPLATE_EXTENSIONS) assert.equal(re.test(`emails/x${ext}`), !CONTENT_DETECTED_EXTENSIONS.includes(ext), `${h.id} matches ${ext}`);
    assert.ok(!re.test('src/app.ts'));
    assert.match(h.entry, /^warmly lint/);
  }
});
