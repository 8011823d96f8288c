/**
 * The extension's API-level suite (client/test/suite, also runnable with @vscode/test-electron as
 * `npm run test:electron`) run inside code-server's extension host: the workbench loads the extension from this
 * folder in development mode and runs the suite, which writes a report file this test reads.
 *
 * Needs code-server and Chromium: `bash scripts/setup-code-server.sh`. WARMLY_SKIP_EDITORS=1 skips loudly.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundleSuite, FIXTURES } from '../../client/test/bundle-suite';
import { ARTIFACTS, missingPieces, openEditor, ROOT, SETUP_COMMAND, type Editor } from './code-server';

test('the VS Code API suite passes in code-server\'s extension host', { timeout: 240_000 }, async (t) => {
  const missing = missingPieces();
  if (missing.length) {
    const why = `missing ${missing.join(' and ')}; install with: ${SETUP_COMMAND}`;
    if (process.env.WARMLY_SKIP_EDITORS === '1') return t.skip(`SKIPPED VS Code API suite in code-server (WARMLY_SKIP_EDITORS=1): ${why}`);
    assert.fail(`The VS Code API suite cannot run: ${why}. Set WARMLY_SKIP_EDITORS=1 to skip it.`);
  }
  const suite = await bundleSuite();
  const workspace = mkdtempSync(join(tmpdir(), 'warmly-api-suite-'));
  cpSync(FIXTURES, workspace, { recursive: true });
  const report = join(mkdtempSync(join(tmpdir(), 'warmly-api-report-')), 'report.json');

  let editor: Editor | undefined;
  t.after(async () => {
    await editor?.close();
  });
  editor = await openEditor({
    workspace,
    development: { extensionPath: ROOT, testsPath: suite },
    userSettings: {},
    env: { WARMLY_SUITE_REPORT: report },
  });
  const deadline = Date.now() + 150_000;
  while (!existsSync(report)) {
    if (Date.now() > deadline) {
      await editor.page.screenshot({ path: join(ARTIFACTS, 'vscode-api-suite-timeout.png') });
      assert.fail(`the suite wrote no report within 150 s; see ${editor.log} and test-artifacts/vscode-api-suite-timeout.png`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const result = JSON.parse(readFileSync(report, 'utf8')) as { passed: number; failures: string[] };
  assert.deepEqual(result.failures, [], `failed cases (details in ${editor.log} and the extension host log)`);
  assert.equal(result.passed, 8);
  t.diagnostic(`${result.passed} API cases passed`);
});
