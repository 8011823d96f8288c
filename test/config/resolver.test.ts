import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CONFIG_FILE_NAMES, ConfigError, ConfigResolver, validateConfigText } from '../../server/config';
import { lint } from '../../server/linter';

const root = mkdtempSync(join(tmpdir(), 'warmly-config-'));
after(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
/** A fresh project folder with the given files. */
function project(files: Record<string, string>): string {
  const dir = join(root, `p${counter++}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${err}`);
    return err;
  }
  assert.fail('expected a ConfigError');
}

describe('ConfigResolver', () => {
  test('finds each supported file name', () => {
    assert.deepEqual([...CONFIG_FILE_NAMES], ['.warmlyrc.json', '.warmlyrc.yaml', '.warmlyrc.yml', 'warmly.config.json', 'package.json']);
    const cases: Record<string, string> = {
      '.warmlyrc.json': '{"root": true, "rules": {"no-reply": "warning"}}',
      '.warmlyrc.yaml': 'root: true\nrules:\n  no-reply: warning\n',
      '.warmlyrc.yml': 'root: true\nrules: {no-reply: warning}\n',
      'warmly.config.json': '{"root": true, "rules": {"no-reply": "warning"}}',
      'package.json': '{"name": "t", "warmly": {"root": true, "rules": {"no-reply": "warning"}}}',
    };
    for (const [name, text] of Object.entries(cases)) {
      const dir = project({ [name]: text });
      const r = new ConfigResolver({ cwd: dir }).resolve('mail.html');
      assert.deepEqual(r.options.rules, { 'no-reply': { severity: 'warning' } }, name);
      assert.deepEqual(r.files, [join(dir, name)], name);
    }
  });

  test('a package.json without a "warmly" key is passed over', () => {
    const dir = project({
      '.warmlyrc.json': '{"root": true, "rules": {"no-reply": "info"}}',
      'sub/package.json': '{"name": "sub"}',
    });
    const r = new ConfigResolver({ cwd: dir }).resolve('sub/a.hbs');
    assert.deepEqual(r.files, [join(dir, '.warmlyrc.json')]);
  });

  test('cascades: nearer files win, "root": true stops the walk, phrase lists add up', () => {
    const dir = project({
      '.warmlyrc.json': JSON.stringify({ rules: { 'no-reply': 'off', argumentative: 'hint' } }),
      'org/.warmlyrc.yaml': 'root: true\nrules:\n  no-reply: error\n  non-apology:\n    phrases:\n      en: {allow: ["we regret the delay"]}\n',
      'org/team/.warmlyrc.json': JSON.stringify({ rules: { 'no-reply': 'warning', 'non-apology': { severity: 'info', phrases: { en: { allow: ['sorry for the wait'] } } } } }),
    });
    const r = new ConfigResolver({ cwd: dir }).resolve(join(dir, 'org/team/welcome.liquid'));
    assert.deepEqual(r.files, [join(dir, 'org/team/.warmlyrc.json'), join(dir, 'org/.warmlyrc.yaml')]);
    assert.deepEqual(r.options.rules, {
      'no-reply': { severity: 'warning' },
      'non-apology': { severity: 'info', phrases: { en: { allow: ['we regret the delay', 'sorry for the wait'] } } },
    });
    // Without the root flag the top file counts too.
    const top = new ConfigResolver({ cwd: dir }).resolve(join(dir, 'other.html'));
    assert.deepEqual(top.options.rules, { 'no-reply': { severity: 'off' }, argumentative: { severity: 'hint' } });
  });

  test('extends: relative presets, nested presets and the built-in preset, applied before the file', () => {
    const dir = project({
      'presets/base.yaml': 'extends: ./tone.json\nrules:\n  no-reply: warning\n  argumentative: error\n',
      'presets/tone.json': '{"rules": {"robotic-phrasing": "off"}, "personalization": {"fallback": {"en": "friend"}}}',
      'app/.warmlyrc.json': '{"root": true, "extends": ["warmly:recommended", "../presets/base.yaml"], "rules": {"argumentative": "info"}}',
    });
    const r = new ConfigResolver({ cwd: dir }).resolve('app/a.hbs');
    assert.deepEqual(r.options.rules, { 'robotic-phrasing': { severity: 'off' }, 'no-reply': { severity: 'warning' }, argumentative: { severity: 'info' } });
    assert.deepEqual(r.options.personalization, { fallback: { en: 'friend' } });
    assert.deepEqual(r.files, [join(dir, 'app/.warmlyrc.json'), join(dir, 'presets/base.yaml'), join(dir, 'presets/tone.json')]);
  });

  test('overrides by glob, relative to the config file; later entries win; excludedFiles', () => {
    const dir = project({
      '.warmlyrc.json': JSON.stringify({
        root: true,
        overrides: [
          { files: ['transactional/**'], rules: { 'no-reply': 'off' } },
          { files: '*.liquid', personalization: { name: 'customer.first_name' } },
          { files: ['transactional/legal-*.html'], excludedFiles: 'transactional/legal-keep.html', rules: { 'no-reply': 'hint' } },
          { files: ['fa/**'], language: 'fa', personalization: { fallback: { fa: 'دوست عزیز' } } },
        ],
      }),
    });
    const r = new ConfigResolver({ cwd: dir });
    assert.deepEqual(r.resolve('transactional/receipt.html').options.rules, { 'no-reply': { severity: 'off' } });
    assert.deepEqual(r.resolve('transactional/legal-1.html').options.rules, { 'no-reply': { severity: 'hint' } });
    assert.deepEqual(r.resolve('transactional/legal-keep.html').options.rules, { 'no-reply': { severity: 'off' } });
    assert.deepEqual(r.resolve('marketing/deep/welcome.liquid').options.personalization, { name: 'customer.first_name' });
    assert.equal(r.resolve('marketing/welcome.hbs').options.personalization, undefined);
    const fa = r.resolve('fa/survey.hbs').options;
    assert.equal(fa.language, 'fa');
    assert.deepEqual(fa.personalization, { fallback: { fa: 'دوست عزیز' } });
  });

  test('personalization per template format and language "auto" resetting a parent', () => {
    const dir = project({
      '.warmlyrc.yaml': 'language: fa\npersonalization:\n  senderName: agent.name\n  formats:\n    liquid: {name: customer.first_name}\n    handlebars: {name: firstName}\n',
      'en/.warmlyrc.yaml': 'language: auto\n',
    });
    const r = new ConfigResolver({ cwd: dir });
    assert.deepEqual(r.resolve('a.liquid').options.personalization, { senderName: 'agent.name', name: 'customer.first_name' });
    assert.deepEqual(r.resolve('a.hbs').options.personalization, { senderName: 'agent.name', name: 'firstName' });
    assert.deepEqual(r.resolve('a.txt').options.personalization, { senderName: 'agent.name' });
    assert.equal(r.resolve('a.txt').options.language, 'fa');
    assert.equal(r.resolve('en/a.txt').options.language, undefined);
  });

  test('ignore globs from config files, .gitignore style, relative to the file', () => {
    const dir = project({
      '.warmlyrc.json': '{"root": true, "ignore": ["drafts/", "*.generated.html", "!keep.generated.html"]}',
    });
    const r = new ConfigResolver({ cwd: dir });
    assert.equal(r.resolve('drafts/a.html').ignored, true);
    assert.equal(r.resolve('x/b.generated.html').ignored, true);
    assert.equal(r.resolve('keep.generated.html').ignored, false);
    assert.equal(r.resolve('final/a.html').ignored, false);
  });

  test('noConfig, configFile and caller overrides (applied last)', () => {
    const dir = project({
      '.warmlyrc.json': '{"root": true, "rules": {"no-reply": "warning", "argumentative": "off"}}',
      'ci/strict.yaml': 'rules:\n  no-reply: error\noverrides:\n  - files: ["*.txt"]\n    rules: {argumentative: hint}\n',
    });
    assert.deepEqual(new ConfigResolver({ cwd: dir, noConfig: true }).resolve('a.html'), { options: { filePath: join(dir, 'a.html'), rules: {} }, ignored: false, files: [] });
    const explicit = new ConfigResolver({ cwd: dir, configFile: 'ci/strict.yaml' });
    assert.deepEqual(explicit.resolve('a.html').options.rules, { 'no-reply': { severity: 'error' } });
    assert.deepEqual(explicit.resolve('a.html').files, [join(dir, 'ci/strict.yaml')]);
    // Overrides in an explicit file are relative to that file's folder.
    assert.deepEqual(explicit.resolve('ci/x.txt').options.rules, { 'no-reply': { severity: 'error' }, argumentative: { severity: 'hint' } });
    const flags = new ConfigResolver({ cwd: dir, overrides: { rules: { 'no-reply': 'off' } } });
    assert.deepEqual(flags.resolve('a.html').options.rules, { 'no-reply': { severity: 'off' }, argumentative: { severity: 'off' } });
  });

  test('clearCache picks up an edited config file', () => {
    const dir = project({ '.warmlyrc.json': '{"root": true, "rules": {"no-reply": "warning"}}' });
    const r = new ConfigResolver({ cwd: dir });
    assert.deepEqual(r.resolve('a.html').options.rules, { 'no-reply': { severity: 'warning' } });
    writeFileSync(join(dir, '.warmlyrc.json'), '{"root": true, "rules": {"no-reply": "off"}}');
    assert.deepEqual(r.resolve('a.html').options.rules, { 'no-reply': { severity: 'warning' } }, 'cached until cleared');
    r.clearCache();
    assert.deepEqual(r.resolve('a.html').options.rules, { 'no-reply': { severity: 'off' } });
  });

  test('resolved options drive the engine: phrases to flag and to allow', () => {
    const dir = project({
      '.warmlyrc.json': JSON.stringify({
        root: true,
        rules: {
          'robotic-phrasing': { phrases: { en: { flag: ['per our records'] } } },
          'generic-greeting': { phrases: { en: { allow: ['dear customer'] } } },
        },
      }),
    });
    const options = new ConfigResolver({ cwd: dir }).resolve('a.txt').options;
    const text = 'Dear customer,\n\nPer our records, your order shipped.\n\nMaria from Support\nmaria@example.com\n';
    const ids = lint(text, options).findings.map((f) => `${f.ruleId}:${f.actual}`);
    assert.ok(ids.some((i) => i.startsWith('robotic-phrasing:') && /per our records/i.test(i)), ids.join(' | '));
    assert.ok(!ids.some((i) => i.startsWith('generic-greeting')), ids.join(' | '));
    const plain = lint(text, { filePath: 'a.txt' }).findings.map((f) => f.ruleId);
    assert.ok(plain.includes('generic-greeting') && !plain.includes('robotic-phrasing'), plain.join(' '));
  });
});

