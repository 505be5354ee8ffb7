// adopt's two figures (issue 19), also runnable alone: `node bench/adopt.mjs` after a build.
//   1. Requests: `gatehouse plan` and `gatehouse adopt` on the same files of a
//      generated organisation (org.mjs, scaled down; its live-only members and
//      level drift are what adopt takes in), in the sandbox without a budget:
//      adopt must send exactly plan's requests.
//   2. Offline: adopt() (choose and edit, no network) writing 10,000 members
//      into a folder of 100,000 lines, best of several runs; goal < 2 s. The
//      unified patch of the result is timed beside it.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { adopt } from '../dist/adopt/adopt.js';
import { unifiedPatch } from '../dist/adopt/patch.js';
import { loadDesired, loadSeed } from '../dist/pipeline/index.js';
import { adoptPartsOf, sandboxParts } from '../dist/providers/registry.js';
import { buildWorld, startSandbox } from '../dist/sandbox/index.js';
import { gatehouse } from './cli.mjs';
import { generateOrg, ORG_SIZE } from './org.mjs';
import { writeOrg } from './org-files.mjs';
import { markdownTable } from './table.mjs';

const EDIT_GOAL_MS = 2000;
const SMALL_ORG = { ...ORG_SIZE, users: 600, liveOnly: 40, teams: 40, projects: 200, managedProjects: 60, bigTeams: [120], bigProjects: [60], portfolios: 6, liveOnlyPortfolios: 4, bigPortfolios: [30], goals: 10, liveOnlyGoals: 4, bigGoals: [20] };

/** @returns {Promise<{ plan: number, adopt: number, adopted: number, code: number | null }>} */
export async function adoptRequestsBench(workdir) {
  const org = generateOrg(SMALL_ORG);
  const files = await writeOrg(org, workdir);
  const { desired, sandbox: section } = await loadSeed(files.seed);
  const parts = sandboxParts();
  const server = await startSandbox(buildWorld(parts, desired, section), parts, {});
  const asana = server.connection('asana');
  const env = { ASANA_BASE_URL: asana.baseUrl, ASANA_TOKEN: asana.token, ASANA_RATE_LIMIT: '100000/s' };
  const count = async (args) => {
    const before = server.stats().total;
    const result = await gatehouse(args, env, join(workdir, `${args[0]}.rss`));
    return { result, requests: server.stats().total - before };
  };
  try {
    const plan = await count(['plan', files.desired]);
    const adopted = await count(['adopt', '--format', 'json', files.desired]);
    const list = adopted.result.code === 0 ? JSON.parse(adopted.result.stdout).adopted.length : -1;
    return { plan: plan.requests, adopt: adopted.requests, adopted: list, code: adopted.result.code };
  } finally {
    await server.close();
  }
}

/** 10 files of 100 teams, each a block list of 98 members: 100,000 lines; live, each team has 10 more. */
async function bigFolder(dir) {
  const user = (i) => `user${String(i).padStart(6, '0')}@acme.com`;
  let lines = 0;
  for (let f = 0; f < 10; f++) {
    const out = ['version: 1', 'asana:', '  workspaces:', '    - workspace: Acme', '      teams:'];
    for (let t = 0; t < 100; t++) {
      const team = f * 100 + t;
      out.push(`        - team: Team ${team}   # owned by squad ${team % 17}`, '          members:');
      for (let m = 0; m < 98; m++) out.push(`            - ${user((team * 98 + m) % 90_000)}`);
    }
    while (out.length < 10_000) out.push('# padding');
    lines += out.length;
    await writeFile(join(dir, `teams-${f}.yaml`), `${out.join('\n')}\n`);
  }
  return lines;
}

async function best(runs, fn) {
  let result = await fn();
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await fn();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return { ms: fastest, result };
}

/** @returns {Promise<{ lines: number, adopted: number, editMs: number, patchMs: number, loadMs: number }>} */
export async function adoptEditBench() {
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-bench-adopt-'));
  await mkdir(dir, { recursive: true });
  const lines = await bigFolder(dir);
  const loadStarted = performance.now();
  const { desired, texts } = await loadDesired(dir);
  const loadMs = performance.now() - loadStarted;
  let extra = 90_000;
  const live = {
    places: desired.places.map(({ place, members }) => ({
      place: { ...place, id: place.key, name: place.ref },
      members: [...members.map((m) => ({ email: m.email, userId: m.email })), ...(place.kind === 'team' ? Array.from({ length: 10 }, () => `user${String(extra++).padStart(6, '0')}@acme.com`).map((email) => ({ email, userId: email })) : [])],
    })),
  };
  // The workspace has everyone its teams have; adopting them into a team is enough.
  const ws = live.places.find((p) => p.place.kind === 'workspace');
  ws.members = [...new Map(live.places.flatMap((p) => p.members).map((m) => [m.email, m])).values()];
  const parts = adoptPartsOf();
  const edit = await best(3, () => adopt(desired, live, texts, parts, { today: '2026-12-07' }));
  const patch = await best(1, () => unifiedPatch(desired.files, texts, edit.result.texts, process.cwd()));
  return { lines, adopted: edit.result.adopted.length, editMs: edit.ms, patchMs: patch.ms, loadMs };
}

/** The rows `npm run bench` prints under "adopt". */
export function adoptTable(requests, edit) {
  const equal = requests.plan === requests.adopt ? '✓ equal' : '✗ differ';
  return markdownTable(
    ['measure', 'figure'],
    [
      [`requests: \`plan\` / \`adopt\` on the same files (${SMALL_ORG.users} users, ${SMALL_ORG.teams} teams, ${SMALL_ORG.managedProjects} managed projects; adopt took in ${requests.adopted} entries)`, `${requests.plan} / ${requests.adopt} ${equal}`],
      [`\`adopt()\` (choose and edit, offline): ${edit.adopted.toLocaleString('en')} members into ${edit.lines.toLocaleString('en')} lines in 10 files; goal < ${EDIT_GOAL_MS / 1000} s`, `${edit.editMs.toFixed(0)} ms ${edit.editMs < EDIT_GOAL_MS ? '✓' : '✗'}`],
      ['its unified patch (`diff`)', `${edit.patchMs.toFixed(0)} ms`],
      ['loading that folder (read, parse, validate, resolve), for scale', `${edit.loadMs.toFixed(0)} ms`],
    ],
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const workdir = await mkdtemp(join(tmpdir(), 'gatehouse-bench-adopt-api-'));
  const requests = await adoptRequestsBench(workdir);
  const edit = await adoptEditBench();
  console.log(adoptTable(requests, edit));
  if (requests.plan !== requests.adopt || requests.code !== 0) process.exitCode = 1;
}
