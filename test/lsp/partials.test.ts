/**
 * The language server reads a template's included partials from its workspace folder: a footer that names a way to
 * reach someone quiets missing-contact, and editing the footer on disk is seen at the template's next lint.
 * Through the built server over stdio. Written for this test.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Client, tempWorkspace, uriOf } from './harness';

let client: Client;
let dir: string;
before(async () => {
  dir = tempWorkspace();
  mkdirSync(join(dir, 'emails', 'partials'), { recursive: true });
  client = await Client.start({ workspaceFolder: dir });
});
after(async () => {
  await client.stop();
});

const BODY = '<p>Hi {{first_name}},</p>\n<p>Your order has shipped and will arrive within three business days.</p>\n{{> footer}}\n';

test('a footer partial with a contact, read from the workspace; a footer without one', async () => {
  writeFileSync(join(dir, 'emails', 'partials', 'footer.hbs'), '<p>Questions? Write to <a href="mailto:help@acme.example">help@acme.example</a>.</p>\n');
  const uri = uriOf(join(dir, 'emails', 'shipped.hbs'));
  await client.open(uri, 'handlebars', BODY);
  const first = await client.waitForDiagnostics(uri, 1);
  assert.ok(!first.some((d) => d.code === 'missing-contact'), JSON.stringify(first));

  // The footer loses its address on disk: the template's next lint reads it again.
  writeFileSync(join(dir, 'emails', 'partials', 'footer.hbs'), '<p>Acme Inc., 1 Main Street, Springfield.</p>\n');
  const other = uriOf(join(dir, 'emails', 'delivered.hbs'));
  await client.open(other, 'handlebars', BODY.replace('has shipped and will arrive within three business days', 'was delivered this morning'));
  const second = await client.waitForDiagnostics(other, 1);
  assert.ok(second.some((d) => d.code === 'missing-contact'), JSON.stringify(second));
});
