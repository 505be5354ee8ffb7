/**
 * What an Asana export writes, decided once and as plain data: which
 * workspaces, teams and projects, in which order, under which refs, with
 * which members and notes. Pure: the same discovery gives the same outline,
 * whatever order the API answered in.
 */
import { byNameThenGid, refIn, shown, writableEmail, type Ref } from '../../../export/refs.js';
import type { MemberBlock, MemberLine } from '../../../export/yaml-kit.js';
import { compareGids, compareText } from '../../../util/compare.js';
import type { AsanaDiscovery, DiscoveredProject, DiscoveredUser, DiscoveredWorkspace } from '../discover.js';

export interface ProjectOutline extends Ref {
  gid: string;
  name: string;
  block: MemberBlock;
}

export interface TeamOutline extends Ref {
  gid: string;
  name: string;
  block: MemberBlock;
  projects: ProjectOutline[];
}

export interface WorkspaceOutline extends Ref {
  gid: string;
  name: string;
  block: MemberBlock;
  teams: TeamOutline[];
  projects: ProjectOutline[];
  users: number;
}

export function asanaOutline(asana: AsanaDiscovery): WorkspaceOutline[] {
  return [...asana.workspaces].sort(byNameThenGid).map((ws) => workspaceOutline(ws, refIn(ws, asana.visible, 'workspace'), asana.self?.gid));
}

function workspaceOutline(ws: DiscoveredWorkspace, ref: Ref, selfGid: string | undefined): WorkspaceOutline {
  const block = (gids: readonly string[]): MemberBlock => memberBlock(gids, ws.users, selfGid);
  const project = (list: readonly { gid: string; name?: string | null }[]) => (p: DiscoveredProject): ProjectOutline => ({
    ...refIn(p, list, 'project'),
    gid: p.gid,
    name: p.name,
    block: block(p.members),
  });
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
      projects: [...t.projects].sort(byNameThenGid).map(project(t.listedProjects)),
    })),
    projects: [...ws.projects].sort(byNameThenGid).map(project(ws.allProjects)),
  };
}

function memberBlock(gids: readonly string[], users: ReadonlyMap<string, DiscoveredUser>, selfGid: string | undefined): MemberBlock {
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
    lines.set(email, { email, notes });
  }
  return {
    members: [...lines.values()].sort((a, b) => compareText(a.email, b.email)),
    unwritten: unwritten.sort((a, b) => compareGids(a.key, b.key)).map((u) => u.text),
  };
}
