/**
 * The CLI as a process on catalog folders: a bare `warmly lint .` finds the locale files (and only them: not the
 * JavaScript beside the locale modules),
 * prints file:line:col with the message key, --fix writes files that still parse, and the real catalogs in
 * ../shared/catalogs lint without a crash to plausible counts.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { catalogKindOf, parseCatalog } from '../../server/engine/catalogs';
import { filesUnder } from '../helpers/fixture-files';
import { ensureBuilt, project, REPO, warmly } from '../cli/helpers';
import { skipLoudly } from '../helpers/skips';

before(ensureBuilt);

const FIXTURES = join(import.meta.dirname, 'fixtures');


const NOT_CATALOGS = {
  'package.json': '{"name": "shop", "description": "Please do not reply to this email. Dear customer, we apologize for any inconvenience."}\n',
  'tsconfig.json': '{"compilerOptions": {"strict": true}}\n',
  '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "Dear customer, please do not reply to this email."\n',
  'config/database.yml': 'default:\n  adapter: postgresql\n  note: "Dear customer, please do not reply to this email. We apologize for any inconvenience."\n',
  // JavaScript and TypeScript that is code, beside the locale modules of the fixtures (vue/src/locales, react/src/i18n).
  'webpack.config.js': "const path = require('path');\nmodule.exports = { mode: 'production', entry: './src/index.js', output: { path: path.resolve(__dirname, 'dist') } };\n",
  '.eslintrc.js': "module.exports = { extends: 'eslint:recommended' };\n",
  'src/app.js': "export default { notice: 'Dear customer, please do not reply to this email. We apologize for any inconvenience.' };\n",
  'src/mailer.ts': "export function send(to: string) { return mail(to, 'Please do not reply to this email.'); }\n",
  'src/components/Notice.tsx': "export const Notice = () => <p>Dear customer, please do not reply to this email.</p>;\n",
  'vue/src/locales/index.js': "import en from './en';\nimport fa from './fa';\nexport default createI18n({ locale: 'en', messages: { en, fa } });\n",
  'vue/src/locales/en.test.js': "import en from './en';\ntest('en', () => expect(en.welcome).toMatch('Please do not reply to this email'));\n",
};

test('warmly lint . finds the catalogs of each framework and nothing else', () => {
  const dir = project({ ...filesUnder(FIXTURES), ...NOT_CATALOGS });
  const r = warmly(['lint', '.', '--format', 'json'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  const reports = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; key?: string; line: number }[] }[];
  const linted = reports.map((x) => relative(dir, x.filePath)).sort();
  assert.deepEqual(linted, Object.keys(filesUnder(FIXTURES)).sort());
  const yml = reports.find((x) => x.filePath.endsWith('rails/config/locales/en.yml'))!;
  const noReply = yml.messages.find((m) => m.ruleId === 'no-reply')!;
  assert.equal(noReply.key, 'en.order_mailer.confirm_email.body');
  assert.equal(noReply.line, 15);
});

test('stylish output shows file, line:col, the rule and the message key', () => {
  const dir = project({ 'config/locales/en.yml': 'en:\n  user_mailer:\n    welcome:\n      body: "Thanks for joining. Please do not reply to this email."\n' });
  const r = warmly(['lint', '.'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /^config\/locales\/en\.yml$/m);
  assert.match(r.stdout, /^\s+4:34\s+error\s+.*\[en\.user_mailer\.welcome\.body\]\s+no-reply$/m);
});

test('--fix on a folder of catalogs writes files that parse to the same keys, and a second --fix changes nothing', () => {
  const files = filesUnder(FIXTURES);
  const dir = project(files);
  warmly(['lint', '.', '--fix'], { cwd: dir });
  let changed = 0;
  for (const [name, before] of Object.entries(files)) {
    const after = readFileSync(join(dir, name), 'utf8');
    if (after !== before) changed++;
    const a = parseCatalog(catalogKindOf(name, before)!, before, name);
    const b = parseCatalog(catalogKindOf(name, after)!, after, name);
    assert.ok(!('error' in b), `${name} no longer parses`);
    assert.ok(!('error' in a));
    assert.deepEqual(b.messages.map((m) => m.key), a.messages.map((m) => m.key), name);
    if (name.endsWith('.yml')) parseYaml(after);
    if (name.endsWith('.json')) JSON.parse(after);
  }
  assert.ok(changed >= 3, `files changed: ${changed}`);
  const snapshot = Object.keys(files).map((n) => readFileSync(join(dir, n), 'utf8'));
  warmly(['lint', '.', '--fix'], { cwd: dir });
  assert.deepEqual(Object.keys(files).map((n) => readFileSync(join(dir, n), 'utf8')), snapshot);
});

const SHARED = join(REPO, '..', 'shared', 'catalogs');

test('the real catalogs in ../shared/catalogs: no crash, findings inside their strings, plausible counts', (t) => {
  if (!existsSync(SHARED)) return skipLoudly(t, 'the real-catalog check', `${SHARED} is absent`, 'put the shared catalogs at ../shared/catalogs beside the clone');
  const r = warmly(['lint', SHARED, '--format', 'json'], { cwd: REPO });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const reports = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; key?: string; fatal?: boolean; message: string }[] }[];
  const count = (suffix: string, rule?: string) => reports.find((x) => x.filePath.endsWith(suffix))?.messages.filter((m) => !rule || m.ruleId === rule).length ?? -1;
  for (const x of reports) {
    if (!/\.(?:yml|json|po|properties|xlf|php)$/.test(x.filePath)) continue;
    assert.ok(x.messages.every((m) => !m.fatal && m.ruleId !== 'catalog-syntax'), `${x.filePath}: ${x.messages[0]?.message}`);
    assert.ok(x.messages.every((m) => m.key !== undefined), `${x.filePath}: a finding without its key`);
  }
  // Solidus: "Dear Customer," in each order mail; no finding on the ~2,000 UI strings.
  assert.ok(count('solidus/core/config/locales/en.yml', 'generic-greeting') >= 4);
  assert.ok(count('solidus/core/config/locales/en.yml') <= 30);
  const solidus = reports.find((x) => x.filePath.endsWith('solidus/core/config/locales/en.yml'))!;
  assert.ok(solidus.messages.every((m) => /mailer/.test(m.key!)), 'only mailer keys');
  // The Persian pack: مشتری محترم found in Persian.
  assert.ok(count('solidus_i18n/config/locales/fa.yml', 'generic-greeting') >= 2);
  // allauth: Persian msgstrs of the account e-mails; lemmy and alovoa: the mail bodies.
  assert.ok(count('django-allauth/allauth/locale/fa/LC_MESSAGES/django.po') >= 5);
  assert.ok(count('lemmy-translations/backend/en.json') >= 3);
  // Kimai's no-reply line, in English and Persian XLIFF; BookStack's Laravel mail keys.
  assert.equal(count('kimai/translations/email.en.xlf', 'no-reply'), 1);
  assert.equal(count('kimai/translations/email.fa.xlf', 'no-reply'), 1);
  assert.ok(count('bookstack/lang/en/auth.php') >= 1);
  const alovoa = reports.find((x) => x.filePath.endsWith('i18n/messages.properties'))!;
  assert.ok(alovoa.messages.filter((m) => m.key!.startsWith('backend.mail.')).length >= 5);
});

test('config catalogs.include / catalogs.exclude pick the keys, also per file glob in overrides', () => {
  const yml = 'en:\n  buttons:\n    dismiss: "Please do not reply."\n  user_mailer:\n    welcome:\n      body: "Thanks for joining. Please do not reply to this email."\n';
  const keysOf = (dir: string) => (JSON.parse(warmly(['lint', '.', '--format', 'json'], { cwd: dir }).stdout) as { messages: { key?: string; ruleId: string }[] }[])
    .flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-reply').map((m) => m.key)).sort();
  assert.deepEqual(keysOf(project({ 'config/locales/en.yml': yml })), ['en.user_mailer.welcome.body'], 'a short UI string is not a message by default');
  assert.deepEqual(keysOf(project({ 'config/locales/en.yml': yml, '.warmlyrc.json': '{"catalogs": {"include": ["en.buttons.*"], "exclude": ["en.user_mailer.**"]}}' })), ['en.buttons.dismiss']);
  assert.deepEqual(keysOf(project({ 'config/locales/en.yml': yml, '.warmlyrc.json': '{"overrides": [{"files": "config/locales/*.yml", "catalogs": {"exclude": ["**.welcome.*"]}}]}' })), []);
  const bad = warmly(['lint', '.'], { cwd: project({ 'config/locales/en.yml': yml, '.warmlyrc.json': '{"catalogs": {"inclde": ["x"]}}' }) });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /\.warmlyrc\.json/);
});

test('--format json says which locales of the same catalog share a finding on the same key', () => {
  const dir = project(filesUnder(FIXTURES));
  const reports = JSON.parse(warmly(['lint', '.', '--format', 'json'], { cwd: dir }).stdout) as { filePath: string; messages: { ruleId: string; key?: string; locales?: string[] }[] }[];
  const of = (suffix: string) => reports.find((x) => x.filePath.endsWith(suffix))!.messages;
  const en = of('rails/config/locales/en.yml');
  assert.deepEqual(en.find((m) => m.ruleId === 'no-reply')!.locales, ['en', 'fa'], 'fa.yml says "do not reply" in the same email');
  assert.equal(en.find((m) => m.ruleId === 'robotic-phrasing')!.locales, undefined, 'only the English intro is officialese');
  assert.deepEqual(of('laravel/lang/fa/mail.php').find((m) => m.ruleId === 'no-reply')!.locales, ['en', 'fa']);
  assert.deepEqual(of('i18n/messages.properties').find((m) => m.ruleId === 'no-reply')!.locales, ['default', 'fa']);
});

test('JavaScript locale modules in a walk: linted with file, line:col and key, their locales lined up; a broken one reported where it breaks', () => {
  const dir = project({
    'src/locales/en.js': "export default {\n  mail: {\n    body: 'Thanks for your order.\\nPlease do not reply to this email.',\n  },\n};\n",
    'src/locales/fa.js': "export default {\n  mail: {\n    body: 'از خرید شما متشکریم.\\nلطفا به این ایمیل پاسخ ندهید.',\n  },\n};\n",
    'src/locales/fr.js': "export default {\n  mail: {\n    body: 'Merci pour votre commande.'\n    subject: 'Commande',\n  },\n};\n",
    'src/app.js': "export default { notice: 'Dear customer, please do not reply to this email.' };\n",
  });
  const r = warmly(['lint', '.', '--format', 'json'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  const reports = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; key?: string; line: number; column: number; locales?: string[]; message: string }[] }[];
  assert.deepEqual(reports.map((x) => relative(dir, x.filePath)).sort(), ['src/locales/en.js', 'src/locales/fa.js', 'src/locales/fr.js']);
  const en = reports.find((x) => x.filePath.endsWith('en.js'))!.messages.find((m) => m.ruleId === 'no-reply')!;
  assert.deepEqual([en.key, en.line, en.column, en.locales], ['mail.body', 3, 36, ['en', 'fa']]);
  const fr = reports.find((x) => x.filePath.endsWith('fr.js'))!.messages;
  assert.deepEqual(fr.map((m) => [m.ruleId, m.line, m.column]), [['catalog-syntax', 4, 5]]);
  assert.match(fr[0].message, /does not parse \(Unexpected token, expected "," \(4:4\)\)/);
  const stylish = warmly(['lint', 'src/locales/fr.js'], { cwd: dir });
  assert.match(stylish.stdout, /^src\/locales\/fr\.js$/m);
  assert.match(stylish.stdout, /^\s+4:5\s+error\s+.*catalog-syntax$/m);
});

test('a glob over an app reaches its locale modules, not its other JavaScript and TypeScript', () => {
  const dir = project({
    'src/locales/en.js': "export default { mail: { body: 'Thanks for your order. Please do not reply to this email.' } };\n",
    'src/app.js': "export default { notice: 'Dear customer, please do not reply to this email.' };\n",
    'src/server.ts': "export const notice = 'Dear customer, please do not reply to this email.';\n",
  });
  const r = warmly(['lint', 'src/**/*', '--format', 'json'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual((JSON.parse(r.stdout) as { filePath: string }[]).map((x) => relative(dir, x.filePath)), ['src/locales/en.js']);
});
