/**
 * Tokenizes sample lines with the real TextMate engine VS Code uses (vscode-textmate + vscode-oniguruma) and the
 * real HTML/Markdown/Ruby grammars (tm-grammars), wired the way package.json contributes ours: the injection
 * grammar reaches Markdown and HTML through `injectTo`, the language grammars stand alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type IRawGrammar } from 'vscode-textmate';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributed: { scopeName: string; path: string; language?: string; injectTo?: string[] }[] = manifest.contributes.grammars;

const hostGrammars: Record<string, string> = {
  'text.html.basic': 'html',
  // VS Code's "html" language is tokenized from text.html.derivative, which includes text.html.basic.
  'text.html.derivative': 'html-derivative',
  'text.html.markdown': 'markdown',
  'source.ruby': 'ruby',
  'source.css': 'css',
  'source.js': 'javascript',
};

const MERGE_TAG = 'variable.other.merge-tag.warmly';

const registry = (async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      const ours = contributed.find((g) => g.scopeName === scopeName);
      if (ours) return JSON.parse(readFileSync(join(root, ours.path), 'utf8')) as IRawGrammar;
      const host = hostGrammars[scopeName];
      return host ? (require(`tm-grammars/grammars/${host}.json`) as IRawGrammar) : null;
    },
    // VS Code offers a root scope the injections contributed to it and to each of its prefixes.
    getInjections: (scopeName) => {
      const parts = scopeName.split('.');
      const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('.'));
      return contributed.filter((g) => g.injectTo?.some((t) => prefixes.includes(t))).map((g) => g.scopeName);
    },
  });
})();

async function grammarFor(scopeName: string): Promise<IGrammar> {
  const grammar = await (await registry).loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName} loads`);
  return grammar;
}

/** Each token's text with its scopes, across all lines. */
async function tokenize(scopeName: string, text: string): Promise<{ text: string; scopes: string[] }[]> {
  const grammar = await grammarFor(scopeName);
  let state = INITIAL;
  const out: { text: string; scopes: string[] }[] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  }
  return out;
}

/** The texts that carry `scope`, joined per contiguous run. */
async function scoped(scopeName: string, text: string, scope = MERGE_TAG): Promise<string[]> {
  const runs: string[] = [];
  let open = false;
  for (const t of await tokenize(scopeName, text)) {
    const has = t.scopes.some((s) => s === scope || s.startsWith(scope + '.'));
    if (has && open) runs[runs.length - 1] += t.text;
    else if (has) runs.push(t.text);
    open = has;
  }
  return runs.map((r) => r.trim());
}

test('every grammar in package.json exists, parses and names the scope the manifest says', () => {
  assert.ok(contributed.length >= 6);
  for (const g of contributed) {
    const raw = JSON.parse(readFileSync(join(root, g.path), 'utf8'));
    assert.equal(raw.scopeName, g.scopeName, g.path);
  }
  const languages = new Set(manifest.contributes.languages.map((l: { id: string }) => l.id));
  for (const id of ['liquid', 'twig', 'mjml', 'erb', 'haml']) {
    assert.ok(languages.has(id), `language ${id} contributed`);
    assert.ok(contributed.some((g) => g.language === id), `grammar for ${id}`);
  }
});

test('plain text: all five merge-tag dialects are personalization', async () => {
  const line = 'Hi {{first_name}}, *|FNAME|* and %{name} and ${user.name} and {$customer} and {{{ raw }}}.';
  assert.deepEqual(await scoped('text.plain.warmly', line), ['first_name', 'FNAME', 'name', 'user.name', '$customer', 'raw']);
  assert.deepEqual(await scoped('text.plain.warmly', 'Dear customer, thank you.'), []);
  const tokens = await tokenize('text.plain.warmly', 'Hi *|FNAME|*');
  assert.ok(tokens.find((t) => t.text === '*|')?.scopes.includes('punctuation.definition.tag.begin.warmly'));
});

test('Markdown: merge tags in prose are injected, code spans and fences are left alone', async () => {
  const md = ['# Hello {{ first_name }}', '', 'Thanks, *|FNAME|*! Your order `{{not_a_tag}}` ships.', '', '```', 'const s = `${id}`;', '```', '', '- Reply to %{agent_email}'].join('\n');
  assert.deepEqual(await scoped('text.html.markdown', md), ['first_name', 'FNAME', 'agent_email']);
});

