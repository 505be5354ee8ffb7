/**
 * A read that still fails after its retries fails the whole run: `plan` and
 * `apply` exit 1 with one line naming the place, the request and what went
 * wrong; no plan is printed (nothing is planned as if the place were empty or
 * held only the pages that came back); and apply sends no write at all.
 */
import { describe, expect, it } from 'vitest';
import type { FaultOptions, World } from '../support/sandbox.js';
import { gatehouse, workdir } from '../integration/harness.js';
import { startFaultProxy } from './fault-proxy.js';
import { orgDesired, orgSeed } from './fixtures.js';
import { envFor, gidOf, seededSandbox } from './world.js';

/** stderr without the progress lines a run longer than 10 s prints (`reading… 14 requests, 2.9/s`). */
const withoutProgress = (stderr: string) => stderr.replace(/^(reading|applying)… .*\n/gm, '');

/** Run `body`, then close `things` (tests here run concurrently: no shared afterEach). */
async function closing<R>(things: Array<{ close(): Promise<void> }>, body: () => Promise<R>): Promise<R> {
  try {
    return await body();
  } finally {
    await Promise.all(things.map((t) => t.close()));
  }
}

/** `plan` and `apply` against two sandboxes with the same faults, at once; both must fail before any write. */
async function planAndApply(seed: string, desired: string, faults: (world: World) => FaultOptions) {
  const cwd = await workdir({ 'access.yaml': desired });
  const [forPlan, forApply] = await Promise.all([seededSandbox(seed, faults), seededSandbox(seed, faults)]);
  return closing([forPlan, forApply], async () => {
    const [plan, apply] = await Promise.all([
      gatehouse(['plan', 'access.yaml', '--detailed-exitcode'], forPlan.env, { cwd }),
      gatehouse(['apply', 'access.yaml', '--yes'], forApply.env, { cwd }),
    ]);
    return { plan, apply, writes: forPlan.writes() + forApply.writes() };
  });
}

/** Each case: faults aimed at one read, and the line that must name it. */
const cases: Array<{ name: string; faults: (world: World) => FaultOptions; error: RegExp }> = [
  {
    name: "429s on a team's memberships",
    faults: (w) => ({ rate429: 1, retryAfterSeconds: 0, only: { method: 'GET', pathPrefix: `/api/1.0/teams/${gidOf(w, 'team', 'Design')}/team_memberships` } }),
    error: /^gatehouse: cannot read the members of team "Design" \(\d+\): GET \/teams\/\d+\/team_memberships: 429 Too Many Requests.*\(gave up after 6 attempts\)$/m,
  },
  {
    // A fault matches a path, not its query, so every project's GET /memberships?parent= fails.
    name: "500s on the projects' memberships",
    faults: () => ({ rate500: 1, only: { method: 'GET', pathPrefix: '/api/1.0/memberships' } }),
    error: /^gatehouse: cannot read the members of project "[^"]+" \(\d+\): GET \/memberships: 500 Internal Server Error.*\(gave up after 6 attempts\)$/m,
  },
  {
    name: "dropped connections on a Dreadnode workspace's users",
    faults: () => ({ resetRate: 1, only: { method: 'GET', pathPrefix: '/api/v1/org/acme/ws/blue-team/users' } }),
    error: /^gatehouse: cannot read the members of .*blue-team.*: GET \/api\/v1\/org\/acme\/ws\/blue-team\/users: cannot reach 127\.0\.0\.1:\d+: .*\(gave up after 6 attempts\)$/m,
  },
  {
    name: 'dropped connections on the Asana workspace list (resolving names)',
    faults: () => ({ resetRate: 1, only: { method: 'GET', pathPrefix: '/api/1.0/workspaces' } }),
    error: /^gatehouse: .*GET \/workspaces.*: cannot reach 127\.0\.0\.1:\d+: .*\(gave up after 6 attempts\)$/m,
  },
];

