/**
 * Removals (prune) and the token's own user, against the sandbox in-process:
 * each removal is read back from the sandbox's world.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ResolvedPlace } from '../../../src/model/index.js';
import { asanaWorld, type World } from '../../support/sandbox.js';
import { change, Opened, project, sandboxAndProvider, state, team, ws } from './fixtures.js';

const acme = ws('Acme Corp');
const platform = team(acme, 'Platform');
const roadmap = project(platform, acme, 'Roadmap 2027');
const desired = state([
  [acme, ['alice@acme.com', 'bob@acme.com', 'carol@acme.com', 'dan@acme.com']],
  [platform, ['alice@acme.com', 'carol@acme.com']],
  [roadmap, ['alice@acme.com', 'carol@acme.com', 'dan@acme.com']],
]);
const section = { me: 'robot@acme.com' };

const opened = new Opened();
afterEach(() => opened.closeAll());

async function setup() {
  const { sandbox, provider } = await sandboxAndProvider(opened, desired, section);
  const places = (await provider.resolve([acme, platform, roadmap])) as [ResolvedPlace, ResolvedPlace, ResolvedPlace];
  return { sandbox, provider, places };
}

const gidOf = (world: World, email: string): string => {
  const user = [...asanaWorld(world).users.values()].find((u) => u.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return user.gid;
};
/** Emails of the members of a workspace, team or project of the sandbox's world, sorted. */
const emailsIn = (world: World, members: Map<string, unknown> | undefined): string[] =>
  [...(members?.keys() ?? [])].map((gid) => asanaWorld(world).users.get(gid)?.email ?? gid).sort();

