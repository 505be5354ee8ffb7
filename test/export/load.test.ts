/**
 * What export writes loads back (one file, or a --split folder) and names
 * exactly the live places and members it was made from: every ref resolves,
 * with the resolver's own matching, to the place it was written for.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDesired } from '../../src/pipeline/index.js';
import { singleFile, splitFiles } from '../../src/export/layout.js';
import type { DesiredPlaceState } from '../../src/model/index.js';
import type { AsanaDiscovery, DiscoveredShared, DiscoveredUser } from '../../src/providers/asana/discover.js';
import { matchRef } from '../../src/providers/asana/resolve.js';
import type { DreadnodeDiscovery } from '../../src/providers/dreadnode/discover.js';
import { asana, project, sections, workspace, type UserSpec } from './builders.js';

const root = await mkdtemp(join(tmpdir(), 'gatehouse-export-load-'));
afterAll(() => rm(root, { recursive: true, force: true }));
let n = 0;

async function writeTree(files: ReadonlyMap<string, string>): Promise<string> {
  const dir = join(root, `t${n++}`);
  for (const [rel, text] of files) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), text);
  }
  return dir;
}

// '1001' and '1003' are also gids the world hands out: a name that is another place's gid.
const NAMES = ['Acme', 'Platform', 'Design', '7', '1001', '1003', '', 'a: b', 'yes', 'Ünïcödé'];
const EMAILS = ['a@acme.com', 'B@Acme.com', 'c@other.org', 'root@localhost', 'd@acme.com'];

const userArb = (gid: string): fc.Arbitrary<UserSpec> =>
  fc.record(
    { email: fc.option(fc.constantFrom(...EMAILS), { nil: undefined }), guest: fc.boolean(), inactive: fc.boolean() },
    { requiredKeys: [] },
  ).map((u) => ({ gid, ...u }));

/** A small random world: gids are unique, names repeat on purpose. */
const worldArb = fc
  .record({
    users: fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 6 }),
    workspaces: fc.array(
      fc.record({
        name: fc.constantFrom(...NAMES),
        teams: fc.array(fc.record({ name: fc.constantFrom(...NAMES), projects: fc.array(fc.constantFrom(...NAMES), { maxLength: 3 }) }), { maxLength: 4 }),
        projects: fc.array(fc.constantFrom(...NAMES), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    membership: fc.infiniteStream(fc.boolean()),
    specs: fc.array(userArb('0'), { minLength: 6, maxLength: 6 }),
  })
  .map(({ workspaces, membership, specs }) => {
    let next = 1000;
    const gid = () => String(next++);
    const users = specs.map((u, i) => ({ ...u, gid: String(i + 1) }));
    const pick = (): string[] => users.filter(() => membership.next().value).map((u) => u.gid);
    return asana(
      workspaces.map((w) =>
        workspace({
          gid: gid(),
          name: w.name,
          users,
          members: pick(),
          teams: w.teams.map((t) => ({ gid: gid(), name: t.name, members: pick(), projects: t.projects.map((p) => project(gid(), p, leveled(pick()))) })),
          projects: w.projects.map((p) => project(gid(), p, leveled(pick()))),
        }),
      ),
    );
  });

/** Project members at each access level, and with none (a member whose answer has no level). */
const leveled = (gids: string[]): (string | [string, string])[] =>
  gids.map((g, i) => (i % 4 === 3 ? g : [g, (['admin', 'editor', 'commenter'] as const)[i % 4]!]));

/** The emails the file can hold for these gids: lower case, valid, once each, sorted. */
function writable(gids: readonly string[], users: ReadonlyMap<string, DiscoveredUser>): string[] {
  const emails = gids.flatMap((g) => {
    const e = users.get(g)?.email?.toLowerCase();
    // An inactive member is a comment: listed, they would be planned for reactivation.
    return e !== undefined && users.get(g)?.inactive !== true && /^[^@\s:]+@[^@\s]+\.[^@\s]+$/.test(e) ? [e] : [];
  });
  return [...new Set(emails)].sort();
}

const listed = (p: DesiredPlaceState): string[] =>
  p.members.filter((m) => m.reasons.some((r) => r.kind === 'listed')).map((m) => m.email).sort();

/** Every loaded place resolves (with the resolver's matching) to the discovered place, with its members. */
function expectSameAsana(places: readonly DesiredPlaceState[], d: AsanaDiscovery): void {
  const asanaPlaces = places.filter((p) => p.place.provider === 'asana');
  const byKey = new Map(asanaPlaces.map((p) => [p.place.key, p]));
  const found = new Set<string>();
  for (const p of asanaPlaces) {
    const resolveIn = (list: readonly { gid: string; name?: string | null }[], ref: string): string => {
      const m = matchRef(p.place.kind, ref, list, '');
      if (!m.ok) throw new Error(`${p.place.key}: ${m.message}`);
      return m.found.gid;
    };
    const chain: DesiredPlaceState[] = [];
    for (let cur: DesiredPlaceState | undefined = p; cur; cur = cur.place.parentKey ? byKey.get(cur.place.parentKey) : undefined) chain.unshift(cur);
    const ws = d.workspaces.find((w) => w.gid === resolveIn(d.visible, chain[0]!.place.ref))!;
    let gids: string[];
    let id: string;
    if (p.place.kind === 'workspace') {
      id = ws.gid;
      gids = ws.members;
    } else if (p.place.kind === 'team') {
      const team = ws.teams.find((t) => t.gid === resolveIn(ws.teams, p.place.ref))!;
      id = team.gid;
      gids = team.members;
    } else if (chain[1]?.place.kind === 'team') {
      const team = ws.teams.find((t) => t.gid === resolveIn(ws.teams, chain[1]!.place.ref))!;
      const pr = team.projects.find((x) => x.gid === resolveIn(team.listedProjects, p.place.ref))!;
      id = pr.gid;
      gids = pr.members.map((m) => m.gid);
      expectLevels(p, pr, ws.users);
    } else {
      const pr = ws.projects.find((x) => x.gid === resolveIn(ws.allProjects, p.place.ref))!;
      id = pr.gid;
      gids = pr.members.map((m) => m.gid);
      expectLevels(p, pr, ws.users);
    }
    expect(found.has(id), `${p.place.key} names a place another entry names too`).toBe(false);
    found.add(id);
    expect(listed(p), p.place.key).toEqual(writable(gids, ws.users));
  }
  const all = d.workspaces.flatMap((w) => [w.gid, ...w.teams.flatMap((t) => [t.gid, ...t.projects.map((x) => x.gid)]), ...w.projects.map((x) => x.gid)]);
  expect([...found].sort()).toEqual([...all].sort());
}

/** Each written member of a project holds its live level (a list's key), or none (under members). */
function expectLevels(p: DesiredPlaceState, pr: DiscoveredShared, users: ReadonlyMap<string, DiscoveredUser>): void {
  const emailOf = (gid: string) => users.get(gid)?.email?.toLowerCase();
  for (const m of p.members) {
    // Users who share an email: the file names it once, at one of their levels.
    const levels = pr.members.filter((x) => emailOf(x.gid) === m.email).map((x) => x.level);
    expect(levels, `${p.place.key} ${m.email}`).toContain(m.role);
  }
}

async function loadSingle(d: AsanaDiscovery | undefined, dn?: DreadnodeDiscovery): Promise<DesiredPlaceState[]> {
  const dir = await writeTree(new Map([['live.yaml', singleFile(sections(d, dn), 'schema.json')]]));
  return (await loadDesired(join(dir, 'live.yaml'))).desired.places;
}

async function loadSplit(d: AsanaDiscovery | undefined, dn?: DreadnodeDiscovery): Promise<{ places: DesiredPlaceState[]; files: string[] }> {
  const files = splitFiles(sections(d, dn), () => 'schema.json');
  const dir = await writeTree(files);
  return { places: (await loadDesired(dir)).desired.places, files: [...files.keys()] };
}

describe('exported files load back', () => {
  it('one file and a split folder name every live place and member, found again by the resolver', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, async (d) => {
        expectSameAsana(await loadSingle(d), d);
        expectSameAsana((await loadSplit(d)).places, d);
      }),
      { numRuns: 60 },
    );
  });

  it('splits into a file per workspace, one per team and one for Dreadnode, with distinct names', async () => {
    const ws = workspace({
      gid: '100',
      name: 'Acme Corp',
      users: [{ gid: '1', email: 'a@acme.com' }],
      teams: [
        { gid: '11', name: 'Platform', members: ['1'] },
        { gid: '12', name: 'Platform', members: [] },
        { gid: '13', name: 'R&D', members: [] },
        { gid: '14', name: 'r d', members: [] },
        { gid: '15', name: '日本', members: [] },
        { gid: '16', name: '!!', members: [] },
      ],
      projects: [project('30', 'Handbook', ['1'])],
    });
    const dn: DreadnodeDiscovery = { organizations: [{ slug: 'acme', workspaces: [{ slug: 'red-team', members: [{ email: 'a@acme.com', userId: 'u1', role: 'owner' }] }] }] };
    const { places, files } = await loadSplit(asana([ws]), dn);
    expect(files).toEqual([
      'asana/acme-corp/teams/platform--11.yaml',
      'asana/acme-corp/teams/platform--12.yaml',
      'asana/acme-corp/teams/r-d--13.yaml',
      'asana/acme-corp/teams/r-d--14.yaml',
      'asana/acme-corp/teams/unnamed--16.yaml',
      'asana/acme-corp/teams/日本.yaml',
      'asana/acme-corp/workspace.yaml',
      'dreadnode.yaml',
    ]);
    expect(places.filter((p) => p.place.kind === 'team')).toHaveLength(6);
    expect(places.find((p) => p.place.provider === 'dreadnode')?.members.map((m) => [m.email, m.role])).toEqual([['a@acme.com', 'owner']]);
  });

  it('a split file names the schema relative to itself', () => {
    const files = splitFiles(sections(asana([workspace({ gid: '1', name: 'W', users: [], teams: [{ gid: '2', name: 'T', members: [] }] })]), undefined), (path) => `from:${path}`);
    for (const [path, text] of files) expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=from:${path}`);
  });
});
