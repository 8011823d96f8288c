/**
 * Writes the derived parts of package.json (the VS Code extension manifest): activation events, contributed
 * languages and grammars from the format registry (shared/formats.ts), and the rule ids under the `warmly.rules`
 * setting from the rule registry; and the `files` pattern of .pre-commit-hooks.yaml from the registry's
 * extensions. Everything else in both files is kept as written. `--check` exits 1 when a committed file is out
 * of date instead of writing it (test/client/manifest.test.ts runs the check).
 * Usage: node --import tsx scripts/gen-manifest.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../rules';
import { docsUrl } from '../server/engine';
import { SEVERITIES } from '../server/config/schema';
import { CONTENT_DETECTED_EXTENSIONS, EDITOR_LANGUAGE_IDS, FORMAT_REGISTRY, DATA_LANGUAGE_EXTENSIONS, TEMPLATE_EXTENSIONS, type FormatInfo } from '../shared/formats';

export const MANIFEST_FILE = join(import.meta.dirname, '..', 'package.json');
export const HOOKS_FILE = join(import.meta.dirname, '..', '.pre-commit-hooks.yaml');

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
  out.contributes.languages = [
    ...contributed.map((f) => ({
      id: f.languageIds[0],
      aliases: f.vscode!.aliases,
      extensions: f.vscode!.extensions ?? f.extensions,
      configuration: f.vscode!.configuration,
    })),
    ...DATA_LANGUAGE_EXTENSIONS.map((l) => ({ id: l.id, extensions: [...l.extensions] })),
  ];
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

/**
 * The pre-commit `files` pattern: every extension a directory walk lints (`.blade.php` is covered by `.php`), less
 * `.tsx`/`.jsx`: pre-commit names each file, and a named file is always linted, so every React component of an app
 * would be (projects whose emails are components add their email folder's pattern themselves).
 */
export function hooksFilesPattern(): string {
  const walked = TEMPLATE_EXTENSIONS.filter((e) => !CONTENT_DETECTED_EXTENSIONS.includes(e));
  const exts = walked.filter((e) => !walked.some((other) => other !== e && e.endsWith(other)));
  return `\\.(${exts.map((e) => e.slice(1).replace(/\./g, '\\.')).join('|')})$`;
}

export function hooksText(currentText: string): string {
  return currentText.replace(/^(\s*files: ).*$/gm, (_, lead: string) => lead + hooksFilesPattern());
}

const GENERATED = [
  { file: MANIFEST_FILE, name: 'package.json', text: manifestText },
  { file: HOOKS_FILE, name: '.pre-commit-hooks.yaml', text: hooksText },
];

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  let stale = false;
  for (const g of GENERATED) {
    const current = readFileSync(g.file, 'utf8');
    const text = g.text(current);
    if (process.argv.includes('--check')) {
      if (current !== text) {
        console.error(`${g.name} is out of date: run "npm run gen-manifest" and commit it.`);
        stale = true;
      }
    } else {
      writeFileSync(g.file, text);
      console.log(`wrote ${g.file}`);
    }
  }
  if (stale) process.exit(1);
}
