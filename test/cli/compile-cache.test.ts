/**
 * The launchers load the bundles through V8's code cache (server/bin/compile-cache.js). The cache only saves time:
 * these tests check that a second start uses it, and that a corrupt, truncated, stale or unwritable cache is
 * ignored, the bundle still running exactly as without it. Each run is a fresh Node process, as a start is.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ensureBuilt, ROOT } from '../lsp/harness';

const LOADER = join(ROOT, 'server', 'bin', 'compile-cache.js');
const work = mkdtempSync(join(tmpdir(), 'warmly-compile-cache-'));
after(() => rmSync(work, { recursive: true, force: true }));

let counter = 0;
/** A small bundle-like module with functions compiled lazily, so the cache has something to hold. */
function makeBundle(body = 'exports.answer = () => 6 * 7;'): string {
  const file = join(work, `bundle-${++counter}.js`);
  writeFileSync(file, `'use strict';\n${body}\nexports.name = require('path').basename(__filename);\nfunction unused() { return [1, 2, 3].map((x) => x * 2); }\nexports.unused = unused;\n`);
  return file;
}

/** Loads `bundle` in a fresh process with the cache in `cacheDir`; what the loader reported and what the bundle computed. */
function load(bundle: string, cacheDir: string, env: Record<string, string> = {}): { cache: string; answer: unknown; saved?: boolean } {
  const script = `
    const { loadBundle } = require(${JSON.stringify(LOADER)});
    const r = loadBundle(${JSON.stringify(bundle)});
    const out = { cache: r.cache, answer: r.exports.answer() };
    process.on('exit', () => process.stdout.write(JSON.stringify(out)));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, WARMLY_COMPILE_CACHE: cacheDir, ...env } });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const cacheFiles = (dir: string) => { try { return readdirSync(dir).filter((f) => f.endsWith('.v8cache')); } catch { return []; } };

test('the first start writes the cache, the second uses it, and both compute the same', () => {
  const bundle = makeBundle();
  const dir = join(work, 'fresh');
  assert.deepEqual(load(bundle, dir), { cache: 'missing', answer: 42 });
  assert.equal(cacheFiles(dir).length, 1, 'written at exit');
  assert.deepEqual(load(bundle, dir), { cache: 'used', answer: 42 });
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left behind');
});

test("the language server's bundles run with its own V8 flags, keyed apart, and a second start uses their cache", () => {
  const { v8FlagsFor, ENGINE_V8_FLAGS, SERVER_V8_FLAGS } = createRequire(import.meta.url)(LOADER);
  assert.deepEqual(v8FlagsFor('/x/dist/server.js'), [...ENGINE_V8_FLAGS, ...SERVER_V8_FLAGS]);
  assert.deepEqual(v8FlagsFor('/x/dist/lint-worker.js'), [...ENGINE_V8_FLAGS, ...SERVER_V8_FLAGS]);
  assert.deepEqual(v8FlagsFor('/x/dist/cli.js'), ENGINE_V8_FLAGS, 'the CLI keeps V8 defaults');
  const dir = join(work, 'server-flags');
  const bundle = join(dir, 'server.js');
  mkdirSync(dir, { recursive: true });
  writeFileSync(bundle, readFileSync(makeBundle()));
  assert.deepEqual(load(bundle, join(dir, 'cache')), { cache: 'missing', answer: 42 });
  assert.deepEqual(load(bundle, join(dir, 'cache')), { cache: 'used', answer: 42 }, 'the flags are set before compiling, as the cache was written');
});

test('a corrupt or truncated cache file is ignored and written again', () => {
  const bundle = makeBundle();
  const dir = join(work, 'corrupt');
  load(bundle, dir);
  const [name] = cacheFiles(dir);
  const file = join(dir, name);
  const good = readFileSync(file);
  const flipped = Buffer.from(good);
  flipped[flipped.length - 10] ^= 0xff;
  writeFileSync(file, flipped);
  assert.deepEqual(load(bundle, dir), { cache: 'missing', answer: 42 }, 'a payload that fails its checksum never reaches V8');
  assert.deepEqual(load(bundle, dir), { cache: 'used', answer: 42 }, 'and the rewritten file is good');
  writeFileSync(file, good.subarray(0, good.length >> 1));
  assert.deepEqual(load(bundle, dir), { cache: 'missing', answer: 42 });
  writeFileSync(file, 'not a cache at all');
  assert.deepEqual(load(bundle, dir), { cache: 'missing', answer: 42 });
});

test('a rebuilt bundle never reads the old build\'s cache, and replaces it', () => {
  const dir = join(work, 'stale');
  const bundle = makeBundle();
  load(bundle, dir);
  const [before] = cacheFiles(dir);
  writeFileSync(bundle, readFileSync(bundle, 'utf8').replace('6 * 7', '6 * 8'));
  assert.deepEqual(load(bundle, dir), { cache: 'missing', answer: 48 });
  const afterRebuild = cacheFiles(dir);
  assert.equal(afterRebuild.length, 1, 'the old build\'s file is removed');
  assert.notEqual(afterRebuild[0], before);
  assert.deepEqual(load(bundle, dir), { cache: 'used', answer: 48 });
});

test('a cache that cannot be written, or is switched off, changes nothing but the time', () => {
  const bundle = makeBundle();
  const notADir = join(work, 'a-file');
  writeFileSync(notADir, 'x');
  assert.deepEqual(load(bundle, join(notADir, 'cache')), { cache: 'missing', answer: 42 });
  assert.deepEqual(load(bundle, join(notADir, 'cache')), { cache: 'missing', answer: 42 });
  assert.deepEqual(load(bundle, '', { WARMLY_COMPILE_CACHE: 'off' }), { cache: 'off', answer: 42 });
});

test('an ASCII bundle is read as Latin-1 and any other as UTF-8: either way the text is what require reads', () => {
  // A watch-mode bundle keeps its UTF-8 (Persian in a comment, a string, a regex literal); a built one is ASCII.
  const utf8 = makeBundle('exports.answer = () => [\'سلام «دنیا» 👋\', /ی+/.test(\'یی\'), \'ç\'.length]; // نظر');
  const ascii = makeBundle('exports.answer = () => [\'\\u0633\\u0644\\u0627\\u0645\', /\\u06cc+/.test(\'\\u06cc\'), \'plain\'];');
  for (const [bundle, expected] of [[utf8, ['سلام «دنیا» 👋', true, 1]], [ascii, ['سلام', true, 'plain']]] as const) {
    const dir = join(work, `text-${counter}-${expected.length}`);
    assert.deepEqual(load(bundle, dir), { cache: 'missing', answer: expected });
    assert.deepEqual(load(bundle, dir), { cache: 'used', answer: expected });
  }
  const { sourceText } = createRequire(__filename)(LOADER) as { sourceText(b: Buffer): string };
  assert.equal(sourceText(Buffer.from('x = "ب"', 'utf8')), 'x = "ب"');
  assert.equal(sourceText(Buffer.from('x = 1', 'utf8')), 'x = 1');
});

test('a bundle built with its CommonJS wrapper runs the same through the loader, from the cache, and under plain require', () => {
  const { BUNDLE_PROLOGUE, BUNDLE_EPILOGUE } = createRequire(__filename)(LOADER) as { BUNDLE_PROLOGUE: string; BUNDLE_EPILOGUE: string };
  const plain = makeBundle('exports.answer = () => [6 * 7, typeof module.exports, this === module.exports];');
  const bundle = join(work, `wrapped-${++counter}.js`);
  writeFileSync(bundle, `${BUNDLE_PROLOGUE}\n${readFileSync(plain, 'utf8')}${BUNDLE_EPILOGUE}\n//# sourceMappingURL=x.js.map\n`);
  const dir = join(work, 'wrapped');
  const expected = [42, 'object', true];
  assert.deepEqual(load(bundle, dir), { cache: 'missing', answer: expected });
  assert.deepEqual(load(bundle, dir), { cache: 'used', answer: expected });
  const r = spawnSync(process.execPath, ['-e', `process.stdout.write(JSON.stringify(require(${JSON.stringify(bundle)}).answer()))`], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(r.stdout), expected, r.stderr);
});

