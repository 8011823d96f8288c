/**
 * Sanity of the labeled evaluation set and of the scorer. Accuracy itself is reported by
 * `npm run eval`, not asserted here: these tests fail when the set or the scorer is broken,
 * not when a rule misses.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/linter';
import { SPLITS, loadCases, labelProblems, scoreSplits, scoreCase, RULE_IDS, type Case } from './scorer';

const cases = SPLITS.flatMap((split) => loadCases(split));

test('every split holds templates in both languages', () => {
  for (const split of SPLITS)
    for (const language of ['en', 'fa'] as const)
      assert.ok(
        cases.filter((c) => c.split === split && c.labels.language === language).length >= 20,
        `${split} has too few ${language} templates`,
      );
});

test('every label quotes text that is in its template, unambiguously, with a known rule', () => {
  const problems = cases.flatMap((c) => labelProblems(c).map((p) => `${c.split}/${c.file}: ${p}`));
  assert.deepEqual(problems, []);
});

/**
 * Engine crashes found by this set and reported to the rule owner; each is re-checked below as a TODO
 * (shown in the test output, not failing the suite) until fixed. Remove an entry once its TODO passes.
 * (holdout/en-entities.html, "Dear&nbsp;customer" in HTML, was fixed and removed.)
 */
const KNOWN_CRASHES = new Set<string>();
const id = (c: Case) => `${c.split}/${c.file}`;

test('every template lints without throwing (known engine crashes aside)', () => {
  for (const c of cases.filter((c) => !KNOWN_CRASHES.has(id(c))))
    assert.doesNotThrow(() => lint(c.text, { filePath: c.path }), id(c));
});

test('known engine crashes are fixed', { todo: KNOWN_CRASHES.size > 0 && 'engine crashes listed in KNOWN_CRASHES' }, () => {
  for (const c of cases.filter((c) => KNOWN_CRASHES.has(id(c))))
    assert.doesNotThrow(() => lint(c.text, { filePath: c.path }), id(c));
});

test('scoring every split adds up: each label is a hit or a miss, each finding a hit, duplicate or false alarm', () => {
  const report = scoreSplits([...SPLITS]);
  assert.equal(report.cases, cases.length);
  let labels = 0;
  let findings = 0;
  for (const c of cases) {
    labels += c.labels.findings.length;
    if (KNOWN_CRASHES.has(id(c))) continue;
    findings += lint(c.text, { filePath: c.path }).findings.filter((f) =>
      RULE_IDS.includes(f.ruleId),
    ).length;
  }
  assert.deepEqual(report.results.filter((r) => r.crash).map((r) => id(r.case)).filter((f) => !KNOWN_CRASHES.has(f)), []);
  let tp = 0, fp = 0, fn = 0, dup = 0;
  for (const byLang of report.totals.values())
    for (const t of byLang.values()) {
      tp += t.tp;
      fp += t.fp;
      fn += t.fn;
      dup += t.dup;
    }
  assert.equal(tp + fn, labels);
  assert.equal(tp + fp + dup, findings);
});

const synthetic = (text: string, findings: Case['labels']['findings']): Case => ({
  split: 'dev',
  file: 'synthetic.txt',
  path: 'synthetic.txt',
  text,
  labels: { language: 'en', findings },
});

test('the scorer matches by rule and overlap, counts misses and false alarms', () => {
  const text = 'Dear valued customer,\n\nPlease do not reply to this email.\n\nBest regards,\nThe Acme Team\n';
  const found = lint(text, { filePath: 'x.txt' }).findings.map((f) => f.ruleId);
  assert.ok(found.includes('generic-greeting'), 'the engine should flag this textbook greeting');

  const right = scoreCase(synthetic(text, [{ ruleId: 'generic-greeting', quote: 'Dear valued customer' }]));
  assert.equal(right.tally.get('generic-greeting')?.get('en')?.tp, 1);

  const wrongPlace = scoreCase(synthetic(text, [{ ruleId: 'generic-greeting', quote: 'Best regards' }]));
  assert.equal(wrongPlace.tally.get('generic-greeting')?.get('en')?.tp ?? 0, 0);
  assert.equal(wrongPlace.tally.get('generic-greeting')?.get('en')?.fp, 1);
  assert.equal(wrongPlace.tally.get('generic-greeting')?.get('en')?.fn, 1);
  assert.ok(wrongPlace.misses.some((m) => m.text === 'Best regards'));
});

