/**
 * The round trip as a property: for random small live worlds (twin names,
 * names that are other places' gids, guests, inactive members, projects
 * shared with teams, users without an email, Dreadnode permissions), export
 * then plan against the same live state finds nothing to do.
 *
 * The sandbox runs over loopback HTTP as everywhere else; the commands run
 * in-process (the CLI's own `main` with captured streams) so that a run
 * takes a fraction of a second instead of two process starts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/run.js';
import { prng } from '../../src/sandbox/faults.js';
import { asanaWorld, dreadnodeWorld, type World } from '../support/sandbox.js';
import { allocateGid, ensureUser, joinProject, joinTeam, joinWorkspace, shareProjectWithTeam, type Project, type Team, type Workspace } from '../../src/providers/asana/sandbox/world.js';
import { ensureDnUser, ensureOrg, ensureWorkspace, grant, PERMISSIONS } from '../../src/providers/dreadnode/sandbox/world.js';
import { liveWorld } from '../export/live.js';

const root = await mkdtemp(join(tmpdir(), 'gatehouse-export-prop-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const SEED = `
version: 1
sandbox:
  me: bot@acme.com
  workspaces: [{ workspace: Acme, email_domains: [acme.com] }]
  dreadnode: { organizations: [{ org: acme }] }
`;

const NAMES = ['Platform', 'Design', 'Ops', 'Roadmap', '2027', '', 'a: b', 'Ünï'];
const EMAILS = ['amy@acme.com', 'Bob@Acme.com', 'cy@acme.com', 'dee@acme.com', 'eve@other.org', 'fay@other.org', 'gus@acme.com'];
/** Every level a project membership can hold live: viewer too, which the file has no list for. */
const LEVELS = ['admin', 'editor', 'commenter', 'viewer'] as const;
const SLUGS = ['red-team', 'blue', 'Red-Team', 'x.y', 'z_1'];

/** A random Asana and Dreadnode world, all of it decided by `seed`. */
function randomWorld(seed: number): (world: World) => void {
  return (world) => {
    const r = prng(seed);
    const chance = (p: number): boolean => r() < p;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const subset = <T>(xs: readonly T[], p = 0.5): T[] => xs.filter(() => chance(p));
    const gids: string[] = [];
    /** Now and then a name that is another place's gid. */
    const name = (): string => (gids.length > 0 && chance(0.15) ? pick(gids) : pick(NAMES));

    const users = EMAILS.map((e) => ensureUser(asanaWorld(world), e));
    if (chance(0.5)) {
      const nobody = { gid: allocateGid(asanaWorld(world), 'user', `nobody${seed}`), email: '', name: 'No Mail' };
      asanaWorld(world).users.set(nobody.gid, nobody);
      users.push(nobody);
    }
    const me = asanaWorld(world).users.get(asanaWorld(world).meGid)!;
    const workspaces: Workspace[] = [...asanaWorld(world).workspaces.values()];
    if (chance(0.4)) {
      const gid = allocateGid(asanaWorld(world), 'workspace', `extra${seed}`);
      const ws: Workspace = { gid, name: chance(0.5) ? 'Acme' : 'Other', isOrganization: false, emailDomains: [], members: new Map() };
      asanaWorld(world).workspaces.set(gid, ws);
      joinWorkspace(asanaWorld(world), ws, me);
      workspaces.push(ws);
    }
    for (const ws of workspaces) {
      for (const u of subset(users, 0.7)) {
        const m = joinWorkspace(asanaWorld(world), ws, u);
        if (chance(0.15)) m.isActive = false;
      }
      const members = users.filter((u) => ws.members.has(u.gid));
      const teams: Team[] = [];
      for (let i = Math.floor(r() * 4); i > 0; i--) {
        const team: Team = { gid: allocateGid(asanaWorld(world), 'team', `${ws.gid}/${seed}/${i}`), name: name(), workspaceGid: ws.gid, members: new Map() };
        asanaWorld(world).teams.set(team.gid, team);
        gids.push(team.gid);
        if (chance(0.8)) joinTeam(asanaWorld(world), team, me);
        for (const u of subset(members)) joinTeam(asanaWorld(world), team, u);
        teams.push(team);
      }
      for (let i = Math.floor(r() * 5); i > 0; i--) {
        const team = teams.length > 0 && chance(0.6) ? pick(teams) : null;
        const project: Project = {
          kind: 'project',
          gid: allocateGid(asanaWorld(world), 'project', `${ws.gid}/${seed}/${i}`),
          name: name(),
          workspaceGid: ws.gid,
          teamGid: team?.gid ?? null,
          defaultAccessLevel: 'editor',
          members: new Map(),
          teamMembers: new Map(),
        };
        asanaWorld(world).projects.set(project.gid, project);
        gids.push(project.gid);
        for (const u of subset(members, 0.4)) joinProject(asanaWorld(world), project, u, pick(LEVELS));
        if (teams.length > 0 && chance(0.3)) shareProjectWithTeam(asanaWorld(world), project, pick(teams), pick(LEVELS));
      }
    }
    const org = ensureOrg(dreadnodeWorld(world), 'acme');
    for (const slug of subset(SLUGS)) {
      const ws = ensureWorkspace(org, slug, chance(0.5) ? pick(NAMES) || undefined : undefined);
      for (const email of subset(EMAILS, 0.4)) grant(dreadnodeWorld(world), ws, ensureDnUser(dreadnodeWorld(world), email), pick(PERMISSIONS), null);
    }
  };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI's `main` in this process, with its own streams and environment. */
async function run(argv: string[], env: Record<string, string>): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const code = await main(argv, { stdout, stderr, stdin: new PassThrough(), env: { NO_COLOR: '1', ...env } });
  return { code, stdout: out, stderr: err };
}

describe('export then plan, over random live worlds', () => {
  it('finds nothing to do', { timeout: 120_000 }, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (seed) => {
        const live = await liveWorld(SEED, randomWorld(seed));
        try {
          const out = join(root, `w${n++}.yaml`);
          const exported = await run(['export', '--all-asana-workspaces', '--dreadnode-org', 'acme', '--out', out], live.env);
          expect(exported.code, exported.stderr).toBe(0);
          const plan = await run(['plan', out, '--format', 'json'], live.env);
          expect(plan.code, plan.stderr).toBe(0);
          expect(JSON.parse(plan.stdout).changes).toEqual([]);
        } finally {
          await live.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});
