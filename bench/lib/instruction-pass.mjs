// Run under callgrind by bench/rule-instructions.mjs: the engine over the corpus list, pass after pass, each pass
// opened and closed by process.cpuUsage() so that callgrind's `--dump-before=uv_getrusage` cuts one dump per pass.
// After each pass it tells the parent which dump holds that pass (file <out>.pass-<k>) and waits for its verdict
// (file <out>.after-<k>: "warm" for another warm-up pass, "count" for a counted one, "stop"): the parent reads the
// dumps and decides when V8 has settled. This bookkeeping runs between two dumps of its own, which the parent drops,
// so a pass's dump holds nothing but lint work. Times nothing: the parent counts instructions.
//   node --single-threaded instruction-pass.mjs <engine bundle> <list.json> <all|ten> <callgrind out file>
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { FIRST_TEN } from '../tools/warmly-first-ten.mjs';

const [bundle, listFile, mode, outFile] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(listFile, 'utf8')).map((f) => [f, readFileSync(f, 'utf8')]);
const { lint, rules, compileRegexpsOnce } = createRequire(import.meta.url)(bundle);
compileRegexpsOnce();
const off = mode === 'ten' ? Object.fromEntries(rules.filter((r) => !FIRST_TEN.includes(r.id)).map((r) => [r.id, 'off'])) : undefined;

/** The number of the newest dump callgrind wrote. */
function lastDump() {
  const prefix = `${basename(outFile)}.`;
  let n = 0;
  for (const f of readdirSync(dirname(outFile))) if (f.startsWith(prefix) && /^\d+$/.test(f.slice(prefix.length))) n = Math.max(n, Number(f.slice(prefix.length)));
  return n;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
for (let k = 1; ; k++) {
  process.cpuUsage(); // dump: whatever ran before (start-up, or the bookkeeping after the previous pass)
  for (const [f, t] of texts) lint(t, { filePath: f, rules: off });
  process.cpuUsage(); // dump: this pass
  // Written whole, then renamed: the parent never reads a half-written file.
  writeFileSync(`${outFile}.tmp`, String(lastDump()));
  renameSync(`${outFile}.tmp`, `${outFile}.pass-${k}`);
  const verdict = `${outFile}.after-${k}`;
  while (!existsSync(verdict)) Atomics.wait(sleeper, 0, 0, 200);
  if (readFileSync(verdict, 'utf8') === 'stop') break;
}
process.cpuUsage();
