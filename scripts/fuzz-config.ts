// Fuzz generators for hostile configuration (issue #11): config file text (JSON and YAML with aliases, deep
// nesting, odd keys) must give ConfigErrors of one line and never anything else; hostile personalization values
// given straight to the engine must never break a template's tags or add HTML elements.
import fc from 'fast-check';
import { ConfigError, validateConfigText } from '../server/config';
import { formatFor } from '../server/engine';
import { fixText } from '../server/linter';
import { scanTags } from '../server/engine/formats/tags';

const PIECES = ['"', "'", '{{', '}}', '{%', '%}', '<%', '%>', '<script>', '*|', '|*', '\\', '${', '#{', '&', '\n', '\u001b[2J', '@', '.', 'system', 'exit', ' '];
const hostileString = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));

const personalization = fc.record({
  name: hostileString, senderName: hostileString, senderEmail: hostileString, senderPhone: hostileString,
  fallback: fc.record({ en: hostileString, fa: hostileString }),
}, { requiredKeys: [] });

/** YAML with anchors and aliases to earlier ones, nested a random depth. */
const yamlText = fc.tuple(fc.nat(12), fc.nat(40), fc.nat(8)).map(([levels, depth, width]) => {
  let text = 'a0: &a0 [x, y]\n';
  for (let i = 1; i <= levels; i++) text += `a${i}: &a${i} [${Array(Math.max(1, width)).fill(`*a${i - 1}`).join(', ')}]\n`;
  return `${text}rules: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
});
const jsonText = fc.tuple(fc.jsonValue({ maxDepth: 4 }), personalization).map(([extra, p]) => JSON.stringify({ personalization: p, extra }));

const TEMPLATES: [string, string][] = [
  ['t.liquid', '<p>Hi {{ first_name }},</p>\n<p>Dear customer, thanks.</p>\n'],
  ['t.hbs', 'Hi {{first_name}},\n\nDear customer, thanks.\n'],
  ['t.html.erb', '<p>Hi <%= @user.first_name %>,</p>\n'],
  ['t.html.twig', '<p>Dear customer,</p>\n'],
  ['t.html', '<p>Hi *|FNAME|*,</p>\n'],
];

function checkConfigText(text: string, file: string): void {
  let errors: ConfigError[];
  try {
    errors = validateConfigText(text, file);
  } catch (err) {
    throw new Error(`validateConfigText threw ${String(err)} for ${file}`);
  }
  for (const e of errors) if (!(e instanceof ConfigError) || e.message.includes('\n')) throw new Error(`not a one-line ConfigError: ${e.message}`);
}

function checkRewrite(p: object, i: number): void {
  const [file, text] = TEMPLATES[i];
  const ext = file.slice(file.indexOf('.'));
  const before = scanTags(text, formatFor(file), ext).broken.length;
  const out = fixText(text, { filePath: file, personalization: p }).text;
  if (scanTags(out, formatFor(file), ext).broken.length > before) throw new Error(`a rewrite broke a tag: ${JSON.stringify(out)}`);
  // A signature the fixes insert breaks its lines with <br> in HTML; any other new element came from a value.
  const elements = (s: string) => (s.match(/<(?!br\b)[a-z][a-z0-9-]*/gi) ?? []).length;
  if (elements(out) > elements(text)) throw new Error(`a rewrite added an HTML element: ${JSON.stringify(out)}`);
}

/** One round of hostile-config properties; `watch` records each case for the hang watchdog. */
export interface RoundResult { failed: boolean; seed: number; counterexamplePath: string | null; counterexample: readonly unknown[] | null; errorInstance: unknown }

export function hostileConfigRound(seed: number, watch: (text: string, options: unknown) => void): RoundResult[] {
  return [
    fc.check(fc.property(yamlText, (t) => { watch(t, { file: '.warmlyrc.yaml' }); checkConfigText(t, '.warmlyrc.yaml'); }), { numRuns: 30, seed }),
    fc.check(fc.property(jsonText, (t) => { watch(t, { file: '.warmlyrc.json' }); checkConfigText(t, '.warmlyrc.json'); }), { numRuns: 100, seed }),
    fc.check(fc.property(personalization, fc.nat(TEMPLATES.length - 1), (p, i) => { watch(TEMPLATES[i][1], { personalization: p }); checkRewrite(p, i); }), { numRuns: 100, seed }),
  ];
}
