/**
 * Writes the derived parts of package.json (the VS Code extension manifest): activation events, contributed
 * languages and grammars from the format registry (shared/formats.ts), and the rule ids under the `warmly.rules`
 * setting from the rule registry. Everything else in package.json is kept as written. `--check` exits 1 when
 * the committed package.json is out of date instead of writing it (test/client/manifest.test.ts runs the check).
 * Usage: node --import tsx scripts/gen-manifest.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../rules';
import { docsUrl } from '../server/src/engine';
import { SEVERITIES } from '../server/src/config/schema';
import { EDITOR_LANGUAGE_IDS, FORMAT_REGISTRY, type FormatInfo } from '../shared/formats';

export const MANIFEST_FILE = join(import.meta.dirname, '..', 'package.json');

/** Activation events that are not about a language: a workspace with Warmly config files. */
const WORKSPACE_ACTIVATION = ['workspaceContains:**/.warmlyrc*', 'workspaceContains:**/warmly.config.*'];

/** Grammars not tied to a contributed language: plain text's merge-tag highlighting and the injection. */
const EXTRA_GRAMMARS = [
  { language: 'plaintext', scopeName: 'text.plain.warmly', path: './syntaxes/plaintext.tmLanguage.json' },
  {
    scopeName: 'warmly.merge-tags.injection',
    path: './syntaxes/merge-tags.injection.tmLanguage.json',
    injectTo: ['text.html.markdown', 'text.html.basic', 'text.html.derivative'],
  },
];

type Manifest = Record<string, unknown> & {
  activationEvents: string[];
  contributes: {
    languages: unknown[];
    grammars: unknown[];
    configuration: { properties: Record<string, { properties?: Record<string, unknown> }> };
  };
};

export function manifestFor(current: Manifest): Manifest {
  const out = structuredClone(current);
  const contributed = (FORMAT_REGISTRY as readonly FormatInfo[]).filter((f) => f.vscode);
  out.activationEvents = [...EDITOR_LANGUAGE_IDS.map((id) => `onLanguage:${id}`), ...WORKSPACE_ACTIVATION];
  out.contributes.languages = contributed.map((f) => ({
    id: f.languageIds[0],
    aliases: f.vscode!.aliases,
    extensions: f.vscode!.extensions ?? f.extensions,
    configuration: f.vscode!.configuration,
  }));
  out.contributes.grammars = [
    ...contributed.map((f) => ({ language: f.languageIds[0], ...f.vscode!.grammar })),
    ...EXTRA_GRAMMARS,
  ];
  out.contributes.configuration.properties['warmly.rules'].properties = Object.fromEntries(
    rules.map((rule) => [rule.id, { type: 'string', enum: SEVERITIES, markdownDescription: `Severity of [${rule.id}](${docsUrl(rule.id)}).` }]),
  );
  return out;
}

export function manifestText(currentText: string): string {
  return JSON.stringify(manifestFor(JSON.parse(currentText) as Manifest), null, 2) + '\n';
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const current = readFileSync(MANIFEST_FILE, 'utf8');
  const text = manifestText(current);
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('package.json is out of date: run "npm run gen-manifest" and commit it.');
      process.exit(1);
    }
  } else {
    writeFileSync(MANIFEST_FILE, text);
    console.log(`wrote ${MANIFEST_FILE}`);
  }
}
