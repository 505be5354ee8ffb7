/** What Asana's route files share: path and query gids, body data, user identifiers, answers. */
import { ApiError, badRequest, notFound } from '../errors.js';
import { optFields, select, type FieldSpec, type Rec } from '../fields.js';
import { paginate } from '../pagination.js';
import type { Route, RouteContext } from '../../../../sandbox/router.js';
import {
  actsIn,
  callerGid,
  findUserByEmail,
  isServiceAccount,
  type AsanaWorld,
  type Goal,
  type Portfolio,
  type Project,
  type Team,
  type User,
  type Workspace,
} from '../world.js';

export type AsanaContext = RouteContext<AsanaWorld>;
export type AsanaRoute = Route<AsanaWorld>;

const GID = /^[0-9]{1,19}$/;

/** A gid from the path or query: not all digits → 400, as Asana answers "Not a recognized ID". */
export function gidValue(value: string, label: string): string {
  if (!GID.test(value)) throw badRequest(`${label}: Not a recognized ID: ${value}`);
  return value;
}

function pathParam(ctx: AsanaContext, name: string): string {
  const v = ctx.params[name];
  if (v === undefined) throw new ApiError(500, `route has no parameter ${name}`);
  return v;
}

/** The caller's own user (`me`): the seed's `me` for its token, the service account's user for that one. */
export function meOf(ctx: AsanaContext): User {
  const me = ctx.world.users.get(callerGid(ctx.world, ctx.token));
  if (!me) throw new Error('sandbox: the world has no user for the request’s token');
  return me;
}

/** True when the request comes with the service account's token. */
export const byServiceAccount = (ctx: AsanaContext): boolean => isServiceAccount(ctx.world, meOf(ctx).gid);

/** True when the caller may act in the workspace: a member of it, or the service account (world.ts actsIn). */
export const callerActsIn = (ctx: AsanaContext, ws: Workspace): boolean => actsIn(ctx.world, ws, meOf(ctx).gid);

export function workspaceAt(ctx: AsanaContext, gid: string, label = 'workspace'): Workspace {
  const ws = ctx.world.workspaces.get(gidValue(gid, label));
  if (!ws) throw notFound(`${label}: Unknown object: ${gid}`);
  return ws;
}

export function teamAt(ctx: AsanaContext, gid: string, label = 'team'): Team {
  const team = ctx.world.teams.get(gidValue(gid, label));
  if (!team) throw notFound(`${label}: Unknown object: ${gid}`);
  return team;
}

export function projectAt(ctx: AsanaContext, gid: string, label = 'project'): Project {
  const project = ctx.world.projects.get(gidValue(gid, label));
  if (!project) throw notFound(`${label}: Unknown object: ${gid}`);
  return project;
}

export function portfolioAt(ctx: AsanaContext, gid: string, label = 'portfolio'): Portfolio {
  const portfolio = ctx.world.portfolios.get(gidValue(gid, label));
  if (!portfolio) throw notFound(`${label}: Unknown object: ${gid}`);
  return portfolio;
}

export function goalAt(ctx: AsanaContext, gid: string, label = 'goal'): Goal {
  const goal = ctx.world.goals.get(gidValue(gid, label));
  if (!goal) throw notFound(`${label}: Unknown object: ${gid}`);
  return goal;
}

export const workspaceParam = (ctx: AsanaContext): Workspace => workspaceAt(ctx, pathParam(ctx, 'workspace_gid'));
export const teamParam = (ctx: AsanaContext): Team => teamAt(ctx, pathParam(ctx, 'team_gid'));
export const projectParam = (ctx: AsanaContext): Project => projectAt(ctx, pathParam(ctx, 'project_gid'));
export const portfolioParam = (ctx: AsanaContext): Portfolio => portfolioAt(ctx, pathParam(ctx, 'portfolio_gid'));
export const goalParam = (ctx: AsanaContext): Goal => goalAt(ctx, pathParam(ctx, 'goal_gid'));

