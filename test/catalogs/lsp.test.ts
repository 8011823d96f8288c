/**
 * The language server on catalogs: a YAML locale file gets its findings inside the strings (with the message
 * key in the text), the quick fix writes a valid file, the hover names the sister locales (fa.yml beside en.yml)
 * with the same problem, and package.json opened as JSON stays quiet.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { parse as parseYaml } from 'yaml';
import { applyWorkspaceEdit, Client, serverForFile, uriOf } from '../lsp/harness';

const YML = [
  'en:',
  '  buttons:',
  '    save: Save',
  '  user_mailer:',
  '    welcome:',
  "      subject: 'Welcome, it''s done'",
  '      body: "Your account is ready.\\nPlease be advised that the link expires in a day. Please do not reply to this email."',
  '',
].join('\n');

let client: Client;
let dir: string;
serverForFile((c, d) => { client = c; dir = d; });

test('a YAML catalog: the finding sits on the words inside the quoted string, and its fix keeps the file valid', async () => {
  const uri = uriOf(join(dir, 'config', 'locales', 'en.yml'));
  await client.open(uri, 'yaml', YML);
  const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, 1);
  const noReply = diagnostics.find((d) => d.code === 'no-reply');
  assert.ok(noReply, JSON.stringify(diagnostics));
  // Line 7, after `body: "Your account is ready.\n`: the escape is two characters in the file.
  assert.equal(noReply.range.start.line, 6);
  const line = YML.split('\n')[6];
  assert.equal(line.slice(noReply.range.start.character, noReply.range.end.character), 'Please do not reply to this email');
  assert.ok(!diagnostics.some((d) => d.range.start.line === 2), 'the Save button is not a message');
  // no-reply's rewrite would add a sender variable the mailer does not pass: not offered. robotic-phrasing's is.
  const robotic = diagnostics.find((d) => d.code === 'robotic-phrasing')!;
  assert.equal(line.slice(robotic.range.start.character, robotic.range.end.character), 'Please be advised that');
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: robotic.range, context: { diagnostics: [robotic] } });
  const fix = actions.find((a) => a.isPreferred && a.edit);
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  const fixed = applyWorkspaceEdit(YML, uri, fix.edit!, 1);
  const data = parseYaml(fixed);
  assert.doesNotMatch(data.en.user_mailer.welcome.body, /be advised/);
  assert.match(data.en.user_mailer.welcome.body, /^Your account is ready\.\n\S.* the link expires in a day\. Please do not reply/);
  assert.equal(data.en.user_mailer.welcome.subject, "Welcome, it's done");
});

test('the hover on a catalog finding names the other locales of the same message that have it, read from the files beside it', async () => {
  const locales = join(dir, 'app', 'config', 'locales');
  mkdirSync(locales, { recursive: true });
  const en = [
    'en:',
    '  user_mailer:',
    '    welcome:',
    '      greeting: "Dear customer,"',
    '      body: "Please be advised that your account is ready. Reply to this email; Sam from support reads every reply."',
    '',
  ].join('\n');
  // Persian says "Dear customer" too; German greets by name; the Persian body has no stiff opener.
  writeFileSync(join(locales, 'fa.yml'), ['fa:', '  user_mailer:', '    welcome:', '      greeting: "مشتری گرامی،"', '      body: "حساب شما آماده است. اگر پرسشی دارید به همین ایمیل پاسخ دهید؛ سارا از پشتیبانی همه پاسخ‌ها را می‌خواند."', ''].join('\n'));
  writeFileSync(join(locales, 'de.yml'), ['de:', '  user_mailer:', '    welcome:', '      greeting: "Hallo %{name},"', '      body: "Ihr Konto ist bereit."', ''].join('\n'));
  const uri = uriOf(join(locales, 'en.yml'));
  await client.open(uri, 'yaml', en);
  const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, 1);
  const hoverOn = async (code: string) => {
    const d = diagnostics.find((x) => x.code === code);
    assert.ok(d, `${code} in ${JSON.stringify(diagnostics.map((x) => x.code))}`);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    assert.ok(hover);
    return (hover.contents as MarkupContent).value;
  };
  const greeting = await hoverOn('generic-greeting');
  assert.match(greeting, /Same problem in the locales `en`, `fa` of `en\.user_mailer\.welcome\.greeting`/);
  assert.doesNotMatch(greeting, /`de`/);
  // Only English says "Please be advised": no cross-locale line.
  assert.doesNotMatch(await hoverOn('robotic-phrasing'), /Same problem in the locales/);
});

test('package.json and a CI workflow opened in the editor get no findings', async () => {
  for (const [name, languageId, text] of [
    ['package.json', 'json', '{"name": "x", "description": "Dear customer, please do not reply to this email. We apologize for any inconvenience."}\n'],
    ['.github/workflows/ci.yml', 'yaml', 'on: push\njobs:\n  a:\n    steps:\n      - run: echo "Dear customer, please do not reply to this email."\n'],
  ]) {
    const uri = uriOf(join(dir, name));
    await client.open(uri, languageId, text);
    const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, 1);
    assert.deepEqual(diagnostics, [], name);
  }
});

test('a JavaScript locale module gets its findings inside its strings; plain modules, TypeScript code and untitled buffers stay quiet', async () => {
  const locale = "// Texts of the shop\nexport default {\n  mail: {\n    body: 'Thanks for your order.\\nPlease do not reply to this email.',\n  },\n};\n";
  const uri = uriOf(join(dir, 'src', 'locales', 'en.js'));
  await client.open(uri, 'javascript', locale);
  const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, 1);
  const noReply = diagnostics.find((d) => d.code === 'no-reply');
  assert.ok(noReply, JSON.stringify(diagnostics));
  assert.equal(noReply.range.start.line, 3);
  assert.equal(locale.split('\n')[3].slice(noReply.range.start.character, noReply.range.end.character), 'Please do not reply to this email');
  const quiet: [string, string, string][] = [
    [uriOf(join(dir, 'src', 'app.js')), 'javascript', "export default { notice: 'Dear customer, please do not reply to this email.' };\n"],
    [uriOf(join(dir, 'src', 'mailer.ts')), 'typescript', "export const send = (to: string) => mail(to, 'Dear customer, please do not reply to this email.');\n"],
    [uriOf(join(dir, 'src', 'locales', 'index.ts')), 'typescript', "import en from './en';\nexport default createI18n({ locale: 'en', messages: { en } });\n"],
    ['untitled:Untitled-7', 'javascript', "export default { notice: 'Dear customer, please do not reply to this email.' };\n"],
  ];
  for (const [u, languageId, text] of quiet) {
    await client.open(u, languageId, text);
    assert.deepEqual(await client.waitForDiagnostics(u, 1), [], u);
  }
});
