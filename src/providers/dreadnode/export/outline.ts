/**
 * What a Dreadnode export writes, as plain data: each organisation's
 * workspaces in slug order, members by permission, and what the file cannot
 * name. Pure: the same discovery gives the same outline.
 */
import { shown, writableEmail, writableSlug } from '../../../export/refs.js';
import type { MemberLine } from '../../../export/yaml-kit.js';
import { compareText } from '../../../util/compare.js';
import type { DiscoveredOrganization, DreadnodeDiscovery } from '../discover.js';

export const ROLES = ['owner', 'contributor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export interface WorkspaceOutline {
  slug: string;
  name?: string;
  roles: Record<Role, MemberLine[]>;
  unwritten: string[];
}

export interface OrganizationOutline {
  slug: string;
  workspaces: WorkspaceOutline[];
  /** Workspaces whose slug the file format does not accept. */
  unwritten: string[];
}

export function dreadnodeOutline(dreadnode: DreadnodeDiscovery): OrganizationOutline[] {
  return [...dreadnode.organizations].sort((a, b) => compareText(a.slug, b.slug)).map(organizationOutline);
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
      const out: WorkspaceOutline = { slug: w.slug, roles, unwritten: unwritten.sort(compareText) };
      if (w.name !== undefined && w.name !== w.slug) out.name = w.name;
      return out;
    }),
    unwritten: sorted.filter((w) => !writableSlug(w.slug)).map((w) => `${JSON.stringify(shown(w.slug))} (a slug the file format does not accept)`),
  };
}