test('the built server bundles carry the wrapper, so the loader compiles their text as it is', () => {
  ensureBuilt();
  const { BUNDLE_PROLOGUE } = createRequire(__filename)(LOADER) as { BUNDLE_PROLOGUE: string };
  for (const name of ['cli.js', 'worker.js', 'server.js', 'lint-worker.js']) {
    assert.ok(readFileSync(join(ROOT, 'server', 'dist', name), 'latin1').startsWith(`${BUNDLE_PROLOGUE}\n`), name);
  }
});

test('a bundle that throws while loading throws as under require, and leaves no half-loaded module behind', () => {
  const bundle = makeBundle('throw new Error("broken bundle");');
  const script = `
    const { loadBundle } = require(${JSON.stringify(LOADER)});
    try { loadBundle(${JSON.stringify(bundle)}); } catch (e) { process.stdout.write(e.message + ' ' + (require.cache[${JSON.stringify(bundle)}] === undefined)); }`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, WARMLY_COMPILE_CACHE: join(work, 'throws') } });
  assert.equal(r.stdout, 'broken bundle true');
});

test('the real CLI bundle, after a lint, is accepted by V8 on the next start (its V8 flags are set before compiling)', () => {
  ensureBuilt();
  const dir = join(work, 'cli');
  const sample = join(work, 'email.txt');
  writeFileSync(sample, 'Dear customer,\n\nPlease do not reply to this email.\n');
  const run = () => {
    const script = `
      const { loadBundle } = require(${JSON.stringify(LOADER)});
      const r = loadBundle(${JSON.stringify(join(ROOT, 'server', 'dist', 'cli.js'))});
      r.exports.main(['lint', '--no-config', '--format', 'json', ${JSON.stringify(sample)}]).then(() => process.stderr.write('cache:' + r.cache));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, WARMLY_COMPILE_CACHE: dir } });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    return { cache: /cache:(\w+)/.exec(r.stderr)?.[1], findings: JSON.parse(r.stdout) };
  };
  const first = run();
  const second = run();
  assert.equal(first.cache, 'missing');
  assert.equal(second.cache, 'used');
  assert.deepEqual(second.findings, first.findings);
});

test('the cache directory stays bounded: old entries of gone checkouts and stale temporary files are removed', () => {
  const loader = createRequire(import.meta.url)(LOADER) as { writeCache(file: string, payload: Buffer): boolean; MAX_ENTRIES: number };
  const dir = join(work, 'bounded');
  mkdirSync(dir, { recursive: true });
  const { utimesSync } = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
  const old = Date.now() / 1000 - 3600;
  for (let i = 0; i < loader.MAX_ENTRIES + 10; i++) {
    const f = join(dir, `server-${String(i).padStart(8, '0')}-0000000000000000.v8cache`);
    writeFileSync(f, 'x');
    utimesSync(f, old + i, old + i);
  }
  writeFileSync(join(dir, 'server-x.v8cache.123.abc.tmp'), 'half');
  utimesSync(join(dir, 'server-x.v8cache.123.abc.tmp'), old, old);
  writeFileSync(join(dir, 'cli-y.v8cache.456.def.tmp'), 'being written now');
  assert.ok(loader.writeCache(join(dir, 'cli-aaaaaaaa-1111111111111111.v8cache'), Buffer.from('payload')));
  const names = readdirSync(dir);
  assert.equal(names.filter((n) => n.endsWith('.v8cache')).length, loader.MAX_ENTRIES);
  assert.ok(names.includes('cli-aaaaaaaa-1111111111111111.v8cache'), 'this run\'s entry is kept');
  assert.ok(!names.includes('server-00000000-0000000000000000.v8cache'), 'the oldest went');
  assert.ok(names.includes(`server-${String(loader.MAX_ENTRIES + 9).padStart(8, '0')}-0000000000000000.v8cache`), 'the newest stayed');
  assert.ok(!names.includes('server-x.v8cache.123.abc.tmp') && names.includes('cli-y.v8cache.456.def.tmp'), 'only a stale temporary file goes');
});

/** A dist folder with a main bundle named `main` and a chunk `chunk-<name>.js` beside it. */
function makeDist(main: string, chunks: Record<string, string>): string {
  const dir = join(work, `dist-${++counter}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, main), readFileSync(makeBundle()));
  for (const [name, body] of Object.entries(chunks)) writeFileSync(join(dir, `chunk-${name}.js`), readFileSync(makeBundle(body)));
  return dir;
}