test('a label quote that is missing or ambiguous is reported', () => {
  const c = synthetic('Hi team, hi team.', [
    { ruleId: 'generic-greeting', quote: 'nowhere' },
    { ruleId: 'generic-greeting', quote: 'hi team' },
    { ruleId: 'no-such-rule', quote: 'Hi' },
  ]);
  const problems = labelProblems({ ...c, text: 'Hi team, hi team, hi team.' });
  assert.equal(problems.length, 3);
});

// ---- Real-text sets (test/eval/real.ts) ----
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { inferLanguage, isBlind, outsideRoot, loadRealCases, rangesOf, realSource, scoreRealCase, type RealCase, type RealRow } from './real';

const realRow = (over: Partial<RealRow>): RealRow => ({
  file: 'x.txt', generic_greeting: [], no_reply: [], argumentative: [], non_apology: [], robotic: [], missing_contact: false, ...over,
});
const realCase = (text: string, row: RealRow, language: 'en' | 'fa' = 'en'): RealCase => ({
  split: 'real-dev', file: row.file, path: row.file, text, language, row,
});

test('real-dev: every labelled file exists and every listed phrase is in its file', (t) => {
  const src = realSource('real-dev');
  if (!src) return t.skip('../shared/labels/corpus.jsonl not found: real-dev not checked');
  const { cases, problems } = loadRealCases('real-dev', src);
  assert.ok(cases.length > 100);
  assert.deepEqual(problems, []);
  for (const c of cases) assert.doesNotThrow(() => scoreRealCase(c), c.file);
});

test('real-dev2, real-dev3 and real-dev4: every row names its language, its file and its phrases (where the sets are present)', (t) => {
  for (const split of ['real-dev2', 'real-dev3', 'real-dev4'] as const) {
    const src = realSource(split);
    if (!src) {
      t.diagnostic(`${split}: not on this machine (outside the repository), not checked`);
      continue;
    }
    const { cases, problems } = loadRealCases(split, src);
    assert.ok(cases.length >= 30, split);
    assert.deepEqual(problems, [], split);
    for (const c of cases) {
      assert.ok(c.row.language === 'en' || c.row.language === 'fa', `${split}/${c.file}: a language`);
      assert.doesNotThrow(() => scoreRealCase(c), c.file);
    }
  }
  // The environment variable points a split elsewhere.
  assert.equal(realSource('real-dev2', { WARMLY_REAL_DEV2: '/nonexistent/dev2' }), undefined);
});

test('real scorer: overlap with a listed phrase is a hit, borderline counts neither way, the rest are false alarms', () => {
  const text = 'Dear  Customer,\n\nWe regret to inform you that your order is late.\nPlease be advised of the delay.\n\nThe Shop Team\n';
  const row = realRow({
    generic_greeting: ['Dear Customer'], // whitespace differs from the file: still found
    robotic: ['We regret to inform you that'],
    borderline: { robotic: ['Please be advised'] },
    missing_contact: true,
  });
  const r = scoreRealCase(realCase(text, row));
  assert.equal(r.tally.get('generic-greeting')?.get('en')?.tp, 1);
  assert.equal(r.tally.get('robotic-phrasing')?.get('en')?.tp, 1);
  assert.equal(r.tally.get('robotic-phrasing')?.get('en')?.fp ?? 0, 0, 'the borderline phrase is not a false alarm');
  assert.ok(r.borderline >= 1);
  assert.equal(r.tally.get('missing-contact')?.get('en')?.tp, 1);

  const unlabeled = scoreRealCase(realCase(text, realRow({})));
  assert.equal(unlabeled.tally.get('generic-greeting')?.get('en')?.fp, 1);
  assert.equal(unlabeled.tally.get('missing-contact')?.get('en')?.fp, 1);
  const borderlineFile = scoreRealCase(realCase(text, realRow({ missing_contact: true, borderline_missing_contact: true })));
  assert.equal(borderlineFile.tally.get('missing-contact'), undefined, 'a borderline file counts neither way');
});

