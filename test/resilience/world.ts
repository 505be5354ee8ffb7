/**
 * A sandbox for resilience tests, with direct access to the world it holds:
 * what is really there after a run, read without HTTP (so without the faults
 * the run met), and the counters that show whether a change was made twice.
 */
import { loadSeed } from '../../src/pipeline/index.js';
import { asanaWorld, buildWorld, dreadnodeWorld, type FaultOptions, type RunningSandbox, startSandbox, type World } from '../support/sandbox.js';
import { workdir } from '../integration/harness.js';

export interface SeededSandbox {
  running: RunningSandbox;
  /** The environment the CLI needs to talk to this sandbox (both providers). */
  env: Record<string, string>;
  /** Writes (any method but GET) that reached the sandbox so far, refused and faulted ones included. */
  writes(): number;
  close(): Promise<void>;
}

/**
 * Start a sandbox seeded from YAML text, optionally injecting faults; the
 * faults may be chosen knowing the world (to aim them at one place's gid).
 */
export async function seededSandbox(seedYaml: string, faults?: FaultOptions | ((world: World) => FaultOptions)): Promise<SeededSandbox> {
  const dir = await workdir({ 'seed.yaml': seedYaml });
  const { desired, sandbox: section } = await loadSeed(`${dir}/seed.yaml`);
  const world = buildWorld(desired, section);
  return worldSandbox(world, typeof faults === 'function' ? faults(world) : faults);
}

/**
 * Start a sandbox holding (a copy of) this world: e.g. the world another
 * sandbox ended with, now served with other faults or none.
 */
export async function worldSandbox(world: World, faults?: FaultOptions): Promise<SeededSandbox> {
  const running = await startSandbox(world, { port: 0, ...(faults ? { faults } : {}) });
  return {
    running,
    env: envFor(running.connection('asana').baseUrl, running.connection('dreadnode').baseUrl, running),
    writes: () => writesOf(running),
    close: () => running.close(),
  };
}

/** The CLI's environment for a sandbox reached at these addresses (the sandbox's own, or a proxy's). */
export function envFor(asanaBaseUrl: string, dreadnodeBaseUrl: string, running: RunningSandbox): Record<string, string> {
  return {
    ASANA_BASE_URL: asanaBaseUrl,
    ASANA_TOKEN: running.connection('asana').token,
    DREADNODE_BASE_URL: dreadnodeBaseUrl,
    DREADNODE_TOKEN: running.connection('dreadnode').token,
    // As the integration harness does: budgets far above what a test sends, so pacing does not slow it.
    ASANA_RATE_LIMIT: '100000/s',
    DREADNODE_RATE_LIMIT: '100000/s',
  };
}

/** The gid of the Asana team or project with this name (the test's seeds use each name once). */
export function gidOf(world: World, kind: 'team' | 'project', name: string): string {
  const found = [...(kind === 'team' ? asanaWorld(world).teams : asanaWorld(world).projects).values()].find((x) => x.name === name);
  if (!found) throw new Error(`no ${kind} named ${name} in the seed`);
  return found.gid;
}

export function writesOf(running: RunningSandbox): number {
  const byMethod = running.stats().byMethod;
  return Object.entries(byMethod).reduce((n, [method, count]) => (method === 'GET' || method === 'HEAD' ? n : n + count), 0);
}

/**
 * Every Asana membership in the world, one line each, sorted:
 * `workspace Acme Corp: alice@acme.com`, `team Platform: …`, `project Roadmap: …`.
 */
export function asanaMemberships(world: World): string[] {
  const email = (gid: string) => asanaWorld(world).users.get(gid)?.email ?? `gid:${gid}`;
  const lines: string[] = [];
  // Active members only: a removed member's record stays, inactive, as in Asana.
  for (const ws of asanaWorld(world).workspaces.values()) for (const [gid, m] of ws.members) if (m.isActive) lines.push(`workspace ${ws.name}: ${email(gid)}`);
  for (const t of asanaWorld(world).teams.values()) for (const gid of t.members.keys()) lines.push(`team ${t.name}: ${email(gid)}`);
  for (const p of asanaWorld(world).projects.values()) for (const gid of p.members.keys()) lines.push(`project ${p.name}: ${email(gid)}`);
  return lines.sort();
}

/** Every Dreadnode permission in the world, sorted: `acme/red-team: alice@acme.com owner`. */
export function dreadnodePermissions(world: World): string[] {
  const dw = dreadnodeWorld(world);
  const lines: string[] = [];
  for (const org of dw.orgs.values()) {
    for (const ws of org.workspaces.values()) {
      for (const g of ws.grants.values()) lines.push(`${org.key}/${ws.key}: ${dw.users.get(g.userId)?.email ?? g.userId} ${g.permission}`);
    }
  }
  return lines.sort();
}

/**
 * Grants and permission changes made over HTTP so far (the Dreadnode world's
 * logical clock ticks once for each): what an audit log would show. A grant
 * sent twice, or a permission set back and forth, shows here.
 */
export function dreadnodeGrantEvents(world: World): number {
  return dreadnodeWorld(world).clock;
}

/** Emails that have more than one account (Asana or Dreadnode): a second invitation a person would receive. */
export function duplicateAccounts(world: World): string[] {
  const seen = new Map<string, number>();
  for (const u of asanaWorld(world).users.values()) seen.set(`asana ${u.email}`, (seen.get(`asana ${u.email}`) ?? 0) + 1);
  for (const u of dreadnodeWorld(world).users.values()) seen.set(`dreadnode ${u.email}`, (seen.get(`dreadnode ${u.email}`) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}
