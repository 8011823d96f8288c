/**
 * `npm run bench`: Warmly's speed and memory next to peer linters on the same files. Prints tables and writes
 * the same figures to bench/results/latest.json. See docs/readme/performance.md for what each workload is.
 * Options: --quick (fewer repetitions and shorter peer caps, for trying the harness out).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { buildEngine } from './lib/engine-bundle.mjs';
import { cacheDir, cliBin, corpusDir, enginePath, repoRoot, resultsFile } from './lib/paths.mjs';
import { round, summarize, median } from './lib/stats.mjs';
import { table } from './lib/table.mjs';
import { bigFiles, bytesOf, corpusCopies, requireCorpus, walk } from './lib/workloads.mjs';
import { coldStart, editLatency, memoryOverEdits, nodeStartCpuMs, smallWhileBig } from './lsp.mjs';
import { ruleCost } from './rule-cost.mjs';
import { ruleInstructions } from './rule-instructions.mjs';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 2 : 5;
const BIG_RUNS = quick ? 1 : 2; // workload 2 (12,000 files): fewer repetitions, no warm-up, to keep the whole run ~10 minutes
const PEER_CAP_MS = { corpus: quick ? 5000 : 25_000, big: quick ? 5000 : 15_000 };
const cores = availableParallelism();
const MB = 1024 * 1024;
const began = Date.now();

function log(msg) {
  process.stderr.write(`[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);
}

// ---- preparation -------------------------------------------------------------------------------------------
try {
  requireCorpus();
} catch (e) {
  process.stderr.write(`warmly bench: ${e.message}\n`);
  process.exit(2);
}
log('bundling the engine and preparing workloads');
await buildEngine();
const { isKnownTemplate } = createRequire(import.meta.url)(enginePath);
const corpusFiles = walk(corpusDir, isKnownTemplate);
const big = bigFiles(corpusFiles);
const copies = corpusCopies();
const x50Files = copies.flatMap((d) => walk(d, isKnownTemplate));

/** A fixed shuffle, so a peer cut short by its time cap has seen a fair mix of formats and languages. */
function shuffled(list) {
  const out = [...list];
  let seed = 42;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
const listDir = join(cacheDir, 'lists');
mkdirSync(listDir, { recursive: true });
function listFile(name, files) {
  const f = join(listDir, `${name}.json`);
  writeFileSync(f, JSON.stringify(files));
  return f;
}
const workloads = {
  corpus: { label: '1 corpus', files: corpusFiles, list: listFile('corpus', shuffled(corpusFiles)), cliPaths: [corpusDir], cap: PEER_CAP_MS.corpus },
  'big-text': { label: '3 2 MB text', files: [big.textFile], list: listFile('big-text', [big.textFile]), cliPaths: [big.textFile], cap: PEER_CAP_MS.big },
  'big-html': { label: '3 2 MB HTML', files: [big.htmlFile], list: listFile('big-html', [big.htmlFile]), cliPaths: [big.htmlFile], cap: PEER_CAP_MS.big },
};
for (const w of Object.values(workloads)) w.bytes = bytesOf(w.files);
const x50Bytes = bytesOf(x50Files);

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cores, model: cpus()[0]?.model, node: process.version, loadAverageAtStart: round(loadavg()[0], 2) },
  repetitions: { timed: RUNS, workload2: BIG_RUNS, peerCapSeconds: { corpus: PEER_CAP_MS.corpus / 1000, big: PEER_CAP_MS.big / 1000 } },
  workloads: {
    corpus: { files: corpusFiles.length, mb: round(workloads.corpus.bytes / MB, 2) },
    corpusX50: { files: x50Files.length, mb: round(x50Bytes / MB, 1) },
    bigText: { mb: round(workloads['big-text'].bytes / MB, 2) },
    bigHtml: { mb: round(workloads['big-html'].bytes / MB, 2) },
  },
};

// ---- workloads 1-3: a lint pass, in-process, every tool on the same files ----------------------------------
const TOOLS = ['warmly', 'grep-floor', 'write-good', 'alex', 'textlint', 'harper'];
const PEERS = new Set(['write-good', 'alex', 'textlint', 'harper']);

