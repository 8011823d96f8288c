/**
 * Checks config data against the generated schema and words each problem for a person: the key path, what
 * is wrong and what was expected (with a "did you mean" for a mistyped rule id or key).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { onFirstUse } from '../engine/lazy';
import { type Format } from '../engine';
import { rules } from '../linter';
import { defaultDialect } from '../engine/personalize';
import { variableProblem } from '../engine/template-literal';
import { ConfigError } from './errors';
import type { ParsedConfig } from './parse';
import { buildSchema } from './schema';

const ajvModule = onFirstUse('ajv', () => require('ajv') as typeof import('ajv'));

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new (ajvModule().default)({ allErrors: true, strict: false, verbose: true });
    compiled = ajv.compile(buildSchema(rules));
  }
  return compiled;
}

export function validateConfigData(parsed: ParsedConfig, file: string): ConfigError[] {
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [new ConfigError({ file, ...parsed.locate([]), problem: `is ${describe(data)}`, expected: 'an object of settings such as {"rules": {…}}' })];
  }
  const validate = validator();
  if (validate(data)) return dialectProblems(data as Record<string, unknown>, parsed, file);
  const errors: ConfigError[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    // The `if` keyword only says "the else branch failed"; the branch's own error says what.
    if (e.keyword === 'if') continue;
    const err = toConfigError(e, parsed, file, data);
    const id = `${err.keyPath}\u0000${err.problem}`;
    if (seen.has(id)) continue;
    seen.add(id);
    errors.push(err);
  }
  return errors;
}

function toConfigError(e: ErrorObject, parsed: ParsedConfig, file: string, data: unknown): ConfigError {
  const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const keyPath = (segs: string[]) => segs.join('.');
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(e.params.additionalProperty);
      const full = [...path, name];
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const isRule = path.length >= 1 && path[path.length - 1] === 'rules';
      const guess = closest(name, allowed);
      const hint = guess ? ` (did you mean "${guess}"?)` : '';
      if (allowed.length === 0 && path[path.length - 1] === 'options') {
        return new ConfigError({ file, keyPath: keyPath(full), ...parsed.locate(full, true), problem: 'is not an option of this rule', expected: 'no options: this rule takes none' });
      }
      const expected = allowed.length === 0
        ? 'no keys here'
        : isRule
          ? `a rule id${hint}: ${allowed.join(', ')}`
          : `one of the keys ${allowed.map((k) => `"${k}"`).join(', ')}${hint}`;
      return new ConfigError({ file, keyPath: keyPath(full), ...parsed.locate(full, true), problem: isRule ? 'is not a known rule' : 'is not a known key', expected });
    }
    case 'enum': {
      const values = (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return new ConfigError({ file, keyPath: keyPath(path), ...parsed.locate(path), problem: `is ${describe(valueAt(data, path))}`, expected: `one of ${values}` });
    }
    case 'type': {
      const types = ([] as string[]).concat(e.params.type as string | string[]);
      return new ConfigError({ file, keyPath: keyPath(path), ...parsed.locate(path), problem: `is ${describe(valueAt(data, path))}`, expected: types.map(article).join(' or ') });
    }
    case 'required': {
      const missing = String(e.params.missingProperty);
      return new ConfigError({ file, keyPath: keyPath(path), ...parsed.locate(path), problem: `is missing "${missing}"`, expected: `a "${missing}" key` });
    }
    case 'pattern':
    case 'maxLength': {
      const value = valueAt(data, path);
      if (path.includes('fallback')) {
        return new ConfigError({ file, keyPath: keyPath(path), ...parsed.locate(path), problem: e.keyword === 'maxLength' ? 'is longer than 60 characters' : `is ${describe(value)}, which holds template, markup or control characters`, expected: 'a plain word such as "there", without { } < > % $ # * | \\ ` " [ ] (rewrites insert it into templates)' });
      }
      const why = typeof value === 'string' ? variableProblem('erb', value) ?? variableProblem('handlebars', value) : undefined;
      return new ConfigError({ file, keyPath: keyPath(path), ...parsed.locate(path), problem: `is ${describe(value)}, which ${why ?? 'is not a variable path'}`, expected: 'a variable path such as "customer.first_name": letters, digits and _ joined by dots (rewrites insert it into templates as a tag)' });
    }
    case 'minLength':
      return new ConfigError({ file, keyPath: keyPath(path), ...parsed.locate(path), problem: 'is empty', expected: 'a non-empty string' });
    default:
      return new ConfigError({ file, keyPath: keyPath(path), ...parsed.locate(path), problem: `is not valid (${e.message ?? e.keyword})`, expected: `a value matching the schema at ${e.schemaPath}` });
  }
}

const ROLES = ['name', 'senderName', 'senderEmail', 'senderPhone'] as const;

/**
 * What the schema cannot say: a variable must be valid in the dialect it will be spelled in. Variables under
 * `personalization.formats.<format>` are checked for that format's dialect; the general ones for Handlebars,
 * the dialect most formats fall back to (so "@user" belongs under formats.erb).
 */
function dialectProblems(data: Record<string, unknown>, parsed: ParsedConfig, file: string): ConfigError[] {
  const errors: ConfigError[] = [];
  const check = (p: unknown, path: (string | number)[], format?: Format) => {
    if (!p || typeof p !== 'object') return;
    const record = p as Record<string, unknown>;
    for (const role of ROLES) {
      const value = record[role];
      if (typeof value !== 'string') continue;
      const problem = variableProblem(format ? defaultDialect(format) : 'handlebars', value);
      if (!problem) continue;
      const at = [...path, role];
      errors.push(new ConfigError({ file, keyPath: at.join('.'), ...parsed.locate(at), problem: `is ${describe(value)}, which ${problem}`, expected: `a variable path valid in ${format ?? 'every'} template${format ? 's' : ''}` }));
    }
    if (!format && record.formats && typeof record.formats === 'object') {
      for (const [f, sub] of Object.entries(record.formats)) check(sub, [...path, 'formats', f], f as Format);
    }
  };
  check(data.personalization, ['personalization']);
  if (Array.isArray(data.overrides)) data.overrides.forEach((o, i) => check((o as Record<string, unknown>)?.personalization, ['overrides', i, 'personalization']));
  return errors;
}

function valueAt(data: unknown, path: string[]): unknown {
  let v = data;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object') return 'an object';
  if (v === undefined) return 'empty';
  return `${typeof v} ${JSON.stringify(v)}`;
}

function article(type: string): string {
  const word = type === 'array' ? 'list' : type;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

/** The allowed name nearest to a typo, if it is near enough to be a likely typo. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) { best = c; bestDistance = d; }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
