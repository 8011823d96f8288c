/**
 * Personalization values become template code in rewrites, so the config accepts only variable paths and plain
 * fallback words (issue #11, finding 2). Each bad value is one clear error naming the file and the key, from
 * the same schema editors use.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ConfigError, ConfigResolver } from '../../server/config';

const root = mkdtempSync(join(tmpdir(), 'warmly-personalization-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

function resolveWith(config: unknown): ConfigError | undefined {
  const dir = join(root, `p${n++}`);
  const file = join(dir, '.warmlyrc.json');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify({ root: true, ...config as object }, null, 2));
  try {
    new ConfigResolver({ cwd: dir }).resolve('mail.html.erb');
    return undefined;
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    assert.equal(err.file, file);
    assert.ok(!err.message.includes('\n'), err.message);
    return err;
  }
}

test('code in a variable setting is refused with the file and key', () => {
  const err = resolveWith({ personalization: { name: 'x %><%= system("id") %>' } });
  assert.equal(err?.keyPath, 'personalization.name');
  assert.match(err!.message, /not a variable path/);
  for (const [key, value] of [['senderName', 'name }}{{ 7*7'], ['senderEmail', 'a"b'], ['senderPhone', '<script>']]) {
    assert.equal(resolveWith({ personalization: { [key]: value } })?.keyPath, `personalization.${key}`, key);
  }
});

test('Ruby methods that act, and "@" outside ERB, are refused; plain paths pass', () => {
  assert.match(resolveWith({ personalization: { senderName: 'user.destroy' } })!.message, /Ruby method/);
  assert.match(resolveWith({ personalization: { name: '@user.first_name' } })!.message, /only ERB/);
  assert.equal(resolveWith({ personalization: { formats: { erb: { name: '@user.first_name' } } } }), undefined);
  assert.equal(resolveWith({ personalization: { name: 'customer.first_name', senderName: 'FNAME', fallback: { en: "y'all", fa: 'دوست عزیز' } } }), undefined);
  assert.equal(resolveWith({ overrides: [{ files: '*.erb', personalization: { name: 'exit' } }] })?.keyPath, 'overrides.0.personalization.name');
});

test('a fallback with template, markup or control characters is refused with the file and key', () => {
  for (const word of ['a" }}{{ evil', "x' %><%= system('id') %>", '<img src=x onerror=alert(1)>', 'a\u001b[2Jb', '   ']) {
    const err = resolveWith({ personalization: { fallback: { en: word } } });
    assert.equal(err?.keyPath, 'personalization.fallback.en', JSON.stringify(word));
  }
});