function runPass(tool, w) {
  const peer = PEERS.has(tool);
  const single = w.files.length === 1;
  const warmup = peer ? (single ? '0' : '5') : 'all';
  const cap = peer ? w.cap : Infinity;
  // set-up (harper.js compiles its WebAssembly) plus the cap, plus room for the one file in flight at the cap
  const hardTimeout = peer ? w.cap + (single ? 30_000 : 60_000) : 300_000;
  const r = spawnSync(process.execPath, [join(repoRoot, 'bench', 'pass.mjs'), tool, w.list, String(RUNS), warmup, String(cap)], {
    encoding: 'utf8',
    timeout: hardTimeout,
    maxBuffer: 16 * MB,
  });
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { tool, unfinished: true, afterSeconds: round(hardTimeout / 1000, 0) };
  if (r.status !== 0) throw new Error(`${tool} failed on ${w.label}:\n${r.stderr}`);
  const out = JSON.parse(r.stdout.trim().split('\n').pop());
  const complete = out.passes.filter((p) => p.files === w.files.length);
  const used = complete.length ? complete : out.passes;
  const mbps = used.map((p) => p.bytes / MB / (p.ms / 1000));
  const fps = used.map((p) => p.files / (p.ms / 1000));
  return {
    tool,
    runs: used.length,
    partial: complete.length === 0 ? { files: used[0].files, of: w.files.length } : undefined,
    passMs: summarize(used.map((p) => p.ms)),
    mbPerS: round(median(mbps), 2),
    filesPerS: round(median(fps), 1),
    spreadPct: summarize(mbps).spreadPct,
    setupMs: round(out.setupMs, 0),
    findings: out.findings,
  };
}

results.passes = {};
for (const [key, w] of Object.entries(workloads)) {
  results.passes[key] = [];
  for (const tool of TOOLS) {
    log(`workload ${w.label}: ${tool}`);
    results.passes[key].push(runPass(tool, w));
  }
}

// ---- what the rules added since the first release cost (issue #15) -----------------------------------------
log('workload 1 corpus: all rules against the first ten');
results.ruleCost = ruleCost({ processes: quick ? 2 : 4, passes: RUNS, list: workloads.corpus.list });
// The same comparison in executed instructions (callgrind): load cannot blur it. Skipped, loudly, without valgrind.
results.ruleInstructions = quick ? undefined : await ruleInstructions({ passes: 3, list: workloads.corpus.list });

// ---- the CLI as a user runs it: a fresh process per run, start-up included ----------------------------------
const devNull = openSync('/dev/null', 'w');
function runCli(paths, { threads, runs, warmup = true }) {
  const rssFile = join(cacheDir, 'cli-rss');
  const times = [];
  let peakRssKb = 0;
  for (let i = warmup ? -1 : 0; i < runs; i++) {
    rmSync(rssFile, { force: true });
    const args = ['--require', join(repoRoot, 'bench', 'lib', 'maxrss.cjs'), cliBin, 'lint', '--no-config', ...(threads ? ['--threads', String(threads)] : []), ...paths];
    const start = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', devNull, 'pipe'], env: { ...process.env, WARMLY_BENCH_RSS_FILE: rssFile }, maxBuffer: 64 * MB });
    const ms = performance.now() - start;
    if (r.status !== 0 && r.status !== 1) throw new Error(`warmly lint exited ${r.status}: ${r.stderr}`);
    if (i >= 0) times.push(ms);
    peakRssKb = Math.max(peakRssKb, Number(readFileSync(rssFile, 'utf8')));
  }
  return { ms: summarize(times), peakRssMb: round(peakRssKb / 1024, 0) };
}
function cliRow(label, files, bytes, r) {
  return { workload: label, files, mb: round(bytes / MB, 2), ...r, filesPerS: round(files / (r.ms.median / 1000), 0), mbPerS: round(bytes / MB / (r.ms.median / 1000), 2) };
}

results.cli = [];
for (const w of Object.values(workloads)) {
  log(`CLI: ${w.label}`);
  results.cli.push(cliRow(w.label, w.files.length, w.bytes, runCli(w.cliPaths, { runs: RUNS })));
}

// ---- workload 2 and scaling ----------------------------------------------------------------------------------
log(`CLI: corpus x50 (${x50Files.length} files), 1 thread`);
const oneThread = cliRow('2 corpus x50, 1 thread', x50Files.length, x50Bytes, runCli(copies, { threads: 1, runs: BIG_RUNS, warmup: false }));
log(`CLI: corpus x50, ${cores} threads`);
const allThreads = cliRow(`2 corpus x50, ${cores} threads`, x50Files.length, x50Bytes, runCli(copies, { threads: cores, runs: BIG_RUNS, warmup: false }));
results.cli.push(oneThread, allThreads);

