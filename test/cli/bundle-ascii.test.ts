/**
 * The bundles are pure ASCII (esbuild.mjs escapes what esbuild leaves in regex literals and comments): one other
 * byte makes Node decode the whole bundle into a two-byte string at every start. Their behaviour with the escapes
 * is what every other test checks.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ensureBuilt, ROOT } from '../lsp/harness';

test('every server bundle is ASCII only', () => {
  ensureBuilt();
  const dist = join(ROOT, 'server', 'dist');
  const bundles = readdirSync(dist).filter((f) => f.endsWith('.js'));
  assert.ok(bundles.includes('cli.js') && bundles.includes('server.js'));
  for (const name of bundles) {
    const bytes = readFileSync(join(dist, name));
    const at = bytes.findIndex((b) => b > 0x7f);
    assert.equal(at, -1, `${name} has a non-ASCII byte at ${at}: ${bytes.subarray(Math.max(0, at - 40), at + 10).toString('utf8')}`);
  }
});
