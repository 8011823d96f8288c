/**
 * Runs the extension's API-level suite (client/test/suite) inside a downloaded VS Code with
 * @vscode/test-electron: `npm run test:electron`. It downloads VS Code, which machines with only the npm registry
 * cannot; there `npm run test:editor` runs the same suite in code-server (test/e2e/vscode-api.test.ts).
 */
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleSuite, FIXTURES, ROOT } from './bundle-suite';

async function main(): Promise<void> {
  const out = await bundleSuite();
  const workspace = mkdtempSync(join(tmpdir(), 'warmly-electron-'));
  cpSync(FIXTURES, workspace, { recursive: true });
  await runTests({
    version: process.env.WARMLY_VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: out,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
}

main().catch((error) => {
  console.error(`The VS Code API suite failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error('It downloads VS Code; on a machine without that access run `npm run test:editor` (code-server) instead.');
  process.exit(1);
});
