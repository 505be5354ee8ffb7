/** Builders and fast-check arbitraries for desired and live state, shared by planner, renderer and apply tests. */
import fc from 'fast-check';
import type {
  DesiredMember,
  DesiredPlace,
  DesiredState,
  LiveMember,
  LiveState,
  ResolvedPlace,
} from '../../src/model/index.js';

const KINDS = ['workspace', 'team', 'project'] as const;

export function place(key: string, kind: string, stage: number, requiresKey?: string): ResolvedPlace {
  const p: ResolvedPlace = {
    key,
    provider: key.split('/')[0] ?? 'asana',
    kind,
    ref: key.split(':').pop() ?? key,
    stage,
    source: { file: 'gatehouse.yaml', line: stage + 1, col: 5 },
    id: String(1000 + [...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 100000, 7)),
    name: key.split(':').pop() ?? key,
  };
  if (requiresKey) p.requiresKey = requiresKey;
  return p;
}

export function desiredMember(email: string, role?: string, line = 3): DesiredMember {
  const m: DesiredMember = { email, reasons: [{ kind: 'listed', file: 'gatehouse.yaml', line, col: 9 }] };
  if (role !== undefined) m.role = role;
  return m;
}

export function liveMember(email: string, role?: string): LiveMember {
  const m: LiveMember = { email, userId: `u-${email}` };
  if (role !== undefined) m.role = role;
  return m;
}

export function desiredOf(entries: Array<[DesiredPlace, DesiredMember[]]>): DesiredState {
  return { files: ['gatehouse.yaml'], places: entries.map(([p, members]) => ({ place: p, members })) };
}

export function liveOf(entries: Array<[ResolvedPlace, LiveMember[]]>): LiveState {
  return { places: entries.map(([p, members]) => ({ place: p, members })) };
}

const sortByEmail = <T extends { email: string }>(list: T[]) => [...list].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));

/**
 * A random world: an Asana workspace with some teams and projects (no roles)
 * and some Dreadnode workspaces (a role per user), members drawn from a small
 * pool so overlaps happen.
 */
export const arbitraryStates = fc
  .record({
    teams: fc.integer({ min: 0, max: 3 }),
    projects: fc.integer({ min: 0, max: 3 }),
    roleWorkspaces: fc.integer({ min: 0, max: 2 }),
    pool: fc.uniqueArray(fc.emailAddress().map((e) => e.toLowerCase()), { minLength: 1, maxLength: 12 }),
  })
  .chain(({ teams, projects, roleWorkspaces, pool }) => {
    const ws = place('asana/workspace:W', KINDS[0], 0);
    const places: ResolvedPlace[] = [ws];
    for (let i = 0; i < teams; i++) places.push(place(`asana/workspace:W/team:T${i}`, 'team', 1, ws.key));
    for (let i = 0; i < projects; i++) places.push(place(`asana/workspace:W/project:P${i}`, 'project', 2, ws.key));
    for (let i = 0; i < roleWorkspaces; i++) places.push(place(`dreadnode/org:o/workspace:D${i}`, 'workspace', 0));
    const membersOf = (p: ResolvedPlace) => {
      // A project member has an access level, or (in the file's members: list) any level.
      const role =
        p.provider === 'dreadnode'
          ? fc.constantFrom('owner', 'contributor', 'reader')
          : p.kind === 'project'
            ? fc.option(fc.constantFrom('admin', 'editor', 'commenter'), { nil: undefined })
            : fc.constant(undefined);
      return fc.uniqueArray(fc.record({ email: fc.constantFrom(...pool), role }), { selector: (m) => m.email, maxLength: pool.length });
    };
    const lists = fc.tuple(...places.map(membersOf));
    return fc
      .tuple(lists, lists)
      .map(([want, have]) => ({
        desired: desiredOf(places.map((p, i) => [p, sortByEmail(want[i]!.map((m) => desiredMember(m.email, m.role)))])),
        live: liveOf(places.map((p, i) => [p, sortByEmail(have[i]!.map((m) => liveMember(m.email, m.role)))])),
      }));
  });
