// `npm run fuzz`: the engine's property checks for as long as WARMLY_FUZZ_SECONDS says (default 60), in a child
// process watched for hangs: a case that runs longer than WARMLY_FUZZ_HANG_SECONDS (default 30) is reported with
// its input and fails the run, as does any failed property.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const budget = Number(process.env.WARMLY_FUZZ_SECONDS ?? 60);
const hangSeconds = Number(process.env.WARMLY_FUZZ_HANG_SECONDS ?? 30);
const dir = mkdtempSync(join(tmpdir(), 'warmly-fuzz-'));
const caseFile = join(dir, 'current-case.json');
const started = Date.now();
const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fuzz.worker.ts'), String(budget), caseFile], { stdio: 'inherit' });

const timer = setInterval(() => {
  let last = started;
  try { last = statSync(caseFile).mtimeMs; } catch { /* not started yet */ }
  if (Date.now() - last > hangSeconds * 1000) {
    let input = '(no case written yet)';
    try { input = readFileSync(caseFile, 'utf8').slice(0, 3000); } catch { /* none */ }
    console.error(`fuzz: one case ran for more than ${hangSeconds} s, a hang or a cost blow-up. Input:\n${input}`);
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
