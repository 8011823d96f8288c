import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { rules } from '../../server/linter';
import { BIN, byFile, COLD, ensureBuilt, project, REPO, WARM, warmly, write } from './helpers';
import { CORPUS_HINT, FIXTURE_TEMPLATES, hasSharedCorpus, SHARED_CORPUS, skipLoudly } from '../helpers/skips';

before(ensureBuilt);

describe('exit codes and usage errors', () => {
  test('0 when clean, 1 with an error finding, 2 for usage errors with one clear line', () => {
    const dir = project({ 'warm.liquid': WARM, 'cold.hbs': COLD['welcome.hbs'] });
    const clean = warmly(['lint', 'warm.liquid'], { cwd: dir });
    assert.equal(clean.status, 0, clean.stderr);
    assert.equal(clean.stdout, '');
    const dirty = warmly(['lint', 'cold.hbs'], { cwd: dir });
    assert.equal(dirty.status, 1);
    assert.match(dirty.stdout, /no-reply/);

    for (const [args, message] of [
      [['lint', '--format', 'xml', '.'], /unknown format "xml"/],
      [['lint', '--bogus', '.'], /Unknown option '--bogus'/],
      [['lint'], /no files given/],
      [['lint', 'missing.html'], /missing\.html: no such file or directory/],
      [['lint', 'nothing/**/*.hbs'], /no files match "nothing\/\*\*\/\*\.hbs"/],
      [['check', '.'], /unknown command "check"/],
      [['lint', '--fix', '--fix-dry-run', '.'], /either --fix or --fix-dry-run/],
      [['lint', '--fix-type', 'no-reply', '.'], /--fix-type works together with --fix/],
      [['lint', '--fix', '--fix-type', 'no-repy', '.'], /"no-repy" is not a rule/],
      [['lint', '--config', 'x.json', '--no-config', '.'], /either --config or --no-config/],
      [['lint', '--stdin-filename', 'a.hbs'], /--stdin-filename works together with --stdin/],
      [['lint', '--stdin', 'a.hbs'], /do not also give files/],
      [['lint', '--max-warnings', 'many', '.'], /--max-warnings needs a whole number/],
      [['lint', '--threads', '0', '.'], /--threads needs a whole number of at least 1/],
      [['lint', '--rule', 'no-reply', '.'], /expected ID:SEVERITY/],
      [['lint', '--rule', 'no-reply:loud', '.'], /severity must be one of off, hint, info, warning, error/],
      [['lint', '--rule', 'no-repy:off', '.'], /--rule: "rules\.no-repy" is not a known rule; expected a rule id \(did you mean "no-reply"\?\)/],
    ] as [string[], RegExp][]) {
      const r = warmly(args, { cwd: dir });
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^warmly: /, args.join(' '));
      assert.match(r.stderr.split('\n')[0], message, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
    const none = warmly([], { cwd: dir });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /Usage: warmly lint/);
  });

  test('--help, --version and --list-rules (text and JSON)', () => {
    const dir = project({});
    const help = warmly(['--help'], { cwd: dir });
    assert.equal(help.status, 0);
    for (const flag of ['--format', '--output-file', '--fix', '--fix-dry-run', '--fix-type', '--max-warnings', '--quiet', '--rule', '--config', '--no-config', '--print-config', '--init', '--list-rules', '--report-unused-disables', '--stdin', '--stdin-filename', '--changed-since', '--threads']) {
      assert.ok(help.stdout.includes(flag), `help mentions ${flag}`);
    }
    const version = warmly(['--version'], { cwd: dir });
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(REPO, 'server', 'package.json'), 'utf8')).version);
    const list = warmly(['--list-rules'], { cwd: dir });
    assert.equal(list.status, 0);
    for (const r of rules) assert.match(list.stdout, new RegExp(`^${r.id}\\s+${r.defaultSeverity}`, 'm'));
    const json = JSON.parse(warmly(['--list-rules', '--format', 'json'], { cwd: dir }).stdout);
    assert.deepEqual(json.map((r: { id: string }) => r.id), rules.map((r) => r.id));
    assert.match(json[0].url, /^https:\/\/.+\/rules\/generic-greeting\/README\.md$/);
  });

  test('--max-warnings and --quiet', () => {
    const dir = project({ 'a.txt': 'Dear customer,\n\nYour plan renews next week.\n\nBest regards,\nThe Acme Team\n' });
    const findings = JSON.parse(warmly(['lint', 'a.txt', '-f', 'json'], { cwd: dir }).stdout)[0];
    assert.equal(findings.errorCount, 0);
    const n = findings.warningCount;
    assert.ok(n >= 2, 'the fixture has warnings');
    assert.equal(warmly(['lint', 'a.txt'], { cwd: dir }).status, 0);
    assert.equal(warmly(['lint', 'a.txt', '--max-warnings', String(n)], { cwd: dir }).status, 0);
    const over = warmly(['lint', 'a.txt', '--max-warnings', String(n - 1)], { cwd: dir });
    assert.equal(over.status, 1);
    assert.match(over.stdout, new RegExp(`too many warnings \\(maximum: ${n - 1}\\)`));
    const quiet = warmly(['lint', 'a.txt', '--quiet'], { cwd: dir });
    assert.equal(quiet.status, 0);
    assert.equal(quiet.stdout, '');
    const quietErrors = warmly(['lint', 'a.txt', '--quiet', '--rule', 'generic-greeting:error', '-f', 'json'], { cwd: dir });
    assert.equal(quietErrors.status, 1);
    assert.deepEqual(JSON.parse(quietErrors.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId), ['generic-greeting']);
  });

  test('--rule sets severities over the config files', () => {
    const dir = project({ 'a.hbs': COLD['welcome.hbs'], '.warmlyrc.json': '{"root": true, "rules": {"no-reply": "error"}}' });
    assert.equal(warmly(['lint', 'a.hbs'], { cwd: dir }).status, 1);
    const off = warmly(['lint', 'a.hbs', '--rule', 'no-reply:off', '--rule', 'faceless-signoff=off', '-f', 'json'], { cwd: dir });
    assert.equal(off.status, 0, off.stdout);
    const ids = JSON.parse(off.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    assert.ok(!ids.includes('no-reply') && !ids.includes('faceless-signoff') && ids.includes('generic-greeting'), ids.join());
  });
});

