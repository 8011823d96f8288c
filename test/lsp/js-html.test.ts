/**
 * The built server over stdio on JavaScript modules: a module that returns an HTML email is linted at its words, and
 * its quick fixes leave a module that parses; an Express handler, which the client sends too, stays quiet.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from '@babel/parser';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, Client, serverForFile, textAt, uriOf } from './harness';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'js-html', 'app');
const LOCKED = readFileSync(join(FIXTURES, 'emails', 'account-locked.js'), 'utf8');
const SERVER = readFileSync(join(FIXTURES, 'src', 'server.js'), 'utf8');

let client: Client;
let dir: string;
serverForFile((c, d) => { client = c; dir = d; });

test('a module returning an email is linted at its words, and its rewrites keep it JavaScript', async () => {
  const uri = uriOf(join(dir, 'emails', 'account-locked.js'));
  await client.open(uri, 'javascript', LOCKED);
  const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, 1);
  assert.ok(diagnostics.some((d) => d.code === 'generic-greeting' && textAt(LOCKED, d) === 'Dear customer'), JSON.stringify(diagnostics));
  const robotic = diagnostics.find((d) => d.code === 'robotic-phrasing')!;
  assert.equal(textAt(LOCKED, robotic), 'Please be informed that');
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: robotic.range, context: { diagnostics: [robotic] } });
  const action = actions.find((a) => /Just so you know/.test(a.title));
  assert.ok(action?.edit, JSON.stringify(actions.map((a) => a.title)));
  const fixed = applyWorkspaceEdit(LOCKED, uri, action.edit, 1);
  assert.match(fixed, /\$\{t\('Just so you know, your account/);
  parse(fixed, { sourceType: 'unambiguous' });
});

test('an Express handler stays quiet', async () => {
  const uri = uriOf(join(dir, 'src', 'server.js'));
  await client.open(uri, 'javascript', SERVER);
  assert.deepEqual(await client.waitForDiagnostics(uri, 1), []);
});