log('CLI: growth 1x / 10x / 50x');
const growth = [];
for (const n of [1, 10]) {
  const dirs = copies.slice(0, n);
  const files = dirs.flatMap((d) => walk(d, isKnownTemplate));
  const r = runCli(dirs, { threads: cores, runs: n === 1 ? RUNS : BIG_RUNS, warmup: n === 1 });
  growth.push({ copies: n, files: files.length, seconds: round(r.ms.median / 1000, 2) });
}
growth.push({ copies: 50, files: x50Files.length, seconds: round(allThreads.ms.median / 1000, 2) });
const perFile = growth.map((g) => g.seconds / g.files);
results.scaling = {
  filesPerSecond1Thread: oneThread.filesPerS,
  filesPerSecondAllThreads: allThreads.filesPerS,
  threads: cores,
  speedup: round(oneThread.ms.median / allThreads.ms.median, 2),
  // Marginal cost: the seconds each step adds per added file. Process start-up and first-use compilation are
  // a fixed cost, so total ms/file falls with size; linear growth means the marginal cost does not rise.
  growth: growth.map((g, i) => ({
    ...g,
    msPerFile: round(perFile[i] * 1000, 3),
    marginalMsPerFile: i === 0 ? undefined : round(((g.seconds - growth[i - 1].seconds) / (g.files - growth[i - 1].files)) * 1000, 3),
  })),
};
results.scaling.linearity10to50 = round(results.scaling.growth[2].marginalMsPerFile / results.scaling.growth[1].marginalMsPerFile, 2);

// ---- workloads 4-6: the language server ----------------------------------------------------------------------
const htmlish = corpusFiles.filter((f) => /\.(html|hbs)$/.test(f));
const near5k = htmlish.map((f) => [f, bytesOf([f])]).sort((a, b) => Math.abs(a[1] - 5120) - Math.abs(b[1] - 5120))[0][0];
let doc200 = '';
for (let i = 0; doc200.length < 200 * 1024; i++) doc200 += readFileSync(htmlish[i % htmlish.length], 'utf8') + '\n';
const file200 = join(cacheDir, 'big', 'template-200kb.html');
writeFileSync(file200, doc200);

log('server: edit latency 5 KB');
const lat5 = await editLatency(near5k, 200);
log('server: edit latency 200 KB');
const lat200 = await editLatency(file200, 200);
log('server: cold start');
const cold = { ...(await coldStart(near5k, RUNS)), nodeStartCpuMs: nodeStartCpuMs(RUNS) };
log('server: a small document while a 2 MB document lints');
const whileBig = await smallWhileBig(big.htmlFile, near5k, quick ? 1 : 3);
log('server: memory over 1,000 edits on 100 documents');
const memory = await memoryOverEdits(shuffled(corpusFiles).slice(0, 100), 1000);
results.server = { debounceMs: 0, editLatency: { '5kb': lat5, '200kb': lat200 }, coldStartMs: cold, smallWhileBig: whileBig, memory };
results.memory = { cliPeakRssMbWorkload2: Math.max(oneThread.peakRssMb, allThreads.peakRssMb), serverAfter1000EditsMb: memory.rssMbAtEnd, serverPeakMb: memory.peakRssMb };

