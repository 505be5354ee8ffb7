/**
 * The Dreadnode provider against the sandbox over HTTP. The sandbox's own
 * wording of `detail` and `msg` is its invention, so lines are checked for
 * their shape (what failed, request, status, the API's words), not its prose.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandboxCore } from '../../../src/config/schema-types.js';
import type { DreadnodeSeed } from '../../../src/providers/dreadnode/section-types.js';
import {
  placeRef,
  ResolveError,
  type Change,
  type DesiredPlace,
  type DesiredState,
  type Provider,
  type ResolvedPlace,
} from '../../../src/model/index.js';
import { createDreadnodeProvider, type DreadnodeProvider } from '../../../src/providers/dreadnode/index.js';
import { buildWorld, dreadnodeWorld, type FaultOptions, type RunningSandbox, startSandbox } from '../../support/sandbox.js';

type SandboxSection = SandboxCore & DreadnodeSeed;

const source = { file: 'gatehouse.yaml', line: 1, col: 1 };

function ws(org: string, slug: string): DesiredPlace {
  return { key: `dreadnode/org:${org}/workspace:${slug}`, provider: 'dreadnode', kind: 'workspace', ref: slug, scope: org, stage: 0, source };
}
type Role = 'owner' | 'contributor' | 'reader';
function state(entries: Array<[DesiredPlace, Array<[string, Role]>]>): DesiredState {
  return {
    files: ['gatehouse.yaml'],
    places: entries.map(([place, members]) => ({
      place,
      members: [...members]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([email, role]) => ({ email, role, reasons: [{ kind: 'listed' as const, ...source }] })),
    })),
  };
}
const pad = (i: number): string => String(i).padStart(3, '0');

const redTeam = ws('acme', 'red-team');
const blueTeam = ws('acme', 'blue-team');
const research = ws('acme', 'research');

const desired = state([
  [
    redTeam,
    [
      ['alice@acme.com', 'owner'],
      ['bob@acme.com', 'contributor'],
      ['carol@acme.com', 'reader'],
    ],
  ],
  [blueTeam, [['carol@acme.com', 'contributor']]],
]);

const section: SandboxSection = {
  token: 'dn-4e8a1c2b-provider-test-token',
  users: [
    { email: 'dave@acme.com', name: 'Dave Dreadnode' },
    { email: 'erin@acme.com' },
    ...Array.from({ length: 6 }, (_, i) => ({ email: `temp${i}@acme.com` })),
  ],
  dreadnode: {
    organizations: [
      { org: 'acme', workspaces: [{ workspace: 'research', name: 'ML Research' }, { workspace: 'purple-team' }] },
      // More workspaces than one page of 100 holds.
      { org: 'big', workspaces: Array.from({ length: 130 }, (_, i) => ({ workspace: `ws-${pad(i)}` })) },
    ],
  },
};

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((x) => x.close()));
});

async function setup(options: { faults?: FaultOptions; token?: string } = {}): Promise<{ sandbox: RunningSandbox; provider: DreadnodeProvider }> {
  const sandbox = await startSandbox(buildWorld(desired, section), options.faults ? { port: 0, faults: options.faults } : { port: 0 });
  opened.push(sandbox);
  const provider = createDreadnodeProvider({
    baseUrl: sandbox.connection('dreadnode').baseUrl,
    token: options.token ?? sandbox.connection('asana').token,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
  });
  opened.push(provider);
  return { sandbox, provider };
}

async function resolveError(provider: Provider, places: DesiredPlace[]): Promise<ResolveError> {
  const err = await provider.resolve(places).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ResolveError);
  return err as ResolveError;
}

function change(place: ResolvedPlace, user: string, action: Change['action'], role?: string, fromRole?: string): Change {
  const c: Change = { provider: 'dreadnode', action, place: placeRef(place), user, reasons: ['gatehouse.yaml:1'] };
  if (role !== undefined) c.role = role;
  if (fromRole !== undefined) c.fromRole = fromRole;
  return c;
}

/** email → permission, as a fresh read sees it. */
async function roles(provider: Provider, place: ResolvedPlace): Promise<Record<string, string | undefined>> {
  const live = await provider.read([place]);
  return Object.fromEntries((live.places[0]?.members ?? []).map((m) => [m.email, m.role]));
}

