/**
 * Each format's parser loads when a file of that format is first linted, not when the engine starts: a cold start
 * that lints plain text must not pay for HTML, Markdown, YAML, PHP, XML or Handlebars parsers, nor the config
 * validator. Observed through the engine's own record of what it loaded and through require.cache, never timing.
 * This file runs in a process of its own, so nothing else has loaded a parser before it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadedDependencies } from '../../server/engine/lazy';
import { lint } from '../../server/linter';

const inRequireCache = (pkg: string) => Object.keys(require.cache).some((f) => f.includes(`/node_modules/${pkg}/`));

test('linting plain text loads no parser; each format loads its own on first use, once', () => {
  const plain = lint('Hello Dana,\n\nYour parcel left our depot this morning.\n\nTalk soon,\nRoya\n', { filePath: 'note.txt' });
  assert.ok(Array.isArray(plain.findings));
  assert.deepEqual(loadedDependencies(), [], 'a plain-text lint loads none of the lazy dependencies');
  for (const pkg of ['htmlparser2', 'php-parser', 'yaml', 'fast-xml-parser', 'handlebars', 'ajv', 'diff', '@babel/parser', '@lezer/python']) {
    assert.equal(inRequireCache(pkg), false, `${pkg} is not in require.cache after a plain-text lint`);
  }

  lint('<p>Hi {{name}},</p><p>The invoice you asked about is attached.</p>', { filePath: 'invoice.html' });
  assert.deepEqual(loadedDependencies(), ['htmlparser2']);
  assert.equal(inRequireCache('htmlparser2'), true);

  lint('Hi {{first_name}},\n\nthe form you sent us is in; we will write back by Friday.\n', { filePath: 'reply.hbs' });
  assert.ok(loadedDependencies().includes('handlebars'), 'a .hbs file asks the handlebars parser for its verdict');

  lint("<?php\nreturn [\n    'greeting' => 'Dear valued customer, your request is being processed.',\n];\n", { filePath: 'lang/en/notify.php' });
  assert.ok(loadedDependencies().includes('php-parser'));
  assert.equal(inRequireCache('yaml'), false, 'a PHP catalog does not load the YAML parser');

  lint('en:\n  notices:\n    shipped: "Your order shipped today; reply here if anything looks off."\n', { filePath: 'config/locales/en.yml' });
  assert.ok(loadedDependencies().includes('yaml'));

  lint('# Welcome aboard\n\nWrite back to this email any time; Niloofar reads every reply.\n', { filePath: 'welcome.md' });
  assert.ok(loadedDependencies().includes('remark'));

  lint("import { Text } from '@react-email/components';\nexport const A = () => <Text>Thanks for waiting, Sam.</Text>;\n", { filePath: 'emails/a.tsx' });
  assert.ok(loadedDependencies().includes('@babel/parser'), 'a React email component loads the JSX parser');

  lint('WELCOME = "Thanks for writing to us, Sam reads every message."\n', { filePath: 'bot/texts.py' });
  assert.ok(loadedDependencies().includes('@lezer/python'), 'a Python module loads the Python parser');

  const before = loadedDependencies();
  lint('<p>Thanks for waiting, Sam.</p>', { filePath: 'again.html' });
  lint("<?php\nreturn ['bye' => 'Talk soon.'];\n", { filePath: 'lang/en/bye.php' });
  assert.deepEqual(loadedDependencies(), before, 'a second file of a format loads nothing new');
  assert.equal(loadedDependencies().includes('ajv'), false, 'linting never validates a config by itself');
});
