/**
 * Pull diagnostics (`textDocument/diagnostic`, `workspace/diagnostic`) for clients that declare them, such as
 * VS Code's language client: the server then answers pulls and does not also push.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { DocumentDiagnosticReport, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { Client, PUSH_CLIENT, tempWorkspace, uriOf } from './harness';

const PULL_CLIENT = {
  ...PUSH_CLIENT,
  textDocument: { ...PUSH_CLIENT.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  workspace: { ...PUSH_CLIENT.workspace, diagnostics: { refreshSupport: true } },
};

test('pull diagnostics: document and workspace reports, unchanged result ids, refresh on config change, no push', async () => {
  const dir = tempWorkspace();
  const client = await Client.start({ workspaceFolder: dir, capabilities: PULL_CLIENT });
  let refreshes = 0;
  client.connection.onRequest('workspace/diagnostic/refresh', () => { refreshes++; return null; });
  try {
    const provider = client.initializeResult.capabilities.diagnosticProvider as { identifier: string; workspaceDiagnostics: boolean };
    assert.equal(provider.identifier, 'warmly');
    assert.equal(provider.workspaceDiagnostics, true);

    const uri = uriOf(join(dir, 'pull.md'));
    const text = '# Survey\n\nDear customer,\n\nPlease do not reply to this email.\n';
    await client.open(uri, 'markdown', text);
    const report = await client.request<DocumentDiagnosticReport & { items: { code: string; range: unknown }[]; resultId: string }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.find((d) => d.code === 'generic-greeting')!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 13 } });

    const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    assert.equal(again.kind, 'unchanged', 'same version and settings: unchanged');

    await client.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 13 } }, text: 'Hi {{first_name}}' }]);
    const changed = await client.request<DocumentDiagnosticReport & { items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    assert.equal(changed.kind, 'full');
    assert.ok(!changed.items.some((d) => d.code === 'generic-greeting'));
    assert.ok(changed.items.some((d) => d.code === 'no-reply'));

    const ws = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const item = ws.items.find((i) => i.uri === uri)!;
    assert.equal(item.version, 2);
    assert.equal(item.kind, 'full');

    await client.notify('workspace/didChangeConfiguration', { settings: { warmly: { rules: { 'no-reply': 'off' } } } });
    await client.until(() => (refreshes > 0 ? true : undefined), 'workspace/diagnostic/refresh');
    const afterConfig = await client.request<DocumentDiagnosticReport & { items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(!afterConfig.items.some((d) => d.code === 'no-reply'));

    await new Promise((r) => setTimeout(r, 200));
    assert.equal(client.diagnostics.get(uri), undefined, 'a pull client gets no pushed diagnostics');
  } finally {
    await client.stop();
  }
});
