/**
 * The sandbox's in-memory Dreadnode: platform users, organisations, their
 * workspaces and, per workspace, one permission per user. Plain data (Maps
 * survive structuredClone) plus the mutations the seed and the routes share.
 * It is the World's `providers.dreadnode` (part.ts).
 */
import type { ProviderWorld } from '../../../sandbox/world.js';
import { stableUuid, tickInstant } from './ids.js';

export const PERMISSIONS = ['owner', 'contributor', 'reader'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const isPermission = (v: unknown): v is Permission =>
  typeof v === 'string' && (PERMISSIONS as readonly string[]).includes(v);

export interface DnUser {
  /** uuid */
  id: string;
  /** Lower-case email. */
  email: string;
  /** Display name; null when the seed gives none. */
  name: string | null;
}

export interface DnGrant {
  /** uuid of the permission record. */
  id: string;
  userId: string;
  permission: Permission;
  /** ISO date-time. */
  grantedAt: string;
  /** uuid of the granting user; null for grants the seed made. */
  grantedBy: string | null;
}

export interface DnWorkspace {
  id: string;
  /** The slug. */
  key: string;
  name: string;
  orgId: string;
  isActive: boolean;
  isDefault: boolean;
  /** By user id, in grant order. */
  grants: Map<string, DnGrant>;
}

export interface DnOrg {
  id: string;
  /** The slug. */
  key: string;
  /** By slug, in seed order. */
  workspaces: Map<string, DnWorkspace>;
}

export interface DreadnodeWorld extends ProviderWorld {
  /** uuid of the token's own user. */
  meId: string;
  /** By uuid. */
  users: Map<string, DnUser>;
  /** By slug. */
  orgs: Map<string, DnOrg>;
  /** Logical clock: ticks once per grant or permission change made over HTTP. */
  clock: number;
  /** Grants made so far (seed and writes): gives each new grant its own id. */
  issued: number;
}

export function emptyDreadnodeWorld(): DreadnodeWorld {
  return { token: '', meId: '', users: new Map(), orgs: new Map(), clock: 0, issued: 0 };
}

export function findDnUserByEmail(dw: DreadnodeWorld, email: string): DnUser | undefined {
  const wanted = email.toLowerCase();
  for (const u of dw.users.values()) if (u.email === wanted) return u;
  return undefined;
}

/** The user with this email, created (with a stable uuid) when missing; a given name replaces the old one. */
export function ensureDnUser(dw: DreadnodeWorld, email: string, name?: string): DnUser {
  const existing = findDnUserByEmail(dw, email);
  if (existing) {
    if (name !== undefined) existing.name = name;
    return existing;
  }
  const lower = email.toLowerCase();
  const user: DnUser = { id: stableUuid('user', lower), email: lower, name: name ?? null };
  dw.users.set(user.id, user);
  return user;
}

export function ensureOrg(dw: DreadnodeWorld, slug: string): DnOrg {
  let org = dw.orgs.get(slug);
  if (!org) {
    org = { id: stableUuid('org', slug), key: slug, workspaces: new Map() };
    dw.orgs.set(slug, org);
  }
  return org;
}

/** The workspace with this slug in the org, created when missing; a given name replaces the old one. */
export function ensureWorkspace(org: DnOrg, slug: string, name?: string): DnWorkspace {
  let ws = org.workspaces.get(slug);
  if (!ws) {
    ws = {
      id: stableUuid('workspace', `${org.key}/${slug}`),
      key: slug,
      name: name ?? nameFromSlug(slug),
      orgId: org.id,
      isActive: true,
      // The first workspace of an organisation is its default one.
      isDefault: org.workspaces.size === 0,
      grants: new Map(),
    };
    org.workspaces.set(slug, ws);
  } else if (name !== undefined) {
    ws.name = name;
  }
  return ws;
}

/** "ml-research_team" → "Ml Research Team". */
export function nameFromSlug(slug: string): string {
  const words = slug.split(/[-_.]+/).filter((w) => w.length > 0);
  if (words.length === 0) return slug;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/**
 * Gives a user a permission on a workspace (the caller checks they have none).
 * `by` is the granting user's id (null from the seed); grants over HTTP tick the clock.
 */
export function grant(dw: DreadnodeWorld, ws: DnWorkspace, user: DnUser, permission: Permission, by: string | null): DnGrant {
  const g: DnGrant = {
    id: stableUuid('permission', `${ws.id}/${user.id}#${dw.issued++}`),
    userId: user.id,
    permission,
    grantedAt: by === null ? tickInstant(0) : tickInstant(++dw.clock),
    grantedBy: by,
  };
  ws.grants.set(user.id, g);
  return g;
}

/**
 * Changes a held permission. Guess: a change counts as a new grant (granted_at
 * and granted_by move to this change); setting the same permission changes nothing.
 */
export function changePermission(dw: DreadnodeWorld, g: DnGrant, permission: Permission, by: string): DnGrant {
  if (g.permission === permission) return g;
  g.permission = permission;
  g.grantedAt = tickInstant(++dw.clock);
  g.grantedBy = by;
  return g;
}
