/**
 * Rule pages are read on GitHub, on the marketplace and in the editor's "show documentation": a source must be
 * something a reader can find (the article's subject and outlet, the study), never a path in the folder this
 * repository was developed beside (`../shared/seeds/…`) or on someone's disk.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { rules } from '../../rules';

const root = join(__dirname, '..', '..');
const pages = rules.map((r) => join(root, 'rules', r.id, 'README.md'));

/** Development-neighbourhood paths and local absolute paths. */
const LOCAL = [
  /(?:\.\.\/)+shared\//, /`shared\//, /\bseeds\//, /\b\d{3}_[0-9a-f]{16}\.txt\b/, /\bLABELING\.md\b/, /\bholdout/i,
  /(?:^|[\s(`"'])\/(?:work|home|Users|tmp|root|mnt|var)\//m, /file:\/\//, /\b[A-Za-z]:\\/,
];

test('no rule page points into ../shared or a local absolute path', () => {
  const bad: string[] = [];
  for (const page of pages) {
    const text = readFileSync(page, 'utf8');
    for (const re of LOCAL) {
      const m = re.exec(text);
      if (m) bad.push(`${relative(root, page)}: ${JSON.stringify(text.slice(Math.max(0, m.index - 20), m.index + 40))}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('every relative link on a rule page stays inside the repository and exists', () => {
  const bad: string[] = [];
  for (const page of pages) {
    for (const m of readFileSync(page, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1].split('#')[0];
      // An elided example link in quoted template text ("[talk to our moderators](…)") is not a link to follow.
      if (!/\w/.test(target) || /^[a-z]+:/i.test(target)) continue;
      const abs = resolve(dirname(page), target);
      if (relative(root, abs).startsWith('..') || !existsSync(abs)) bad.push(`${relative(root, page)} → ${m[1]}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('every rule page names its sources under "Why"', () => {
  const missing = pages.filter((page) => !/## Why\n[\s\S]*?\nSources:\n- \S/.test(readFileSync(page, 'utf8').split(/\n## (?!Why)/)[0]));
  assert.deepEqual(missing.map((p) => relative(root, p)), []);
});
