/**
 * Language-server workloads: (4) didChange → publishDiagnostics latency for a 5 KB and a 200 KB template,
 * (5) cold start to first diagnostics (wall and the server's CPU time), (5b) a small document's diagnostics while
 * a 2 MB document is linting, (6b) memory over 1,000 edits across 100 open documents.
 * The debounce is set to 0 through initializationOptions, so the figures are the server's own work.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startServer } from './lib/lsp-client.mjs';
import { quantile, round, summarize } from './lib/stats.mjs';

const SETTINGS = { debounceMs: 0 };
const TYPED = 'Dear customer, please do not reply to this email. We apologize for any inconvenience. Thanks, Maria\n';

function languageOf(file) {
  const ext = file.split('.').pop().toLowerCase();
  return { hbs: 'handlebars', md: 'markdown', txt: 'plaintext', html: 'html', htm: 'html' }[ext] ?? ext;
}

function endPosition(text) {
  const lines = text.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** Types `edits` characters at the end of the document, one didChange each, awaiting each publish. */
async function typeAtEnd(server, uri, text, version, edits) {
  const latencies = [];
  let pos = endPosition(text);
  for (let i = 0; i < edits; i++) {
    const ch = TYPED[i % TYPED.length];
    const start = performance.now();
    const r = await server.change(uri, ++version, [{ range: { start: pos, end: pos }, text: ch }]);
    latencies.push(r.at - start);
    pos = ch === '\n' ? { line: pos.line + 1, character: 0 } : { line: pos.line, character: pos.character + 1 };
  }
  return { latencies, version };
}

export async function editLatency(file, edits = 200) {
  const text = readFileSync(file, 'utf8');
  const server = await startServer({ settings: SETTINGS });
  try {
    const uri = pathToFileURL(file).href;
    await server.open(uri, languageOf(file), text, 1);
    // Warm-up: the first edits pay for lazy compilation, as they would in an editor session's first seconds.
    const warm = await typeAtEnd(server, uri, text, 1, 20);
    const cpuBefore = cpuMsOf(server.child.pid);
    const { latencies } = await typeAtEnd(server, uri, text + TYPED.slice(0, 20), warm.version, edits);
    const cpuMsPerEdit = round((cpuMsOf(server.child.pid) - cpuBefore) / edits, 2);
    return {
      bytes: Buffer.byteLength(text),
      edits,
      p50: round(quantile(latencies, 0.5), 2),
      p95: round(quantile(latencies, 0.95), 2),
      p99: round(quantile(latencies, 0.99), 2),
      max: round(Math.max(...latencies), 2),
      // The server's CPU time (all its threads) per edit: the figure a busy machine does not inflate.
      cpuMsPerEdit,
    };
  } finally {
    await server.stop();
  }
}

/** CPU time (user + system, all threads) a process has used so far, from /proc: immune to a busy machine. */
function cpuMsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks; USER_HZ is 100 on Linux
}

export async function coldStart(file, runs = 5) {
  const text = readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).href;
  const times = [];
  const cpu = [];
  for (let i = 0; i <= runs; i++) {
    const server = await startServer({ settings: SETTINGS });
    try {
      const r = await server.open(uri, languageOf(file), text, 1);
      if (i > 0) { // run 0 warms the disk cache
        times.push(r.at - server.spawnedAt);
        cpu.push(cpuMsOf(server.child.pid));
      }
    } finally {
      await server.stop();
    }
  }
  return { ...summarize(times), cpuMs: summarize(cpu) };
}

/**
 * Node's own start-up on this machine, in the environment the server gets: the CPU time (user + system, all
 * threads, as the process itself reports it on exit) of `node -e 0`, median of `runs`. The floor under any cold
 * start: e.g. NODE_EXTRA_CA_CERTS (set on the machine these figures come from) makes Node load those certificates at
 * every start, before any of Warmly runs, which about doubles it there (~50 to ~100 ms of CPU).
 */
