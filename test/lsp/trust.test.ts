/**
 * Workspace trust over the protocol (issue #11, finding 1), with the built server over stdio: a trusted
 * workspace's .warmlyrc.json applies; in an untrusted one (`initializationOptions.trusted: false`) no config
 * file is read, not even to report its problems, the editor's settings still apply, and the log says so.
 * Also finding 11 in the editor: a YAML alias bomb gets a diagnostic on the config file.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { InitializationOptions } from '../../shared/protocol';
import { Client, tempWorkspace, uriOf } from './harness';

const TEXT = 'Dear customer,\n\nPlease do not reply to this email.\n';
const codes = (ds: { code?: string | number }[]) => ds.map((d) => d.code);
const text = (d: { message: unknown }) => String(d.message);

/** A workspace whose config turns no-reply off, and with nothing else in it. */
function workspace(): string {
  const dir = tempWorkspace('warmly-trust-');
  writeFileSync(join(dir, '.warmlyrc.json'), '{"rules": {"no-reply": "off"}}');
  return dir;
}

async function lintIn(dir: string, init: InitializationOptions, file = 'a.txt') {
  const client = await Client.start({ workspaceFolder: dir, initializationOptions: init });
  const uri = uriOf(join(dir, file));
  await client.open(uri, 'plaintext', TEXT);
  const diagnostics = await client.waitForDiagnostics(uri, 1);
  return { client, diagnostics };
}

test('trusted: the workspace .warmlyrc.json applies', async () => {
  const dir = workspace();
  const { client, diagnostics } = await lintIn(dir, { trusted: true, settings: { debounceMs: 0 } });
  try {
    assert.ok(!codes(diagnostics).includes('no-reply'), 'no-reply turned off by the config file');
    assert.ok(codes(diagnostics).includes('generic-greeting'));
    assert.ok(!client.logs.some((l) => /untrusted/.test(l)), client.logs.join('\n'));
  } finally {
    await client.stop();
  }
});

test('untrusted: no config file is read, user settings still apply, and the log says so', async () => {
  const dir = workspace();
  const { client, diagnostics } = await lintIn(dir, { trusted: false, settings: { debounceMs: 0, rules: { 'generic-greeting': 'off' } } });
  try {
    assert.ok(codes(diagnostics).includes('no-reply'), `the workspace config is ignored: ${codes(diagnostics)}`);
    assert.ok(!codes(diagnostics).includes('generic-greeting'), 'the editor settings apply');
    await client.until(() => client.logs.find((l) => /untrusted workspace: Warmly reads no config file/.test(l)), 'the untrusted notice in the log');
  } finally {
    await client.stop();
  }
});

test('untrusted: a broken config file is not even read to report it; trusted it gets a diagnostic', async () => {
  for (const trusted of [false, true]) {
    const dir = tempWorkspace('warmly-trust-');
    const config = join(dir, '.warmlyrc.json');
    writeFileSync(config, '{"rules": {"no-repy": "off"}}');
    const { client, diagnostics } = await lintIn(dir, { trusted, settings: { debounceMs: 0 } });
    try {
      assert.ok(codes(diagnostics).includes('no-reply'));
      // A watched-file event for the config file: trusted servers validate it, untrusted ones leave it alone.
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
      const doc = uriOf(join(dir, 'a.txt'));
      await client.waitForLatest(doc, () => (client.diagnostics.get(doc)?.length ?? 0) >= 2, 'the re-lint after the file event');
      const configReports = client.diagnostics.get(uriOf(config)) ?? [];
      if (trusted) assert.ok(configReports.some((p) => p.diagnostics.some((d) => /no-repy/.test(text(d)))), 'trusted: the typo is reported');
      else assert.deepEqual(configReports, [], 'untrusted: nothing about the config file');
    } finally {
      await client.stop();
    }
  }
});

test('a YAML alias bomb in a config file gets a one-line diagnostic on that file (finding 11)', async () => {
  const dir = tempWorkspace('warmly-trust-');
  let bomb = 'lol0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < 9; i++) bomb += `lol${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
  writeFileSync(join(dir, '.warmlyrc.yaml'), bomb);
  const { client } = await lintIn(dir, { settings: { debounceMs: 0 } });
  try {
    const config = await client.waitForDiagnostics(uriOf(join(dir, '.warmlyrc.yaml')));
    assert.equal(config.length, 1);
    assert.match(text(config[0]), /alias/);
    assert.ok(!text(config[0]).includes('\n'), text(config[0]));
  } finally {
    await client.stop();
  }
});
