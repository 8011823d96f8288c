/**
 * `npm run bench:responsiveness`: the timed part of lsp-resilience's big-document test, moved out of `npm test`.
 * Opens a ~1 MB one-paragraph HTML document, edits it, then opens a small document and reports how long the
 * small one waited for its diagnostics and how long the big one took. The server lints on one thread, so the
 * small document's wait includes whatever lint is running; this prints that wait, it does not judge it.
 */
import { join } from 'node:path';
import { Client, tempWorkspace, uriOf } from '../test/lsp/harness';

async function main(): Promise<void> {
const dir = tempWorkspace('warmly-bench-');
const client = await Client.start({ workspaceFolder: dir });
try {
  const big = uriOf(join(dir, 'big.html'));
  const began = performance.now();
  await client.open(big, 'html', `<p>${'Dear customer, please do not reply. '.repeat(28_000)}</p>`);
  await client.change(big, 2, [{ text: `<p>${'Dear customer, please do not reply. '.repeat(28_001)}</p>` }]);
  const small = uriOf(join(dir, 'small.txt'));
  const smallAt = performance.now();
  await client.open(small, 'plaintext', 'Dear customer,\n\nPlease do not reply to this email.\n');
  await client.waitForDiagnostics(small, 1, 300_000);
  const smallMs = performance.now() - smallAt;
  await client.waitForDiagnostics(big, 2, 300_000);
  const bigMs = performance.now() - began;
  console.log(`small document's diagnostics after ${smallMs.toFixed(0)} ms; the ~1 MB document's (2 versions) after ${bigMs.toFixed(0)} ms`);
} finally {
  await client.stop();
}
}

void main();
