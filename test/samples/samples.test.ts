/**
 * The samples are the first thing a new user lints (`npm start`): every good sample must be clean, and every rule
 * must show itself in a bad sample of each language that has a good counterpart (the same message written well).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { test } from 'node:test';
import { rules } from '../../rules';
import { lint } from '../../server/linter';

const root = join(__dirname, '..', '..', 'samples');
const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const LANGUAGES = ['en', 'fa'] as const;
const files = Object.fromEntries(LANGUAGES.map((l) => [l, walk(join(root, l))])) as Record<(typeof LANGUAGES)[number], string[]>;
const findings = (file: string) => lint(readFileSync(file, 'utf8'), { filePath: file }).findings;

test('every good sample lints clean', () => {
  const dirty: string[] = [];
  for (const file of LANGUAGES.flatMap((l) => files[l]).filter((f) => /-good\./.test(basename(f)))) {
    for (const f of findings(file)) dirty.push(`${relative(root, file)}: ${f.ruleId} "${f.actual.slice(0, 60)}"`);
  }
  assert.deepEqual(dirty, []);
});

test('every rule has a bad sample with a good counterpart in each language', () => {
  const shown = new Set<string>();
  for (const language of LANGUAGES) {
    const goods = new Set(files[language].filter((f) => /-good\./.test(basename(f))).map((f) => basename(f).split('-good.')[0]));
    for (const file of files[language].filter((f) => /-bad\./.test(basename(f)))) {
      if (!goods.has(basename(file).split('-bad.')[0])) continue;
      for (const f of findings(file)) shown.add(`${f.ruleId} ${language}`);
    }
  }
  const missing = rules.flatMap((r) => LANGUAGES.map((l) => `${r.id} ${l}`)).filter((k) => !shown.has(k));
  assert.deepEqual(missing, []);
});
