/**
 * What an Asana export writes, decided once and as plain data: which
 * workspaces, teams, projects, portfolios and goals, in which order, under which refs, with
 * which members and notes. Pure: the same discovery gives the same outline,
 * whatever order the API answered in.
 */
import { byNameThenGid, refIn, shown, writableEmail, type Ref } from '../../../export/refs.js';
import type { MemberBlock, MemberLine } from '../../../export/yaml-kit.js';
import { compareGids, compareText } from '../../../util/compare.js';
import type { AsanaDiscovery, DiscoveredShared, DiscoveredUser, DiscoveredWorkspace } from '../discover.js';
import { sharedKind } from '../shared-kinds.js';
import { TEAM_PREFIX } from '../team-members.js';

/** One list of a project, portfolio or goal: a level of its kind, or `members` for levels the file has no list for. */
export interface LevelList {
  key: string;
  block: MemberBlock;
}

/** A project, portfolio or goal. */
export interface SharedOutline extends Ref {
  gid: string;
  name: string;
  /** Its lists in the file's order; none when it has no members. */
  lists: LevelList[];
}

export interface TeamOutline extends Ref {
  gid: string;
  name: string;
  block: MemberBlock;
  projects: SharedOutline[];
}

export interface WorkspaceOutline extends Ref {
  gid: string;
  name: string;
  block: MemberBlock;
  teams: TeamOutline[];
  projects: SharedOutline[];
  portfolios: SharedOutline[];
  goals: SharedOutline[];
  users: number;
}

export function asanaOutline(asana: AsanaDiscovery): WorkspaceOutline[] {
  return [...asana.workspaces].sort(byNameThenGid).map((ws) => workspaceOutline(ws, refIn(ws, asana.visible, 'workspace'), asana.self?.gid));
}

function workspaceOutline(ws: DiscoveredWorkspace, ref: Ref, selfGid: string | undefined): WorkspaceOutline {
  const block = (gids: readonly string[], note?: (gid: string) => string | undefined): MemberBlock => memberBlock(gids, ws.users, selfGid, note);
  const teamRef = teamRefs(ws);
  const shared = (kind: string, list: readonly { gid: string; name?: string | null }[]) => (p: DiscoveredShared): SharedOutline => ({
    ...refIn(p, list, kind),
    gid: p.gid,
    name: p.name,
    lists: levelLists(p, sharedKind(kind)?.levels ?? [], block, teamRef),
  });
  const sorted = (kind: string, places: readonly DiscoveredShared[], list: readonly { gid: string; name?: string | null }[] = places) =>
    [...places].sort(byNameThenGid).map(shared(kind, list));
  return {
    ...ref,
    gid: ws.gid,
    name: ws.name,
    users: ws.members.length,
    block: block(ws.members),
    teams: [...ws.teams].sort(byNameThenGid).map((t) => ({
      ...refIn(t, ws.teams, 'team'),
      gid: t.gid,
      name: t.name,
      block: block(t.members),
      projects: sorted('project', t.projects, t.listedProjects),
    })),
    projects: sorted('project', ws.projects, ws.allProjects),
    portfolios: sorted('portfolio', ws.portfolios),
    goals: sorted('goal', ws.goals),
  };
}

/**
 * A place's members under their levels (users and teams), so that the file
 * read back plans no change of level. A level the file has no list for (not
 * one of its kind's) goes under `members`, noted.
 */
function levelLists(
  p: DiscoveredShared,
  levels: readonly string[],
  block: (gids: readonly string[], note?: (gid: string) => string | undefined) => MemberBlock,
  teamRef: (gid: string) => MemberLine,
): LevelList[] {
  const keyOf = (level: string | undefined): string => (level !== undefined && levels.includes(level) ? level : 'members');
  const levelOf = new Map([...p.members, ...p.teams].map((m) => [m.gid, m.level]));
  // Only under `members` does a level need saying: the list's key says it elsewhere.
  const note = (gid: string): string | undefined => {
    const level = levelOf.get(gid);
    return level === undefined ? undefined : `${level} access`;
  };
  // Two users can share an email; the file can name it once, in the first list that has it.
  const written = new Set<string>();
  return [...levels, 'members'].flatMap((key): LevelList[] => {
    const users = block(p.members.filter((m) => keyOf(m.level) === key).map((m) => m.gid), key === 'members' ? note : undefined);
    users.members = users.members.filter((line) => !written.has(line.email));
    for (const line of users.members) written.add(line.email);
    const teams = p.teams.filter((t) => keyOf(t.level) === key).map((t) => {
      const line = teamRef(t.gid);
      const level = key === 'members' ? note(t.gid) : undefined;
      return level === undefined ? line : { ...line, notes: [...line.notes, level] };
    });
    const members = [...users.members, ...teams].sort((a, b) => compareText(a.email, b.email));
    return members.length === 0 && users.unwritten.length === 0 ? [] : [{ key, block: { members, unwritten: users.unwritten } }];
  });
}

/**
 * How the file names each team of the workspace: `team:<name>`, or
 * `team:<gid>` where a place's name would be written by gid (shared, another
 * team's gid, too long) or cannot stand after `team:` (blank at either end).
 */
function teamRefs(ws: DiscoveredWorkspace): (gid: string) => MemberLine {
  const teams = new Map(ws.teams.map((t) => [t.gid, t]));
  return (gid) => {
    const team = teams.get(gid);
    if (team === undefined) return { email: `${TEAM_PREFIX}${gid}`, notes: ['a team this token does not see in the workspace'] };
    const { ref, note } = refIn(team, ws.teams, 'team');
    if (ref !== gid && ref.trim() === ref) return { email: `${TEAM_PREFIX}${ref}`, notes: [] };
    return { email: `${TEAM_PREFIX}${gid}`, notes: [note ?? shown(team.name)] };
  };
}

function memberBlock(
  gids: readonly string[],
  users: ReadonlyMap<string, DiscoveredUser>,
  selfGid: string | undefined,
  noteOf: (gid: string) => string | undefined = () => undefined,
): MemberBlock {
  const lines = new Map<string, MemberLine>();
  const unwritten: { key: string; text: string }[] = [];
  for (const gid of gids) {
    const user = users.get(gid) ?? { gid };
    const name = user.name === undefined ? '' : ` ${shown(user.name)}`;
    const email = user.email?.trim().toLowerCase() ?? '';
    if (email === '') {
      unwritten.push({ key: gid, text: `gid ${gid}${name} (no visible email)` });
      continue;
    }
    if (!writableEmail(email)) {
      unwritten.push({ key: gid, text: `gid ${gid}${name} (email ${JSON.stringify(shown(email))} is not one the file format accepts)` });
      continue;
    }
    if (lines.has(email)) continue;
    // Listing an inactive workspace member anywhere (a team or project implies the
    // workspace) would plan their reactivation: they stay a comment.
    if (user.inactive) {
      unwritten.push({ key: gid, text: `${email}${name} (inactive: listing them would make them active again)` });
      continue;
    }
    const notes: string[] = [];
    if (gid === selfGid) notes.push("the token's own user");
    if (user.guest) notes.push('guest');
    const extra = noteOf(gid);
    if (extra !== undefined) notes.push(extra);
    lines.set(email, { email, notes });
  }
  return {
    members: [...lines.values()].sort((a, b) => compareText(a.email, b.email)),
    unwritten: unwritten.sort((a, b) => compareGids(a.key, b.key)).map((u) => u.text),
  };
}
