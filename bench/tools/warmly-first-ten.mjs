// Warmly's engine in-process with only the ten rules it shipped with (issue #15's yardstick): the newer rules are
// turned off the way a user's configuration turns a rule off, so the same engine and the same files are measured.
import { createRequire } from 'node:module';
import { enginePath } from '../lib/paths.mjs';

/** The rules of the first release (commit 4f53216), in rules/index.ts's order. */
export const FIRST_TEN = ['generic-greeting', 'no-reply', 'missing-contact', 'faceless-signoff', 'argumentative', 'non-apology', 'robotic-phrasing', 'repeat-yourself', 'broken-merge-tag', 'name-without-fallback'];

export const name = 'warmly (first ten rules)';
export async function setup() {
  const { lint, rules, compileRegexpsOnce } = createRequire(import.meta.url)(enginePath);
  compileRegexpsOnce();
  const off = Object.fromEntries(rules.filter((r) => !FIRST_TEN.includes(r.id)).map((r) => [r.id, 'off']));
  return (text, filePath) => lint(text, { filePath, rules: off }).findings.length;
}