// ---- targets ------------------------------------------------------------------------------------------------
const fastestPeer = (key) => results.passes[key].filter((r) => PEERS.has(r.tool) && !r.unfinished).sort((a, b) => b.mbPerS - a.mbPerS)[0];
const floorOf = (key) => results.passes[key].find((r) => r.tool === 'grep-floor');
const engineOf = (key) => results.passes[key].find((r) => r.tool === 'warmly');
const cliOf = (key) => results.cli.find((c) => c.workload === workloads[key].label);
results.targets = [];
for (const key of Object.keys(workloads)) {
  const peer = fastestPeer(key);
  const cli = cliOf(key);
  const ratio = peer ? cli.mbPerS / peer.mbPerS : Infinity;
  // Targets of issue #18: ratios against peers measured in this same run, so a busy machine moves both sides.
  results.targets.push({ target: `${workloads[key].label}: CLI process >= 5x fastest peer's pass (${peer?.tool ?? 'none finished'})`, value: `${round(ratio, 1)}x`, met: ratio >= 5 });
  const engineRatio = peer ? engineOf(key).mbPerS / peer.mbPerS : Infinity;
  results.targets.push({ target: `${workloads[key].label}: engine pass >= 5x fastest peer's pass (${peer?.tool ?? 'none finished'})`, value: `${round(engineRatio, 1)}x`, met: engineRatio >= 5 });
  const floorShare = engineOf(key).mbPerS / floorOf(key).mbPerS;
  results.targets.push({ target: `${workloads[key].label}: engine pass >= 25% of grep floor`, value: `${round(floorShare * 100, 0)}%`, met: floorShare >= 0.25 });
}
results.targets.push(
  { target: 'corpus pass with all rules <= 15% slower than with the first ten (CPU time)', value: `${results.ruleCost.slowerPct >= 0 ? '+' : ''}${results.ruleCost.slowerPct}%`, met: results.ruleCost.slowerPct <= 15 },
  ...(results.ruleInstructions ? [{ target: 'corpus pass with all rules <= 15% more instructions than with the first ten (callgrind)', value: `${results.ruleInstructions.slowerPct >= 0 ? '+' : ''}${results.ruleInstructions.slowerPct}%`, met: results.ruleInstructions.slowerPct <= 15 }] : []),
  { target: `CLI on the x50 corpus >= 1,500 files/s with ${cores} threads`, value: `${allThreads.filesPerS} files/s`, met: allThreads.filesPerS >= 1500 },
  { target: 'server p95 at 5 KB <= 8 ms', value: `${lat5.p95} ms`, met: lat5.p95 <= 8 },
  { target: 'server p95 at 200 KB <= 25 ms', value: `${lat200.p95} ms`, met: lat200.p95 <= 25 },
  { target: 'cold start to first diagnostics <= 200 ms', value: `${cold.median} ms (${cold.cpuMs.median} ms CPU)`, met: cold.median <= 200 },
  { target: 'a small document\'s diagnostics within 50 ms while a 2 MB document lints, and before it', value: `${whileBig.smallMs.median} ms, first in ${whileBig.smallFirst}/${whileBig.runs}`, met: whileBig.smallMs.median <= 50 && whileBig.smallFirst === whileBig.runs },
  { target: 'server memory flat over 1,000 edits (second half grows < 5%)', value: `${memory.growthSecondHalfPct}%`, met: memory.growthSecondHalfPct < 5 },
);
results.machine.loadAverageAtEnd = round(loadavg()[0], 2);
results.durationSeconds = round((Date.now() - began) / 1000, 0);

mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
process.stdout.write(report(results) + '\n');