describe('which files are linted', () => {
  test('directories are walked for template extensions; .gitignore and .warmlyignore are respected; explicit files whatever their extension', () => {
    const cold = COLD['notice.txt'];
    const dir = project({
      'emails/a.hbs': cold,
      'emails/b.liquid': cold,
      'emails/notes.json': cold,
      'emails/build/out.html': cold,
      'emails/drafts/wip.hbs': cold,
      'emails/drafts/keep.hbs': cold,
      'emails/legal/terms.txt': cold,
      'emails/node_modules/x/y.hbs': cold,
      'emails/.hidden/z.hbs': cold,
      'emails/message.eml': cold,
      '.gitignore': 'build/\n',
      'emails/.gitignore': 'drafts/*\n!drafts/keep.hbs\n',
      'emails/.warmlyignore': 'legal/\n',
      'notes.custom': cold,
    });
    const r = warmly(['lint', 'emails', 'notes.custom', '-f', 'json'], { cwd: dir });
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(Object.keys(byFile(r.stdout, dir)), ['emails/a.hbs', 'emails/b.liquid', 'emails/drafts/keep.hbs', 'emails/message.eml', 'notes.custom']);
    // .warmlyignore applies to files named explicitly, .gitignore does not.
    const explicit = warmly(['lint', 'emails/legal/terms.txt', 'emails/build/out.html', '-f', 'json'], { cwd: dir });
    assert.deepEqual(Object.keys(byFile(explicit.stdout, dir)), ['emails/build/out.html']);
  });

  test('globs are expanded, respecting ignore files', () => {
    const dir = project({ 'a/x.liquid': WARM, 'a/y.liquid': WARM, 'a/z.txt': WARM, 'a/skip/w.liquid': WARM, '.warmlyignore': 'skip/\n' });
    const r = warmly(['lint', 'a/**/*.liquid', '-f', 'json'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(Object.keys(byFile(r.stdout, dir)), ['a/x.liquid', 'a/y.liquid']);
  });

  test('config "ignore" globs skip files', () => {
    const dir = project({ 't/a.hbs': COLD['welcome.hbs'], 't/vendor/b.hbs': COLD['welcome.hbs'], '.warmlyrc.yaml': 'root: true\nignore: ["vendor/"]\n' });
    assert.deepEqual(Object.keys(byFile(warmly(['lint', 't', '-f', 'json'], { cwd: dir }).stdout, dir)), ['t/a.hbs']);
  });

  test('--stdin with --stdin-filename picks the format and the config', () => {
    const dir = project({ 'fa/.warmlyrc.json': '{"rules": {"no-reply": "hint"}}' });
    const text = COLD['welcome.hbs'];
    const r = warmly(['lint', '--stdin', '--stdin-filename', 'fa/welcome.hbs', '-f', 'json'], { cwd: dir, input: text });
    assert.equal(r.status, 0, r.stderr);
    const [report] = JSON.parse(r.stdout);
    assert.equal(report.filePath, join(dir, 'fa/welcome.hbs'));
    const noReply = report.messages.find((m: { ruleId: string }) => m.ruleId === 'no-reply');
    assert.equal(noReply.severity, 1);
    assert.equal(noReply.line, 3);
    const plain = warmly(['lint', '--stdin'], { cwd: dir, input: 'Please do not reply to this email.\n' });
    assert.equal(plain.status, 1);
    assert.match(plain.stdout, /no-reply/);
  });

  test('--changed-since lints only files changed since a git ref (committed, staged, unstaged, untracked)', () => {
    const dir = project({ 'old.hbs': COLD['welcome.hbs'], 'edited.hbs': WARM, 'sub/.keep': '' });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
    write(dir, { 'committed.hbs': COLD['welcome.hbs'] });
    git('add', 'committed.hbs');
    git('commit', '-q', '-m', 'new template');
    write(dir, { 'edited.hbs': COLD['welcome.hbs'], 'sub/untracked.liquid': COLD['shipped.liquid'] });
    const r = warmly(['lint', '--changed-since', 'main', '-f', 'json'], { cwd: dir });
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(Object.keys(byFile(r.stdout, dir)), ['committed.hbs', 'edited.hbs', 'sub/untracked.liquid']);
    const within = warmly(['lint', 'sub', '--changed-since', 'main', '-f', 'json'], { cwd: join(dir) });
    assert.deepEqual(Object.keys(byFile(within.stdout, dir)), ['sub/untracked.liquid']);
    const bad = warmly(['lint', '--changed-since', 'no-such-branch'], { cwd: dir });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /git does not know "no-such-branch"/);
  });

  test('binary and non-UTF-8 files are reported, not crashed on; unreadable files exit 2 naming the file', () => {
    const dir = project({
      'logo.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      'latin1.txt': Buffer.from('Caf\xe9 cr\xe8me, please do not reply.', 'latin1'),
      'fine.hbs': WARM,
      'locked.hbs': COLD['welcome.hbs'],
    });
    const r = warmly(['lint', '.', '-f', 'json'], { cwd: dir });
    assert.equal(r.status, 1, r.stderr);
    const files = byFile(r.stdout, dir);
    assert.match(JSON.stringify(files['logo.html']), /binary file/);
    assert.match(JSON.stringify(files['latin1.txt']), /not valid UTF-8/);
    assert.equal(files['logo.html'][0].ruleId, null);
    assert.equal(files['logo.html'][0].severity, 2);

    // A dangling symlink found by a walk has nothing to lint: a warning, and the run's result is the other files'.
    symlinkSync(join(dir, 'gone.hbs'), join(dir, 'dangling.hbs'));
    const io = warmly(['lint', '.'], { cwd: dir });
    assert.equal(io.status, 1);
    assert.match(io.stderr, /^warmly: warning: dangling\.hbs: skipped: a symlink to nothing$/m);
    assert.match(io.stdout, /binary file/, 'the other files are still reported');
    if (process.getuid?.() !== 0) {
      chmodSync(join(dir, 'locked.hbs'), 0o000);
      const locked = warmly(['lint', 'locked.hbs'], { cwd: dir });
      assert.equal(locked.status, 2);
      assert.match(locked.stderr, /^warmly: locked\.hbs: cannot read: permission denied$/m);
    }
  });

  test('--output-file writes the report to a file (creating folders); an unwritable path exits 2', () => {
    const dir = project({ 'a.hbs': COLD['welcome.hbs'] });
    const r = warmly(['lint', 'a.hbs', '-f', 'json', '-o', 'reports/warmly.json'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(JSON.parse(readFileSync(join(dir, 'reports/warmly.json'), 'utf8'))[0].errorCount, 1);
    const bad = warmly(['lint', 'a.hbs', '-o', 'a.hbs/report.txt'], { cwd: dir });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^warmly: a\.hbs\/report\.txt: cannot write the report/m);
  });

  test('results are identical whatever the thread count', () => {
    const files: Record<string, string> = {};
    const names = Object.keys(COLD);
    for (let i = 0; i < 40; i++) files[`t${String(i).padStart(2, '0')}/${names[i % names.length]}`] = COLD[names[i % names.length]];
    const dir = project(files);
    const one = warmly(['lint', '.', '-f', 'json', '--threads', '1'], { cwd: dir });
    const three = warmly(['lint', '.', '-f', 'json', '--threads', '3'], { cwd: dir });
    // Two threads: the main thread lints beside one worker (server/cli/pool.ts).
    const two = warmly(['lint', '.', '-f', 'json', '--threads', '2'], { cwd: dir });
    assert.equal(one.status, 1);
    assert.equal(three.status, 1);
    assert.equal(two.status, 1);
    assert.equal(JSON.parse(one.stdout).length, 40);
    assert.equal(three.stdout, one.stdout);
    assert.equal(two.stdout, one.stdout);
    for (const format of ['sarif', 'stylish']) {
      assert.equal(warmly(['lint', '.', '-f', format, '--threads', '2'], { cwd: dir }).stdout, warmly(['lint', '.', '-f', format, '--threads', '1'], { cwd: dir }).stdout, format);
    }
    const fixedOne = project(files);
    const fixedThree = project(files);
    warmly(['lint', '.', '--fix', '--threads', '1'], { cwd: fixedOne });
    warmly(['lint', '.', '--fix', '--threads', '2'], { cwd: fixedThree });
    for (const name of Object.keys(files)) assert.equal(readFileSync(join(fixedThree, name), 'utf8'), readFileSync(join(fixedOne, name), 'utf8'), name);
  });

  test('workers started early for --threads end with the run when there is nothing (or one file) to lint', () => {
    // --threads N starts its workers while the files are walked (pool.ts, startWorkersEarly): a run that then fails
    // or needs no worker must still exit, with its usual code and output.
    const dir = project({ 'a.hbs': COLD['welcome.hbs'] });
    const none = warmly(['lint', '--threads', '3'], { cwd: dir });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no files given/);
    const missing = warmly(['lint', '--threads', '2', 'missing.html'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /missing\.html: no such file or directory/);
    const one = warmly(['lint', '-f', 'json', '--threads', '3', 'a.hbs'], { cwd: dir });
    assert.equal(one.status, 1);
    assert.equal(one.stdout, warmly(['lint', '-f', 'json', '--threads', '1', 'a.hbs'], { cwd: dir }).stdout);
  });

  test('stylish: colors only when asked for or on a terminal, never with NO_COLOR', () => {
    const dir = project({ 'a.hbs': COLD['welcome.hbs'] });
    const plain = warmly(['lint', 'a.hbs'], { cwd: dir });
    assert.ok(!plain.stdout.includes('\u001b['), 'no colors in a pipe');
    assert.match(plain.stdout, /^a\.hbs$/m);
    assert.match(plain.stdout, /^ {2}3:4 +error +Invite replies instead.* {2}no-reply$/m);
    assert.match(plain.stdout, /✖ 4 problems \(1 error, 3 warnings\) in 1 file/);
    assert.match(plain.stdout, /4 problems potentially fixable with the `--fix` option/);
    assert.ok(warmly(['lint', 'a.hbs'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b[31m'));
    assert.ok(warmly(['lint', 'a.hbs', '--color'], { cwd: dir }).stdout.includes('\u001b['));
    assert.ok(!warmly(['lint', 'a.hbs', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b['));
    assert.ok(!warmly(['lint', 'a.hbs'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout.includes('\u001b['));
  });

  test('no progress line when stderr is not a terminal', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`m${i}.txt`] = WARM;
    const dir = project(files);
    const r = warmly(['lint', '.'], { cwd: dir });
    assert.equal(r.stderr, '');
    // On a terminal (util-linux `script` gives the process a pseudo-terminal) it shows, except in CI.
    const tty = (ci: boolean) => execFileSync('script', ['-qec', `${process.execPath} ${BIN} lint .`, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: ci ? 'true' : '' } });
    assert.match(tty(false), /Linting \d+\/60 files…/);
    assert.doesNotMatch(tty(true), /Linting/);
  });
});

describe('configuration through the CLI', () => {
  test('cascading, extends and overrides decide each file\'s settings', () => {
    const dir = project({
      '.warmlyrc.json': JSON.stringify({ root: true, extends: './presets/team.yaml', overrides: [{ files: ['transactional/**'], rules: { 'no-reply': 'off' } }] }),
      'presets/team.yaml': 'rules:\n  faceless-signoff: error\n',
      'marketing/.warmlyrc.yaml': 'rules:\n  faceless-signoff: off\n',
      'marketing/a.hbs': COLD['welcome.hbs'],
      'transactional/receipt.hbs': COLD['welcome.hbs'],
      'b.hbs': COLD['welcome.hbs'],
    });
    const files = byFile(warmly(['lint', '.', '-f', 'json'], { cwd: dir }).stdout, dir);
    const rulesOf = (f: string) => files[f].map((m) => `${m.ruleId}:${m.severity}`);
    assert.ok(rulesOf('b.hbs').includes('faceless-signoff:2') && rulesOf('b.hbs').includes('no-reply:2'), rulesOf('b.hbs').join());
    assert.ok(!rulesOf('marketing/a.hbs').some((r) => r.startsWith('faceless-signoff')), rulesOf('marketing/a.hbs').join());
    assert.ok(!rulesOf('transactional/receipt.hbs').some((r) => r.startsWith('no-reply')));
    const printed = JSON.parse(warmly(['lint', '--print-config', 'transactional/receipt.hbs'], { cwd: dir }).stdout);
    assert.deepEqual(printed.options.rules, { 'faceless-signoff': { severity: 'error' }, 'no-reply': { severity: 'off' } });
    assert.deepEqual(printed.files, [join(dir, '.warmlyrc.json'), join(dir, 'presets/team.yaml')]);
    assert.equal(printed.ignored, false);
  });

  test('--config uses one file; --no-config uses none', () => {
    const dir = project({ '.warmlyrc.json': '{"rules": {"no-reply": "off"}}', 'ci.yaml': 'rules:\n  no-reply: warning\n', 'a.hbs': COLD['welcome.hbs'] });
    const sev = (args: string[]) => JSON.parse(warmly(['lint', 'a.hbs', '-f', 'json', ...args], { cwd: dir }).stdout)[0].messages.find((m: { ruleId: string }) => m.ruleId === 'no-reply')?.severity;
    assert.equal(sev([]), undefined);
    assert.equal(sev(['--config', 'ci.yaml']), 1);
    assert.equal(sev(['--no-config']), 2);
    const missing = warmly(['lint', 'a.hbs', '--config', 'nope.json'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^warmly: .*nope\.json: was not found/);
  });

  test('each bad config exits 2 with one line naming the file, the key and what was expected', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ '.warmlyrc.json': '{\n  "rules": {\n    "no-repy": "off"\n  }\n}\n' }, /\.warmlyrc\.json:3:5: "rules\.no-repy" is not a known rule; expected a rule id \(did you mean "no-reply"\?\)/],
      [{ '.warmlyrc.yaml': 'rules:\n  no-reply: loud\n' }, /\.warmlyrc\.yaml:2:13: "rules\.no-reply" is "loud"; expected one of "off", "hint", "info", "warning", "error"/],
      [{ '.warmlyrc.yml': 'colour: red\n' }, /\.warmlyrc\.yml:1:1: "colour" is not a known key; expected one of the keys/],
      [{ 'warmly.config.json': '{"ignore": "drafts/"}' }, /warmly\.config\.json:1:\d+: "ignore" is "drafts\/"; expected a list/],
      [{ 'package.json': '{"name": "x", "warmly": {"language": "de"}}' }, /package\.json:1:\d+: "language" is "de"; expected one of "auto", "en", "fa"/],
      [{ '.warmlyrc.json': '{"rules": {"no-reply": "off",}}' }, /\.warmlyrc\.json:1:\d+: is not valid JSON; expected a JSON object/],
      [{ '.warmlyrc.json': '{"extends": "./missing.yaml"}' }, /\.warmlyrc\.json: "extends" names "\.\/missing\.yaml", which was not found/],
      [{ '.warmlyrc.json': '{"overrides": [{"rules": {}}]}' }, /"overrides\.0" is missing "files"/],
      [{ '.warmlyrc.json': '{"rules": {"no-reply": {"options": {"x": 1}}}}' }, /"rules\.no-reply\.options\.x" is not an option of this rule/],
      [{ 'warmly.config.js': 'module.exports = {}', '.warmlyrc.json': '{"extends": "./warmly.config.js"}' }, /never run code/],
    ];
    for (const [files, message] of cases) {
      const dir = project({ ...files, 'a.liquid': WARM });
      const r = warmly(['lint', 'a.liquid'], { cwd: dir });
      assert.equal(r.status, 2, `${Object.keys(files)}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], /^warmly: \//);
      assert.match(lines[0], message);
    }
  });

  test('--init writes a starter config that the linter accepts, and refuses to overwrite', () => {
    const dir = project({ 'a.liquid': WARM });
    const r = warmly(['--init'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Wrote \.warmlyrc\.json/);
    const config = JSON.parse(readFileSync(join(dir, '.warmlyrc.json'), 'utf8'));
    assert.deepEqual(Object.keys(config.rules), rules.map((x) => x.id));
    assert.equal(warmly(['lint', 'a.liquid'], { cwd: dir }).status, 0);
    const again = warmly(['lint', '--init'], { cwd: dir });
    assert.equal(again.status, 2);
    assert.match(again.stderr, /already exists/);
  });
});

describe('real templates', () => {
  test('warmly lint test/fixtures/templates exits 0 or 1 and never crashes', () => {
    const r = warmly(['lint', FIXTURE_TEMPLATES, '-f', 'json'], { cwd: REPO });
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
    assert.equal(r.stderr, '');
    assert.ok(JSON.parse(r.stdout).length >= 10);
  });

  test('warmly lint ../shared/corpus exits 0 or 1 and never crashes', (t) => {
    if (!hasSharedCorpus()) return skipLoudly(t, 'the CLI run over the shared corpus', `no corpus at ${SHARED_CORPUS}`, CORPUS_HINT);
    const corpus = SHARED_CORPUS;
    const r = warmly(['lint', corpus, '-f', 'json'], { cwd: REPO });
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
    assert.equal(r.stderr, '');
    const reports = JSON.parse(r.stdout);
    assert.ok(reports.length > 100, `linted ${reports.length} files`);
    assert.ok(statSync(corpus).isDirectory());
  });
});