/** Loads `main` of `dist`, then its chunk `name`, in a fresh process: what became of the chunk's cache, its answer, or the error. */
function loadWithChunk(dist: string, main: string, name: string, cacheDir: string): { cache?: string; answer?: unknown; error?: string } {
  const script = `
    const { loadBundle, loadChunk } = require(${JSON.stringify(LOADER)});
    loadBundle(${JSON.stringify(join(dist, main))});
    const before = require('fs').existsSync(${JSON.stringify(cacheDir)}) ? require('fs').readdirSync(${JSON.stringify(cacheDir)}).filter((f) => f.startsWith('chunk-')) : [];
    let out;
    try {
      const exports = loadChunk(${JSON.stringify(dist)}, ${JSON.stringify(name)});
      out = { answer: exports.answer() };
    } catch (e) { out = { error: e.message }; }
    process.on('exit', () => {
      const after = require('fs').existsSync(${JSON.stringify(cacheDir)}) ? require('fs').readdirSync(${JSON.stringify(cacheDir)}).filter((f) => f.startsWith('chunk-')) : [];
      if (!out.error) out.cache = after.length > before.length ? 'written' : 'used';
      process.stdout.write(JSON.stringify(out));
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, WARMLY_COMPILE_CACHE: cacheDir } });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('a chunk loads through the cache under the V8 flags of the bundle that asked for it, keyed apart for the CLI and the server', () => {
  const server = makeDist('server.js', { parser: 'exports.answer = () => "parsed";' });
  const cli = server; // the same chunk, asked for by the CLI's bundle
  writeFileSync(join(cli, 'cli.js'), readFileSync(makeBundle()));
  const cacheDir = join(work, 'chunk-cache');
  assert.deepEqual(loadWithChunk(server, 'server.js', 'parser', cacheDir), { answer: 'parsed', cache: 'written' });
  assert.deepEqual(loadWithChunk(server, 'server.js', 'parser', cacheDir), { answer: 'parsed', cache: 'used' });
  assert.deepEqual(loadWithChunk(cli, 'cli.js', 'parser', cacheDir), { answer: 'parsed', cache: 'written' }, 'the CLI\'s flags differ: its own entry');
  assert.deepEqual(loadWithChunk(server, 'server.js', 'parser', cacheDir), { answer: 'parsed', cache: 'used' }, 'the server\'s entry is still there');
  assert.deepEqual(loadWithChunk(cli, 'cli.js', 'parser', cacheDir), { answer: 'parsed', cache: 'used' });
});

test('a missing or broken chunk is an error that names the file and says what to do, not a MODULE_NOT_FOUND trace', () => {
  const dist = makeDist('server.js', { broken: 'throw new Error("half written");' });
  const cacheDir = join(work, 'chunk-errors');
  const missing = loadWithChunk(dist, 'server.js', 'yaml', cacheDir).error ?? '';
  assert.match(missing, /^Warmly could not load its yaml parser, .*chunk-yaml\.js: the file is missing\. The installation is incomplete: install Warmly again, or run "npm run build"/);
  const broken = loadWithChunk(dist, 'server.js', 'broken', cacheDir).error ?? '';
  assert.match(broken, /^Warmly could not load its broken parser, .*chunk-broken\.js: half written\. The installation is incomplete/);
  // Off, the chunk is required as a module: the same error.
  const r = spawnSync(process.execPath, ['-e', `try { require(${JSON.stringify(LOADER)}).loadChunk(${JSON.stringify(dist)}, 'yaml'); } catch (e) { process.stdout.write(e.message); }`], { encoding: 'utf8', env: { ...process.env, WARMLY_COMPILE_CACHE: 'off' } });
  assert.match(r.stdout, /^Warmly could not load its yaml parser, .*chunk-yaml\.js: the file is missing\./);
});

test('the built bundles leave the parsers only some formats need to chunks, and a lint that needs one loads it', () => {
  ensureBuilt();
  const dist = join(ROOT, 'server', 'dist');
  for (const name of ['cli.js', 'worker.js', 'server.js', 'lint-worker.js']) {
    const text = readFileSync(join(dist, name), 'latin1');
    for (const pkg of ['@babel/parser', 'php-parser', 'handlebars', '@lezer/python', 'fast-xml-parser']) assert.ok(!text.includes(`node_modules/${pkg}/`), `${name} holds no ${pkg}`);
  }
  const { loadChunk } = createRequire(import.meta.url)(LOADER) as { loadChunk(dir: string, name: string): Record<string, any> };
  assert.equal(typeof loadChunk(dist, 'yaml').yaml.parseDocument, 'function');
  assert.equal(typeof loadChunk(dist, 'babel')['@babel/parser'].parse, 'function');
  assert.equal(typeof loadChunk(dist, 'markdown').unified.unified, 'function');
  // A YAML catalog and a Markdown email through the built CLI: both parsers come from their chunks (the cache shows it).
  const cacheDir = join(work, 'cli-chunks');
  const files = join(work, 'chunked');
  mkdirSync(join(files, 'locales'), { recursive: true });
  writeFileSync(join(files, 'locales', 'en.yml'), 'en:\n  mailer:\n    welcome: "Dear customer, please do not reply to this email."\n');
  writeFileSync(join(files, 'welcome.md'), '# Welcome\n\nDear customer,\n\nPlease do not reply to this email.\n');
  const r = spawnSync(process.execPath, [join(ROOT, 'server', 'bin', 'warmly.js'), 'lint', '--no-config', '--threads', '1', '--format', 'json', files], { encoding: 'utf8', env: { ...process.env, WARMLY_COMPILE_CACHE: cacheDir } });
  assert.equal(r.status, 1, r.stderr);
  const findings = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
  for (const f of ['en.yml', 'welcome.md']) assert.ok(findings.find((x) => x.filePath.endsWith(f))?.messages.some((m) => m.ruleId === 'no-reply'), `${f} linted`);
  const written = cacheFiles(cacheDir);
  for (const chunk of ['chunk-yaml-', 'chunk-markdown-']) assert.ok(written.some((f) => f.startsWith(chunk)), `${chunk} loaded through the cache: ${written.join(', ')}`);
});
