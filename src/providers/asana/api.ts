/**
 * The Asana endpoints Gatehouse uses, their shapes (only the fields we read),
 * and the offset-token walk. Line numbers refer to shared/reference/asana_oas.yaml.
 */
import type { HttpClient } from '../../http/index.js';
import type { PaginateSpec, Query } from '../../http/index.js';
import { describeShape, ProviderFailure } from '../failure.js';

/** Asana's page size ceiling (components/parameters/limit). */
export const PAGE_LIMIT = 100;

export interface NextPage {
  offset: string;
  path?: string;
  uri?: string;
}

export interface ListResponse<T> {
  data: T[];
  next_page?: NextPage | null;
}

export interface DataResponse<T> {
  data: T;
}

export interface Named {
  gid: string;
  name?: string | null;
}

export interface User {
  gid: string;
  name?: string | null;
  email?: string | null;
}

/**
 * The opt_fields of a project in a list: its team (oas:31649) and the level
 * addMembers gives (`default_access_level`, oas:5204; in the enums of GET
 * /projects and GET /teams/{gid}/projects).
 */
export const PROJECT_FIELDS = 'name,team,default_access_level';
export const TEAM_PROJECT_FIELDS = 'name,default_access_level';

/** A project as a list gives it with PROJECT_FIELDS: the team comes compact (gid, name). */
export interface ProjectRecord extends Named {
  team?: { gid?: string } | null;
  default_access_level?: string | null;
}

/**
 * A portfolio or goal as a list gives it with SHARED_FIELDS, and a portfolio
 * as GET /portfolios/{gid} gives it with PORTFOLIO_FIELDS (its workspace, to
 * check that a gid the file names is of the workspace it sits in).
 */
export interface SharedRecord extends Named {
  default_access_level?: string | null;
  workspace?: { gid?: string } | null;
}
/** In the opt_fields enums of GET /portfolios (oas:24603) and GET /goals (oas:18958). */
export const SHARED_FIELDS = 'name,default_access_level';
/** In the opt_fields enum of GET /portfolios/{gid} (oas:25393). */
export const PORTFOLIO_FIELDS = 'name,workspace,default_access_level';

/**
 * WorkspaceResponse (oas:9380): `is_organization` and `email_domains` are
 * opt_fields of GET /workspaces (oas:65658) and GET /workspaces/{gid} (oas:65841).
 */
export interface WorkspaceRecord extends Named {
  is_organization?: boolean | null;
  email_domains?: string[] | null;
}

/**
 * WorkspaceMembershipResponse (oas:9294): we ask for `user`, `is_active` and
 * `is_guest` (all in the opt_fields enum of oas:65452).
 */
export interface WorkspaceMembership {
  gid: string;
  user?: { gid: string } | null;
  is_active?: boolean | null;
  is_guest?: boolean | null;
}

/** TeamMembershipCompact (oas:8539): we ask for `user` only. */
export interface TeamMembership {
  gid: string;
  user?: { gid: string } | null;
}

/**
 * A membership as GET /memberships lists it (ProjectMembershipCompact,
 * oas:5527; its compact fields are the defaults, the endpoint's opt_fields
 * enum names none of them): `member` is a user or a team.
 */
export interface Membership {
  gid: string;
  member?: { gid: string; resource_type?: string; name?: string | null } | null;
  access_level?: string | null;
}

const seg = (gid: string): string => encodeURIComponent(gid);

