/**
 * Nothing leaves the machine and nothing from a cloned repository runs. The CLI and the language server run with
 * every network API replaced by one that records the attempt and throws (support/deny-network.cjs, preloaded
 * with NODE_OPTIONS); the record must stay empty. Configuration is data: JavaScript config files are never run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { COLD, ensureBuilt, project, warmly } from '../cli/helpers';
import { Client, uriOf } from '../lsp/harness';

const PRELOAD = join(import.meta.dirname, 'support', 'deny-network.cjs');
const LOG = join(tmpdir(), `warmly-net-${process.pid}.log`);
const MARKER = join(tmpdir(), `warmly-config-ran-${process.pid}`);
const denyEnv = { NODE_OPTIONS: `--require ${PRELOAD}`, WARMLY_NET_LOG: LOG };
const attempts = () => (existsSync(LOG) ? readFileSync(LOG, 'utf8').trim().split('\n').filter(Boolean) : []);

before(() => { ensureBuilt(); writeFileSync(LOG, ''); });
after(() => { for (const f of [LOG, MARKER]) spawnSync('rm', ['-f', f]); });

/** Config files that would leave a marker if anything ran them. */
const HOSTILE_CONFIG: Record<string, string> = {
  '.warmlyrc.js': `require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'warmlyrc.js ran'); module.exports = {};`,
  '.warmlyrc.cjs': `require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'warmlyrc.cjs ran'); module.exports = {};`,
  'warmly.config.js': `require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'warmly.config.js ran'); module.exports = {};`,
  'warmly.config.mjs': `import fs from 'node:fs'; fs.writeFileSync(${JSON.stringify(MARKER)}, 'warmly.config.mjs ran'); export default {};`,
  'sub/.warmlyrc.json': JSON.stringify({ extends: './evil.js' }),
  'sub/evil.js': `require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'extends ran'); module.exports = {};`,
  'sub/mail.hbs': COLD['welcome.hbs'],
  'https-link.html': '<p>Dear customer, see <a href="https://example.com/x">this</a> and <img src="http://tracker.example/p.gif"></p>',
  ...COLD,
};

test('the network guard works: a plain https.get through it is recorded and refused', () => {
  const r = spawnSync(process.execPath, ['-e', "try { require('https').get('https://example.com') } catch (e) { console.log(e.message) }"], { env: { ...process.env, ...denyEnv }, encoding: 'utf8' });
  assert.match(r.stdout, /network access denied/);
  assert.equal(attempts().length, 1);
  writeFileSync(LOG, '');
});

test('the CLI lints and fixes a project with no network attempt, and runs none of its JavaScript config files', () => {
  const dir = project(HOSTILE_CONFIG);
  const lintRun = warmly(['lint', '.', '-f', 'json'], { cwd: dir, env: denyEnv });
  assert.ok(lintRun.status === 0 || lintRun.status === 1 || lintRun.status === 2, lintRun.stderr);
  assert.doesNotMatch(lintRun.stderr, /network access denied/);
  const fixRun = warmly(['lint', '.', '--fix'], { cwd: dir, env: denyEnv });
  assert.doesNotMatch(fixRun.stderr, /network access denied/);
  assert.deepEqual(attempts(), [], 'no network attempt');
  assert.equal(existsSync(MARKER), false, existsSync(MARKER) ? `a config file was executed: ${readFileSync(MARKER, 'utf8')}` : '');
});

test('a language server session (open, edit, code actions, fix-all, config change) makes no network attempt and runs no config code', async () => {
  const dir = project(HOSTILE_CONFIG);
  const saved = { ...process.env };
  Object.assign(process.env, denyEnv); // the server process inherits it
  let client: Client | undefined;
  try {
    client = await Client.start({ workspaceFolder: dir });
    for (const name of ['welcome.hbs', 'sub/mail.hbs', 'https-link.html']) {
      const uri = uriOf(join(dir, name));
      const text = readFileSync(join(dir, name), 'utf8');
      await client.open(uri, name.endsWith('.html') ? 'html' : 'handlebars', text);
      const ds = await client.waitForDiagnostics(uri, 1);
      await client.change(uri, 2, [{ text: text + '\nThanks!\n' }]);
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: ds[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: ds } });
      await client.waitForDiagnostics(uri, 2);
    }
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, '.warmlyrc.js')), type: 2 }, { uri: uriOf(join(dir, 'sub/.warmlyrc.json')), type: 2 }] });
    await new Promise((r) => setTimeout(r, 500));
  } finally {
    process.env = saved;
    await client?.stop();
  }
  assert.deepEqual(attempts(), [], 'no network attempt');
  assert.equal(existsSync(MARKER), false, existsSync(MARKER) ? `a config file was executed: ${readFileSync(MARKER, 'utf8')}` : '');
});
