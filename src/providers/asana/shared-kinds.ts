/**
 * The places Asana shares through the Memberships API: projects, portfolios
 * and goals. Each member, a user or a team, holds one access level there.
 * Projects and portfolios also take a whole list of users in one request
 * (addMembers at the place's default level, removeMembers); goals do not.
 */
import { paths } from './api.js';
import { GOAL_LEVELS, PORTFOLIO_LEVELS, PROJECT_LEVELS } from './schema.js';

export interface SharedKind {
  levels: readonly string[];
  /** The routes that take a comma-separated list of users, where the kind has them. */
  lists?: { add: (gid: string) => string; remove: (gid: string) => string };
}

const KINDS = new Map<string, SharedKind>([
  ['project', { levels: PROJECT_LEVELS, lists: { add: paths.projectAddMembers, remove: paths.projectRemoveMembers } }],
  ['portfolio', { levels: PORTFOLIO_LEVELS, lists: { add: paths.portfolioAddMembers, remove: paths.portfolioRemoveMembers } }],
  ['goal', { levels: GOAL_LEVELS }],
]);

/** The kind's facts, or undefined for a workspace or team (their members hold no level). */
export const sharedKind = (kind: string): SharedKind | undefined => KINDS.get(kind);

export const SHARED_KIND_NAMES: readonly string[] = [...KINDS.keys()];