test('HTML: merge tags in text and attributes, not inside <script>', async () => {
  const html = ['<p class="greeting">Hi {{first_name}},</p>', '<a href="mailto:{$agent.email}">Write to ${agent_name}</a>', '<script>const t = `${x}`;</script>'].join('\n');
  assert.deepEqual(await scoped('text.html.derivative', html), ['first_name', '$agent.email', 'agent_name']);
  assert.deepEqual(await scoped('text.html.basic', html), ['first_name', '$agent.email', 'agent_name']);
  const tokens = await tokenize('text.html.derivative', '<p>Hi</p>');
  assert.ok(tokens.some((t) => t.scopes.includes('entity.name.tag.html')), 'HTML itself still highlighted');
});

test('Liquid: output tags, tags and comments', async () => {
  const text = ['{% comment %}Hi {{ ignored }}{% endcomment %}', '<p>Hi {{ customer.first_name | default: "there" }},</p>', '{% if order %}<a href="{{ order.url }}">Track</a>{% endif %}'].join('\n');
  assert.deepEqual(await scoped('text.html.liquid', text), ['customer.first_name', 'order.url']);
  assert.deepEqual(await scoped('text.html.liquid', text, 'comment.block.liquid'), ['{% comment %}Hi {{ ignored }}{% endcomment %}']);
  assert.deepEqual(await scoped('text.html.liquid', text, 'keyword.control.liquid'), ['if', 'endif']);
  assert.deepEqual(await scoped('text.html.liquid', text, 'support.function.filter.liquid'), ['default']);
});

test('Twig / Jinja: output tags, tags and {# comments #}', async () => {
  const text = ['{# greeting #}', '<p>Hi {{ user.first_name|default("there") }},</p>', '{% for item in items %}{{ item.name }}{% endfor %}'].join('\n');
  assert.deepEqual(await scoped('text.html.twig', text), ['user.first_name', 'item.name']);
  assert.deepEqual(await scoped('text.html.twig', text, 'comment.block.twig'), ['{# greeting #}']);
  assert.deepEqual(await scoped('text.html.twig', text, 'keyword.control.twig'), ['for', 'endfor']);
});

test('ERB: <%= variable %> is personalization, code is Ruby, <%# %> is a comment', async () => {
  const text = ['<%# mailer view %>', '<p>Hi <%= @user.first_name %>,</p>', '<% if @order.shipped? %><%= link_to "Track", @order.url %><% end %>', 'Thanks, %{agent}'].join('\n');
  assert.deepEqual(await scoped('text.html.erb', text), ['@user.first_name', 'agent']);
  assert.deepEqual(await scoped('text.html.erb', text, 'comment.block.erb'), ['<%# mailer view %>']);
  const tokens = await tokenize('text.html.erb', '<% if @order %>');
  assert.ok(tokens.some((t) => t.text === 'if' && t.scopes.some((s) => s.startsWith('keyword.control'))), 'Ruby highlighted inside <% %>');
});

test('HAML: #{} and a bare = path are personalization, -# blocks are comments, elements and Ruby are highlighted', async () => {
  const text = ['-# mailer view', '  still the comment', '%p{ style: "color: #333" } Hi #{@user.first_name},', '= @member.login_name', '- if @order.shipped?', '  = link_to "Track", @order.url', 'Thanks, %{agent}'].join('\n');
  assert.deepEqual(await scoped('text.haml', text), ['@user.first_name', '@member.login_name', 'agent']);
  assert.deepEqual(await scoped('text.haml', text, 'comment.block.haml'), ['-# mailer view  still the comment']);
  const tokens = await tokenize('text.haml', text);
  assert.ok(tokens.some((t) => t.text === '%p' && t.scopes.includes('entity.name.tag.haml')), 'the element is a tag');
  assert.ok(tokens.some((t) => t.text === 'if' && t.scopes.some((s) => s.startsWith('keyword.control'))), 'Ruby highlighted after -');
});

test('MJML: merge tags inside mj-text, HTML highlighting underneath', async () => {
  const text = '<mj-text>Hi *|FNAME|*, reply to {{agent.email}}</mj-text>';
  assert.deepEqual(await scoped('text.html.mjml', text), ['FNAME', 'agent.email']);
  const tokens = await tokenize('text.html.mjml', text);
  assert.ok(tokens.some((t) => t.text === 'mj-text' && t.scopes.some((s) => s.startsWith('entity.name.tag'))));
});
