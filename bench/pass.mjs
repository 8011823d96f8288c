// One tool in a fresh process: set it up, warm it up, then lint every listed file (read from disk each time)
// for N timed passes. A pass that runs past the time cap stops early and counts only the files it finished,
// so a slow peer is measured on a (shuffled, hence representative) part of the workload instead of stalling.
//   node bench/pass.mjs <tool> <file-list.json> <passes> <warm-up files: all|N> <cap ms>
// Prints {setupMs, passes: [{ms, cpuMs, files, bytes}], findings} as JSON on stdout. CPU time (all threads of
// the process) is kept next to wall time because the machine the benchmark runs on is often shared.
import { readFileSync } from 'node:fs';

const [tool, listFile, passCount = '5', warmup = 'all', cap = 'Infinity'] = process.argv.slice(2);
const files = JSON.parse(readFileSync(listFile, 'utf8'));
const capMs = Number(cap);

const t0 = performance.now();
const { setup } = await import(`./tools/${tool}.mjs`);
const lintFile = await setup();
const setupMs = performance.now() - t0;

async function pass(list, limitMs) {
  let findings = 0;
  let bytes = 0;
  let done = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const file of list) {
    if (performance.now() - start > limitMs) break;
    const buf = readFileSync(file);
    findings += await lintFile(buf.toString('utf8'), file);
    bytes += buf.length;
    done++;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, files: done, bytes, findings };
}

await pass(warmup === 'all' ? files : files.slice(0, Number(warmup)), capMs);
const started = performance.now();
const passes = [];
let findings = 0;
for (let i = 0; i < Number(passCount); i++) {
  const left = capMs - (performance.now() - started);
  if (i > 0 && left <= 0) break;
  const r = await pass(files, Math.max(left, 0));
  passes.push({ ms: r.ms, cpuMs: r.cpuMs, files: r.files, bytes: r.bytes });
  findings = r.findings;
  if (r.files < files.length) break;
}
process.stdout.write(JSON.stringify({ setupMs, passes, findings }) + '\n');