describe('a read that fails after its retries', () => {
  it.concurrent.each(cases)('$name: plan and apply fail naming it, nothing is planned, nothing is written', async ({ faults, error }) => {
    const { plan, apply, writes } = await planAndApply(orgSeed, orgDesired, faults);
    for (const [what, run] of [['plan', plan], ['apply', apply]] as const) {
      expect(run.code, what).toBe(1);
      expect(run.stderr, what).toMatch(error);
      expect(withoutProgress(run.stderr), `${what}: one line, no stack`).toMatch(/^[^\n]*\n$/);
      expect(run.stdout, `${what}: no plan printed`).toBe('');
    }
    expect(writes).toBe(0);
  });
});

/** 150 people in one Asana team and 150 Dreadnode workspaces: lists of two pages (100 a page). */
const people = Array.from({ length: 150 }, (_, i) => `p${String(i + 1).padStart(3, '0')}@acme.com`);
const crowdSeed = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: Crowd
          members: [${people.join(', ')}]
sandbox:
  me: bot@acme.com
  users: [{ email: alice@acme.com, name: Alice }]
  dreadnode:
    organizations:
      - org: acme
        workspaces: [${Array.from({ length: 150 }, (_, i) => `{ workspace: ws-${String(i + 1).padStart(3, '0')} }`).join(', ')}]
`;
/** alice in the team and in ws-150: a read of only the first pages would plan 50 more adds, or find no ws-150. */
const crowdDesired = `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: Crowd
          members: [${[...people, 'alice@acme.com'].join(', ')}]
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: ws-150
          reader: [alice@acme.com]
`;

describe('a list whose first page arrives and whose second page does not', () => {
  const pageCases: Array<{ name: string; second: (method: string, path: string, query: URLSearchParams) => boolean; error: RegExp }> = [
    {
      name: "an Asana team's memberships",
      second: (method, path, query) => method === 'GET' && path.endsWith('/team_memberships') && query.has('offset'),
      error: /^gatehouse: cannot read the members of team "Crowd" \(\d+\): GET \/teams\/\d+\/team_memberships: 500 Internal Server Error.*\(gave up after 6 attempts\)$/m,
    },
    {
      name: "a Dreadnode organisation's workspaces",
      second: (method, path, query) => method === 'GET' && path === '/api/v1/org/acme/ws' && query.get('page') === '2',
      error: /^gatehouse: .*GET \/api\/v1\/org\/acme\/ws: 500 Internal Server Error.*\(gave up after 6 attempts\)$/m,
    },
  ];
  it.concurrent.each(pageCases)('$name: the run fails; no plan from the first page alone', async ({ second, error }) => {
    const cwd = await workdir({ 'access.yaml': crowdDesired });
    const sandbox = await seededSandbox(crowdSeed);
    const proxy = await startFaultProxy(sandbox.running.url);
    await closing([proxy, sandbox], async () => {
      const env = envFor(`${proxy.url}/api/1.0`, proxy.url, sandbox.running);
      // Without faults: alice joins the workspace (implied), the team and ws-150.
      const clean = await gatehouse(['plan', 'access.yaml', '--format', 'json'], env, { cwd });
      expect(JSON.parse(clean.stdout).summary).toMatchObject({ add: 3, change: 0, remove: 0 });

      proxy.decide = ({ method, path, query }) => (second(method, path, query) ? '500' : 'none');
      const [plan, apply] = await Promise.all([
        gatehouse(['plan', 'access.yaml', '--detailed-exitcode'], env, { cwd }),
        gatehouse(['apply', 'access.yaml', '--yes'], env, { cwd }),
      ]);
      expect(proxy.injected['500']).toBeGreaterThan(0);
      for (const [what, run] of [['plan', plan], ['apply', apply]] as const) {
        expect(run.code, what).toBe(1);
        expect(run.stderr, what).toMatch(error);
        expect(run.stderr, what).not.toMatch(/not found|no workspace|does not exist/i);
        expect(withoutProgress(run.stderr), `${what}: one line, no stack`).toMatch(/^[^\n]*\n$/);
        expect(run.stdout, `${what}: no plan printed`).toBe('');
      }
      expect(sandbox.writes()).toBe(0);
    });
  });
});