/** The sandbox's workspace behind a resolved place. */
function liveWorkspace(sandbox: RunningSandbox, place: ResolvedPlace) {
  const [org, slug] = place.id.split('/');
  const found = dreadnodeWorld(sandbox.world).orgs.get(org ?? '')?.workspaces.get(slug ?? '');
  if (!found) throw new Error(`sandbox has no workspace ${place.id}`);
  return found;
}

function dnUser(sandbox: RunningSandbox, email: string) {
  const found = [...dreadnodeWorld(sandbox.world).users.values()].find((u) => u.email === email);
  if (!found) throw new Error(`sandbox has no user ${email}`);
  return found;
}

const WS_LIST = 'GET /api/v1/org/{org}/ws';
const USERS = '/api/v1/org/{org}/ws/{workspace}/users';

describe('resolve', () => {
  it('finds workspaces by slug, named by their live name, listing each organisation once', async () => {
    const { sandbox, provider } = await setup();
    const resolved = await provider.resolve([redTeam, blueTeam, research, ws('big', 'ws-129')]);
    expect(resolved).toEqual([
      { ...redTeam, id: 'acme/red-team', name: 'Red Team' },
      { ...blueTeam, id: 'acme/blue-team', name: 'Blue Team' },
      { ...research, id: 'acme/research', name: 'ML Research' },
      { ...ws('big', 'ws-129'), id: 'big/ws-129', name: 'Ws 129' },
    ]);
    // acme: one page; big: 130 workspaces in pages of 100.
    expect(sandbox.stats().byRoute[WS_LIST]).toBe(1 + 2);
  });

  it('suggests close slugs for a misspelt workspace, lists a small organisation, and spots a name written for a slug', async () => {
    const { provider } = await setup();
    const err = await resolveError(provider, [redTeam, ws('acme', 'red-teem'), ws('acme', 'zebra'), ws('acme', 'ML Research'), ws('big', 'platform')]);
    expect(err.problems.map((p) => p.message)).toEqual([
      'dreadnode workspace "red-teem" not found in organisation "acme"; did you mean "red-team"?',
      'dreadnode workspace "zebra" not found in organisation "acme"; its workspaces: "blue-team", "purple-team", "red-team", "research"',
      'dreadnode workspace "ML Research" not found in organisation "acme"; "ML Research" is the name of "research": write the slug instead',
      'dreadnode workspace "platform" not found in organisation "big"; none of its 130 workspaces has a close slug',
    ]);
    expect(err.problems.map((p) => p.place.ref)).toEqual(['red-teem', 'zebra', 'ML Research', 'platform']);
  });

  it('reports an unknown organisation once per place in it, with the other problems, all at once', async () => {
    const { sandbox, provider } = await setup();
    const err = await resolveError(provider, [ws('acne', 'red-team'), redTeam, ws('acne', 'blue-team'), ws('acme', 'blu-team')]);
    expect(err.problems.map((p) => [p.place.key, p.message])).toEqual([
      [ws('acne', 'red-team').key, 'dreadnode organisation "acne" not found (or this token cannot see it)'],
      [ws('acne', 'blue-team').key, 'dreadnode organisation "acne" not found (or this token cannot see it)'],
      [ws('acme', 'blu-team').key, 'dreadnode workspace "blu-team" not found in organisation "acme"; did you mean "blue-team"?'],
    ]);
    // One list per organisation, however many places name it.
    expect(sandbox.stats().byRoute[WS_LIST]).toBe(2);
  });
});

