// Preloaded (`node -r`) into a measured process: appends its peak resident set size (KB) to
// the file named by BENCH_RSS_FILE when it exits.
const { appendFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) appendFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