test('real scorer: phrases match across whitespace runs; language is inferred from the script share', () => {
  assert.equal(rangesOf('a\n   b c', 'a b c').length, 1);
  assert.equal(rangesOf('a b', 'a c').length, 0);
  assert.equal(inferLanguage('<p>{{ customer.name }} عزیز، سفارش شما ارسال شد.</p>'), 'fa');
  assert.equal(inferLanguage('<p dir="rtl">Hi {{ name }}, your order has shipped.</p>'), 'en');
});

test('real-holdout is blind: eval prints its table but never its files or texts, even with --verbose', () => {
  const root = mkdtempSync(join(tmpdir(), 'warmly-blind-'));
  mkdirSync(join(root, 'files'));
  const secret = 'Dear Zebracorn Customer';
  writeFileSync(join(root, 'files', 'secret-template-name.txt'), `${secret},\n\nPlease do not reply to this message.\n\nThe Team\n`);
  writeFileSync(join(root, 'labels.jsonl'), JSON.stringify(realRow({ file: 'secret-template-name.txt', language: 'en', robotic: ['Zebracorn'] })) + '\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', 'real-holdout', '--verbose'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, WARMLY_REAL_HOLDOUT: root },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /== real-holdout: 1 templates/);
  assert.match(run.stdout, /no-reply\s+en\s+0\s+1/, 'the false alarm is counted');
  assert.match(run.stdout, /robotic-phrasing\s+en\s+0\s+0\s+1/, 'the miss is counted');
  assert.doesNotMatch(run.stdout, /secret-template-name|Zebracorn|do not reply/);
});

test('every real-holdoutN is blind and read from its own folder', () => {
  assert.ok(isBlind('real-holdout3') && isBlind('real-holdout') && !isBlind('real-dev13'));
  assert.equal(outsideRoot('real-holdout3', {}), '/work/holdout-real3');
  assert.equal(outsideRoot('real-holdout3', { WARMLY_REAL_HOLDOUT3: '/x' }), '/x');
  assert.equal(outsideRoot('real-holdout', {}), '/work/holdout-real');
});

test('a real split that is absent is skipped loudly, not scored as empty', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', 'real-holdout'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, WARMLY_REAL_HOLDOUT: join(tmpdir(), 'warmly-no-such-holdout') },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /real-holdout: SKIPPED, not found/);
});

test('the blind paraphrase sets are well formed: every rule in both languages, quotes inside their sentences', async () => {
  const { loadParaphraseSets } = await import('./paraphrases');
  const sets = loadParaphraseSets();
  for (const rule of ['argumentative', 'non-apology', 'robotic-phrasing', 'repeat-yourself'])
    for (const language of ['en', 'fa'])
      assert.ok(sets.some((s) => s.rule === rule && s.language === language && s.bad.length >= 20 && s.good.length >= 20), `${rule} ${language}`);
  for (const s of sets) for (const b of s.bad) assert.ok(b.text.includes(b.quote), `${s.rule}.${s.language}: ${b.quote}`);
});

test('round 2 of the paraphrases is well formed: seven rules in both languages, 16 a side, quotes inside', async () => {
  const { loadParaphraseSets, PARAPHRASE_ROUNDS } = await import('./paraphrases');
  const sets = loadParaphraseSets(PARAPHRASE_ROUNDS[1].dir);
  assert.equal(sets.length, 14);
  for (const s of sets) {
    assert.ok(s.bad.length >= 16 && s.good.length >= 16, `${s.rule}.${s.language}`);
    for (const b of s.bad) assert.ok(b.text.includes(b.quote), `${s.rule}.${s.language}: ${b.quote}`);
  }
});

test('round 3 of the paraphrases is well formed: eight rules in both languages, 16 a side, quotes inside', async () => {
  const { loadParaphraseSets, PARAPHRASE_ROUNDS } = await import('./paraphrases');
  const sets = loadParaphraseSets(PARAPHRASE_ROUNDS[2].dir);
  assert.equal(sets.length, 16);
  for (const s of sets) {
    assert.ok(s.bad.length >= 16 && s.good.length >= 16, `${s.rule}.${s.language}`);
    for (const b of s.bad) assert.ok(b.text.includes(b.quote), `${s.rule}.${s.language}: ${b.quote}`);
  }
});

