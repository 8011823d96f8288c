/**
 * What a user installs works: `npm pack` the repository (its contents listed in .npmignore), install the tarball into an empty project with no
 * network (the package has no runtime dependencies: the bundles carry them), and run the installed bins, the
 * CLI through `npx warmly lint` and the language server through an initialize/diagnostics round trip. The pack
 * uses the bundles `npm test` has just built (--ignore-scripts: rebuilding here would rewrite server/dist under
 * the test files running beside this one); `prepack` builds them for a real `npm pack`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Client, ensureBuilt, ROOT, uriOf } from '../lsp/harness';

const npm = (args: string[], cwd: string) => {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  assert.equal(r.status, 0, `npm ${args.join(' ')} failed (exit ${r.status ?? r.signal}):\n${r.stderr}\n${r.stdout}`);
  return r.stdout;
};

let work = '';
let project = '';
let files: string[] = [];

before(() => {
  ensureBuilt();
  work = realpathSync(mkdtempSync(join(tmpdir(), 'warmly-pack-')));
  const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT))[0];
  files = packed.files.map((f: { path: string }) => f.path);
  project = join(work, 'project');
  spawnSync('mkdir', [project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-warmly', version: '1.0.0', private: true }));
  npm(['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)], project);
});
after(() => { if (work) rmSync(work, { recursive: true, force: true }); });

test('the package holds the bundles, bins, schema, rule docs, licence and README, and nothing else', () => {
  for (const f of ['server/dist/cli.js', 'server/dist/server.js', 'server/dist/worker.js', 'server/dist/lint-worker.js', 'server/dist/phrase-snapshot.txt', 'server/bin/warmly.js', 'server/bin/warmly-language-server.js', 'server/bin/compile-cache.js', 'schema/warmly.schema.json', 'rules/no-reply/README.md', 'LICENSE', 'README.md', 'package.json']) {
    assert.ok(files.includes(f), `${f} is in the package`);
  }
  const unexpected = files.filter((f) => /^(test|samples|bench|scripts|docs|server\/src|client\/src)\//.test(f) || f.endsWith('.ts') || f.endsWith('.map'));
  assert.deepEqual(unexpected, []);
  // The parsers only some formats need are chunks beside the bundles, loaded on first use (server/chunks.ts).
  const chunks = readdirSync(join(ROOT, 'server', 'dist')).filter((f) => /^chunk-[\w-]+\.js$/.test(f));
  assert.ok(chunks.length > 0, 'the build writes chunks');
  for (const c of chunks) assert.ok(files.includes(`server/dist/${c}`), `server/dist/${c} is in the package`);
  assert.ok(files.length - chunks.length < 40, `${files.length} files`);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(manifest.dependencies ?? {}, {}, 'no runtime dependencies: the bundles carry everything, so an offline install works');
  // The list lives in .npmignore: vsce refuses a package.json "files" list beside .vscodeignore.
  assert.equal(manifest.files, undefined, 'no "files" list in package.json (vsce would refuse to package the .vsix)');
});

test('npx warmly lint, from the installed package, reports a finding and exits 1', () => {
  writeFileSync(join(project, 'welcome.txt'), 'Dear customer,\n\nPlease do not reply to this email.\n');
  const r = spawnSync('npx', ['--offline', '--no-install', 'warmly', 'lint', 'welcome.txt'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 1, `exit ${r.status ?? r.signal}\n${r.stderr}\n${r.stdout}`);
  assert.match(r.stdout, /no-reply/);
  assert.match(r.stdout, /generic-greeting/);
  assert.doesNotMatch(r.stderr, /missing/);
});

test('the installed warmly-language-server answers initialize and publishes diagnostics over stdio', async () => {
  const client = await Client.start({ workspaceFolder: project, serverBin: join(project, 'node_modules', '.bin', 'warmly-language-server') });
  try {
    assert.equal(client.initializeResult.serverInfo?.name.toLowerCase().includes('warmly'), true, JSON.stringify(client.initializeResult.serverInfo));
    const uri = uriOf(join(project, 'note.txt'));
    await client.open(uri, 'plaintext', 'Dear customer,\n\nPlease do not reply to this email.\n');
    const ds = await client.waitForDiagnostics(uri, 1, 60_000);
    assert.ok(ds.some((d) => d.code === 'no-reply'), JSON.stringify(ds.map((d) => d.code)));
  } finally {
    await client.stop();
  }
});