export type UserId = { kind: 'me' } | { kind: 'email'; email: string } | { kind: 'gid'; gid: string };

/** "me", an email, or a gid (oas TeamAddUserRequest.user and friends); anything else → 400. */
export function parseUserId(value: unknown, label: string): UserId {
  if (typeof value !== 'string' || value.trim() === '') {
    throw badRequest(`${label}: Missing input, or not a string naming a user ("me", an email or a gid)`);
  }
  const v = value.trim();
  if (v === 'me') return { kind: 'me' };
  if (GID.test(v)) return { kind: 'gid', gid: v };
  if (/^[^@\s]+@[^@\s]+$/.test(v)) return { kind: 'email', email: v.toLowerCase() };
  throw badRequest(`${label}: Not a valid user: ${v} (expected "me", an email or a gid)`);
}

/**
 * The user an identifier names. An unknown gid → 404; an email with no
 * account → undefined (the caller decides: invite or refuse).
 */
export function findUser(ctx: AsanaContext, id: UserId, label: string): User | undefined {
  switch (id.kind) {
    case 'me':
      return meOf(ctx);
    case 'gid': {
      const user = ctx.world.users.get(id.gid);
      if (!user) throw notFound(`${label}: Unknown object: ${id.gid}`);
      return user;
    }
    case 'email':
      return findUserByEmail(ctx.world, id.email);
  }
}

/** Like findUser, but an email with no account is an unknown object too (404). */
export function requireUser(ctx: AsanaContext, id: UserId, label: string): User {
  const user = findUser(ctx, id, label);
  if (!user) throw notFound(`${label}: Unknown object: ${describeUserId(id)}`);
  return user;
}

export function describeUserId(id: UserId): string {
  return id.kind === 'me' ? 'me' : id.kind === 'gid' ? id.gid : id.email;
}

/** `data` of a JSON write body; only the documented `{"data": {...}}` form is accepted. */
export function bodyData(ctx: AsanaContext): Record<string, unknown> {
  const body = ctx.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest('Request body must be a JSON object of the form {"data": {...}}');
  }
  const data = (body as Record<string, unknown>)['data'];
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw badRequest('data: Missing input; the body must be {"data": {...}}');
  }
  return data as Record<string, unknown>;
}

/** A gid filter from the query string (`workspace=…`). */
export function queryGid(ctx: AsanaContext, name: string): string | undefined {
  const v = ctx.query.get(name);
  if (v === null) return undefined;
  return gidValue(v, name);
}

export function one(ctx: AsanaContext, record: Rec, spec: FieldSpec): { data: Record<string, unknown> } {
  return { data: select(record, optFields(ctx.query), spec) };
}

/** A paginated list answer: `{data, next_page}` (next_page only when limit was sent). */
export function list<T>(ctx: AsanaContext, items: readonly T[], toRecord: (item: T) => Rec, spec: FieldSpec): unknown {
  const page = paginate({ query: ctx.query, path: ctx.path, apiBase: ctx.apiBase, secret: ctx.secret }, items);
  const fields = optFields(ctx.query);
  const data = page.items.map((item) => select(toRecord(item), fields, spec));
  return page.nextPage === undefined ? { data } : { data, next_page: page.nextPage };
}

/** [user, membership] pairs of a members map, in its order, skipping users that vanished. */
export function membersOf<M>(ctx: AsanaContext, members: Map<string, M>): [User, M][] {
  const out: [User, M][] = [];
  for (const [gid, m] of members) {
    const u = ctx.world.users.get(gid);
    if (u) out.push([u, m]);
  }
  return out;
}

/** Users in the order given by gids, skipping any that vanished. */
export function usersOf(ctx: AsanaContext, gids: Iterable<string>): User[] {
  const out: User[] = [];
  for (const gid of gids) {
    const u = ctx.world.users.get(gid);
    if (u) out.push(u);
  }
  return out;
}
