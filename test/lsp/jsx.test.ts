/**
 * The built server over stdio on React email components: a `typescriptreact` document that imports
 * @react-email/components is linted (and its quick fixes and "disable" actions leave valid JSX); the app's other
 * React documents, which the client sends too, stay quiet.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from '@babel/parser';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, Client, serverForFile, textAt, uriOf } from './harness';

const EMAIL = [
  "import { Html, Text } from '@react-email/components';",
  '',
  'export default function Shipped({ userName }: { userName: string }) {',
  '  return (',
  '    <Html>',
  '      <Text>Dear customer,</Text>',
  '      <Text>Your parcel left our depot today. Please do not reply to this email.</Text>',
  '    </Html>',
  '  );',
  '}',
  '',
].join('\n');
const COMPONENT = "export function Banner() {\n  return <p>Dear customer, please do not reply to this page.</p>;\n}\n";

let client: Client;
let dir: string;
serverForFile((c, d) => { client = c; dir = d; });

const tsx = (text: string) => parse(text, { sourceType: 'module', plugins: ['jsx', 'typescript'] });

test('a typescriptreact email component is linted at the exact JSX text', async () => {
  const uri = uriOf(join(dir, 'src', 'Shipped.tsx'));
  await client.open(uri, 'typescriptreact', EMAIL);
  const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, 1);
  const greeting = diagnostics.find((d) => d.code === 'generic-greeting')!;
  assert.equal(textAt(EMAIL, greeting), 'Dear customer');
  assert.ok(diagnostics.some((d) => d.code === 'no-reply' && textAt(EMAIL, d) === 'Please do not reply to this email'));

  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: greeting.range, context: { diagnostics: [greeting] } });
  const edited = (title: RegExp) => {
    const action = actions.find((a) => title.test(a.title));
    assert.ok(action?.edit, `an action ${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
    return applyWorkspaceEdit(EMAIL, uri, action.edit, 1);
  };
  const fixed = edited(/^Greet by name/);
  assert.match(fixed, /<Text>Dear \{userName \?\? "there"\},<\/Text>/);
  tsx(fixed);
  const line = edited(/this line/i);
  assert.match(line, /\{\/\* warmly-disable-next-line generic-greeting \*\/\}/);
  tsx(line);
  const file = edited(/this file|in this file|for the file/i);
  assert.match(file, /^\/\/ warmly-disable-file generic-greeting\n/);
  tsx(file);
});

test('a javascriptreact email in an emails/ folder is linted too', async () => {
  const uri = uriOf(join(dir, 'emails', 'shipped.jsx'));
  const text = 'export const Shipped = () => <p>Dear customer, your parcel is on its way.</p>;\n';
  await client.open(uri, 'javascriptreact', text);
  const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, 1);
  assert.ok(diagnostics.some((d) => d.code === 'generic-greeting'));
});

test('other React documents stay quiet', async () => {
  for (const [name, languageId] of [['src/components/Banner.tsx', 'typescriptreact'], ['src/components/Banner.jsx', 'javascriptreact']]) {
    const uri = uriOf(join(dir, name));
    await client.open(uri, languageId, COMPONENT);
    assert.deepEqual(await client.waitForDiagnostics(uri, 1), [], name);
  }
});
