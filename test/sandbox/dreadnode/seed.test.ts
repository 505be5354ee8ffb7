/**
 * The Dreadnode part of the seed: the file's Dreadnode places (by hand here,
 * and through loadConfig from YAML) and `sandbox.dreadnode` become
 * organisations, workspaces and permissions with stable uuids.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeed } from '../../../src/pipeline/index.js';
import type { DesiredState } from '../../../src/model/index.js';
import { asanaWorld, buildWorld, DEFAULT_ME, dreadnodeWorld, type RunningSandbox, startSandbox, type World } from '../../support/sandbox.js';
import { acmeDesired } from '../helpers.js';
import { dn, dnPlace, dreadnodeDesired, dreadnodeSection, permissions, UUID_V4 } from './helpers.js';

const grantsOf = (w: World, org: string, ws: string): Record<string, string> => {
  const workspace = dreadnodeWorld(w).orgs.get(org)!.workspaces.get(ws)!;
  return Object.fromEntries([...workspace.grants.values()].map((g) => [dreadnodeWorld(w).users.get(g.userId)!.email, g.permission]));
};
const userId = (w: World, email: string): string => [...dreadnodeWorld(w).users.values()].find((u) => u.email === email)!.id;
const allIds = (w: World): string[] => [
  dreadnodeWorld(w).meId,
  ...dreadnodeWorld(w).users.keys(),
  ...[...dreadnodeWorld(w).orgs.values()].flatMap((o) => [
    o.id,
    ...[...o.workspaces.values()].flatMap((ws) => [ws.id, ...[...ws.grants.values()].map((g) => g.id)]),
  ]),
];

describe('buildWorld: the Dreadnode side', () => {
  it('gives each Dreadnode place its org, workspace and permissions', () => {
    const w = buildWorld(dreadnodeDesired());
    expect([...dreadnodeWorld(w).orgs.keys()]).toEqual(['acme']);
    expect(grantsOf(w, 'acme', 'main')).toEqual({ 'alice@acme.com': 'owner', 'bob@acme.com': 'contributor', 'carol@acme.com': 'reader' });
    expect(grantsOf(w, 'acme', 'research')).toEqual({ 'dan@acme.com': 'owner', 'frank@acme.com': 'reader' });
    for (const g of dreadnodeWorld(w).orgs.get('acme')!.workspaces.get('main')!.grants.values()) {
      expect(g.grantedBy).toBeNull();
      expect(g.grantedAt).toBe('2024-01-01T00:00:00.000Z');
    }
  });

  it('leaves the Asana side as it was: Dreadnode-only users get no Asana account', () => {
    const withDn = buildWorld(dreadnodeDesired());
    const without = buildWorld(acmeDesired());
    expect(asanaWorld(withDn)).toEqual(asanaWorld(without));
    expect([...asanaWorld(withDn).users.values()].some((u) => u.email === 'frank@acme.com')).toBe(false);
  });

  it('is deterministic, with v4-shaped uuids that are all distinct', () => {
    const a = buildWorld(dreadnodeDesired(), dreadnodeSection());
    const b = buildWorld(dreadnodeDesired(), dreadnodeSection());
    expect(dreadnodeWorld(a)).toEqual(dreadnodeWorld(b));
    const ids = allIds(a);
    expect(ids).toEqual(allIds(b));
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length - 1); // meId is also in users
  });

  it('keeps ids stable when unrelated parts of the seed change', () => {
    const a = buildWorld(dreadnodeDesired());
    const more = dreadnodeDesired();
    more.places.unshift(dnPlace('zeta', 'first', { owner: ['zed@acme.com'] }));
    const b = buildWorld(more, { users: [{ email: 'yan@acme.com' }] });
    expect(userId(a, 'bob@acme.com')).toBe(userId(b, 'bob@acme.com'));
    const ws = (w: World) => dreadnodeWorld(w).orgs.get('acme')!.workspaces.get('main')!;
    expect(ws(a).id).toBe(ws(b).id);
    expect(ws(a).orgId).toBe(ws(b).orgId);
    // Same slug in another org: another workspace id.
    const c = buildWorld({ files: [], places: [dnPlace('acme', 'main', {}), dnPlace('other', 'main', {})] });
    expect(dreadnodeWorld(c).orgs.get('acme')!.workspaces.get('main')!.id).not.toBe(dreadnodeWorld(c).orgs.get('other')!.workspaces.get('main')!.id);
  });

  it('makes every email the seed mentions a platform user: Asana and Dreadnode members, sandbox.users, me', () => {
    const w = buildWorld(dreadnodeDesired(), { ...dreadnodeSection(), me: 'bot@acme.com' });
    const emails = [...dreadnodeWorld(w).users.values()].map((u) => u.email).sort();
    expect(emails).toEqual(['alice@acme.com', 'bob@acme.com', 'bot@acme.com', 'carol@acme.com', 'dan@acme.com', 'erin@acme.com', 'frank@acme.com']);
    expect(dreadnodeWorld(w).users.get(dreadnodeWorld(w).meId)!.email).toBe('bot@acme.com');
    expect(dreadnodeWorld(buildWorld(dreadnodeDesired())).users.get(dreadnodeWorld(buildWorld(dreadnodeDesired())).meId)!.email).toBe(DEFAULT_ME);
    // Names only where the seed gives one.
    expect([...dreadnodeWorld(w).users.values()].find((u) => u.email === 'erin@acme.com')!.name).toBe('Erin Example');
    expect([...dreadnodeWorld(w).users.values()].find((u) => u.email === 'alice@acme.com')!.name).toBeNull();
  });

  it('adds sandbox.dreadnode workspaces and orgs, names workspaces, and marks the first of an org default', () => {
    const w = buildWorld(dreadnodeDesired(), dreadnodeSection());
    const acme = dreadnodeWorld(w).orgs.get('acme')!;
    expect([...acme.workspaces.values()].map((ws) => [ws.key, ws.name, ws.isDefault, ws.isActive, ws.grants.size])).toEqual([
      ['main', 'Main', true, true, 3],
      ['research', 'Research Lab', false, true, 2],
      ['empty', 'Empty Room', false, true, 0],
    ]);
    const globex = dreadnodeWorld(w).orgs.get('globex')!;
    expect([...globex.workspaces.values()].map((ws) => [ws.key, ws.name, ws.isDefault, ws.orgId])).toEqual([['lab', 'Lab', true, globex.id]]);
    const dashed = buildWorld({ files: [], places: [dnPlace('o', 'red-team_ops', {})] });
    expect(dreadnodeWorld(dashed).orgs.get('o')!.workspaces.get('red-team_ops')!.name).toBe('Red Team Ops');
  });

  it('refuses a seed it cannot make sense of, with a clear error', () => {
    const bad = (mutate: (d: DesiredState) => void): (() => World) => () => {
      const d = dreadnodeDesired();
      mutate(d);
      return buildWorld(d);
    };
    const last = (d: DesiredState) => d.places[d.places.length - 1]!;
    expect(bad((d) => delete last(d).place.scope)).toThrow(/no organisation/);
    expect(bad((d) => (last(d).place.kind = 'project'))).toThrow(/only workspaces/);
    expect(bad((d) => (last(d).members[0]!.role = 'admin'))).toThrow(/dan@acme.com has no valid permission/);
    expect(bad((d) => delete last(d).members[0]!.role)).toThrow(/no valid permission/);
    expect(bad((d) => d.places.push(dnPlace('acme', 'main', {})))).toThrow(/declared twice/);
  });
});


describe('seeding from YAML through loadConfig', () => {
  let dir: string | undefined;
  let sb: RunningSandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  async function seedFrom(yaml: string): Promise<RunningSandbox> {
    dir = await mkdtemp(join(tmpdir(), 'gatehouse-dn-seed-'));
    const file = join(dir, 'seed.yaml');
    await writeFile(file, yaml);
    const { desired, sandbox } = await loadSeed(file);
    sb = await startSandbox(buildWorld(desired, sandbox));
    return sb;
  }

  const YAML = `version: 1
groups:
  platform: [Bob@acme.com, dan@acme.com]
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com]
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [Alice@acme.com]
          contributor: [group:platform]
          reader: [carol@acme.com]
        - workspace: research
          owner: [carol@acme.com]
    - org: globex
      workspaces:
        - workspace: lab
          reader: [gina@globex.com]
sandbox:
  me: bot@acme.com
  users:
    - { email: erin@acme.com, name: Erin Moss }
  dreadnode:
    organizations:
      - org: acme
        workspaces:
          - { workspace: red-team, name: Red Team (prod) }
          - { workspace: blue-team, name: Blue Team }
`;

  it('serves the permissions the file gives, groups expanded and emails lower-cased', async () => {
    const s = await seedFrom(YAML);
    expect(await permissions(s, 'acme', 'red-team')).toEqual({
      'alice@acme.com': 'owner',
      'bob@acme.com': 'contributor',
      'dan@acme.com': 'contributor',
      'carol@acme.com': 'reader',
    });
    expect(await permissions(s, 'acme', 'research')).toEqual({ 'carol@acme.com': 'owner' });
    expect(await permissions(s, 'globex', 'lab')).toEqual({ 'gina@globex.com': 'reader' });
    const a = await dn(s, 'GET', '/org/acme/ws?page=1&page_size=100');
    expect(a.body.workspaces.slice(0, 2).map((w: any) => [w.key, w.is_default])).toEqual([
      ['red-team', true],
      ['research', false],
    ]);
  });

  it('adds and names the workspaces sandbox.dreadnode gives', async () => {
    const s = await seedFrom(YAML);
    const a = await dn(s, 'GET', '/org/acme/ws?page=1&page_size=100');
    expect(a.body.workspaces.map((w: any) => [w.key, w.name, w.is_default])).toEqual([
      ['red-team', 'Red Team (prod)', true],
      ['research', 'Research', false],
      ['blue-team', 'Blue Team', false],
    ]);
    expect(a.body.total).toBe(3);
    expect(await permissions(s, 'acme', 'blue-team')).toEqual({});
  });

  it('knows every email of the file for grants by email, and grants as sandbox.me', async () => {
    const s = await seedFrom(YAML);
    const erin = await dn(s, 'POST', '/org/acme/ws/research/users', { body: { user_email: 'erin@acme.com', permission: 'owner' } });
    expect(erin.status).toBe(200);
    expect(erin.body.user_name).toBe('Erin Moss');
    expect(erin.body.granted_by).toBe(userId(s.world, 'bot@acme.com'));
    const gina = await dn(s, 'POST', '/org/acme/ws/research/users', { body: { user_email: 'gina@globex.com', permission: 'reader' } });
    expect(gina.status).toBe(200);
    expect((await dn(s, 'POST', '/org/acme/ws/research/users', { body: { user_email: 'zoe@acme.com', permission: 'reader' } })).status).toBe(404);
  });

  it('seeds the same world from the same file twice', async () => {
    const first = await seedFrom(YAML);
    const a = (await dn(first, 'GET', '/org/acme/ws/red-team/users')).body;
    await first.close();
    sb = undefined;
    const second = await seedFrom(YAML);
    expect((await dn(second, 'GET', '/org/acme/ws/red-team/users')).body).toEqual(a);
  });
});
