import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { byFile, ensureBuilt, project, warmly } from './helpers';

before(ensureBuilt);

/** A warm email with one no-reply line, preceded by a suppression comment in the format's own syntax. */
const warmWith = (comment: string, body = '<p>Please do not reply to this email.</p>') =>
  `<p>Hi {{first_name}},</p>\n${comment}\n${body}\n<p>Maria Lopez, maria@acme.example</p>\n`;

const NEXT_LINE: Record<string, string> = {
  'a.hbs': '{{!-- warmly-disable-next-line no-reply --}}',
  'a.mustache': '{{! warmly-disable-next-line no-reply }}',
  'a.html': '<!-- warmly-disable-next-line no-reply -->',
  'a.mjml': '<!-- warmly-disable-next-line no-reply -->',
  'a.liquid': '{% comment %}warmly-disable-next-line no-reply{% endcomment %}',
  'a.twig': '{# warmly-disable-next-line no-reply #}',
  'a.njk': '{# warmly-disable-next-line no-reply #}',
  'a.erb': '<%# warmly-disable-next-line no-reply %>',
};

test('warmly-disable-next-line in every format\'s own comment syntax', () => {
  const files: Record<string, string> = { ...Object.fromEntries(Object.entries(NEXT_LINE).map(([f, c]) => [f, warmWith(c)])) };
  files['a.md'] = 'Hi {{first_name}},\n\n<!-- warmly-disable-next-line no-reply -->\nPlease do not reply to this email.\n\nMaria Lopez, maria@acme.example\n';
  // Control: the same text without the comment is reported.
  files['control.hbs'] = warmWith('<p>Thanks for your order.</p>');
  const dir = project(files);
  const r = warmly(['lint', '.', '-f', 'json', '--rule', 'name-without-fallback:off'], { cwd: dir });
  const found = byFile(r.stdout, dir);
  for (const name of Object.keys(files)) {
    const ids = found[name].map((m) => m.ruleId);
    if (name === 'control.hbs') assert.ok(ids.includes('no-reply'), `control: ${ids}`);
    else assert.deepEqual(ids, [], `${name}: ${ids}`);
  }
});

test('disable-line, disable/enable ranges and disable-file', () => {
  const dir = project({
    'line.html': '<p>Hi {{first_name}},</p>\n<p>Please do not reply to this email.</p> <!-- warmly-disable-line no-reply -->\n<p>Maria Lopez, maria@acme.example</p>\n',
    'range.twig': '<p>Hi {{ first_name }},</p>\n{# warmly-disable no-reply #}\n<p>Please do not reply to this email.</p>\n{# warmly-enable no-reply #}\n<p>This inbox is unattended, please do not reply.</p>\n<p>Maria Lopez, maria@acme.example</p>\n',
    'file.liquid': '{% comment %} warmly-disable-file {% endcomment %}\n<p>Dear customer,</p>\n<p>Please do not reply to this email.</p>\n<p>The Team</p>\n',
  });
  const found = byFile(warmly(['lint', '.', '-f', 'json', '--rule', 'name-without-fallback:off'], { cwd: dir }).stdout, dir);
  assert.deepEqual(found['line.html'].map((m) => m.ruleId), []);
  assert.deepEqual(found['range.twig'].map((m) => `${m.ruleId}@${m.line}`), ['no-reply@5']);
  assert.deepEqual(found['file.liquid'], []);
});

test('--report-unused-disables reports a suppression that suppresses nothing; --no-inline-config ignores them all', () => {
  const dir = project({
    'a.hbs': warmWith('{{!-- warmly-disable-next-line generic-greeting --}}'),
    'b.erb': warmWith('<%# warmly-disable-next-line no-reply %>'),
  });
  const plain = byFile(warmly(['lint', '.', '-f', 'json', '--rule', 'name-without-fallback:off'], { cwd: dir }).stdout, dir);
  assert.deepEqual(plain['a.hbs'].map((m) => m.ruleId), ['no-reply']);
  const r = warmly(['lint', '.', '-f', 'json', '--rule', 'name-without-fallback:off', '--report-unused-disables'], { cwd: dir });
  const found = byFile(r.stdout, dir);
  assert.deepEqual(found['a.hbs'].map((m) => `${m.ruleId}@${m.line}`), ['unused-disable@2', 'no-reply@3']);
  assert.deepEqual(found['b.erb'], []);
  const stylish = warmly(['lint', 'a.hbs', '--rule', 'name-without-fallback:off', '--report-unused-disables'], { cwd: dir });
  assert.match(stylish.stdout, /warmly-disable-next-line comment suppresses nothing \(generic-greeting\).*unused-disable/);
  // From config as well.
  const cfg = project({ '.warmlyrc.json': '{"root": true, "reportUnusedDisables": "error", "rules": {"name-without-fallback": "off"}}', 'a.hbs': warmWith('{{!-- warmly-disable-next-line generic-greeting --}}', '<p>Thanks!</p>') });
  const fromConfig = warmly(['lint', 'a.hbs', '-f', 'json'], { cwd: cfg });
  assert.equal(fromConfig.status, 1);
  assert.deepEqual(JSON.parse(fromConfig.stdout)[0].messages.map((m: { ruleId: string; severity: number }) => `${m.ruleId}:${m.severity}`), ['unused-disable:2']);
  const ignored = byFile(warmly(['lint', '.', '-f', 'json', '--rule', 'name-without-fallback:off', '--no-inline-config'], { cwd: dir }).stdout, dir);
  assert.deepEqual(ignored['b.erb'].map((m) => m.ruleId), ['no-reply']);
});
