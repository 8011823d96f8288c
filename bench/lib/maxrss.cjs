// Preloaded into the CLI process by the benchmark: records the process's peak resident set size (worker
// threads included) when it exits.
'use strict';
process.on('exit', () => {
  require('fs').writeFileSync(process.env.WARMLY_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
