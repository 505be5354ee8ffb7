// The offline stages on large inputs, no network:
//   1. loading (read, parse, validate, resolve) a 5,000-user file with 1,000 projects;
//   2. plan() on 100,000 users and 1,000,000 memberships, 5% of them missing live;
//   3. `gatehouse validate` as a child process (large-files.mjs), once each: a file
//      of 1,000,000 members (goal ≤ 20 s and ≤ 400 MB), a 30 MB single line,
//      20,000 nested brackets and a FIFO, with wall time and peak RSS.
// Figures of 1 and 2 are the best of several runs after a warm-up.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDesired } from '../dist/pipeline/index.js';
import { plan } from '../dist/plan/index.js';
import { bigFile } from './generate.mjs';
import { largeFilesBench } from './large-files.mjs';

async function best(runs, fn) {
  await fn();
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

function place(key, kind, stage) {
  return { key, provider: 'asana', kind, ref: key, stage, source: { file: 'bench.yaml', line: 1, col: 1 }, id: key, name: key };
}

/** 100,000 workspace members and 900 teams of 1,000: 1,000,000 memberships; every 20th missing live. */
function bigStates() {
  const users = Array.from({ length: 100_000 }, (_, i) => `user${String(i).padStart(6, '0')}@acme.com`);
  const reason = [{ kind: 'listed', file: 'bench.yaml', line: 3, col: 9 }];
  const desired = { files: ['bench.yaml'], places: [] };
  const live = { places: [] };
  const add = (p, emails) => {
    desired.places.push({ place: p, members: emails.map((email) => ({ email, reasons: reason })) });
    live.places.push({ place: p, members: emails.filter((_, i) => i % 20 !== 0).map((email) => ({ email, userId: email })) });
  };
  add(place('asana/workspace:W', 'workspace', 0), users);
  for (let t = 0; t < 900; t++) {
    const start = (t * 997) % (users.length - 1000);
    add(place(`asana/workspace:W/team:T${t}`, 'team', 1), users.slice(start, start + 1000).sort());
  }
  return { desired, live };
}

/** @returns {Promise<{ rows: [string, number][], adds: number }>} rows of [stage, best ms] */
export async function offlineBench() {
  const rows = [];
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-bench-'));
  await writeFile(join(dir, 'big.yaml'), bigFile(5000, 1000));
  rows.push(['load 5,000 users, 1,051 places (read, parse, validate, resolve)', await best(5, () => loadDesired(join(dir, 'big.yaml')))]);

  const { desired, live } = bigStates();
  const memberships = desired.places.reduce((n, p) => n + p.members.length, 0);
  let result;
  rows.push([
    `\`plan()\` on ${desired.places[0].members.length.toLocaleString('en')} users, ${memberships.toLocaleString('en')} memberships (5% missing)`,
    await best(3, () => (result = plan(desired, live))),
  ]);
  for (const r of await largeFilesBench()) {
    const goal = r.goal ? `; goal ≤ ${r.goal.ms / 1000} s, ≤ ${r.goal.mib} MB` : '';
    const rss = r.mib === undefined ? '?' : `${r.mib.toFixed(0)} MiB`;
    rows.push([`\`gatehouse validate\` of ${r.name} (child process, once): exit ${r.code}, peak RSS ${rss}${goal}`, r.ms]);
  }
  return { rows, adds: result.summary.add };
}