// ---- printing -----------------------------------------------------------------------------------------------
function report(r) {
  const out = [];
  out.push(`Warmly benchmark, ${r.date.slice(0, 10)}: ${r.machine.cpus} cores, Node ${r.machine.node}, load average ${r.machine.loadAverageAtStart} at start and ${r.machine.loadAverageAtEnd} at end`);
  out.push(`Corpus: ${r.workloads.corpus.files} files, ${r.workloads.corpus.mb} MB; x50: ${r.workloads.corpusX50.files} files, ${r.workloads.corpusX50.mb} MB`);
  for (const [key, w] of Object.entries(workloads)) {
    const warmly = engineOf(key);
    out.push('', `Workload ${w.label}: one lint pass in-process after warm-up (median of up to ${RUNS} passes)`);
    out.push(table(['tool', 'files/s', 'MB/s', 'spread', 'runs', 'Warmly is'], r.passes[key].map((p) => p.unfinished
      ? [p.tool, '-', '-', '-', `unfinished after ${p.afterSeconds} s`, '-']
      : [p.tool, p.filesPerS, p.mbPerS, `${p.spreadPct}%`, p.partial ? `1 (cut at cap: ${p.partial.files}/${p.partial.of} files)` : p.runs, p.tool === 'warmly' ? '' : `${round(warmly.mbPerS / p.mbPerS, 2)}x`])));
  }
  out.push('', 'Peers check different things (inclusive language, style, grammar), so the ratio compares the cost of a lint');
  out.push('pass, not its findings. The grep floor is one regex of the words in Warmly\'s phrase data: no parsing at all.');
  out.push(`Slow peers are stopped after ${r.repetitions.peerCapSeconds.corpus} s on the corpus and ${r.repetitions.peerCapSeconds.big} s on a 2 MB file; their rate is taken over the files they finished.`);
  const rc = r.ruleCost;
  out.push('', `All rules against the first ten (the rest turned off as a configuration does), corpus pass, median CPU time of ${rc.passes} passes per side in alternating processes:`);
  const sign = (x) => `${x >= 0 ? '+' : ''}${x}%`;
  out.push(`${rc.cpuMsAllRules} ms with all rules, ${rc.cpuMsFirstTen} ms with the first ten: ${sign(rc.slowerPct)} (wall ${rc.wallMsAllRules} ms and ${rc.wallMsFirstTen} ms); pair by pair ${sign(rc.pairs.slowerPctMedian)}, from ${sign(rc.pairs.slowerPctMin)} to ${sign(rc.pairs.slowerPctMax)}.`);
  const ri = r.ruleInstructions;
  if (ri) out.push(`In executed lint instructions (callgrind, one thread, the optimizing compiler's background phase set aside; ${ri.passes} passes after warming up until three passes agree within 0.5 %, median against median): ${sign(ri.slowerPct)} (pass by pass ${sign(ri.slowerPctMin)} to ${sign(ri.slowerPctMax)}; all rules ${ri.instructionsAllRules.map((n) => round(n / 1e9, 3)).join(' / ')} G, first ten ${ri.instructionsFirstTen.map((n) => round(n / 1e9, 3)).join(' / ')} G; with the compiler's phase ${sign(ri.slowerPctWithCompiler)}).`);
  out.push('', `The CLI as a process (start-up included; --no-config; warm-up + ${RUNS} runs, ${BIG_RUNS} for workload 2)`);
  out.push(table(['workload', 'files', 'MB', 'median s', 'spread', 'files/s', 'MB/s', 'peak RSS MB'], r.cli.map((c) => [c.workload, c.files, c.mb, round(c.ms.median / 1000, 2), `${c.ms.spreadPct}%`, c.filesPerS, c.mbPerS, c.peakRssMb])));
  out.push('', `Scaling: ${r.scaling.filesPerSecond1Thread} files/s on 1 thread, ${r.scaling.filesPerSecondAllThreads} on ${r.scaling.threads} (x${r.scaling.speedup}).`);
  out.push(table(['corpus copies', 'files', 'seconds', 'ms/file', 'added ms per added file'], r.scaling.growth.map((g) => [`${g.copies}x`, g.files, g.seconds, g.msPerFile, g.marginalMsPerFile ?? ''])));
  out.push(`Linearity: the cost per added file from 10x to 50x is ${r.scaling.linearity10to50} times that from 1x to 10x (1.00 = linear; below 1 = the fixed start-up cost still shows).`);
  const s = r.server;
  out.push('', 'Language server over stdio (debounce set to 0 via initializationOptions): didChange -> publishDiagnostics, 200 edits');
  out.push(table(['document', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'], Object.entries(s.editLatency).map(([k, v]) => [`${k} (${round(v.bytes / 1024, 0)} KB)`, v.p50, v.p95, v.p99, v.max])));
  out.push(`Cold start to first diagnostics: median ${s.coldStartMs.median} ms (${s.coldStartMs.min}-${s.coldStartMs.max}); the server's CPU time until then: median ${s.coldStartMs.cpuMs.median} ms, of which Node's own start (node -e 0${s.coldStartMs.nodeStartCpuMs?.extraCaCerts ? ', NODE_EXTRA_CA_CERTS set' : ''}) about ${s.coldStartMs.nodeStartCpuMs?.median ?? '?'} ms.`);
  out.push(`A small document opened while a 2 MB document lints: diagnostics in ${s.smallWhileBig.smallMs.median} ms (median of ${s.smallWhileBig.runs}), before the big document's in ${s.smallWhileBig.smallFirst} of ${s.smallWhileBig.runs} runs; the 2 MB document's took ${round(s.smallWhileBig.bigMs.median / 1000, 2)} s.${s.smallWhileBig.afterWriteMs ? ` Of the small document's wait, ${s.smallWhileBig.afterWriteMs.median} ms came after the client had sent the 2 MB text (before it, the client was encoding it).` : ''}`);
  out.push(`Memory: ${s.memory.documents} documents, ${s.memory.edits} edits: RSS ${s.memory.rssMbAfterOpen} MB after opening, ${s.memory.rssMbAtHalf} MB at half, ${s.memory.rssMbAtEnd} MB at the end (peak ${s.memory.peakRssMb} MB).`);
  out.push(`CLI peak RSS on workload 2: ${r.memory.cliPeakRssMbWorkload2} MB.`);
  out.push('', 'Targets');
  out.push(table(['target', 'measured', 'met'], r.targets.map((t) => [t.target, t.value, t.met ? 'yes' : 'NO'])));
  out.push('', `Took ${r.durationSeconds} s. Figures also in bench/results/latest.json.`);
  return out.join('\n');
}