describe('config errors name the file, the key path and what was expected', () => {
  const cases: { name: string; file: string; text: string; keyPath: string; expected: RegExp; line?: number; column?: number }[] = [
    { name: 'unknown rule id', file: '.warmlyrc.json', text: '{\n  "rules": {\n    "no-repy": "off"\n  }\n}\n', keyPath: 'rules.no-repy', expected: /a rule id \(did you mean "no-reply"\?\)/, line: 3, column: 5 },
    { name: 'unknown top-level key', file: '.warmlyrc.yaml', text: 'personalisation:\n  name: first_name\n', keyPath: 'personalisation', expected: /did you mean "personalization"/, line: 1, column: 1 },
    { name: 'bad severity', file: '.warmlyrc.yml', text: 'rules:\n  no-reply: loud\n', keyPath: 'rules.no-reply', expected: /one of "off", "hint", "info", "warning", "error"/, line: 2, column: 13 },
    { name: 'wrong type', file: '.warmlyrc.json', text: '{"ignore": "drafts/"}', keyPath: 'ignore', expected: /a list/ },
    { name: 'phrases not a list', file: '.warmlyrc.json', text: '{"rules": {"no-reply": {"phrases": {"en": {"allow": "x"}}}}}', keyPath: 'rules.no-reply.phrases.en.allow', expected: /a list/ },
    { name: 'unknown phrase language', file: '.warmlyrc.json', text: '{"rules": {"no-reply": {"phrases": {"de": {"allow": ["x"]}}}}}', keyPath: 'rules.no-reply.phrases.de', expected: /"en", "fa"/ },
    { name: 'option of a rule without options', file: '.warmlyrc.json', text: '{"rules": {"no-reply": {"options": {"strict": true}}}}', keyPath: 'rules.no-reply.options.strict', expected: /takes none/ },
    { name: 'override without files', file: '.warmlyrc.json', text: '{"overrides": [{"rules": {}}]}', keyPath: 'overrides.0', expected: /"files"/ },
    { name: 'bad language', file: 'warmly.config.json', text: '{"language": "de"}', keyPath: 'language', expected: /"auto", "en", "fa"/ },
    { name: 'bad fallback key', file: 'package.json', text: '{"warmly": {"personalization": {"fallback": {"english": "there"}}}}', keyPath: 'personalization.fallback.english', expected: /"en", "fa"/ },
    { name: 'not an object', file: '.warmlyrc.yaml', text: '- a\n- b\n', keyPath: '', expected: /an object of settings/ },
    { name: 'broken JSON', file: '.warmlyrc.json', text: '{\n  "rules": {"no-reply": "off",}\n}', keyPath: '', expected: /a JSON object/, line: 2 },
    { name: 'broken YAML', file: '.warmlyrc.yaml', text: 'rules:\n  no-reply: off\n  no-reply: on\n', keyPath: '', expected: /a YAML mapping/, line: 3 },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const dir = project({ [c.file]: c.text });
      const err = errorOf(() => new ConfigResolver({ cwd: dir }).resolve('a.html'));
      assert.equal(err.file, join(dir, c.file));
      assert.equal(err.keyPath, c.keyPath);
      assert.match(err.expected, c.expected);
      if (c.line !== undefined) assert.equal(err.line, c.line, err.message);
      if (c.column !== undefined) assert.equal(err.column, c.column, err.message);
      assert.ok(err.message.startsWith(join(dir, c.file)), err.message);
      // The same text through the editor-facing validator gives the same first problem.
      const direct = validateConfigText(c.text, join(dir, c.file));
      assert.ok(direct.length >= 1);
      assert.equal(direct[0].keyPath, c.keyPath);
    });
  }

  test('validateConfigText reports every problem, not just the first', () => {
    const errors = validateConfigText('{"rules": {"no-repy": "off", "no-reply": "loud"}, "colour": 1}', '/x/.warmlyrc.json');
    assert.deepEqual(errors.map((e) => e.keyPath).sort(), ['colour', 'rules.no-reply', 'rules.no-repy']);
    assert.deepEqual(validateConfigText('{"rules": {"no-reply": "off"}}', '/x/.warmlyrc.json'), []);
    assert.deepEqual(validateConfigText('{"name": "x"}', '/x/package.json'), []);
  });

  test('a missing extends target, an unknown preset and a cycle', () => {
    const missing = project({ '.warmlyrc.json': '{"extends": "./nope.json"}' });
    const e1 = errorOf(() => new ConfigResolver({ cwd: missing }).resolve('a.html'));
    assert.equal(e1.keyPath, 'extends');
    assert.match(e1.message, /"\.\/nope\.json", which was not found/);
    const preset = project({ '.warmlyrc.json': '{"extends": "warmly:strictest"}' });
    assert.match(errorOf(() => new ConfigResolver({ cwd: preset }).resolve('a.html')).message, /unknown preset "warmly:strictest"/);
    const cycle = project({ 'a.json': '{"extends": "./b.json"}', 'b.json': '{"extends": "./a.json"}', '.warmlyrc.json': '{"extends": "./a.json"}' });
    assert.match(errorOf(() => new ConfigResolver({ cwd: cycle }).resolve('x.html')).message, /extends itself/);
  });

  test('an error inside an extended preset names the preset', () => {
    const dir = project({ 'base.yaml': 'rules:\n  nope: off\n', '.warmlyrc.json': '{"extends": "./base.yaml"}' });
    const err = errorOf(() => new ConfigResolver({ cwd: dir }).resolve('a.html'));
    assert.equal(err.file, join(dir, 'base.yaml'));
    assert.equal(err.keyPath, 'rules.nope');
  });

  test('config files never run code: scripts are refused', () => {
    const dir = project({ 'warmly.config.js': 'throw new Error("ran")', 'preset.js': 'module.exports = {}', '.warmlyrc.json': '{"extends": "./preset.js"}' });
    const err = errorOf(() => new ConfigResolver({ cwd: dir }).resolve('a.html'));
    assert.match(err.message, /never run code/);
    const explicit = errorOf(() => new ConfigResolver({ cwd: dir, configFile: 'warmly.config.js' }).resolve('a.html'));
    assert.match(explicit.message, /never run code/);
  });

  test('bad caller overrides are reported under their own name', () => {
    const err = errorOf(() => new ConfigResolver({ overrides: { rules: { 'no-repy': 'off' } }, overridesName: '--rule' }));
    assert.equal(err.file, '--rule');
    assert.equal(err.keyPath, 'rules.no-repy');
  });
});
