/**
 * Mutated survey files (truncated, unbalanced, inserted bytes, duplicated regions, CRLF): linting never throws,
 * findings and edits stay clean (the engine's own invariants), and whenever a mutation still parses as a survey,
 * every text maps to its characters and every addChoices edit re-parses as one more choice. Fixed seeds.
 */
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { applyEdits, surveyKindOf } from '../../server/engine';
import { parseSurvey } from '../../server/engine/surveys';
import { mutation } from '../reliability/arbitraries';
import { checkAll } from '../reliability/invariants';
import { assertSurveyMapped } from '../helpers/survey-ranges';

const seed = process.env.WARMLY_FC_SEED ? Number(process.env.WARMLY_FC_SEED) : 20_261_216;
const ROOTS = [join(import.meta.dirname, 'fixtures'), join(import.meta.dirname, '..', 'fixtures', 'surveys')];
const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  return statSync(p).isDirectory() ? files(p) : n.endsWith('.md') ? [] : [p];
});

function checkSurvey(path: string, text: string): void {
  checkAll(text, { filePath: path });
  const kind = surveyKindOf(path, text);
  if (!kind || kind === undefined) return;
  const survey = parseSurvey(kind, text);
  if ('error' in survey) return;
  assertSurveyMapped(text, survey, path);
  survey.questions.forEach((q, i) => {
    const edits = q.addChoices?.([{ label: { en: 'Prefer not to say', fa: 'ترجیح می‌دهم نگویم' }, optOut: true }], 'en');
    if (!edits) return;
    const again = parseSurvey(kind, applyEdits(text, edits).text);
    assert.ok(!('error' in again), `${path}: addChoices on ${q.id} keeps the file parseable`);
    assert.equal(again.questions[i]?.choices.length, q.choices.length + 1, `${path}: addChoices on ${q.id} adds one choice`);
  });
}

test('mutations of every survey fixture: no throw, clean findings, exact texts, addChoices that re-parses', { timeout: 240_000 }, () => {
  const all = ROOTS.flatMap(files).filter((f) => !f.endsWith('.html'));
  assert.ok(all.length >= 10, `${all.length} survey files`);
  all.forEach((path, i) => {
    checkSurvey(path, readFileSync(path, 'utf8'));
    const result = fc.check(fc.property(mutation(readFileSync(path, 'utf8')), (text) => { checkSurvey(path, text); }), { numRuns: 25, seed: seed + i });
    if (result.failed) {
      throw new Error(`${relative(process.cwd(), path)} (seed ${result.seed}, path ${result.counterexamplePath}): ${String(result.errorInstance).slice(0, 600)}`);
    }
  });
});
