/**
 * The JSON schema of a Warmly config file, generated from the rule registry so rule ids and rule options can
 * never drift from the rules themselves. `scripts/gen-schema.ts` writes it to `schema/warmly.schema.json` for
 * editors; the resolver validates with the same object at run time.
 */
import type { RuleMeta } from '../engine';
import { FORMAT_IDS } from '../../shared/formats';
import { FALLBACK_PATTERN, MAX_VARIABLE_LENGTH, RUBY_ACTIONS } from '../engine/template-literal';

export const SCHEMA_URL = 'https://raw.githubusercontent.com/warmly-lint/warmly/main/schema/warmly.schema.json';
export const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'] as const;
export const LANGUAGES = ['en', 'fa'] as const;
/** Template formats a `personalization.formats` entry may name (the format registry's ids, the engine's `Format`). */
export const FORMATS = FORMAT_IDS;

type Schema = Record<string, unknown>;

const stringList = (description: string): Schema => ({
  description,
  type: 'array',
  items: { type: 'string', minLength: 1 },
});

const oneOrMoreStrings = (description: string): Schema => ({
  description,
  type: ['string', 'array'],
  minLength: 1,
  items: { type: 'string', minLength: 1 },
});

/**
 * A variable path: identifiers joined by dots (ERB may start with "@"), and none of the Ruby methods that act
 * when an ERB template names them. The value becomes tag code in rewrites, so nothing else is accepted.
 */
export const VARIABLE_PATTERN = `^(?!@?(?:[A-Za-z0-9_]*\\.)*(?:${RUBY_ACTIONS.join('|')})(?:\\.|$))@?[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*$`;

const variable = (description: string): Schema => ({
  type: 'string',
  minLength: 1,
  maxLength: MAX_VARIABLE_LENGTH,
  pattern: VARIABLE_PATTERN,
  description: `${description} A variable path: letters, digits and _ joined by dots (ERB may start with @).`,
});

function personalization(withFormats: boolean): Schema {
  const properties: Record<string, Schema> = {
    name: variable("Variable holding the reader's first name, e.g. \"customer.first_name\" or \"FNAME\"."),
    senderName: variable("Variable holding the sender's name, used in signatures the rewrites add."),
    senderEmail: variable("Variable holding the sender's direct email address."),
    senderPhone: variable("Variable holding the sender's direct phone number."),
    fallback: {
      description: 'Word used when the name is empty, per language: {"en": "there", "fa": "دوست عزیز"}. Plain words: no template or markup characters ({ } < > % $ # * | \\ ` " [ ]) and no control characters.',
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(LANGUAGES.map((l) => [l, { type: 'string', minLength: 1, maxLength: 60, pattern: FALLBACK_PATTERN }])),
    },
  };
  if (withFormats) {
    properties.formats = {
      description: 'Variables per template format (handlebars, liquid, …), applied on top of the ones above for files of that format.',
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(FORMATS.map((f) => [f, { $ref: '#/definitions/personalizationForFormat' }])),
    };
  }
  return {
    description: 'Variables the personalized rewrites use. Inferred from the template when absent.',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

function ruleSchema(rule: RuleMeta): Schema {
  const options: Schema = rule.optionsSchema
    ? { description: 'Options of this rule.', ...rule.optionsSchema }
    : { description: 'This rule takes no options.', type: 'object', additionalProperties: false, properties: {} };
  return {
    description: `${rule.description} Default: ${rule.defaultSeverity}${rule.fixable ? '; fixable' : ''}.`,
    markdownDescription: `${rule.description}\n\nDefault: \`${rule.defaultSeverity}\`${rule.fixable ? ', fixable' : ''}.`,
    // if/then/else rather than anyOf: a wrong value gets one precise error instead of one per branch.
    if: { type: 'string' },
    then: { $ref: '#/definitions/severity' },
    else: {
      type: 'object',
      additionalProperties: false,
      properties: {
        severity: { $ref: '#/definitions/severity' },
        options,
        phrases: { $ref: '#/definitions/phrasesByLanguage' },
      },
    },
  };
}

function rulesSchema(rules: readonly RuleMeta[]): Schema {
  return {
    description: 'Rule settings by rule id: a severity, or {severity, options, phrases}.',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(rules.map((r) => [r.id, ruleSchema(r)])),
  };
}

export function buildSchema(rules: readonly RuleMeta[]): Schema {
  const settings = (description: string): Record<string, Schema> => ({
    rules: { $ref: '#/definitions/rules' },
    personalization: { $ref: '#/definitions/personalization' },
    language: {
      description: `${description} Language of the prose: "auto" (by script, per paragraph), "en" or "fa".`,
      enum: ['auto', ...LANGUAGES],
    },
    catalogs: {
      description: `${description} Message catalogs (locale YAML/JSON, .po, .properties): which strings are linted, by key glob ("." separates key parts, e.g. "en.**.mailer.**").`,
      type: 'object',
      additionalProperties: false,
      properties: {
        include: stringList('Keys linted even when they do not look like a message (short strings, keys without mail/email/body/subject…).'),
        exclude: stringList('Keys never linted.'),
      },
    },
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_URL,
    title: 'Warmly configuration',
    description: 'Configuration of Warmly, the linter for a personal, human voice in customer emails and survey templates.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The JSON schema of this file, for editors.' },
      root: { type: 'boolean', description: 'Stop looking for configuration files in parent directories.' },
      extends: oneOrMoreStrings('Presets this file builds on, applied in order before it: relative paths to JSON/YAML files, package files, or "warmly:recommended".'),
      ...settings('Applies to every file this configuration covers.'),
      ignore: stringList('Files not to lint, as .gitignore-style patterns relative to this file.'),
      reportUnusedDisables: {
        description: 'Report warmly-disable comments that suppress nothing: true (as warnings), false, or a severity.',
        enum: [true, false, ...SEVERITIES],
      },
      inlineConfig: { type: 'boolean', description: 'Honour warmly-disable comments in templates (default true).' },
      overrides: {
        description: 'Settings for files matching globs (relative to this file); later entries win.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: oneOrMoreStrings('Globs of the files this entry applies to. A glob without "/" matches file names in any folder.'),
            excludedFiles: oneOrMoreStrings('Globs of files this entry does not apply to.'),
            ...settings('For the matching files.'),
          },
        },
      },
    },
    definitions: {
      severity: {
        description: 'off, hint, info, warning or error.',
        enum: [...SEVERITIES],
      },
      phrases: {
        type: 'object',
        additionalProperties: false,
        properties: {
          flag: stringList('Extra phrases this rule reports, matched after normalization.'),
          allow: stringList('Phrases this rule must not report in this project.'),
        },
      },
      phrasesByLanguage: {
        description: 'Extra phrases to flag and phrases to allow, per language.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(LANGUAGES.map((l) => [l, { $ref: '#/definitions/phrases' }])),
      },
      rules: rulesSchema(rules),
      personalization: personalization(true),
      personalizationForFormat: personalization(false),
    },
  };
}