describe('removals', () => {
  it('removes from a workspace, one request per user, by gid; the users leave its teams and projects too', async () => {
    const { sandbox, provider, places } = await setup();
    const [acmeP, platformP, roadmapP] = places;
    const before = await provider.read(places);
    const bob = before.places[0]?.members.find((m) => m.email === 'bob@acme.com');
    const changes = [
      change(acmeP, 'bob@acme.com', 'remove', { userId: bob?.userId ?? '' }),
      // No userId: the gid the read learned names her.
      change(acmeP, 'carol@acme.com', 'remove'),
    ];
    const out = await provider.apply(changes);
    expect(out.map((o) => o.ok)).toEqual([true, true]);
    expect(sandbox.stats().byRoute['POST /workspaces/{workspace_gid}/removeUser']).toBe(2);
    expect(provider.requestsFor(changes)).toEqual({ 'workspace removeUser': 2 });

    const world = sandbox.world;
    // Asana keeps their workspace records, inactive.
    const wsMembers = asanaWorld(world).workspaces.get(acmeP.id)!.members;
    expect(emailsIn(world, new Map([...wsMembers].filter(([, m]) => m.isActive)))).toEqual(['alice@acme.com', 'dan@acme.com', 'robot@acme.com']);
    expect(emailsIn(world, new Map([...wsMembers].filter(([, m]) => !m.isActive)))).toEqual(['bob@acme.com', 'carol@acme.com']);
    expect(emailsIn(world, asanaWorld(world).teams.get(platformP.id)?.members)).toEqual(['alice@acme.com', 'robot@acme.com']);
    expect(emailsIn(world, asanaWorld(world).projects.get(roadmapP.id)?.members)).toEqual(['alice@acme.com', 'dan@acme.com']);
    const after = await provider.read([acmeP]);
    expect(after.places[0]?.members.map((m) => `${m.email}${m.inactive ? ' (inactive)' : ''}`)).toEqual([
      'alice@acme.com',
      'bob@acme.com (inactive)',
      'carol@acme.com (inactive)',
      'dan@acme.com',
      'robot@acme.com',
    ]);
  });

  it('removes from a team, one request per user; the users stay in the workspace', async () => {
    const { sandbox, provider, places } = await setup();
    const [acmeP, platformP] = places;
    await provider.read(places);
    const changes = [change(platformP, 'alice@acme.com', 'remove'), change(platformP, 'carol@acme.com', 'remove')];
    expect((await provider.apply(changes)).map((o) => o.ok)).toEqual([true, true]);
    expect(sandbox.stats().byRoute['POST /teams/{team_gid}/removeUser']).toBe(2);
    expect(provider.requestsFor(changes)).toEqual({ 'team removeUser': 2 });
    const world = sandbox.world;
    expect(emailsIn(world, asanaWorld(world).teams.get(platformP.id)?.members)).toEqual(['robot@acme.com']);
    expect(emailsIn(world, asanaWorld(world).workspaces.get(acmeP.id)?.members)).toContain('alice@acme.com');
  });

  it('removes from a project in one request that names every user', async () => {
    const { sandbox, provider, places } = await setup();
    const roadmapP = places[2];
    await provider.read(places);
    const changes = [change(roadmapP, 'carol@acme.com', 'remove'), change(roadmapP, 'dan@acme.com', 'remove')];
    expect((await provider.apply(changes)).map((o) => o.ok)).toEqual([true, true]);
    expect(sandbox.stats().byRoute['POST /projects/{project_gid}/removeMembers']).toBe(1);
    expect(sandbox.stats().byRoute['DELETE /memberships/{membership_gid}']).toBeUndefined();
    expect(provider.requestsFor(changes)).toEqual({ removeMembers: 1 });
    expect(emailsIn(sandbox.world, asanaWorld(sandbox.world).projects.get(roadmapP.id)?.members)).toEqual(['alice@acme.com']);
    const after = await provider.read([roadmapP]);
    expect(after.places[0]?.members.map((m) => m.email)).toEqual(['alice@acme.com']);
  });

  it('removes a single user from a project with DELETE /memberships/{gid}, the membership the read found', async () => {
    const { sandbox, provider, places } = await setup();
    const roadmapP = places[2];
    await provider.read(places);
    const changes = [change(roadmapP, 'carol@acme.com', 'remove')];
    expect(provider.requestsFor(changes)).toEqual({ 'DELETE /memberships': 1 });
    expect((await provider.apply(changes)).map((o) => o.ok)).toEqual([true]);
    expect(sandbox.stats().byRoute['DELETE /memberships/{membership_gid}']).toBe(1);
    expect(sandbox.stats().byRoute['POST /projects/{project_gid}/removeMembers']).toBeUndefined();
    expect(emailsIn(sandbox.world, asanaWorld(sandbox.world).projects.get(roadmapP.id)?.members)).toEqual(['alice@acme.com', 'dan@acme.com']);
  });

  it('when a project removal is refused (4xx), removes each user on their own', async () => {
    const { sandbox, provider, places } = await setup();
    const roadmapP = places[2];
    await provider.read(places);
    // nobody@acme.com has no account: the batch is refused, and so is that user alone.
    const out = await provider.apply([change(roadmapP, 'carol@acme.com', 'remove'), change(roadmapP, 'nobody@acme.com', 'remove')]);
    expect(out.map((o) => o.ok)).toEqual([true, false]);
    expect(out[1]?.error).toMatch(new RegExp(`^POST /projects/${roadmapP.id}/removeMembers: 4\\d\\d [A-Za-z ]+: .+`));
    expect(sandbox.stats().byRoute['POST /projects/{project_gid}/removeMembers']).toBe(1 + 2);
    expect(emailsIn(sandbox.world, asanaWorld(sandbox.world).projects.get(roadmapP.id)?.members)).toEqual(['alice@acme.com', 'dan@acme.com']);
  });

  it('without a read, names a gid:<id> user by that gid and anyone else by email', async () => {
    const { sandbox, provider, places } = await setup();
    const platformP = places[1];
    const alice = gidOf(sandbox.world, 'alice@acme.com');
    const out = await provider.apply([change(platformP, `gid:${alice}`, 'remove'), change(platformP, 'carol@acme.com', 'remove')]);
    expect(out.map((o) => o.ok)).toEqual([true, true]);
    expect(emailsIn(sandbox.world, asanaWorld(sandbox.world).teams.get(platformP.id)?.members)).toEqual(['robot@acme.com']);
  });
});

describe("the token's own user", () => {
  it('is read once (GET /users/me), in lower case, only when some place prunes', async () => {
    const { sandbox, provider, places } = await setup();
    const me = asanaWorld(sandbox.world).users.get(asanaWorld(sandbox.world).meGid);
    if (!me) throw new Error('no me');
    me.email = 'Robot@ACME.com';

    const plain = await provider.read(places);
    expect(plain.self).toBeUndefined();
    expect(sandbox.stats().byRoute['GET /users/{user_gid}']).toBeUndefined();

    const pruned = places.map((p, i) => (i < 2 ? { ...p, prune: true } : p));
    const live = await provider.read(pruned);
    expect(live.self).toEqual([{ provider: 'asana', email: 'robot@acme.com' }]);
    expect(sandbox.stats().byRoute['GET /users/{user_gid}']).toBe(1);
  });
});
