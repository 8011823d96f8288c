/**
 * The extension manifest (package.json) agrees with the client code, the server and the engine, and the
 * packaged .vsix holds exactly what runs in the editor. No VS Code needed: the real-editor test
 * (test/e2e/vscode.test.ts, `npm run test:editor`) covers behaviour.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LANGUAGE_IDS, WORKSPACE_EXTENSIONS } from '../../client/src/languages';
import { catalogKindFor, formatFor, SURVEY_EXTENSIONS, TEMPLATE_EXTENSIONS } from '../../server/engine';
import { directiveComment } from '../../server/language-server/suppression';
import { CONTENT_DETECTED_EXTENSIONS, FORMAT_REGISTRY, DATA_LANGUAGE_EXTENSIONS } from '../../shared/formats';
import { hooksFilesPattern, hooksText, manifestText } from '../../scripts/gen-manifest';
import { DEFAULT_SETTINGS } from '../../server/language-server/settings';
import { rules } from '../../rules';
import { CLIENT_COMMANDS, SERVER_COMMANDS } from '../../shared/protocol';

const ROOT = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const clientSource = ['extension.ts', 'commands.ts', 'language-client.ts', 'status-bar.ts', 'workspace-lint.ts']
  .map((f) => readFileSync(join(ROOT, 'client', 'src', f), 'utf8'))
  .join('\n');

test('engines.vscode lets the .vsix install into code-server 4.100.3 (VS Code 1.100.3)', () => {
  assert.equal(manifest.engines.vscode, '^1.100.0');
  assert.equal(manifest.main, './client/dist/extension.js');
});

test('every linted language activates the extension and has a grammar or is built into VS Code', () => {
  // VS Code's own extensions contribute these (extensions/ini gives .ini files the language id 'ini').
  const builtIn = new Set(['plaintext', 'markdown', 'html', 'handlebars', 'yaml', 'json', 'properties', 'xml', 'ini', 'typescriptreact', 'javascriptreact', 'javascript', 'typescript', 'python']);
  const contributed = new Set(manifest.contributes.languages.map((l: { id: string }) => l.id));
  for (const id of LANGUAGE_IDS) {
    assert.ok(manifest.activationEvents.includes(`onLanguage:${id}`), `activates on ${id}`);
    assert.ok(builtIn.has(id) || contributed.has(id), `${id} is built in or contributed`);
  }
  for (const lang of manifest.contributes.languages) {
    // Survey exports (.qsf, .lss) and Dolibarr's .lang only add extensions to VS Code's own JSON, XML and
    // properties: no configuration of their own.
    if (DATA_LANGUAGE_EXTENSIONS.some((l) => l.id === lang.id)) {
      for (const ext of lang.extensions) assert.ok(SURVEY_EXTENSIONS.includes(ext) || catalogKindFor(`langs/fa_IR/mails${ext}`) !== undefined, `the engine reads ${ext} surveys or catalogs`);
      continue;
    }
    assert.ok(existsSync(join(ROOT, lang.configuration)), `${lang.configuration} exists`);
    for (const ext of lang.extensions) assert.ok(TEMPLATE_EXTENSIONS.includes(ext), `the engine knows ${ext}`);
  }
});

test('Lint workspace looks for the files the engine treats as templates (PHP and React components aside)', () => {
  const engine = TEMPLATE_EXTENSIONS.filter((e) => !e.endsWith('.php') && !CONTENT_DETECTED_EXTENSIONS.includes(e)).map((e) => e.slice(1)).sort();
  assert.deepEqual([...WORKSPACE_EXTENSIONS].sort(), [...new Set(engine)]);
});

test('every contributed command is registered by the client, and the names do not clash with the server\'s', () => {
  const commands: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
  assert.deepEqual(commands.sort(), Object.values(CLIENT_COMMANDS).sort());
  for (const key of Object.keys(CLIENT_COMMANDS)) assert.ok(clientSource.includes(`registerCommand(CLIENT_COMMANDS.${key},`), `${key} is registered`);
  // vscode-languageclient registers the server's executeCommandProvider commands itself; a clash throws.
  const serverCommands: string[] = Object.values(SERVER_COMMANDS);
  assert.ok(serverCommands.length > 0);
  for (const c of serverCommands) assert.ok(!commands.includes(c), `${c} is the server's`);
});

test('every setting the server reads is contributed, with the same default', () => {
  const props = manifest.contributes.configuration.properties;
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    const setting = props[`warmly.${key}`];
    assert.ok(setting, `warmly.${key} is contributed`);
    assert.deepEqual(setting.default, value, `default of warmly.${key}`);
  }
  assert.ok(props['warmly.trace.server'], 'trace setting for vscode-languageclient');
  const ruleIds = Object.keys(props['warmly.rules'].properties).sort();
  assert.deepEqual(ruleIds, rules.map((r) => r.id).sort(), 'warmly.rules lists every rule');
});

test('untrusted folders: restricted settings exist; config files get the generated schema', () => {
  const { untrustedWorkspaces } = manifest.capabilities;
  assert.equal(untrustedWorkspaces.supported, 'limited');
  for (const key of untrustedWorkspaces.restrictedConfigurations) assert.ok(manifest.contributes.configuration.properties[key], key);
  for (const v of [...manifest.contributes.jsonValidation, ...manifest.contributes.yamlValidation]) {
    assert.ok(existsSync(join(ROOT, v.url)), `${v.url} exists`);
  }
  assert.ok(manifest.contributes.jsonValidation[0].fileMatch.includes('.warmlyrc.json'));
});

test('the .vsix holds only the bundles, grammars, schema, icon, configs and docs', () => {
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout.trim().split('\n').map((l) => l.trim()).filter(Boolean);
  const allowed = [
    /^package\.json$/, /^README\.md$/, /^LICENSE$/, /^language-configuration(-\w+)?\.json$/, /^client\/dist\/extension\.js$/,
    /^server\/dist\/[\w-]+\.js$/, /^server\/dist\/phrase-snapshot\.txt$/, /^server\/bin\/[\w-]+\.js$/, /^server\/package\.json$/, /^syntaxes\/[\w.-]+\.tmLanguage\.json$/,
    /^schema\/warmly\.schema\.json$/, /^images\/icon\.png$/, /^docs\/images\/[\w-]+\.png$/,
  ];
  for (const f of files) assert.ok(allowed.some((re) => re.test(f)), `${f} should not ship in the .vsix`);
  for (const must of ['client/dist/extension.js', 'server/dist/server.js', 'server/dist/lint-worker.js', 'server/dist/phrase-snapshot.txt', 'server/bin/warmly-language-server.js', 'server/bin/require-bundle.js', 'server/bin/compile-cache.js', 'schema/warmly.schema.json', 'images/icon.png', 'LICENSE']) {
    assert.ok(files.includes(must), `${must} ships`);
  }
  for (const g of manifest.contributes.grammars) assert.ok(files.includes(g.path.replace(/^\.\//, '')), `${g.path} ships`);
  // The parsers only some formats need are chunks beside the bundles, loaded on first use (server/chunks.ts).
  const chunks = readdirSync(join(ROOT, 'server', 'dist')).filter((f) => /^chunk-[\w-]+\.js$/.test(f));
  assert.ok(chunks.length > 0, 'the build writes chunks');
  for (const c of chunks) assert.ok(files.includes(`server/dist/${c}`), `server/dist/${c} ships`);
});

test('the extension bundles no engine, rule or server code: only the client, the shared protocol and libraries', async () => {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(ROOT, 'client', 'src', 'extension.ts')], bundle: true, platform: 'node', format: 'cjs',
    external: ['vscode'], write: false, metafile: true, outfile: 'extension.js', absWorkingDir: ROOT, logLevel: 'silent',
  });
  const ours = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules'));
  assert.ok(ours.some((f) => f.startsWith('client/src/')), 'the client itself is bundled');
  for (const f of ours) assert.match(f, /^(client\/src|shared)\//, `${f} should not be in the extension bundle`);
});

test('package.json\'s derived parts are current (run "npm run gen-manifest" after changing a format or rule)', () => {
  const current = readFileSync(join(ROOT, 'package.json'), 'utf8');
  assert.ok(current === manifestText(current), 'package.json is out of date: run "npm run gen-manifest" and commit it');
  // The check sees drift: a contributed extension or rule id kept by hand is put back from the registries.
  const stale = current.replace('".twig",', '').replace('"no-reply": {', '"no-replies": {');
  assert.notEqual(stale, current);
  assert.equal(manifestText(stale), current);
});

test('the format registry drives the engine, the server\'s language ids, disable comments and the client', () => {
  for (const f of FORMAT_REGISTRY) {
    for (const ext of f.extensions) assert.equal(formatFor(`emails/x${ext}`), f.id, `${ext} is read as ${f.id}`);
    assert.ok(LANGUAGE_IDS.includes(f.languageIds[0]), `the client selects ${f.languageIds[0]}`);
    assert.equal(directiveComment(f.id, 'x') !== undefined, 'comment' in f, `${f.id} has a disable comment iff the registry gives one`);
  }
  assert.deepEqual(manifest.contributes.languages.map((l: { id: string }) => l.id), [...FORMAT_REGISTRY.filter((f) => 'vscode' in f).map((f) => f.id), ...DATA_LANGUAGE_EXTENSIONS.map((l) => l.id)]);
});

test('.pre-commit-hooks.yaml\'s file pattern is generated from the format registry (npm run gen-manifest)', () => {
  const current = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
  assert.ok(current === hooksText(current), '.pre-commit-hooks.yaml is out of date: run "npm run gen-manifest" and commit it');
  const stale = current.replace('|liquid|', '|');
  assert.notEqual(stale, current);
  assert.equal(hooksText(stale), current);
  const re = new RegExp(hooksFilesPattern());
  for (const ext of TEMPLATE_EXTENSIONS) assert.equal(re.test(`emails/x${ext}`), !CONTENT_DETECTED_EXTENSIONS.includes(ext), ext);
  assert.ok(!re.test('src/app.ts'));
  // pre-commit names every staged file, and a named file is always linted: a web app's components would all be.
  assert.ok(!re.test('src/components/Button.tsx'));
});
