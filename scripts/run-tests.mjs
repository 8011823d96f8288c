// Runs every *.test.ts under test/ and rules/ with Node's test runner (Node 20 has no --test globs).
// Usage: node scripts/run-tests.mjs [folder-or-file ...]   (default: test rules)
//
// Before the tests it sets up what the tests need and can be installed here (the real editors, with apt, as root);
// what cannot be set up is skipped by the tests themselves, loudly (test/helpers/skips.ts), and listed at the end.
// Strict mode (CI=true or WARMLY_STRICT=1, as .ci/run runs): a skip is a failure. WARMLY_SKIP_EDITOR_SETUP=1 leaves
// the machine alone (no apt), to try the skip path.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['test', 'rules'];
// test/e2e drives a whole VS Code (code-server + Chromium, ~40 s): `npm run test:editor` runs it on its own.
const separate = process.argv.slice(2).length ? [] : [join('test', 'e2e')];
const files = [];
const walk = (p) => {
  const st = statSync(p);
  if (st.isFile()) { if (p.endsWith('.test.ts')) files.push(p); return; }
  for (const name of readdirSync(p).sort()) if (name !== 'node_modules' && !name.startsWith('.') && !separate.includes(join(p, name))) walk(join(p, name));
};
roots.forEach(walk);
if (files.length === 0) {
  console.error(`No test files under ${roots.join(', ')}`);
  process.exit(1);
}

const strict = process.env.CI === 'true' || process.env.WARMLY_STRICT === '1';
const setupNotes = [];

// ---- setup: the real editors, when an editor test is selected -------------------------------------------------
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
if (files.some((f) => f.startsWith(join('test', 'editors')))) {
  const missing = ['nvim', 'emacs'].filter((c) => !has(c));
  if (missing.length && process.env.WARMLY_SKIP_EDITOR_SETUP === '1') {
    setupNotes.push(`editor setup not attempted (WARMLY_SKIP_EDITOR_SETUP=1); missing: ${missing.join(', ')}`);
  } else if (missing.length) {
    const root = process.getuid?.() === 0;
    if (root && has('apt-get')) {
      console.error(`\n=== setup: installing the real editors the editor tests drive (${missing.join(', ')}) with scripts/setup-editors.sh`);
      const r = spawnSync('bash', ['scripts/setup-editors.sh'], { stdio: 'inherit', timeout: 20 * 60_000 });
      if (r.status !== 0) setupNotes.push(`scripts/setup-editors.sh failed (exit ${r.status ?? r.signal}); the editor tests will skip`);
    } else {
      setupNotes.push(`not installing ${missing.join(', ')}: ${root ? 'apt-get is not available' : 'not root'}; run \`sudo bash scripts/setup-editors.sh\``);
    }
  }
}

// ---- the tests ----------------------------------------------------------------------------------------------
const skipDir = mkdtempSync(join(tmpdir(), 'warmly-skips-'));
const skipLog = join(skipDir, 'skips.txt');
// Every test file gets a timeout, so a hang fails and names its file; a whole run that still does not end is stopped,
// with its process group, by the watchdog below. (With several files, node --test applies --test-timeout to each FILE,
// not to each test: 180 s was a budget for a whole file, and test/cli/lint.test.ts alone took 139 s on a loaded
// machine. The limit is there to catch hangs, not to time the work, so it leaves room for a busy CI machine.)
const TEST_TIMEOUT_MS = Number(process.env.WARMLY_TEST_FILE_TIMEOUT_MS ?? 10 * 60_000);
const WATCHDOG_MS = Number(process.env.WARMLY_TEST_WATCHDOG_MS ?? 40 * 60_000);
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', `--test-timeout=${TEST_TIMEOUT_MS}`, ...files], {
  stdio: 'inherit',
  detached: true, // its own process group, so the watchdog can end every process a test left behind
  env: { ...process.env, WARMLY_SKIP_LOG: skipLog },
});
let timedOut = false;
const watchdog = setTimeout(() => {
  timedOut = true;
  console.error(`\n!!! the test run did not finish within ${WATCHDOG_MS / 60_000} minutes: stopping it and every process it started`);
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
}, WATCHDOG_MS);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } process.exit(130); });
const status = await new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
clearTimeout(watchdog);
// Whatever a test file left running in the group goes with it.
try { process.kill(-child.pid, 'SIGKILL'); } catch { /* none left */ }

let skips = [];
try { skips = readFileSync(skipLog, 'utf8').split('\n').filter(Boolean); } catch { /* no skips */ }
rmSync(skipDir, { recursive: true, force: true });
if (setupNotes.length || skips.length) {
  console.error(`\n=== ${skips.length} test(s) skipped for lack of something outside the repository${strict ? ' (strict mode: each one failed instead)' : ''}:`);
  for (const n of setupNotes) console.error(`  setup: ${n}`);
  for (const s of skips) console.error(`  - ${s}`);
}
if (timedOut) process.exit(1);
process.exit(status);
