// Large and hostile inputs to `gatehouse validate`, each run by the built CLI
// as a child process (bench/cli.mjs): wall time and peak RSS.
//   - a file of 1,000,000 workspace members (about 24 MB, so with
//     --max-file-size 32MiB; goal ≤ 20 s and ≤ 400 MB);
//   - a 30 MB single line (refused by the size limit before it is read);
//   - 20,000 nested brackets (a YAML structure error at its line);
//   - a FIFO given as the file (refused at once, never opened).
// Run alone: node bench/large-files.mjs (after npm run build).
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gatehouse } from './cli.mjs';

const MILLION_GOAL = { ms: 20_000, mib: 400 };

/** A file whose one workspace lists `n` members, one a line. */
export function millionFile(n = 1_000_000) {
  const lines = ['version: 1', 'asana:', '  workspaces:', '    - workspace: Acme', '      members:'];
  for (let i = 0; i < n; i++) lines.push(`        - u${String(i).padStart(7, '0')}@acme.com`);
  return `${lines.join('\n')}\n`;
}

/**
 * @param {{ log?: (line: string) => void, flags?: string[] }} [options] flags: extra flags for the
 *   million-member run (default `--max-file-size 32MiB`; `[]` for a build without the flag)
 * @returns {Promise<Array<{ name: string, code: number | null, ms: number, mib: number | undefined, first: string, goal?: { ms: number, mib: number } }>>}
 */
export async function largeFilesBench({ log = () => {}, flags = ['--max-file-size', '32MiB'] } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-bench-large-'));
  const rssFile = join(dir, 'rss');
  const rows = [];
  const run = async (name, args, goal) => {
    log(`${name} …`);
    const r = await gatehouse(['validate', ...args], {}, rssFile);
    const first = (r.stderr.split('\n').find((l) => l.trim() !== '') ?? r.stdout.split('\n')[0] ?? '').slice(0, 160);
    rows.push({ name, code: r.code, ms: r.ms, mib: r.maxRssKiB === undefined ? undefined : r.maxRssKiB / 1024, first, ...(goal ? { goal } : {}) });
  };
  try {
    const million = join(dir, 'million.yaml');
    await writeFile(million, millionFile());
    await run(`1,000,000 members (${flags.join(' ') || 'no flag'})`, [million, ...flags], MILLION_GOAL);

    const line = join(dir, 'line.yaml');
    await writeFile(line, `version: 1\nasana: "${'x'.repeat(30_000_000)}"\n`);
    await run('30 MB single line', [line]);

    const nested = join(dir, 'nested.yaml');
    await writeFile(nested, `version: 1\ngroups:\n  deep: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    await run('20,000 nested brackets', [nested]);

    const fifo = join(dir, 'fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    // A build that opens the FIFO waits for a writer: after 10 s, be one (and write nothing), so that it ends.
    let hung = false;
    const unblock = setTimeout(() => {
      hung = true;
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    }, 10_000);
    await run('a FIFO as the file', [fifo]);
    clearTimeout(unblock);
    if (hung) Object.assign(rows.at(-1), { ms: Infinity, first: `hung until a writer closed the FIFO after 10 s; then: ${rows.at(-1).first}` });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

export function largeFilesTable(rows, markdownTable) {
  return markdownTable(
    ['validate of', 'exit', 'wall time', 'peak RSS', 'first line of output'],
    rows.map((r) => [r.name, String(r.code), Number.isFinite(r.ms) ? `${(r.ms / 1000).toFixed(1)} s` : 'hung', r.mib === undefined ? '?' : `${r.mib.toFixed(0)} MiB`, `\`${r.first.replace(/`/g, "'")}\``]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { markdownTable } = await import('./table.mjs');
  const flags = process.argv.includes('--no-flag') ? [] : undefined;
  const rows = await largeFilesBench({ log: (l) => process.stderr.write(`${l}\n`), flags });
  console.log(largeFilesTable(rows, markdownTable));
}
