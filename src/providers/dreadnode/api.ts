/**
 * The Dreadnode endpoints Gatehouse uses and their shapes (only the fields we
 * read). The facts come from the Dreadnode API reference as summarised in
 * shared/API-FACTS.md; every guess that page does not back is marked
 * `// Inferred:` here, so the list of assumptions stays in one file:
 *
 * - the POST body's key names (`user_email`, `permission`), taken from the
 *   fields of the permission the API answers with;
 * - `DELETE …/users/{user_id}` to take a permission away (not in the reference);
 * - 409 on POST means the user already holds a permission there (the reference
 *   lists 409 as "already exists" without naming the call), so the grant is
 *   finished with a PUT — see apply.ts;
 * - the pagination parameters are `page` (1-based) and `page_size`, and the
 *   walk ends when `has_next` is false, `page` reaches `total_pages`, or a
 *   page is empty;
 * - 100 workspaces a page is accepted (the reference's example asks for it);
 * - 404 on the workspace list means the organisation does not exist for this
 *   token, 403 that the token may not see it (resolve.ts);
 * - 404 on DELETE means the user holds no permission there (apply.ts);
 * - a route may answer a validation error FastAPI's way, with the items in
 *   `detail` itself (errors.ts reads both);
 * - no rate limits are documented: the in-flight caps are our choice (index.ts).
 *
 * Stated by API-FACTS, so not inferred: `{org}` and `{workspace}` in paths
 * are slugs, a workspace's slug is its `key`, the users list is a bare array,
 * `{user_id}` is the permission's `user_id` (the names match), and the error envelope's shape.
 */
import type { HttpClient, PageRequest } from '../../http/index.js';
import { describeShape } from '../failure.js';
import { DreadnodeFailure } from './errors.js';

/** The API version prefix every documented path starts with. */
export const API_PREFIX = '/api/v1';

/** Workspaces per page when listing an organisation's workspaces. */
// Inferred: the reference shows page_size=100 in its example; its ceiling is not documented.
export const PAGE_SIZE = 100;

/** A workspace as `GET /api/v1/org/{org}/ws` lists it. */
export interface Workspace {
  id?: string;
  /** The slug used in URLs. */
  key: string;
  name?: string | null;
  org_id?: string;
  is_active?: boolean;
  is_default?: boolean;
}

/** One page of `GET /api/v1/org/{org}/ws`. */
export interface WorkspacePage {
  workspaces?: Workspace[] | null;
  page?: number;
  limit?: number;
  total?: number;
  total_pages?: number;
  has_next?: boolean;
  has_previous?: boolean;
}

/** A user's permission on a workspace (what the users endpoints answer with). */
export interface UserPermission {
  id?: string;
  workspace_id?: string;
  user_id: string;
  user_email: string;
  user_name?: string | null;
  permission: string;
  granted_at?: string;
  granted_by?: string | null;
}

/** A workspace's address: the organisation slug and the workspace slug. */
export interface WorkspaceAddress {
  org: string;
  workspace: string;
}

const seg = (s: string): string => encodeURIComponent(s);

export const paths = {
  /** GET, paginated by `page`/`page_size`. */
  workspaces: (org: string) => `${API_PREFIX}/org/${seg(org)}/ws`,
  /** GET → a bare array of permissions (not paginated); POST → one permission. */
  users: (a: WorkspaceAddress) => `${API_PREFIX}/org/${seg(a.org)}/ws/${seg(a.workspace)}/users`,
  /** PUT `{permission}` → one permission; DELETE (inferred). */
  user: (a: WorkspaceAddress, userId: string) => `${API_PREFIX}/org/${seg(a.org)}/ws/${seg(a.workspace)}/users/${seg(userId)}`,
} as const;

/** The POST body that grants `permission` to the user with `email`. */
// Inferred: the key names mirror the answer's fields `user_email` and `permission`.
export function grantBody(email: string, permission: string): { user_email: string; permission: string } {
  return { user_email: email, permission };
}

/** The PUT body that sets a user's permission. */
export function permissionBody(permission: string): { permission: string } {
  return { permission };
}

/** Most pages a workspace list may take (100,000 workspaces): a guard against an API that always says "more". */
const MAX_PAGES = 1000;

/**
 * Every workspace of an organisation: page 1, 2, … of `PAGE_SIZE` until the
 * answer says there is no next page. An answer of the wrong shape fails the
 * walk rather than being read as "no workspaces"; so does a page other than
 * the one asked for, and the walk stops at an empty page or `total_pages`.
 */
export function listWorkspaces(http: HttpClient, org: string): Promise<Workspace[]> {
  const path = paths.workspaces(org);
  const pageOf = (req: PageRequest) => Number(req.query?.['page'] ?? 1);
  return http.collect<unknown, Workspace>({
    // Inferred: the parameter names `page` (1-based) and `page_size`.
    first: { path, query: { page: 1, page_size: PAGE_SIZE } },
    maxPages: MAX_PAGES,
    items: (page) => workspacesOf(page, path),
    next: (answer, req) => {
      const page = answer as WorkspacePage;
      const asked = pageOf(req);
      if (typeof page.page === 'number' && page.page !== asked) {
        throw new DreadnodeFailure(`GET ${path}: asked for page ${asked}, got page ${page.page}`);
      }
      if ((page.workspaces ?? []).length === 0) return undefined;
      if (typeof page.total_pages === 'number' && asked >= page.total_pages) return undefined;
      // Inferred: `has_next` is authoritative; `total_pages` is the fallback when it is absent.
      const more = typeof page.has_next === 'boolean' ? page.has_next : typeof page.total_pages === 'number';
      return more ? { path: req.path, query: { ...req.query, page: asked + 1 } } : undefined;
    },
  });
}

function workspacesOf(page: unknown, path: string): Workspace[] {
  const list = page !== null && typeof page === 'object' ? (page as WorkspacePage).workspaces : undefined;
  if (!Array.isArray(list)) {
    throw new DreadnodeFailure(`GET ${path}: expected an object with a workspaces list, got ${describeShape(page)}`);
  }
  list.forEach((w, i) => {
    if (!isWorkspace(w)) throw new DreadnodeFailure(`GET ${path}: workspace ${i + 1} of the page has no slug (key)`);
  });
  return list as Workspace[];
}

/**
 * A workspace's users and their permissions. Any entry without a user id,
 * email or permission fails the read: skipping it would plan that user as
 * missing (and, once removals exist, others as extra).
 */
export async function listUsers(http: HttpClient, address: WorkspaceAddress): Promise<UserPermission[]> {
  const path = paths.users(address);
  const answer = await http.get<unknown>(path);
  if (!Array.isArray(answer)) {
    throw new DreadnodeFailure(`GET ${path}: expected a JSON array of permissions, got ${describeShape(answer)}`);
  }
  answer.forEach((p, i) => {
    if (!isPermission(p)) {
      throw new DreadnodeFailure(`GET ${path}: entry ${i + 1} is not a permission (it needs user_id, user_email and permission)`);
    }
  });
  return answer as UserPermission[];
}

function isWorkspace(w: unknown): w is Workspace {
  return w !== null && typeof w === 'object' && typeof (w as { key?: unknown }).key === 'string';
}

function isPermission(p: unknown): p is UserPermission {
  if (p === null || typeof p !== 'object') return false;
  const { user_id, user_email, permission } = p as Record<string, unknown>;
  return typeof user_id === 'string' && typeof user_email === 'string' && typeof permission === 'string';
}
