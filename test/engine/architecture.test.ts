/**
 * The shape of the codebase: one engine that never imports an editor or protocol library, one folder per
 * rule that the registry lists, one kebab-case id everywhere, and phrase data that compiles.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { rules } from '../../server/src/linter';
import { validatePattern, type PhraseEntry } from '../../server/src/engine/match';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sources(full));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

test('the engine and rules never import vscode or the LSP libraries', () => {
  for (const file of [...sources(join(root, 'server/src/engine')), ...sources(join(root, 'rules'))]) {
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /from ['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|vscode-jsonrpc)['"]/, file);
    assert.doesNotMatch(text, /from ['"](\.\.\/)+(lsp|cli)\//, `${file} imports a shell`);
  }
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
