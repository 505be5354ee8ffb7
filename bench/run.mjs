// npm run bench (after npm run build):
//   0. Start-up: `gatehouse --help` and `gatehouse validate examples/acme` as
//      whole processes, medians as ratios to bare `node -e 0` in the same run
//      (targets ≤ 2× and ≤ 3×; startup.mjs, which also runs alone).
//   1. API: a generated organisation of 5,000+ users, 400 teams, 3,000
//      projects (1,000 managed), 40 portfolios and 150 goals (and live ones
//      the file does not name) in the sandbox at 1,500 requests a minute and
//      50 ms latency; the built CLI plans, applies, and plans again (which
//      must be empty). Requests against the lower bound, wall time against the
//      rate limit's time, peak memory (api.mjs, lower-bound.mjs, report.mjs).
//   2. Offline: loading a 5,000-user file and plan() on 1,000,000 memberships
//      (offline.mjs).
//   3. adopt: its requests beside plan's on the same files (equal), and
//      adopting 10,000 members into a 100,000-line folder (goal < 2 s) (adopt.mjs).
// Exits 1 when a run fails or the final plan is not empty. A ratio that misses
// the goal (requests ≤ 1.1 × bound, wall time ≤ 1.2 × the rate limit's time)
// is marked ✗ and named at the end; that is a finding, not a failure.
import { mkdtemp } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { adoptEditBench, adoptRequestsBench, adoptTable } from './adopt.mjs';
import { apiBench, LATENCY_MS, PER_MINUTE } from './api.mjs';
import { offlineBench } from './offline.mjs';
import { boundReasons, routeTable, summaryTable, timeLines, verdict } from './report.mjs';
import { startupBench, startupTable } from './startup.mjs';
import { markdownTable } from './table.mjs';

const started = performance.now();
const loadAtStart = loadavg()[0];
const workdir = await mkdtemp(join(tmpdir(), 'gatehouse-bench-api-'));
const log = (line) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);

// First, while the machine is as quiet as this run will find it.
log('start-up …');
const startup = startupBench();
const api = await apiBench({ workdir, log });
log('offline stages …');
const offline = await offlineBench();
log('adopt …');
const adoptRequests = await adoptRequestsBench(await mkdtemp(join(tmpdir(), 'gatehouse-bench-adopt-api-')));
const adoptEdit = await adoptEditBench();

const out = [];
out.push('## Start-up', '', startupTable(startup), '');
out.push(`## API: sandbox at ${PER_MINUTE.toLocaleString('en')} requests/min, ${LATENCY_MS} ms latency`, '');
const { project, portfolio, goal } = api.missing.kinds;
const shared = (k, what) => `${k.members} ${what} users of which ${k.levelAdds} at a non-default level, ${k.teamAdds} teams`;
out.push(
  `${api.org.users.length.toLocaleString('en')} users in the file (+${api.org.liveOnly.length} live only), ${api.org.teams.length} teams, ` +
    `${api.org.projects.length.toLocaleString('en')} projects of which ${api.org.projects.filter((p) => p.managed).length.toLocaleString('en')} managed, ` +
    `${api.org.portfolios.length} portfolios (${api.org.portfolios.filter((p) => p.gid !== undefined).length} owned by others, named by gid; ` +
    `+${api.org.liveOnlyPortfolios.length} live only) and ${api.org.goals.length} goals (+${api.org.liveOnlyGoals.length} live only); ` +
    `${api.missing.total.toLocaleString('en')} of ${api.missing.wanted.toLocaleString('en')} memberships missing live ` +
    `(${api.missing.workspace} workspace, ${api.missing.team} team; ${shared(project, 'project')}; ${shared(portfolio, 'portfolio')}; ${shared(goal, 'goal')}); ` +
    `${api.missing.changes} access levels differ live (${project.changes} project, ${portfolio.changes} portfolio, ${goal.changes} goal).`,
  '',
);
out.push(summaryTable(api.phases, PER_MINUTE), '');
if (api.costLine) {
  const apply = api.phases.find((p) => p.name === 'apply');
  const writes = Object.entries(apply?.byRoute ?? {}).reduce((n, [route, k]) => n + (route.startsWith('GET ') ? 0 : k), 0);
  out.push(`The first plan's own estimate of its writes: "${api.costLine}"; \`apply\` sent ${writes.toLocaleString('en')} writes (and read everything again first).`, '');
}
out.push('Requests by purpose (sent / lower bound):', '', routeTable(api.phases), '');
out.push(
  `Where the time went (loading the desired state alone takes ${(api.loadMs / 1000).toFixed(1)} s, part of each run's start-up; ` +
    `seeding the sandbox took ${(api.seedMs / 1000).toFixed(1)} s, outside the runs):`,
  '',
  ...timeLines(api.phases, PER_MINUTE),
  '',
);
out.push('Lower bound, term by term (see bench/lower-bound.mjs for the argument):', '', ...boundReasons(api.phases), '');
out.push('## Offline stages (best of several runs)', '');
out.push(markdownTable(['stage', 'best time:'], offline.rows.map(([name, ms]) => [name, `${ms.toFixed(0)} ms`])), '');
out.push(`plan() found ${offline.adds.toLocaleString('en')} adds. Peak RSS of the bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB.`);
out.push('', '## adopt', '', adoptTable(adoptRequests, adoptEdit), '');
out.push(`CLI output of each run: ${workdir}. Whole bench: ${((performance.now() - started) / 1000).toFixed(0)} s.`);
// Other work on the machine stretches the CPU-bound parts (start-up, the offline stages); say how busy it was.
out.push(`Load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${loadavg()[0].toFixed(1)}, on ${availableParallelism()} cores.`);
console.log(out.join('\n'));

const missed = api.phases.filter((p) => {
  const v = verdict(p, PER_MINUTE);
  return !v.requestsOk || !v.timeOk;
});
const slow = [
  ...startup.rows.filter((r) => r.ok === false).map((r) => `start-up of ${r.name}`),
  ...(adoptRequests.plan === adoptRequests.adopt ? [] : ['adopt (requests differ from plan)']),
  ...(adoptEdit.editMs < 2000 ? [] : ['adopt (the edit)']),
];
if (missed.length + slow.length > 0) {
  console.log(`\nGoal missed by: ${[...slow, ...missed.map((p) => p.name)].join(', ')} (✗ above).`);
}