/**
 * A floor, not a target: the judgement rules may not lose ground on wording nobody listed. Raise these when the
 * rules improve (npm run eval -- paraphrases prints the figures); never lower them to let a change in.
 */
test('judgement rules keep their reach on the blind paraphrases, without false alarms on the hard negatives', async () => {
  const { loadParaphraseSets, scoreParaphrases } = await import('./paraphrases');
  let caught = 0, bad = 0, falseAlarms = 0, good = 0;
  // The floor was measured on the four judgement rules' sets; sets for newer rules get their own floor once measured.
  const judgement = ['argumentative', 'non-apology', 'robotic-phrasing', 'repeat-yourself'];
  for (const set of loadParaphraseSets().filter((x) => judgement.includes(x.rule))) {
    const s = scoreParaphrases(set);
    caught += s.caught; bad += s.bad; falseAlarms += s.falseAlarms; good += s.good;
  }
  assert.ok(caught / bad >= 0.77, `recall on the paraphrases fell to ${(caught / bad).toFixed(2)}`);
  assert.ok(falseAlarms / good <= 0.02, `false alarms on the hard negatives rose to ${falseAlarms}/${good}`);
});

/**
 * The newer rules' floors on their blind paraphrase sets (both halves, both languages), measured when the sets were
 * written (2026-12-02) and set a little below: they catch a rule that loses reach or starts flagging hard negatives.
 * Raise them as the rules improve; never lower them to let a change in.
 */
test('newer rules keep their reach on their blind paraphrases, and their false alarms stay where they were', async () => {
  const { loadParaphraseSets, scoreParaphrases } = await import('./paraphrases');
  const floors: Record<string, { recall: number; falseAlarms: number }> = {
    'cold-sender': { recall: 0.6, falseAlarms: 0 },
    'cold-subject': { recall: 0.7, falseAlarms: 2 },
    'extra-effort': { recall: 0.35, falseAlarms: 0 },
    'no-way-forward': { recall: 0.75, falseAlarms: 1 },
    'survey-invitation': { recall: 0.7, falseAlarms: 0 },
    'unowned-mistake': { recall: 0.65, falseAlarms: 0 },
    'vague-follow-up': { recall: 0.85, falseAlarms: 0 },
  };
  for (const [rule, floor] of Object.entries(floors)) {
    let caught = 0, bad = 0, falseAlarms = 0;
    for (const set of loadParaphraseSets().filter((s) => s.rule === rule)) {
      const s = scoreParaphrases(set);
      caught += s.caught; bad += s.bad; falseAlarms += s.falseAlarms;
    }
    assert.ok(bad > 0, `${rule} has a paraphrase set`);
    assert.ok(caught / bad >= floor.recall, `${rule}: recall on its paraphrases fell to ${(caught / bad).toFixed(2)}`);
    assert.ok(falseAlarms <= floor.falseAlarms, `${rule}: ${falseAlarms} false alarms on its hard negatives`);
  }
});

// LABELING.md judges missing-contact once per file, Warmly once per message: a catalog of several emails is marked, so
// the report can show its figures with those judgements set aside too (scripts/eval.ts).
test('real scorer: a catalog of several messages is marked; a single template is not', () => {
  const yaml = 'en:\n  mailer:\n    welcome:\n      subject: Welcome\n      body: Your account is ready. Reply to this email with any questions.\n    closed:\n      subject: Account closed\n      body: Your account has been closed and your data deleted.\n';
  const catalog = scoreRealCase({ ...realCase(yaml, realRow({ missing_contact: false })), path: 'config/locales/en.yml', file: 'config/locales/en.yml' });
  assert.equal(catalog.severalMessages, true);
  assert.equal(catalog.tally.get('missing-contact')?.get('en')?.fp, 1, 'still scored as the guide says, per file');
  const single = scoreRealCase(realCase('Hi Dana,\n\nYour account has been closed.\n\nThe Team\n', realRow({ missing_contact: true })));
  assert.equal(single.severalMessages, false);
});
