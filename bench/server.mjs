/**
 * `npm run bench:server`: only the language-server workloads of `npm run bench` (4-6), on the same files, in about
 * a minute: edit-to-diagnostics at 5 KB and 200 KB, cold start, a small document while a 2 MB one lints, memory.
 * For trying a server change out; `npm run bench` remains the record (peers, CLI, targets). Prints the figures
 * with the server's CPU time and the load average beside them; writes nothing.
 * Options: --quick (fewer repetitions), --only=cold|edit|big|memory (one workload).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildEngine } from './lib/engine-bundle.mjs';
import { cacheDir, corpusDir, enginePath } from './lib/paths.mjs';
import { round } from './lib/stats.mjs';
import { bigFiles, bytesOf, requireCorpus, walk } from './lib/workloads.mjs';
import { coldStart, editLatency, memoryOverEdits, nodeStartCpuMs, smallWhileBig } from './lsp.mjs';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const wants = (name) => !only || only === name;
requireCorpus();
await buildEngine();
const { isKnownTemplate } = createRequire(import.meta.url)(enginePath);
const corpusFiles = walk(corpusDir, isKnownTemplate);
const htmlish = corpusFiles.filter((f) => /\.(html|hbs)$/.test(f));
const near5k = htmlish.map((f) => [f, bytesOf([f])]).sort((a, b) => Math.abs(a[1] - 5120) - Math.abs(b[1] - 5120))[0][0];
let doc200 = '';
for (let i = 0; doc200.length < 200 * 1024; i++) doc200 += readFileSync(htmlish[i % htmlish.length], 'utf8') + '\n';
mkdirSync(join(cacheDir, 'big'), { recursive: true });
const file200 = join(cacheDir, 'big', 'template-200kb.html');
writeFileSync(file200, doc200);

const out = [`load average ${round(loadavg()[0], 2)} at start`];
if (wants('cold')) {
  const c = await coldStart(near5k, quick ? 3 : 7);
  out.push(`cold start to first diagnostics: median ${c.median} ms (${c.min}-${c.max}), server CPU median ${c.cpuMs.median} ms (${c.cpuMs.min}-${c.cpuMs.max})`);
  const n = nodeStartCpuMs(quick ? 3 : 7);
  out.push(`  of it, Node's own start (node -e 0, same environment${n.extraCaCerts ? ', NODE_EXTRA_CA_CERTS set' : ''}): CPU median ${n.median} ms (${n.min}-${n.max})`);
}
if (wants('edit')) {
  for (const [label, file] of [['5 KB', near5k], ['200 KB', file200]]) {
    const e = await editLatency(file, quick ? 60 : 200);
    out.push(`edit -> diagnostics at ${label} (${round(e.bytes / 1024, 0)} KB, ${e.edits} edits): p50 ${e.p50} ms, p95 ${e.p95} ms, p99 ${e.p99} ms, max ${e.max} ms, server CPU ${e.cpuMsPerEdit ?? '?'} ms/edit`);
  }
}
if (wants('big')) {
  const big = bigFiles(corpusFiles);
  const w = await smallWhileBig(big.htmlFile, near5k, quick ? 1 : 3);
  out.push(`small document while a 2 MB one lints: ${w.smallMs.median} ms (${w.smallMs.min}-${w.smallMs.max}), first in ${w.smallFirst}/${w.runs}; the 2 MB one ${round(w.bigMs.median / 1000, 2)} s`);
  out.push(`  of it, after the client had sent the 2 MB text: ${w.afterWriteMs.median} ms (${w.afterWriteMs.min}-${w.afterWriteMs.max}); server CPU until then ${w.serverCpuMs.median} ms (${w.serverCpuMs.min}-${w.serverCpuMs.max})`);
}
if (wants('memory')) {
  const m = await memoryOverEdits(corpusFiles.slice(0, 100), quick ? 400 : 1000);
  out.push(`memory: ${m.rssMbAfterOpen} MB after opening ${m.documents}, ${m.rssMbAtEnd} MB after ${m.edits} edits (second half +${m.growthSecondHalfPct}%)`);
}
out.push(`load average ${round(loadavg()[0], 2)} at end`);
process.stdout.write(out.join('\n') + '\n');
