/**
 * Writes schema/warmly.schema.json from the rule registry. `--check` exits 1 when the committed file is out of
 * date instead of writing it (CI runs the check through test/config/schema.test.ts).
 * Usage: node --import tsx scripts/gen-schema.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/linter';
import { buildSchema } from '../server/config/schema';

export const SCHEMA_FILE = join(import.meta.dirname, '..', 'schema', 'warmly.schema.json');

export function schemaText(): string {
  return JSON.stringify(buildSchema(rules), null, 2) + '\n';
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const text = schemaText();
  if (process.argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(SCHEMA_FILE, 'utf8'); } catch { /* missing counts as stale */ }
    if (current !== text) {
      console.error('schema/warmly.schema.json is out of date: run "npm run gen-schema" and commit it.');
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_FILE, text);
    console.log(`wrote ${SCHEMA_FILE}`);
  }
}