export const paths = {
  /** GET, paginated (oas:65643). */
  workspaces: () => '/workspaces',
  /** GET, one workspace (oas:65827). */
  workspace: (workspace: string) => `/workspaces/${seg(workspace)}`,
  /** GET, paginated: user, is_active, is_guest per member (oas:65437). */
  workspaceMemberships: (workspace: string) => `/workspaces/${seg(workspace)}/workspace_memberships`,
  /** GET, paginated (oas:58005). */
  workspaceTeams: (workspace: string) => `/workspaces/${seg(workspace)}/teams`,
  /** GET, paginated (oas:34041). */
  teamProjects: (team: string) => `/teams/${seg(team)}/projects`,
  /** GET with `workspace=`, paginated (oas:31483). */
  projects: () => '/projects',
  /** GET with `workspace=`, paginated; the workspace's whole directory (oas:62241). */
  users: () => '/users',
  /** GET, one user; `me` is the token's own user (oas:62512, oas:977). */
  user: (user: string) => `/users/${seg(user)}`,
  /** GET with `workspace=` (required), paginated; a personal access token sees only its own user's portfolios (oas:24603). */
  portfolios: () => '/portfolios',
  /** GET, one portfolio (oas:25393). */
  portfolio: (portfolio: string) => `/portfolios/${seg(portfolio)}`,
  /** GET with `workspace=`, paginated (oas:18958). */
  goals: () => '/goals',
  /** GET, paginated (oas:56691). */
  teamMemberships: (team: string) => `/teams/${seg(team)}/team_memberships`,
  /** GET with `parent=` (a project, portfolio or goal), paginated (oas:22351); POST `{data:{member, parent, access_level}}` (oas:22437). */
  memberships: () => '/memberships',
  /** PUT `{data:{access_level}}`, DELETE (oas:22706). */
  membership: (membership: string) => `/memberships/${seg(membership)}`,
  /** POST `{data:{user}}` → the user (oas:66181). */
  workspaceAddUser: (workspace: string) => `/workspaces/${seg(workspace)}/addUser`,
  /** POST `{data:{user}}` → a team membership (oas:58649). */
  teamAddUser: (team: string) => `/teams/${seg(team)}/addUser`,
  /** POST `{data:{members: "gid1,gid2"}}` → the project (oas:37049). */
  projectAddMembers: (project: string) => `/projects/${seg(project)}/addMembers`,
  /** POST `{data:{user}}` → `{}`; the caller must be a workspace admin (oas:66378). */
  workspaceRemoveUser: (workspace: string) => `/workspaces/${seg(workspace)}/removeUser`,
  /** POST `{data:{user}}` → `{}`; the caller must be a team member (oas:58844). */
  teamRemoveUser: (team: string) => `/teams/${seg(team)}/removeUser`,
  /** POST `{data:{members: "gid1,gid2"}}` (RemoveMembersRequest, oas:6258) → the project (oas:37483). */
  projectRemoveMembers: (project: string) => `/projects/${seg(project)}/removeMembers`,
  /** POST `{data:{members}}`, as for projects → the portfolio (oas:27353). */
  portfolioAddMembers: (portfolio: string) => `/portfolios/${seg(portfolio)}/addMembers`,
  /** POST `{data:{members}}` → the portfolio (oas:27733). */
  portfolioRemoveMembers: (portfolio: string) => `/portfolios/${seg(portfolio)}/removeMembers`,
} as const;

/**
 * The walk of a paginated Asana list: `limit=100`, then the previous answer's
 * `next_page.offset` until `next_page` is null or absent. A page without a
 * `data` list (an empty body included) fails the walk: read as "no items", it
 * would make a place look empty and plan a mass add.
 */
function walk<T>(path: string, query: Query): PaginateSpec<ListResponse<T>, T> {
  return {
    first: { path, query: { ...query, limit: PAGE_LIMIT } },
    items: (page) => {
      const data: unknown = page !== null && typeof page === 'object' ? (page as { data?: unknown }).data : undefined;
      if (!Array.isArray(data)) throw new ProviderFailure(`GET ${path}: expected an object with a data list, got ${describeShape(page)}`);
      return data as T[];
    },
    next: (page, req) => {
      const offset = page?.next_page?.offset;
      return typeof offset === 'string' && offset !== '' ? { path: req.path, query: { ...req.query, offset } } : undefined;
    },
  };
}

/** Every item of a paginated Asana list (see `walk`). */
export function listAll<T>(http: HttpClient, path: string, query: Query = {}): Promise<T[]> {
  return http.collect(walk<T>(path, query));
}

/**
 * Every item of a paginated Asana list if it ends within `maxPages` pages;
 * undefined (after exactly `maxPages` requests) when it goes on.
 */
export async function listWithin<T>(http: HttpClient, path: string, query: Query, maxPages: number): Promise<T[] | undefined> {
  const spec = walk<T>(path, query);
  let pages = 0;
  let cut = false;
  const items = await http.collect({
    ...spec,
    next: (page, req) => {
      const next = spec.next(page, req);
      if (next !== undefined && ++pages >= maxPages) {
        cut = true;
        return undefined;
      }
      return next;
    },
  });
  return cut ? undefined : items;
}
