/**
 * Fixture cases for one rule, markdownlint/Harper style: a bad text marks each expected finding with
 * [[double brackets]] (removed before linting); a good text must produce no finding of the rule. Every case
 * also checks the fix round trip: applying the rule's preferred fixes twice equals once, and the fixed text
 * has no fixable finding of the rule left.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, type Finding, type LintOptions } from '../../server/engine';
import { fixText, lint } from '../../server/linter';

export interface Case {
  text: string;
  /** File name used to pick the format (default: a .txt file). */
  file?: string;
  /** Expected text after applying the preferred fix of every finding of this rule once. */
  fixed?: string;
  options?: LintOptions;
}

interface Expected {
  text: string;
  spans: { start: number; end: number; quote: string }[];
}

export function unmark(marked: string): Expected {
  const spans: Expected['spans'] = [];
  let text = '';
  let i = 0;
  while (i < marked.length) {
    if (marked.startsWith('[[', i)) {
      const close = marked.indexOf(']]', i + 2);
      assert.ok(close > 0, `unclosed [[ in fixture: ${marked}`);
      const quote = marked.slice(i + 2, close);
      spans.push({ start: text.length, end: text.length + quote.length, quote });
      text += quote;
      i = close + 2;
    } else {
      text += marked[i++];
    }
  }
  return { text, spans };
}

function findingsOf(ruleId: string, text: string, c: Case): Finding[] {
  return lint(text, { filePath: c.file ?? 'fixture.txt', ...c.options }).findings.filter((f) => f.ruleId === ruleId);
}

export function ruleCases(ruleId: string, cases: { bad: Case[]; good: Case[] }): void {
  describe(`${ruleId} fixtures`, () => {
    cases.bad.forEach((c, n) => {
      const { text, spans } = unmark(c.text);
      test(`bad #${n + 1} (${c.file ?? 'txt'}): ${spans.map((s) => s.quote).join(' | ').slice(0, 70)}`, () => {
        const found = findingsOf(ruleId, text, c);
        const got = found.map((f) => text.slice(f.range.start, f.range.end));
        assert.deepEqual(got, spans.map((s) => s.quote), `findings of ${ruleId} in:\n${text}`);
        for (const f of found) {
          assert.ok(f.message.length > 10, 'a finding explains itself');
          assert.ok(f.url.endsWith(`/rules/${ruleId}/README.md`));
        }
        roundTrip(ruleId, text, c, found);
      });
    });
    cases.good.forEach((c, n) => {
      test(`good #${n + 1} (${c.file ?? 'txt'}): ${c.text.replace(/\s+/g, ' ').slice(0, 70)}`, () => {
        const found = findingsOf(ruleId, c.text, c);
        assert.deepEqual(found.map((f) => f.actual), [], `no ${ruleId} finding expected in:\n${c.text}`);
      });
    });
  });
}

function roundTrip(ruleId: string, text: string, c: Case, found: Finding[]): void {
  const options = { filePath: c.file ?? 'fixture.txt', ...c.options };
  const only = (f: Finding) => f.ruleId === ruleId;
  if (c.fixed !== undefined) {
    const once = applyEdits(text, found.flatMap((f) => f.suggestions[0]?.edits ?? [])).text;
    assert.equal(once, c.fixed, 'preferred rewrite');
  }
  const fixedOnce = fixText(text, options, only).text;
  const fixedTwice = fixText(fixedOnce, options, only).text;
  assert.equal(fixedTwice, fixedOnce, 'fixing twice changes nothing the second time');
  const left = lint(fixedOnce, options).findings.filter((f) => only(f) && f.suggestions.length > 0);
  assert.deepEqual(left.map((f) => f.actual), [], 'nothing fixable is left after fix-all');
}
