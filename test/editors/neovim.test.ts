/**
 * A second real client: headless Neovim attaches `warmly-language-server --stdio`, gets the diagnostics,
 * applies the preferred code action and writes the file; the test reads the rewritten file from disk.
 * Needs `nvim`: `npm test` installs it when it can (root and apt: scripts/setup-editors.sh), else skips loudly;
 * in strict mode (CI=true) a missing nvim fails the test.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { skipLoudly } from '../helpers/skips';
import { ensureBuilt, ROOT, SERVER_BIN, tempWorkspace } from '../lsp/harness';

export const INSTALL_HINT = 'install it with: bash scripts/setup-editors.sh   (or: apt-get install -y neovim)';

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

test('Neovim (headless, 0.7 API) shows Warmly diagnostics and applies a quick fix', (t) => {
  if (!hasCommand('nvim')) {
    return skipLoudly(t, 'the Neovim editor test', 'nvim is not installed (npm test installs it only as root with apt)', INSTALL_HINT);
  }
  ensureBuilt();
  const dir = tempWorkspace('warmly-nvim-');
  const file = join(dir, 'shipped.hbs');
  // An emoji before the finding checks that Neovim and the server agree on UTF-16 columns.
  const text = '<p>Hi {{first_name}},</p>\n<p>🎉 Your order has shipped. Please do not reply to this email.</p>\n<p>Sam, Acme support</p>\n';
  writeFileSync(file, text);
  const out = join(dir, 'report.json');
  for (const d of ['cache', 'state', 'data', 'config']) mkdirSync(join(dir, d));
  const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', file, '-c', `luafile ${join(ROOT, 'test', 'editors', 'neovim-attach.lua')}`], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      WARMLY_SERVER: SERVER_BIN, WARMLY_OUT: out, WARMLY_RULE: 'no-reply',
      XDG_CACHE_HOME: join(dir, 'cache'), XDG_STATE_HOME: join(dir, 'state'), XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config'),
    },
  });
  let report: { error?: string; diagnostic?: { lnum: number; col: number; end_col: number; source: string }; actions?: string[]; applied?: string; remaining?: string[] };
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    assert.fail(`Neovim wrote no report (exit ${r.status}, signal ${r.signal}).\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  }
  assert.equal(report.error, undefined, `Neovim run failed: ${report.error}\nstderr: ${r.stderr}`);
  assert.equal(r.status, 0);
  const line = text.split('\n')[1];
  // Neovim stores byte columns: the emoji is 4 bytes in UTF-8 but 2 code units in UTF-16.
  const byteCol = Buffer.byteLength(line.slice(0, line.indexOf('Please')));
  assert.deepEqual({ lnum: report.diagnostic!.lnum, col: report.diagnostic!.col, source: report.diagnostic!.source }, { lnum: 1, col: byteCol, source: 'warmly' });
  assert.ok(report.actions!.includes('Disable no-reply for this line'), report.actions!.join(' | '));
  const written = readFileSync(file, 'utf8');
  assert.ok(!written.includes('Please do not reply'), written);
  assert.ok(written.includes('<p>🎉 Your order has shipped. Just reply to this email'), `the preferred rewrite "${report.applied}" is on disk:\n${written}`);
  assert.ok(!report.remaining!.includes('no-reply'));
});
