// Loaded with `node --import` before the CLI: at exit, writes the process's
// peak resident set size (process.resourceUsage().maxRSS, in KiB) to the file
// named by GATEHOUSE_BENCH_RSS_FILE. Portable where /usr/bin/time is not.
import { writeFileSync } from 'node:fs';

const out = process.env.GATEHOUSE_BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    writeFileSync(out, String(process.resourceUsage().maxRSS));
  });
}
