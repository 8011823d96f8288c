// Run under callgrind by bench/rule-instructions.mjs: the engine over the corpus list, a warm-up pass and then N
// passes, each pass opened by process.cpuUsage() so that callgrind's `--dump-before=uv_getrusage` cuts one dump per
// pass. Times nothing: the parent counts instructions.
//   node --single-threaded instruction-pass.mjs <engine bundle> <list.json> <all|ten> <passes>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FIRST_TEN } from '../tools/warmly-first-ten.mjs';

const [bundle, listFile, mode, passes = '2'] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(listFile, 'utf8')).map((f) => [f, readFileSync(f, 'utf8')]);
const { lint, rules, compileRegexpsOnce } = createRequire(import.meta.url)(bundle);
compileRegexpsOnce();
const off = mode === 'ten' ? Object.fromEntries(rules.filter((r) => !FIRST_TEN.includes(r.id)).map((r) => [r.id, 'off'])) : undefined;
for (let i = 0; i < 1 + Number(passes); i++) {
  process.cpuUsage();
  for (const [f, t] of texts) lint(t, { filePath: f, rules: off });
}
process.cpuUsage();