export function nodeStartCpuMs(runs = 5) {
  const script = 'process.on("exit", () => { const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000)); })';
  const cpu = [];
  for (let i = 0; i <= runs; i++) {
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    if (i > 0 && r.status === 0) cpu.push(round(Number(r.stdout), 1)); // run 0 warms the disk cache
  }
  return { ...summarize(cpu), extraCaCerts: Boolean(process.env.NODE_EXTRA_CA_CERTS) };
}

/**
 * A small document opened right after a 2 MB one: how long its diagnostics take, and whether they arrive before
 * the big document's (they should: the big one lints on the server's lint thread). Beside it, the part after the
 * 2 MB message left this client (before that the client was encoding it: JSON and UTF-8, tens of milliseconds that
 * no server change touches) and the server's CPU time (all threads, from /proc, 10 ms ticks) until the small
 * document's diagnostics arrived.
 */
export async function smallWhileBig(bigFile, smallFile, runs = 3) {
  const bigText = readFileSync(bigFile, 'utf8');
  const smallText = readFileSync(smallFile, 'utf8');
  const small = [];
  const afterWrite = [];
  const serverCpu = [];
  const big = [];
  let smallFirst = 0;
  for (let i = 0; i < runs; i++) {
    const server = await startServer({ settings: SETTINGS });
    try {
      // Warm the server on the small document first, so the figure is the wait, not start-up.
      await server.open(`${pathToFileURL(smallFile).href}?warm`, languageOf(smallFile), smallText, 1);
      const cpuBefore = cpuMsOf(server.child.pid);
      const opened = performance.now();
      const bigDone = server.open(pathToFileURL(bigFile).href, languageOf(bigFile), bigText, 1);
      let bigAt = Infinity;
      void bigDone.then((r) => { bigAt = r.at; });
      const smallStart = performance.now();
      const s = await server.open(pathToFileURL(smallFile).href, languageOf(smallFile), smallText, 1);
      serverCpu.push(cpuMsOf(server.child.pid) - cpuBefore);
      small.push(s.at - smallStart);
      // The part after the 2 MB message left the client: reading and decoding it, and what the server does next.
      afterWrite.push(s.at - (server.writtenAt(bigText.length, opened) ?? smallStart));
      if (s.at < bigAt) smallFirst++;
      const b = await bigDone;
      big.push(b.at - opened);
    } finally {
      await server.stop();
    }
  }
  return { runs, smallMs: summarize(small), afterWriteMs: summarize(afterWrite), serverCpuMs: summarize(serverCpu), bigMs: summarize(big), smallFirst };
}

export async function memoryOverEdits(files, edits = 1000) {
  const server = await startServer({ settings: SETTINGS });
  try {
    const docs = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const uri = pathToFileURL(file).href;
      await server.open(uri, languageOf(file), text, 1);
      docs.push({ uri, pos: endPosition(text), version: 1 });
    }
    const samples = [{ edits: 0, ...server.memory() }];
    for (let i = 1; i <= edits; i++) {
      const d = docs[i % docs.length];
      const ch = TYPED[Math.floor(i / docs.length) % TYPED.length];
      await server.change(d.uri, ++d.version, [{ range: { start: d.pos, end: d.pos }, text: ch }]);
      d.pos = ch === '\n' ? { line: d.pos.line + 1, character: 0 } : { line: d.pos.line, character: d.pos.character + 1 };
      if (i % 100 === 0) samples.push({ edits: i, ...server.memory() });
    }
    // Growth from the first half to the end: memory that is flat stays within noise.
    const mid = samples.find((s) => s.edits === edits / 2) ?? samples[0];
    const last = samples[samples.length - 1];
    return {
      documents: docs.length,
      edits,
      rssMbAfterOpen: round(samples[0].rssKb / 1024),
      rssMbAtHalf: round(mid.rssKb / 1024),
      rssMbAtEnd: round(last.rssKb / 1024),
      peakRssMb: round(last.peakRssKb / 1024),
      growthSecondHalfPct: round(((last.rssKb - mid.rssKb) / mid.rssKb) * 100),
      samplesMb: samples.map((s) => round(s.rssKb / 1024)),
    };
  } finally {
    await server.stop();
  }
}
