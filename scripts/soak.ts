// `npm run soak`: the built language server over stdio with 500 open documents and 10,000 edits, printing the
// server's RSS (read from /proc) at intervals. The server runs with --expose-gc, and the gate is its live heap after a
// full collection (warmly/debug/heap): it fails when that heap after the run exceeds 1.5× the heap after warm-up.
// RSS is printed too, but it holds garbage the next collection would free and swings with the machine's load.
// Also times a 20 MB file through the CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, tempWorkspace, uriOf } from '../test/lsp/harness';
import { DEBUG_HEAP_REQUEST, type HeapSnapshot } from '../shared/protocol';

const DOCS = Number(process.env.WARMLY_SOAK_DOCS ?? 500);
const EDITS = Number(process.env.WARMLY_SOAK_EDITS ?? 10_000);
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const BODY = ['Dear customer,', 'Please do not reply to this email.', 'We apologize for any inconvenience caused.', 'مشتری گرامی، لطفاً به این ایمیل پاسخ ندهید.', 'Hi {{first_name}}, your order {{order.id}} has shipped.', 'Best regards,\nThe Team'];

async function main(): Promise<void> {
  const dir = tempWorkspace('warmly-soak-');
  const client = await Client.start({ workspaceFolder: dir, nodeArgs: ['--expose-gc'] });
  const liveHeapMb = async () => {
    const heap = await client.request<HeapSnapshot>(DEBUG_HEAP_REQUEST, {});
    if (!heap.collected) throw new Error('the server did not collect garbage: was it started with --expose-gc?');
    return heap.heapUsedBytes / 2 ** 20;
  };
  const pid = client.child.pid!;
  const started = Date.now();
  const texts = new Map<string, { text: string; version: number }>();
  const lines: string[] = [];
  const report = (label: string) => { const line = `${label.padEnd(28)} RSS ${rssMb(pid).toFixed(1)} MB  (${((Date.now() - started) / 1000).toFixed(0)} s)`; lines.push(line); console.log(line); };
  report('started');
  for (let i = 0; i < DOCS; i++) {
    const uri = uriOf(join(dir, `doc-${i}.${['hbs', 'html', 'md', 'txt', 'liquid'][i % 5]}`));
    const text = BODY.slice(0, 2 + (i % 5)).join('\n\n') + '\n';
    texts.set(uri, { text, version: 1 });
    await client.open(uri, 'plaintext', text);
  }
  const uris = [...texts.keys()];
  await client.waitForDiagnostics(uris[uris.length - 1], 1, 120_000);
  report(`${DOCS} documents open`);
  // Warm-up: the first edits fill caches (compiled phrases, settings); memory after them is the baseline.
  const edit = async (k: number) => {
    const uri = uris[k % uris.length];
    const doc = texts.get(uri)!;
    doc.version++;
    doc.text = k % 7 === 0 ? BODY.join('\n\n') + `\n${k}\n` : doc.text.replace(/\n\d*\n?$/, `\n${k}\n`);
    await client.change(uri, doc.version, [{ text: doc.text }]);
    if (k % 50 === 0) await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, context: { diagnostics: [] } });
  };
  for (let k = 0; k < 1000; k++) await edit(k);
  await settle(client, uris, texts);
  const baseline = await liveHeapMb();
  report(`after 1,000 warm-up edits (live heap ${baseline.toFixed(1)} MB)`);
  for (let k = 1000; k < EDITS; k++) {
    await edit(k);
    if (k % 1000 === 0) report(`${k} edits`);
  }
  await settle(client, uris, texts);
  const final = await liveHeapMb();
  report(`after ${EDITS} edits (live heap ${final.toFixed(1)} MB)`);
  await client.stop();
  rmSync(dir, { recursive: true, force: true });

  // A 20 MB file through the CLI: bounded time, or a clear message.
  const bigDir = mkdtempSync(join(tmpdir(), 'warmly-big-'));
  const big = join(bigDir, 'big.html');
  writeFileSync(big, `<p>${BODY.join('</p><p>').replace(/\n/g, ' ')}</p>\n`.repeat(Math.ceil(20e6 / 300)).slice(0, 20e6));
  const t0 = Date.now();
  // The report goes to a file: its JSON (~650 MB for this file's findings) is more than one string may hold here too.
  const reportFile = join(bigDir, 'report.json');
  const r = spawnSync(process.execPath, [join(__dirname, '..', 'server', 'bin', 'warmly.js'), 'lint', big, '-f', 'json', '-o', reportFile], { encoding: 'utf8', timeout: 600_000 });
  const bigSeconds = (Date.now() - t0) / 1000;
  const reportMb = existsSync(reportFile) ? statSync(reportFile).size / 1e6 : 0;
  rmSync(bigDir, { recursive: true, force: true });
  console.log(`20 MB file through the CLI: exit ${r.status}, ${bigSeconds.toFixed(1)} s, JSON report ${reportMb.toFixed(0)} MB${r.stderr ? `, stderr: ${r.stderr.slice(0, 200)}` : ''}`);

  const ratio = final / baseline;
  console.log(`\nsoak: ${DOCS} documents, ${EDITS} edits; live heap after warm-up ${baseline.toFixed(1)} MB, after the run ${final.toFixed(1)} MB (${ratio.toFixed(2)}×)`);
  if (ratio >= 1.5) { console.error('soak: memory grew by more than 1.5× after warm-up'); process.exitCode = 1; }
  if (r.status === null) { console.error('soak: the 20 MB file did not finish in 10 minutes'); process.exitCode = 1; }
  // It has findings (exit 1); a crash (exit 2, "internal error") is a failure, as a JSON report too big for one string was.
  if (r.status !== null && r.status !== 0 && r.status !== 1) { console.error('soak: the 20 MB file crashed the CLI'); process.exitCode = 1; }
}

/** Waits until every document's latest version has diagnostics: the server has caught up. */
async function settle(client: Client, uris: string[], texts: Map<string, { version: number }>): Promise<void> {
  for (const uri of uris) await client.waitForDiagnostics(uri, texts.get(uri)!.version, 300_000);
}

main().catch((e) => { console.error(e); process.exit(1); });
