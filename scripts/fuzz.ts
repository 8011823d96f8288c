// `npm run fuzz`: the engine's property checks for as long as WARMLY_FUZZ_SECONDS says (default 60), in a child
// process watched for hangs: a case that uses more than WARMLY_FUZZ_HANG_SECONDS (default 60) of the worker's CPU
// time is reported with its input and fails the run, as does any failed property. CPU time, not wall time: on a busy
// CI machine a 2 MB case took 23 s of CPU and 39 s on the clock, and a clock limit failed the run by the load.
// (Where /proc is missing, the clock is used; a case that stalls without using CPU is caught after ten times that.)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const budget = Number(process.env.WARMLY_FUZZ_SECONDS ?? 60);
const hangSeconds = Number(process.env.WARMLY_FUZZ_HANG_SECONDS ?? 60);
const dir = mkdtempSync(join(tmpdir(), 'warmly-fuzz-'));
const caseFile = join(dir, 'current-case.json');
const started = Date.now();
const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fuzz.worker.ts'), String(budget), caseFile], { stdio: 'inherit' });

/** The child's CPU time in seconds (user + system, from /proc), or undefined where that cannot be read. */
function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100 on Linux)
  } catch {
    return undefined;
  }
}

let caseMtime = -1;
let caseStartWall = started;
let caseStartCpu = cpuSecondsOf(child.pid) ?? 0;
const timer = setInterval(() => {
  let mtime = started;
  try { mtime = statSync(caseFile).mtimeMs; } catch { /* not started yet */ }
  const cpu = cpuSecondsOf(child.pid);
  if (mtime !== caseMtime) {
    caseMtime = mtime;
    caseStartWall = Date.now();
    caseStartCpu = cpu ?? 0;
    return;
  }
  const wall = (Date.now() - caseStartWall) / 1000;
  const used = cpu === undefined ? wall : cpu - caseStartCpu;
  if (used > hangSeconds || wall > hangSeconds * 10) {
    let input = '(no case written yet)';
    try { input = readFileSync(caseFile, 'utf8').slice(0, 3000); } catch { /* none */ }
    console.error(`fuzz: one case used ${used.toFixed(0)} s of CPU (${wall.toFixed(0)} s on the clock), a hang or a cost blow-up. Input:\n${input}`);
    child.kill('SIGKILL');
    process.exitCode = 1;
  }
}, 1000);

child.on('exit', (code) => {
  clearInterval(timer);
  rmSync(dir, { recursive: true, force: true });
  if (process.exitCode !== 1) process.exitCode = code ?? 1;
  console.log(`fuzz: finished in ${((Date.now() - started) / 1000).toFixed(0)} s (budget ${budget} s)`);
});
