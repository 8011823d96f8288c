/**
 * The shape of the codebase, checked on the real import graph (every TypeScript file parsed by the compiler,
 * relative imports resolved, type-only imports included: test/helpers/import-graph.ts):
 * - the engine (server/engine) imports only itself and its parsers: never the rules, a shell (cli, lsp),
 *   the config resolver, the client, the shared protocol, Node's builtins, vscode or an LSP library;
 * - a rule imports only the rule kit (server/engine/kit.ts) and files of its own folder;
 * - the client never imports the engine or the rules (it asks the server);
 * - the top-level parts import each other without cycles;
 * - no function in the engine, the rules or the server is over 150 lines (a long function hides its steps).
 * And: one folder per rule that the registry lists, one kebab-case id everywhere, phrase data that compiles.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { rules } from '../../server/linter';
import { validatePattern, type PhraseEntry } from '../../server/engine/match';
import { analyseProject, type ImportEdge } from '../helpers/import-graph';

const root = join(__dirname, '..', '..');
const { edges: graph, functions } = analyseProject(root);

const ENGINE = 'server/engine/';
const KIT = 'server/engine/kit.ts';
/** The npm packages the engine parses templates with; anything else (Node, editors, protocols) is a shell's. */
/** Parsers the engine reads templates and message catalogs with (YAML, JSON, PHP, Odoo XML), key globs, and the language identifier. */
const ENGINE_PACKAGES = ['handlebars', 'htmlparser2', '@babel/parser', '@lezer/python', 'unified', 'remark-parse', 'remark-frontmatter', 'yaml', 'jsonc-parser', 'php-parser', 'fast-xml-parser', 'picomatch', 'franc-min'];

/** The top-level parts: the engine, its rules, the linter that wires them, the resolver, the shells. */
const PARTS: [string, (path: string) => boolean][] = [
  ['engine', (p) => p.startsWith(ENGINE)],
  ['rules', (p) => p.startsWith('rules/')],
  ['linter', (p) => p === 'server/linter.ts'],
  ['config', (p) => p.startsWith('server/config/')],
  ['cli', (p) => p.startsWith('server/cli/')],
  ['lsp', (p) => p.startsWith('server/language-server/')],
  ['client', (p) => p.startsWith('client/src/')],
  ['shared', (p) => p.startsWith('shared/')],
];
const partOf = (path: string) => PARTS.find(([, has]) => has(path))?.[0];
const isTest = (path: string) => path.endsWith('.test.ts');
const show = (e: ImportEdge) => `${e.from} imports '${e.specifier}'${e.typeOnly ? ' (types)' : ''}`;

test('the import graph covers the engine, the rules, the shells and the client', () => {
  for (const part of ['engine', 'rules', 'linter', 'config', 'cli', 'lsp', 'client']) {
    assert.ok(graph.some((e) => partOf(e.from) === part), `no imports seen from ${part}`);
  }
  const unresolved = graph.filter((e) => e.specifier.startsWith('.') && !e.to);
  assert.deepEqual(unresolved.map(show), [], 'relative imports that resolve to no file');
});

/**
 * The format registry (shared/formats.ts: extensions, language ids, comment syntax) is data the engine, the server,
 * the client and the manifest generator all read; it imports nothing, so the engine may read it too.
 */
const SHARED_DATA = ['shared/formats.ts'];

test('shared data modules the engine reads import nothing', () => {
  const bad = graph.filter((e) => SHARED_DATA.includes(e.from));
  assert.deepEqual(bad.map(show), []);
});

test('the engine imports only itself, the shared format registry and its template parsers: no rules, shells, config, client, Node or editor library', () => {
  const bad = graph.filter((e) => e.from.startsWith(ENGINE) && (e.to ? !e.to.startsWith(ENGINE) && !SHARED_DATA.includes(e.to) : !ENGINE_PACKAGES.includes(e.packageName!)));
  assert.deepEqual(bad.map(show), []);
});

test('a rule imports only the rule kit and its own folder (the registry imports the rule folders)', () => {
  const bad = graph.filter((e) => {
    if (!e.from.startsWith('rules/') || isTest(e.from)) return false;
    if (!e.to) return true; // no npm package, no Node builtin: a rule is data and logic over the kit
    if (e.to === KIT) return false;
    const folder = (p: string) => p.split('/').slice(0, 2).join('/');
    if (e.from === 'rules/index.ts') return !/^rules\/[a-z-]+\/index\.ts$/.test(e.to);
    return folder(e.to) !== folder(e.from) || e.to === 'rules/index.ts';
  });
  assert.deepEqual(bad.map(show), []);
});

