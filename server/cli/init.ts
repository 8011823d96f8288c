/** `warmly --init`: a starter config people can read and edit, with the schema wired up for their editor. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAMES, SCHEMA_URL } from '../config';
import { rules } from '../linter';

export const STARTER_FILE = '.warmlyrc.json';

export function starterConfig(): string {
  const config = {
    $schema: SCHEMA_URL,
    root: true,
    extends: 'warmly:recommended',
    // Every rule at its default, so people see what there is to tune.
    rules: Object.fromEntries(rules.map((r) => [r.id, r.defaultSeverity])),
    personalization: { fallback: { en: 'there', fa: 'دوست عزیز' } },
    ignore: [] as string[],
    overrides: [] as unknown[],
  };
  return JSON.stringify(config, null, 2) + '\n';
}

/** Writes the starter config into `dir`; returns the path, or a problem when a config is already there. */
export function writeStarter(dir: string): { file: string } | { problem: string } {
  const existing = CONFIG_FILE_NAMES.filter((n) => n !== 'package.json').find((n) => existsSync(join(dir, n)));
  if (existing) return { problem: `${join(dir, existing)} already exists; edit it instead` };
  const file = join(dir, STARTER_FILE);
  writeFileSync(file, starterConfig(), { flag: 'wx' });
  return { file };
}
