/**
 * What an export writes, decided once and as plain data: which places, in
 * which order, under which refs, with which members and comments. Pure: the
 * same discovery gives the same outline, whatever order the API answered in.
 * The YAML is made from it in document.ts.
 */
import type { AsanaDiscovery, DiscoveredProject, DiscoveredUser, DiscoveredWorkspace } from '../providers/asana/discover.js';
import type { DiscoveredOrganization, DreadnodeDiscovery } from '../providers/dreadnode/discover.js';
import { compareGids, compareText } from '../util/compare.js';
import { byNameThenGid, refIn, shown, writableEmail, writableSlug, type Ref } from './refs.js';

/** One member line: a lower-case email and what the API says of the user (guest, inactive, …). */
export interface MemberLine {
  email: string;
  notes: string[];
}

/** A place's members: those written, and those that cannot be (one description each, for a comment). */
export interface MemberBlock {
  members: MemberLine[];
  unwritten: string[];
}

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

export const ROLES = ['owner', 'contributor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export interface DreadnodeWorkspaceOutline {
  slug: string;
  name?: string;
  roles: Record<Role, MemberLine[]>;
  unwritten: string[];
}

export interface OrganizationOutline {
  slug: string;
  workspaces: DreadnodeWorkspaceOutline[];
  /** Workspaces whose slug the file format does not accept. */
  unwritten: string[];
}

export interface Outline {
  asana?: WorkspaceOutline[];
  dreadnode?: OrganizationOutline[];
}

export function outline(asana: AsanaDiscovery | undefined, dreadnode: DreadnodeDiscovery | undefined): Outline {
  const out: Outline = {};
  if (asana !== undefined) {
    out.asana = [...asana.workspaces]
      .sort(byNameThenGid)
      .map((ws) => workspaceOutline(ws, refIn(ws, asana.visible, 'workspace'), asana.self?.gid));
  }
  if (dreadnode !== undefined) {
    out.dreadnode = [...dreadnode.organizations].sort((a, b) => compareText(a.slug, b.slug)).map(organizationOutline);
  }
  return out;
}

function workspaceOutline(ws: DiscoveredWorkspace, ref: Ref, selfGid: string | undefined): WorkspaceOutline {
  const block = (gids: readonly string[]): MemberBlock => asanaBlock(gids, ws.users, selfGid);
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

function asanaBlock(gids: readonly string[], users: ReadonlyMap<string, DiscoveredUser>, selfGid: string | undefined): MemberBlock {
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
    const notes: string[] = [];
    if (gid === selfGid) notes.push("the token's own user");
    if (user.guest) notes.push('guest');
    if (user.inactive) notes.push('inactive');
    lines.set(email, { email, notes });
  }
  return {
    members: [...lines.values()].sort((a, b) => compareText(a.email, b.email)),
    unwritten: unwritten.sort((a, b) => compareGids(a.key, b.key)).map((u) => u.text),
  };
}

function organizationOutline(org: DiscoveredOrganization): OrganizationOutline {
  const sorted = [...org.workspaces].sort((a, b) => compareText(a.slug, b.slug));
  return {
    slug: org.slug,
    workspaces: sorted.filter((w) => writableSlug(w.slug)).map((w) => {
      const roles: Record<Role, MemberLine[]> = { owner: [], contributor: [], reader: [] };
      const unwritten: string[] = [];
      const seen = new Set<string>();
      for (const m of w.members) {
        const name = m.name === undefined ? '' : ` ${shown(m.name)}`;
        const role = ROLES.find((r) => r === m.role);
        if (m.email.startsWith('id:')) unwritten.push(`user_id ${m.userId}${name} (no email)`);
        else if (!writableEmail(m.email)) unwritten.push(`user_id ${m.userId}${name} (email ${JSON.stringify(shown(m.email))} is not one the file format accepts)`);
        else if (role === undefined) unwritten.push(`${m.email} (permission ${JSON.stringify(shown(m.role ?? ''))} is not owner, contributor or reader)`);
        else if (!seen.has(m.email)) {
          seen.add(m.email);
          roles[role].push({ email: m.email, notes: [] });
        }
      }
      for (const r of ROLES) roles[r].sort((a, b) => compareText(a.email, b.email));
      const out: DreadnodeWorkspaceOutline = { slug: w.slug, roles, unwritten: unwritten.sort(compareText) };
      if (w.name !== undefined && w.name !== w.slug) out.name = w.name;
      return out;
    }),
    unwritten: sorted.filter((w) => !writableSlug(w.slug)).map((w) => `${JSON.stringify(shown(w.slug))} (a slug the file format does not accept)`),
  };
}
