/**
 * Random organisations for property tests: one Asana workspace with two
 * teams and two projects (one under a team, one at workspace level) and two
 * Dreadnode workspaces, each with a random live membership and a random
 * desired one, some places pruned. Written out as a sandbox seed (the live
 * side) and a desired-state file, both in Gatehouse's own format.
 */
import fc from 'fast-check';

const email = (u: string) => `${u}@acme.com`;
/** People with accounts on both services. */
export const ACCOUNTS = ['ann', 'ben', 'cat', 'dov', 'eve', 'fay'].map(email);
/** People with no account yet: Asana invites them when added to the workspace. */
export const NEWCOMERS = ['gus', 'hal'].map(email);

export const ASANA_PLACES = ['workspace', 'teamA', 'teamB', 'projectA', 'projectB'] as const;
export const DREADNODE_PLACES = ['red', 'blue'] as const;
type AsanaPlace = (typeof ASANA_PLACES)[number];
type DreadnodePlace = (typeof DREADNODE_PLACES)[number];
export type Role = 'owner' | 'contributor' | 'reader';

export interface Memberships {
  asana: Record<AsanaPlace, string[]>;
  dreadnode: Record<DreadnodePlace, Array<{ user: string; role: Role }>>;
}

export interface RandomOrg {
  live: Memberships;
  desired: Memberships;
  /** Places whose unlisted live members the desired file removes. */
  prune: Array<AsanaPlace | DreadnodePlace>;
}

const people = (pool: string[]) => fc.subarray(pool);
const grants = fc.uniqueArray(
  fc.record({ user: fc.constantFrom(...ACCOUNTS), role: fc.constantFrom<Role>('owner', 'contributor', 'reader') }),
  { selector: (g) => g.user, maxLength: ACCOUNTS.length },
);
const memberships = (asanaPool: string[]): fc.Arbitrary<Memberships> =>
  fc.record({
    asana: fc.record({
      workspace: people(asanaPool),
      teamA: people(asanaPool),
      teamB: people(asanaPool),
      projectA: people(asanaPool),
      projectB: people(asanaPool),
    }),
    dreadnode: fc.record({ red: grants, blue: grants }),
  });

export const randomOrg: fc.Arbitrary<RandomOrg> = fc.record({
  // Live: only people with accounts. Desired: newcomers too, on the Asana side
  // (Dreadnode grants need an account, and nobody can create one for them).
  live: memberships(ACCOUNTS),
  desired: memberships([...ACCOUNTS, ...NEWCOMERS]),
  prune: fc.subarray([...ASANA_PLACES, ...DREADNODE_PLACES]),
});

const list = (xs: readonly string[]) => `[${xs.join(', ')}]`;

function asanaYaml(m: Memberships, prune: RandomOrg['prune']): string {
  const p = (place: AsanaPlace) => (prune.includes(place) ? ' prune: true,' : '');
  const a = m.asana;
  return `asana:
  workspaces:
    - { workspace: Acme,${p('workspace')} members: ${list(a.workspace)}, teams: [
        { team: Alpha,${p('teamA')} members: ${list(a.teamA)}, projects: [{ project: Launch,${p('projectA')} members: ${list(a.projectA)} }] },
        { team: Beta,${p('teamB')} members: ${list(a.teamB)} } ],
      projects: [{ project: Handbook,${p('projectB')} members: ${list(a.projectB)} }] }
`;
}

function dreadnodeYaml(m: Memberships, prune: RandomOrg['prune']): string {
  const ws = (slug: DreadnodePlace) => {
    const byRole = (role: Role) => list(m.dreadnode[slug].filter((g) => g.role === role).map((g) => g.user));
    return `        - { workspace: ${slug},${prune.includes(slug) ? ' prune: true,' : ''} owner: ${byRole('owner')}, contributor: ${byRole('contributor')}, reader: ${byRole('reader')} }`;
  };
  return `dreadnode:
  organizations:
    - org: acme
      workspaces:
${DREADNODE_PLACES.map(ws).join('\n')}
`;
}

/** The sandbox seed: the live memberships, everyone in ACCOUNTS with an account, bot@acme.com as the token's user. */
export function seedYaml(org: RandomOrg): string {
  return `version: 1
${asanaYaml(org.live, [])}${dreadnodeYaml(org.live, [])}sandbox:
  me: bot@acme.com
  users: [${ACCOUNTS.map((e) => `{ email: ${e} }`).join(', ')}]
  workspaces: [{ workspace: Acme, email_domains: [acme.com] }]
`;
}

/** The desired-state file. */
export function desiredYaml(org: RandomOrg): string {
  return `version: 1
${asanaYaml(org.desired, org.prune)}${dreadnodeYaml(org.desired, org.prune)}`;
}
