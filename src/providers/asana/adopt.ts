/**
 * Where adopt writes an Asana member: a workspace's or team's `members:`, a
 * project's, portfolio's or goal's list of the member's access level. A
 * team's, project's, portfolio's or goal's people are members of its
 * workspace implicitly; a guest is noted as export notes one.
 */
import type { AdoptPart, ListSpot } from '../../adopt/part.js';
import type { DesiredPlace } from '../../model/index.js';
import { GOAL_LEVELS, PORTFOLIO_LEVELS, PROJECT_LEVELS } from './schema.js';

const LEVELS: Record<string, readonly string[]> = { project: PROJECT_LEVELS, portfolio: PORTFOLIO_LEVELS, goal: GOAL_LEVELS };

function listFor(place: DesiredPlace, role: string | undefined): ListSpot | undefined {
  const levels = LEVELS[place.kind];
  if (levels === undefined) return role === undefined ? { key: 'members', after: [place.kind, 'prune', 'allow_guests'] } : undefined;
  if (role === undefined) return { key: 'members', after: [place.kind, 'prune'] };
  const i = levels.indexOf(role);
  return i === -1 ? undefined : { key: role, after: [place.kind, 'prune', 'members', ...levels.slice(0, i)] };
}

export const asanaAdopt: AdoptPart = {
  listFor,
  implies: (place) => (place.kind === 'workspace' ? undefined : place.requiresKey),
  note: (member) => (member.marks?.includes('guest') ? 'guest' : undefined),
};
