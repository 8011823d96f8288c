/**
 * The built server over stdio on Python modules: a `python` document of bot replies (`bot/texts.py`) is linted at the
 * literals' characters, and its quick fixes and "disable" actions leave a module that parses with the same strings; a
 * Django `settings.py`, which the client sends too, stays quiet.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { parser } from '@lezer/python';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, Client, serverForFile, textAt, uriOf } from './harness';

const TEXTS = [
  '# The help desk\'s replies.',
  'WELCOME = "Dear customer, welcome aboard! Reply to this message any time."',
  "REFUND = 'We acknowledge receipt of your refund request.'",
  'CLOSED = f"Hi {user.first_name}, please do not reply to this message."',
  '',
].join('\n');
const SETTINGS = 'DEBUG = True\nSECRET_KEY = "dear customer please do not reply"\nALLOWED_HOSTS = ["localhost"]\n';

let client: Client;
let dir: string;
serverForFile((c, d) => { client = c; dir = d; });

const shape = (text: string) => {
  let strings = 0;
  let errors = 0;
  parser.parse(text).iterate({ enter: (n) => { if (n.name === 'String' || n.name === 'FormatString') strings++; else if (n.type.isError) errors++; } });
  return `${strings} strings, ${errors} errors`;
};

test('a python module of replies is linted at the literals\' characters, and its actions keep it Python', async () => {
  const uri = uriOf(join(dir, 'bot', 'texts.py'));
  await client.open(uri, 'python', TEXTS);
  const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, 1);
  assert.ok(diagnostics.some((d) => d.code === 'generic-greeting' && textAt(TEXTS, d) === 'Dear customer'));
  assert.ok(diagnostics.some((d) => d.code === 'no-reply' && textAt(TEXTS, d) === 'please do not reply to this message'));
  const robotic = diagnostics.find((d) => d.code === 'robotic-phrasing')!;
  assert.equal(textAt(TEXTS, robotic), 'We acknowledge receipt of');

  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: robotic.range, context: { diagnostics: [robotic] } });
  const edited = (title: RegExp) => {
    const action = actions.find((a) => title.test(a.title));
    assert.ok(action?.edit, `an action ${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
    return applyWorkspaceEdit(TEXTS, uri, action.edit, 1);
  };
  const fixed = edited(/We've received/);
  assert.match(fixed, /REFUND = 'We\\'ve received your refund request\.'/);
  assert.equal(shape(fixed), shape(TEXTS));
  const line = edited(/this line/i);
  assert.match(line, /\n# warmly-disable-next-line robotic-phrasing\nREFUND = /);
  assert.equal(shape(line), shape(TEXTS));
});

test('a settings.py stays quiet', async () => {
  const uri = uriOf(join(dir, 'proj', 'settings.py'));
  await client.open(uri, 'python', SETTINGS);
  assert.deepEqual(await client.waitForDiagnostics(uri, 1), []);
});
