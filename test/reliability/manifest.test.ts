/**
 * Workspace trust: in an untrusted folder VS Code must know the extension runs in a limited mode, with the
 * settings a repository could use against the user restricted (VS Code's workspace-trust guidance).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));

test('package.json declares limited support for untrusted workspaces and restricts workspace-controlled settings', () => {
  const trust = manifest.capabilities?.untrustedWorkspaces;
  assert.ok(trust, 'capabilities.untrustedWorkspaces is declared');
  assert.equal(trust.supported, 'limited');
  assert.ok(typeof trust.description === 'string' && trust.description.length > 20, 'a description tells the user what is limited');
  assert.ok(Array.isArray(trust.restrictedConfigurations) && trust.restrictedConfigurations.length > 0);
  const declared = new Set<string>();
  for (const c of [manifest.contributes?.configuration ?? []].flat()) for (const key of Object.keys(c.properties ?? {})) declared.add(key);
  for (const key of trust.restrictedConfigurations) assert.ok(declared.has(key), `${key} is a setting the extension contributes`);
  // Settings that point at files or shape rewrites are what a cloned repository could abuse.
  for (const key of ['warmly.personalization', 'warmly.rules']) if (declared.has(key)) assert.ok(trust.restrictedConfigurations.includes(key), `${key} is restricted`);
  for (const key of declared) if (/path|config|command|executable/i.test(key)) assert.ok(trust.restrictedConfigurations.includes(key), `${key} names a file or program and must be restricted`);
});

test('no telemetry or network dependency ships in the runtime dependencies', () => {
  const runtime = Object.keys(manifest.dependencies ?? {});
  for (const dep of runtime) assert.doesNotMatch(dep, /telemetry|analytics|applicationinsights|sentry|segment|mixpanel|axios|node-fetch|got$/i, dep);
});