describe('read', () => {
  it('reads each permission with user id and name, emails in lower case, sorted by email', async () => {
    const { sandbox, provider } = await setup();
    const places = await provider.resolve([redTeam, blueTeam, research]);
    dnUser(sandbox, 'bob@acme.com').email = 'Bob@ACME.com';
    dnUser(sandbox, 'carol@acme.com').name = 'Carol C.';
    const live = await provider.read(places);
    expect(live.places.map((p) => p.place.key)).toEqual([redTeam.key, blueTeam.key, research.key]);
    const red = live.places[0]?.members ?? [];
    expect(red.map((m) => [m.email, m.role])).toEqual([
      ['alice@acme.com', 'owner'],
      ['bob@acme.com', 'contributor'],
      ['carol@acme.com', 'reader'],
    ]);
    for (const m of red) expect(m.userId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(red.find((m) => m.email === 'carol@acme.com')?.name).toBe('Carol C.');
    // user_name null → no name.
    expect(red.find((m) => m.email === 'alice@acme.com')).not.toHaveProperty('name');
    expect(live.places[1]?.members.map((m) => [m.email, m.role])).toEqual([['carol@acme.com', 'contributor']]);
    expect(live.places[2]?.members).toEqual([]);
    expect(sandbox.stats().byRoute[`GET ${USERS}`]).toBe(3);
  });

  it('throws when a read fails instead of returning an empty workspace', async () => {
    const { sandbox, provider } = await setup();
    const places = await provider.resolve([redTeam, blueTeam]);
    dreadnodeWorld(sandbox.world).orgs.get('acme')?.workspaces.delete('blue-team');
    await expect(provider.read(places)).rejects.toThrow(
      /^cannot read the members of dreadnode workspace acme\/blue-team: GET \/api\/v1\/org\/acme\/ws\/blue-team\/users: 404 Not Found: \S/,
    );
  });
});

describe('apply', () => {
  it('adds users with their permissions; a re-read shows them', async () => {
    const { sandbox, provider } = await setup();
    const [red] = (await provider.resolve([redTeam])) as [ResolvedPlace];
    await provider.read([red]);
    const out = await provider.apply([change(red, 'dave@acme.com', 'add', 'contributor'), change(red, 'erin@acme.com', 'add', 'reader')]);
    expect(out).toEqual([
      { change: change(red, 'dave@acme.com', 'add', 'contributor'), ok: true },
      { change: change(red, 'erin@acme.com', 'add', 'reader'), ok: true },
    ]);
    expect(await roles(provider, red)).toEqual({
      'alice@acme.com': 'owner',
      'bob@acme.com': 'contributor',
      'carol@acme.com': 'reader',
      'dave@acme.com': 'contributor',
      'erin@acme.com': 'reader',
    });
    expect(sandbox.stats().byRoute[`POST ${USERS}`]).toBe(2);
  });

  it('changes permissions by the user ids read saw, one PUT each', async () => {
    const { sandbox, provider } = await setup();
    const [red] = (await provider.resolve([redTeam])) as [ResolvedPlace];
    await provider.read([red]);
    const reads = sandbox.stats().byRoute[`GET ${USERS}`];
    const out = await provider.apply([change(red, 'bob@acme.com', 'change', 'owner', 'contributor'), change(red, 'carol@acme.com', 'change', 'contributor', 'reader')]);
    expect(out.map((o) => o.ok)).toEqual([true, true]);
    expect(sandbox.stats().byRoute[`PUT ${USERS}/{user_id}`]).toBe(2);
    expect(sandbox.stats().byRoute[`GET ${USERS}`]).toBe(reads);
    expect(await roles(provider, red)).toMatchObject({ 'bob@acme.com': 'owner', 'carol@acme.com': 'contributor' });
  });

  it('looks user ids up with one read when it has not read the workspace itself', async () => {
    const { sandbox, provider } = await setup();
    const [red] = (await provider.resolve([redTeam])) as [ResolvedPlace];
    const out = await provider.apply([change(red, 'bob@acme.com', 'change', 'reader'), change(red, 'alice@acme.com', 'change', 'contributor'), change(red, 'dave@acme.com', 'change', 'owner')]);
    // dave holds nothing (his permission went after the plan): the change grants it, and says so.
    expect(out.map((o) => o.ok)).toEqual([true, true, true]);
    expect(out[2]?.note).toBe('held no permission any more when the change was sent; granted owner');
    expect(sandbox.stats().byRoute[`GET ${USERS}`]).toBe(1);
    expect(sandbox.stats().byRoute[`POST ${USERS}`]).toBe(1);
    expect(await roles(provider, red)).toMatchObject({ 'bob@acme.com': 'reader', 'alice@acme.com': 'contributor', 'dave@acme.com': 'owner' });
  });

  it('a change whose permission was taken away after the read (PUT 404) grants it instead, and says so', async () => {
    const { sandbox, provider } = await setup();
    const [red] = (await provider.resolve([redTeam])) as [ResolvedPlace];
    await provider.read([red]);
    liveWorkspace(sandbox, red).grants.delete(dnUser(sandbox, 'carol@acme.com').id);
    const [out] = await provider.apply([change(red, 'carol@acme.com', 'change', 'contributor', 'reader')]);
    expect(out).toMatchObject({ ok: true, note: 'held no permission any more when the change was sent; granted contributor' });
    expect(sandbox.stats().byRoute[`PUT ${USERS}/{user_id}`]).toBe(1);
    expect(await roles(provider, red)).toMatchObject({ 'carol@acme.com': 'contributor' });
  });

  it('finishes an add that raced a grant made behind its back (409): ends with the wanted permission', async () => {
    const { sandbox, provider } = await setup();
    const [red] = (await provider.resolve([redTeam])) as [ResolvedPlace];
    await provider.read([red]);
    // After our read, someone else grants dave and erin access.
    const live = liveWorkspace(sandbox, red);
    for (const email of ['dave@acme.com', 'erin@acme.com']) {
      const user = dnUser(sandbox, email);
      live.grants.set(user.id, { id: `0000000${email.length}-0000-4000-8000-000000000000`, userId: user.id, permission: 'reader', grantedAt: '2026-01-01T00:00:00Z', grantedBy: null });
    }
    const out = await provider.apply([change(red, 'dave@acme.com', 'add', 'owner'), change(red, 'erin@acme.com', 'add', 'reader')]);
    // Both succeed, and each says what it met that the plan did not show.
    expect(out.map((o) => [o.ok, o.error])).toEqual([
      [true, undefined],
      [true, undefined],
    ]);
    expect(out[0]!.note).toMatch(/^had been given reader after the plan was made \(409\); set to owner as the file says$/);
    expect(out[1]!.note).toMatch(/^already held reader when the grant arrived \(409/);
    const routes = sandbox.stats().byRoute;
    expect(routes[`POST ${USERS}`]).toBe(2);
    // dave held reader: set to owner. erin already held reader: nothing to change.
    expect(routes[`PUT ${USERS}/{user_id}`]).toBe(1);
    expect(await roles(provider, red)).toMatchObject({ 'dave@acme.com': 'owner', 'erin@acme.com': 'reader' });
  });

  it('removes users by id; removing a user who holds nothing is already done', async () => {
    const { sandbox, provider } = await setup();
    const [red] = (await provider.resolve([redTeam])) as [ResolvedPlace];
    await provider.read([red]);
    const out = await provider.apply([change(red, 'bob@acme.com', 'remove'), change(red, 'dave@acme.com', 'remove')]);
    expect(out.map((o) => o.ok)).toEqual([true, true]);
    expect(sandbox.stats().byRoute[`DELETE ${USERS}/{user_id}`]).toBe(1);
    expect(Object.keys(await roles(provider, red))).toEqual(['alice@acme.com', 'carol@acme.com']);
  });

  it('counts a removal done when the user went between our read and the DELETE (404, and a fresh read agrees)', async () => {
    const { sandbox, provider } = await setup();
    const [red] = (await provider.resolve([redTeam])) as [ResolvedPlace];
    await provider.read([red]);
    liveWorkspace(sandbox, red).grants.delete(dnUser(sandbox, 'bob@acme.com').id);
    const out = await provider.apply([change(red, 'bob@acme.com', 'remove')]);
    expect(out.map((o) => [o.ok, o.error])).toEqual([[true, undefined]]);
    expect(sandbox.stats().byRoute[`DELETE ${USERS}/{user_id}`]).toBe(1);
  });

  it('turns a 422 into one line with each loc and msg', async () => {
    const { sandbox, provider } = await setup();
    const [red] = (await provider.resolve([redTeam])) as [ResolvedPlace];
    const out = await provider.apply([change(red, 'dave@acme.com', 'add', 'admin'), change(red, 'erin@acme.com', 'add', 'reader')]);
    expect(out[0]?.ok).toBe(false);
    expect(out[0]?.error).toMatch(
      /^POST \/api\/v1\/org\/acme\/ws\/red-team\/users: 422 Unprocessable Entity: [^;]+; body\.permission: \S[^;]*$/,
    );
    expect(out[1]).toMatchObject({ ok: true });
    // A refusal is not retried.
    expect(sandbox.stats().byRoute[`POST ${USERS}`]).toBe(2);
  });

  it('reports a user the platform does not know with the API’s 404', async () => {
    const { provider } = await setup();
    const [red] = (await provider.resolve([redTeam])) as [ResolvedPlace];
    const out = await provider.apply([change(red, 'nobody@elsewhere.org', 'add', 'reader')]);
    expect(out[0]?.error).toMatch(/^POST \/api\/v1\/org\/acme\/ws\/red-team\/users: 404 Not Found: \S/);
  });

  it('says the token was refused (401) and to check DREADNODE_TOKEN, without the token', async () => {
    const { sandbox } = await setup();
    const wrong = 'dn-wrong-token-5f3e9a0c';
    const provider = createDreadnodeProvider({ baseUrl: sandbox.connection('dreadnode').baseUrl, token: wrong, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
    opened.push(provider);
    const err = await provider.resolve([redTeam]).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(
      /^cannot list the workspaces of dreadnode organisation "acme": GET \/api\/v1\/org\/acme\/ws: 401 Unauthorized: .*the API refused the token: check DREADNODE_TOKEN; or, if this platform takes the token as X-API-Key \(as Dreadnode's SDK sends it\), set DREADNODE_AUTH=x-api-key$/,
    );
    const red: ResolvedPlace = { ...redTeam, id: 'acme/red-team', name: 'Red Team' };
    const out = await provider.apply([change(red, 'dave@acme.com', 'add', 'reader')]);
    expect(out[0]?.error).toMatch(
      /^POST \S+: 401 Unauthorized: .*the API refused the token: check DREADNODE_TOKEN; or, .*DREADNODE_AUTH=x-api-key$/,
    );
    expect(`${err?.message} ${JSON.stringify(out)}`).not.toContain(wrong);
    expect(sandbox.stats().byMethod['POST']).toBe(1);
  });
});

describe('faults', () => {
  it('resolves, reads and applies through injected 429s and 500s, retried by the HTTP client', async () => {
    const { sandbox, provider } = await setup({ faults: { rate429: 0.25, rate500: 0.2, retryAfterSeconds: 0, seed: 11, only: { pathPrefix: '/api/v1/' } } });
    const places = await provider.resolve([redTeam, blueTeam, research, ws('big', 'ws-129')]);
    const [red] = places as [ResolvedPlace];
    const live = await provider.read(places);
    expect(live.places.map((p) => p.members.length)).toEqual([3, 1, 0, 0]);
    const out = await provider.apply([change(red, 'dave@acme.com', 'add', 'owner'), change(red, 'erin@acme.com', 'add', 'contributor')]);
    expect(out.filter((o) => !o.ok)).toEqual([]);
    const changed = await provider.apply([change(red, 'bob@acme.com', 'change', 'reader', 'contributor')]);
    expect(changed.filter((o) => !o.ok)).toEqual([]);
    const f = sandbox.stats().faults;
    expect(f['429']).toBeGreaterThan(0);
    expect(f['500']).toBeGreaterThan(0);
    expect(provider.httpStats().retries).toBe(f['429'] + f['500']);
    expect(await roles(provider, red)).toMatchObject({ 'bob@acme.com': 'reader', 'dave@acme.com': 'owner', 'erin@acme.com': 'contributor' });
  });

  it('lands grants whose answers were lost: the retried POST meets 409 and the add finishes', async () => {
    const { sandbox, provider } = await setup({ faults: { resetRate: 0.5, seed: 5, only: { method: 'POST', pathPrefix: '/api/v1/' } } });
    const [red] = (await provider.resolve([redTeam])) as [ResolvedPlace];
    await provider.read([red]);
    const users = Array.from({ length: 6 }, (_, i) => `temp${i}@acme.com`);
    const out = await provider.apply(users.map((u) => change(red, u, 'add', 'contributor')));
    expect(out.filter((o) => !o.ok)).toEqual([]);
    expect(await roles(provider, red)).toMatchObject(Object.fromEntries(users.map((u) => [u, 'contributor'])));
    // At least one grant landed and lost its answer; its retry met 409.
    expect(sandbox.stats().faults.resetAfterApply).toBeGreaterThan(0);
    expect(sandbox.stats().byRoute[`POST ${USERS}`]).toBeGreaterThan(users.length);
  });
});