test('the rule kit exports only engine modules', () => {
  const bad = graph.filter((e) => e.from === KIT && !(e.to ?? '').startsWith(ENGINE));
  assert.deepEqual(bad.map(show), []);
});

test('the client never imports the engine or the rules', () => {
  const bad = graph.filter((e) => e.from.startsWith('client/src/') && e.to && (e.to.startsWith(ENGINE) || e.to.startsWith('rules/') || e.to === 'server/linter.ts'));
  assert.deepEqual(bad.map(show), []);
});

test('the top-level parts import each other without cycles', () => {
  const edges = new Map<string, Set<string>>();
  const witness = new Map<string, ImportEdge>();
  for (const e of graph) {
    if (!e.to || isTest(e.from)) continue;
    const a = partOf(e.from);
    const b = partOf(e.to);
    if (!a || !b || a === b) continue;
    if (!edges.has(a)) edges.set(a, new Set());
    edges.get(a)!.add(b);
    if (!witness.has(`${a}>${b}`)) witness.set(`${a}>${b}`, e);
  }
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (part: string) => {
    state.set(part, 'open');
    stack.push(part);
    for (const next of edges.get(part) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        cycles.push(cycle.slice(1).map((b, i) => `${cycle[i]} -> ${b} (${show(witness.get(`${cycle[i]}>${b}`)!)})`).join('; '));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(part, 'done');
  };
  for (const [part] of PARTS) if (!state.has(part)) visit(part);
  assert.deepEqual(cycles, []);
});

const MAX_FUNCTION_LINES = 150;
const tooLong = (prefix: string) => functions.filter((f) => f.file.startsWith(prefix) && f.lines > MAX_FUNCTION_LINES).map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);

test('no function in the engine or the rules is over 150 lines', () => {
  assert.ok(functions.some((f) => f.file.startsWith(ENGINE)), 'functions of the engine were measured');
  assert.deepEqual([...tooLong(ENGINE), ...tooLong('rules/')], []);
});

test('no function in the server shells is over 150 lines', () => {
  assert.deepEqual(tooLong('server/'), []);
});

test('every rule folder is in the registry and the other way round', () => {
  const folders = readdirSync(join(root, 'rules')).filter((n) => statSync(join(root, 'rules', n)).isDirectory()).sort();
  assert.deepEqual(rules.map((r) => r.id).sort(), folders);
});

test('every rule has a kebab-case id, a doc page, messages in both languages and a default severity', () => {
  for (const rule of rules) {
    assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(existsSync(join(root, 'rules', rule.id, 'README.md')), `rules/${rule.id}/README.md`);
    assert.ok(existsSync(join(root, 'rules', rule.id, `${rule.id}.test.ts`)), `rules/${rule.id}/${rule.id}.test.ts`);
    assert.ok(rule.messages.en.length > 20 && rule.messages.fa.length > 20);
    assert.ok(/[\u0600-\u06FF]/.test(rule.messages.fa), 'the Persian message is in Persian');
    assert.ok(['hint', 'info', 'warning', 'error'].includes(rule.defaultSeverity));
    assert.ok(rule.description.length > 10);
  }
});

test('every phrase pattern in the rule data compiles and cannot match empty text', () => {
  let count = 0;
  for (const rule of rules) {
    for (const lang of ['en', 'fa'] as const) {
      const file = join(root, 'rules', rule.id, `${lang}.ts`);
      if (!existsSync(file)) continue;
      const data = require(file)[lang] as PhraseEntry[];
      for (const entry of data) {
        assert.doesNotMatch(entry.match, /\$\{|\{(?!name\}|tag\})/, `unexpanded placeholder in ${rule.id}/${lang}: ${entry.match}`);
        validatePattern(entry.match, lang);
        for (const x of entry.except ?? []) validatePattern(x, lang);
        count++;
      }
    }
  }
  assert.ok(count > 100, `${count} patterns`);
});

test('README.md is assembled from docs/readme and the rule registry (npm run gen-readme)', () => {
  const { buildReadme } = require('../../scripts/gen-readme');
  assert.equal(readFileSync(join(root, 'README.md'), 'utf8'), buildReadme());
});
