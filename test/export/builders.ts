/** Small discoveries (what the providers' discovery returns) for the export's unit tests. */
import type { AsanaDiscovery, DiscoveredShared, DiscoveredTeam, DiscoveredUser, DiscoveredWorkspace } from '../../src/providers/asana/discover.js';
import type { DreadnodeDiscovery } from '../../src/providers/dreadnode/discover.js';
import type { ExportedSection } from '../../src/export/part.js';
import { asanaSection } from '../../src/providers/asana/export/document.js';
import { asanaOutline } from '../../src/providers/asana/export/outline.js';
import { dreadnodeSection } from '../../src/providers/dreadnode/export/document.js';
import { dreadnodeOutline } from '../../src/providers/dreadnode/export/outline.js';

/** What each provider's export part makes of these discoveries, in registry order. */
export function sections(a: AsanaDiscovery | undefined, dn?: DreadnodeDiscovery): ExportedSection[] {
  return [...(a === undefined ? [] : [asanaSection(asanaOutline(a))]), ...(dn === undefined ? [] : [dreadnodeSection(dreadnodeOutline(dn))])];
}

export interface UserSpec {
  gid: string;
  email?: string;
  name?: string;
  guest?: boolean;
  inactive?: boolean;
}

export interface WorkspaceSpec {
  gid: string;
  name: string;
  users: UserSpec[];
  /** Member gids (default: every user). */
  members?: string[];
  teams?: { gid: string; name: string; members: string[]; projects?: DiscoveredShared[] }[];
  projects?: DiscoveredShared[];
  portfolios?: DiscoveredShared[];
  goals?: DiscoveredShared[];
}

/** A project (or portfolio, or goal); a member is a user gid (no level known) or [gid, level]; teams are [gid, level]. */
export function project(gid: string, name: string, members: (string | [string, string])[] = [], teams: [string, string][] = []): DiscoveredShared {
  const member = (m: string | [string, string]) => (typeof m === 'string' ? { gid: m, membership: `m${m}` } : { gid: m[0], membership: `m${m[0]}`, level: m[1] });
  return { gid, name, members: members.map(member), teams: teams.map(member) };
}

export function workspace(spec: WorkspaceSpec): DiscoveredWorkspace {
  const users = new Map<string, DiscoveredUser>(spec.users.map((u) => [u.gid, { ...u }]));
  const teams: DiscoveredTeam[] = (spec.teams ?? []).map((t) => ({
    gid: t.gid,
    name: t.name,
    members: t.members,
    projects: t.projects ?? [],
    listedProjects: (t.projects ?? []).map((p) => ({ gid: p.gid, name: p.name })),
  }));
  const projects = spec.projects ?? [];
  return {
    gid: spec.gid,
    name: spec.name,
    users,
    members: spec.members ?? spec.users.map((u) => u.gid),
    teams,
    projects,
    allProjects: [...teams.flatMap((t) => t.listedProjects), ...projects.map((p) => ({ gid: p.gid, name: p.name }))],
    portfolios: spec.portfolios ?? [],
    goals: spec.goals ?? [],
  };
}

export function asana(workspaces: DiscoveredWorkspace[], self?: string): AsanaDiscovery {
  const d: AsanaDiscovery = { visible: workspaces.map((w) => ({ gid: w.gid, name: w.name })), workspaces };
  if (self !== undefined) d.self = { gid: self };
  return d;
}

export function dreadnode(orgs: Record<string, Record<string, [email: string, role: string, userId?: string][]>>, names: Record<string, string> = {}): DreadnodeDiscovery {
  return {
    organizations: Object.entries(orgs).map(([slug, workspaces]) => ({
      slug,
      workspaces: Object.entries(workspaces).map(([ws, grants]) => ({
        slug: ws,
        ...(names[ws] === undefined ? {} : { name: names[ws] }),
        members: grants.map(([email, role, userId], i) => ({ email, role, userId: userId ?? `u-${ws}-${i}` })),
      })),
    })),
  };
}
