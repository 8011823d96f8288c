import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { rules } from '../../server/linter';
import { schemaText, SCHEMA_FILE } from '../../scripts/gen-schema';

test('schema/warmly.schema.json is current (run "npm run gen-schema" after changing a rule)', () => {
  assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), schemaText());
});

test('the schema is valid draft-07 and lists every rule id', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  const ajv = new Ajv({ strict: true, strictTypes: false, allowMatchingProperties: true });
  ajv.addKeyword('markdownDescription');
  assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
  assert.deepEqual(Object.keys(schema.definitions.rules.properties), rules.map((r) => r.id));
  const validate = ajv.compile(schema);
  assert.equal(validate(JSON.parse(readFileSync(join(import.meta.dirname, 'example.warmlyrc.json'), 'utf8'))), true, JSON.stringify(validate.errors));
});
