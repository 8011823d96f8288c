// Runs every *.test.ts under test/ and rules/ with Node's test runner (Node 20 has no --test globs).
// Usage: node scripts/run-tests.mjs [folder-or-file ...]   (default: test rules)
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
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
const reporter = process.env.CI ? 'spec' : 'spec';
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-reporter=${reporter}`, '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
