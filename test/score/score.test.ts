/**
 * The warmth score (server/engine/score.ts): the arithmetic, the caps, the credits in both languages, and the
 * promise the report makes: applying a finding's rewrite gains exactly the points shown next to it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyEdits, type Finding } from '../../server/engine';
import { computeScore, scoreText, SCORE_FORMULA } from '../../server/engine/score';
import { linter } from '../../server/linter';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const score = (name: string) => scoreText(linter, fixture(name), { filePath: name });
const finding = (ruleId: string, severity: Finding['severity'] = 'warning'): Finding =>
  ({ ruleId, severity, message: '', range: { start: 0, end: 0 }, actual: '', language: 'en', url: '', suggestions: [] });

test('no findings and no credits scores the base', () => {
  assert.equal(computeScore([], []).score, SCORE_FORMULA.base);
});

test('each finding costs its severity, and one rule costs at most its cap', () => {
  assert.equal(computeScore([finding('a', 'error')], []).score, SCORE_FORMULA.base - SCORE_FORMULA.penalty.error);
  assert.equal(computeScore([finding('a', 'hint')], []).score, SCORE_FORMULA.base - SCORE_FORMULA.penalty.hint);
  const many = Array.from({ length: 6 }, () => finding('a'));
  const { score, penalties } = computeScore(many, []);
  assert.equal(score, SCORE_FORMULA.base - SCORE_FORMULA.capPerRule);
  assert.deepEqual(penalties, [{ ruleId: 'a', findings: 6, raw: 60, points: SCORE_FORMULA.capPerRule, capped: true }]);
  // The cap is per rule: a second habit still counts in full.
  assert.equal(computeScore([...many, finding('b')], []).score, SCORE_FORMULA.base - SCORE_FORMULA.capPerRule - SCORE_FORMULA.penalty.warning);
  // A rule with its own cap.
  const broken = Array.from({ length: 6 }, () => finding('broken-merge-tag'));
  assert.equal(computeScore(broken, []).score, SCORE_FORMULA.base - SCORE_FORMULA.capByRule['broken-merge-tag']);
});

test('the score stays within 0..100', () => {
  const lots = ['a', 'b', 'c', 'd', 'e'].flatMap((id) => Array.from({ length: 3 }, () => finding(id, 'error')));
  assert.equal(computeScore(lots, []).score, 0);
  const credits = Object.entries(SCORE_FORMULA.credit).map(([id, points]) => ({ id: id as never, points: points + 10, evidence: '' }));
  assert.equal(computeScore([], credits).score, 100);
});

for (const [cold, warm, lang] of [['cold.hbs', 'warm.hbs', 'en'], ['cold-fa.hbs', 'warm-fa.hbs', 'fa']] as const) {
  test(`${lang}: the cold template scores lower than its warm rewrite, and the language is detected`, () => {
    const c = score(cold);
    const w = score(warm);
    assert.ok(c.score < w.score - 40, `${c.score} vs ${w.score}`);
    assert.equal(c.language, lang);
    assert.equal(w.language, lang);
  });

  test(`${lang}: the warm template earns every credit`, () => {
    assert.deepEqual(score(warm).credits.map((c) => c.id).sort(), Object.keys(SCORE_FORMULA.credit).sort());
  });

  test(`${lang}: "do not reply" is no invitation, and the cold template earns no reply or contact credit`, () => {
    const ids = score(cold).credits.map((c) => c.id);
    assert.ok(!ids.includes('invites-reply') && !ids.includes('direct-contact') && !ids.includes('greets-by-name'), ids.join(','));
  });

  test(`${lang}: applying a finding's rewrite gains exactly the points shown`, () => {
    const text = fixture(cold);
    const s = scoreText(linter, text, { filePath: cold });
    const fixable = s.findings.filter((f) => f.exact);
    assert.ok(fixable.length >= 2);
    for (const f of fixable) {
      const fixed = applyEdits(text, f.finding.suggestions[0].edits).text;
      assert.equal(scoreText(linter, fixed, { filePath: cold }).score - s.score, f.gain, f.finding.ruleId);
    }
  });
}

test('an apology earns a credit only where one is due', () => {
  const due = scoreText(linter, 'Hi {{first_name}},\n\nYour parcel is late and we are sorry.\n', { filePath: 'a.txt' });
  const notDue = scoreText(linter, 'Hi {{first_name}},\n\nWe are sorry to see you go, here is your receipt.\n', { filePath: 'a.txt' });
  assert.ok(due.credits.some((c) => c.id === 'owned-apology'));
  assert.ok(!notDue.credits.some((c) => c.id === 'owned-apology'));
});

test('the same text scores the same every time', () => {
  const a = score('cold.hbs');
  const b = score('cold.hbs');
  assert.deepEqual(a, b);
});

test('the score page quotes the formula it documents', () => {
  const page = readFileSync(join(__dirname, '..', '..', 'docs', 'readme', 'score.md'), 'utf8');
  const f = SCORE_FORMULA;
  assert.ok(page.includes(`starts at **${f.base}**`));
  for (const [severity, points] of Object.entries(f.penalty)) assert.ok(page.includes(`${severity} **${points}**`), severity);
  assert.ok(page.includes(`at most **${f.capPerRule}** points`));
  for (const [rule, cap] of Object.entries(f.capByRule)) assert.ok(page.includes(`\`${rule}\` may take **${cap}**`), rule);
  for (const [id, points] of Object.entries(f.credit)) assert.ok(page.includes(`\`${id}\` **+${points}**`), id);
});

test('property: fix-all never lowers a score (every sample template, both languages)', () => {
  const root = join(__dirname, '..', '..', 'samples');
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  const files = walk(root).filter((f) => /\/(?:en|fa)\//.test(f));
  assert.ok(files.length > 40);
  const lower: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const before = scoreText(linter, text, { filePath: file }, false).score;
    const after = scoreText(linter, linter.fixText(text, { filePath: file }).text, { filePath: file }, false).score;
    if (after < before) lower.push(`${file}: ${before} -> ${after}`);
  }
  assert.deepEqual(lower, []);
});

test('a catalog earns each credit once from any of its messages, and each message is scored on its own', () => {
  const yaml = [
    'en:',
    '  order_mailer:',
    '    shipped:',
    '      greeting: "Hi %{first_name},"',
    '      body: "Your order ships on Monday. Just reply to this email if anything changes."',
    '',
  ].join('\n');
  const s = scoreText(linter, yaml, { filePath: 'config/locales/en.yml' });
  // Before, the file took the credits of whichever message was observed last (the body's invitation only).
  assert.deepEqual(s.credits.map((c) => c.id).sort(), ['greets-by-name', 'invites-reply']);
  assert.deepEqual(s.messages?.map((m) => [m.key, m.credits.map((c) => c.id)]), [
    ['en.order_mailer.shipped.greeting', ['greets-by-name']],
    ['en.order_mailer.shipped.body', ['invites-reply']],
  ]);
});
