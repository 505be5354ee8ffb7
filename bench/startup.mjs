// Start-up: how long `gatehouse --help` and `gatehouse validate examples/acme`
// take as whole processes, each as a ratio to bare `node -e 0` on the same
// machine in the same run. The three are run in turn, round after round (the
// order rotating), so a machine that slows down or speeds up mid-run slows
// all three alike; the medians are compared. Targets: --help ≤ 2× bare node,
// validate ≤ 3×. A miss is marked ✗: a finding, not a failure.
//
// Part of `npm run bench` (first); alone: `node bench/startup.mjs [--runs N]`
// after `npm run build` (--root DIR times another checkout's build).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { markdownTable } from './table.mjs';

const here = fileURLToPath(new URL('../', import.meta.url));
const CLI = 'dist/cli/main.js';

/** What is timed: a name, the arguments to node, and the target ratio to bare node (none for bare node itself). */
export const STARTUP_COMMANDS = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'gatehouse --help', args: [CLI, '--help'], target: 2 },
  { name: 'gatehouse validate examples/acme', args: [CLI, 'validate', 'examples/acme'], target: 3 },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** One run's wall time in ms; throws when the command fails (a fast failure would look like a fast start). */
function timeOnce({ name, args }, root) {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - t0;
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`${name} exited ${run.status ?? run.signal}: ${String(run.stderr).trim().slice(0, 500)}`);
  return ms;
}

/**
 * Times each command `runs` times after `warmup` uncounted rounds, in `root`
 * (a checkout with dist/ built; this one by default).
 * @returns {{ runs: number, rows: { name: string, target?: number, median: number, min: number, max: number, ratio?: number, ok?: boolean }[] }}
 */
export function startupBench({ runs = 21, warmup = 2, commands = STARTUP_COMMANDS, root = here } = {}) {
  if (!existsSync(`${root}/${CLI}`)) throw new Error(`no ${CLI} in ${root}: run \`npm run build\` first`);
  const times = commands.map(() => []);
  for (let round = 0; round < warmup + runs; round++) {
    for (let k = 0; k < commands.length; k++) {
      const i = (round + k) % commands.length;
      const ms = timeOnce(commands[i], root);
      if (round >= warmup) times[i].push(ms);
    }
  }
  const base = median(times[0]);
  const rows = commands.map((c, i) => {
    const row = { name: c.name, median: median(times[i]), min: Math.min(...times[i]), max: Math.max(...times[i]) };
    if (i === 0) return row;
    const ratio = row.median / base;
    return { ...row, target: c.target, ratio, ok: c.target === undefined ? undefined : ratio <= c.target };
  });
  return { runs, rows };
}

/** The result as a markdown table: medians, range, ratio to bare node, target ✓/✗. */
export function startupTable({ runs, rows }) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  return markdownTable(
    ['command', 'median:', 'min–max:', '× bare node:', 'target'],
    rows.map((r) => [
      `\`${r.name}\``,
      ms(r.median),
      `${r.min.toFixed(0)}–${r.max.toFixed(0)} ms`,
      r.ratio === undefined ? '1' : r.ratio.toFixed(2),
      r.target === undefined ? '' : `≤ ${r.target}× ${r.ok ? '✓' : '✗'}`,
    ]),
  ).concat(`\n\nWall time of the whole process, ${runs} runs each, interleaved; ratios of medians.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // --root DIR: time another checkout's dist/ (for a before/after on the same machine).
  const { values } = parseArgs({ options: { runs: { type: 'string' }, root: { type: 'string' } } });
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) {
    console.error('usage: node bench/startup.mjs [--runs N] [--root DIR]');
    process.exit(2);
  }
  console.log(startupTable(startupBench({ ...(runs === undefined ? {} : { runs }), ...(values.root === undefined ? {} : { root: values.root }) })));
}
