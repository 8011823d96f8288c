/**
 * A third real client: Emacs (--batch) with eglot attaches `warmly-language-server --stdio`, shows the
 * finding through Flymake, applies the preferred quick fix and saves; the test reads the file from disk.
 * Needs `emacs` and eglot: `npm test` installs them when it can (root and apt: scripts/setup-editors.sh), else
 * skips loudly; in strict mode (CI=true) a missing Emacs fails the test.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { skipLoudly } from '../helpers/skips';
import { ensureBuilt, ROOT, SERVER_BIN, tempWorkspace } from '../lsp/harness';

const INSTALL_HINT = 'install it with: bash scripts/setup-editors.sh   (or: apt-get install -y emacs-nox elpa-eglot)';

test('Emacs + eglot shows a Warmly diagnostic and applies a quick fix', (t) => {
  const probe = spawnSync('emacs', ['--batch', '--eval', "(progn (require 'eglot) (princ \"ok\"))"], { encoding: 'utf8', timeout: 60_000 });
  if (probe.error || probe.stdout !== 'ok') {
    const why = probe.error ? 'emacs is not installed' : 'eglot is not available in Emacs';
    return skipLoudly(t, 'the Emacs + eglot editor test', `${why} (npm test installs it only as root with apt)`, INSTALL_HINT);
  }
  ensureBuilt();
  const dir = tempWorkspace('warmly-emacs-');
  const file = join(dir, 'welcome.txt');
  writeFileSync(file, 'Dear customer,\n\nThanks for joining. Sam from Acme reads every reply.\n');
  const home = join(dir, 'home');
  mkdirSync(home);
  const out = join(dir, 'report.json');
  const r = spawnSync('emacs', ['--batch', '-q', '-l', join(ROOT, 'test', 'editors', 'emacs-eglot.el')], {
    cwd: dir, encoding: 'utf8', timeout: 60_000,
    env: { ...process.env, HOME: home, WARMLY_FILE: file, WARMLY_SERVER: SERVER_BIN, WARMLY_OUT: out },
  });
  let report: { error?: string; diagnostic?: { text: string; message: string }; actions?: string[]; applied?: string };
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    assert.fail(`Emacs wrote no report (exit ${r.status}).\nstderr: ${r.stderr}`);
  }
  assert.equal(report.error, undefined, `Emacs run failed: ${report.error}\nstderr: ${r.stderr}`);
  assert.equal(r.status, 0);
  assert.equal(report.diagnostic!.text, 'Dear customer');
  assert.ok(report.actions!.some((a) => a.startsWith('Greet by name')), report.actions!.join(' | '));
  const written = readFileSync(file, 'utf8');
  assert.ok(written.startsWith('Dear {{first_name}},\n'), `the preferred rewrite "${report.applied}" is on disk:\n${written}`);
});
