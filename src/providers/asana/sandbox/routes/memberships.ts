/**
 * The Memberships API for projects, portfolios and goals (oas:22351 GET/POST
 * /memberships, oas:22706 GET/PUT/DELETE /memberships/{gid}): members are
 * users or teams, each at an access level its parent's kind has (world.ts
 * LEVELS).
 *
 * Guesses (the OAS lists 400/403/404 without saying which refusal is which):
 * - A second membership for the same member is a 400 that points at PUT;
 *   Asana does not document whether it updates or refuses.
 * - A team of another workspace is a 400, like an unknown level: the request
 *   cannot be right. A user who is not an active member of the parent's
 *   workspace is a 403, as on addMembers.
 * - `role` (deprecated, oas:9540) is read when `access_level` is absent.
 * - With neither, a goal's new member is a commenter, as the `role` text
 *   says (oas:9540), whatever the goal's default_access_level; a project's
 *   or portfolio's gets its default_access_level (the text names the
 *   project's default; it says nothing of portfolios).
 */
import type { AsanaContext, AsanaRoute } from './common.js';
import { badRequest, forbidden, notFound } from '../errors.js';
import { membershipRecord } from '../records.js';
import {
  addMember,
  findMembership,
  isActiveMember,
  isLevelOf,
  LEVELS,
  parentAt,
  shareWithTeam,
  type AccessLevel,
  type Parent,
  type ParentKind,
  type ParentMember,
  type Team,
  type User,
} from '../world.js';
import { bodyData, gidValue, list, one, queryGid } from './common.js';
import { MEMBERSHIP, MEMBERSHIP_FULL } from './specs.js';

type Member = User | Team;
type Entry = [Member, ParentMember];

const isTeam = (m: Member): m is Team => 'workspaceGid' in m;

/** The level a new member gets when the request names none (see the guesses above). */
const UNSAID_LEVEL: Partial<Record<ParentKind, AccessLevel>> = { goal: 'commenter' };

/** The project, portfolio or goal a `parent` gid names; another object's gid is a 400, an unknown one a 404. */
function parentOf(ctx: AsanaContext, value: unknown): Parent {
  if (typeof value !== 'string' || value === '') throw badRequest('parent: Missing input');
  const gid = gidValue(value, 'parent');
  const parent = parentAt(ctx.world, gid);
  if (parent) return parent;
  if (ctx.world.gids.has(gid)) throw badRequest(`parent: ${gid} is not a goal, project or portfolio`);
  throw notFound(`parent: Unknown object: ${gid}`);
}

/** The user or team a `member` gid names (a gid only: emails are refused). */
function memberAt(ctx: AsanaContext, value: unknown): Member {
  if (typeof value !== 'string' || value === '') throw badRequest('member: Missing input');
  const gid = gidValue(value, 'member');
  const member = ctx.world.users.get(gid) ?? ctx.world.teams.get(gid);
  if (!member) throw notFound(`member: Unknown object: ${gid}`);
  return member;
}

/** An access level of `parent`'s kind; any other value is a 400 naming the kind's levels. */
function levelOf(parent: Parent, value: unknown, label: string): AccessLevel {
  if (isLevelOf(parent.kind, value)) return value;
  throw badRequest(`${label}: ${JSON.stringify(value)} is not a ${parent.kind} access level (one of ${LEVELS[parent.kind].join(', ')})`);
}

/** A parent's memberships: users first, then teams, each in join order (the OAS documents no order). */
function entriesOf(ctx: AsanaContext, parent: Parent): Entry[] {
  const out: Entry[] = [];
  for (const [gid, m] of parent.members) {
    const user = ctx.world.users.get(gid);
    if (user) out.push([user, m]);
  }
  for (const [gid, m] of parent.teamMembers) {
    const team = ctx.world.teams.get(gid);
    if (team) out.push([team, m]);
  }
  return out;
}

function membershipAt(ctx: AsanaContext): { parent: Parent; entry: Entry; remove: () => void } {
  const gid = gidValue(ctx.params['membership_gid'] ?? '', 'membership');
  const found = findMembership(ctx.world, gid);
  const member = found && (found.isTeam ? ctx.world.teams.get(found.memberGid) : ctx.world.users.get(found.memberGid));
  if (!found || !member) throw notFound(`membership: Unknown object: ${gid}`);
  const { parent } = found;
  const remove = (): void => void (found.isTeam ? parent.teamMembers : parent.members).delete(found.memberGid);
  return { parent, entry: [member, found.membership], remove };
}

export const membershipRoutes: AsanaRoute[] = [
  {
    // oas:22351: by parent (optionally one member), or a team's project memberships without parent.
    method: 'GET',
    pattern: '/memberships',
    handle(ctx) {
      const memberGid = queryGid(ctx, 'member');
      const parent = ctx.query.get('parent');
      if (parent === null) {
        if (ctx.query.get('resource_subtype') !== 'project_membership' || memberGid === undefined) {
          throw badRequest('parent: Missing input; without parent, give member (a team) and resource_subtype=project_membership');
        }
        const team = ctx.world.teams.get(memberGid);
        if (!team) throw badRequest(`member: without parent, member must be a team (${memberGid} is not one)`);
        const shares = [...ctx.world.projects.values()].flatMap((p) => {
          const m = p.teamMembers.get(team.gid);
          return m ? [{ project: p, m }] : [];
        });
        return list(ctx, shares, ({ project, m }) => membershipRecord(ctx.world, project, team, m), MEMBERSHIP);
      }
      const of = parentOf(ctx, parent);
      const entries = entriesOf(ctx, of).filter(([who]) => memberGid === undefined || who.gid === memberGid);
      return list(ctx, entries, ([who, m]) => membershipRecord(ctx.world, of, who, m), MEMBERSHIP);
    },
  },
  {
    // oas:22563: 201 with the full record of the new membership.
    method: 'POST',
    pattern: '/memberships',
    status: 201,
    handle(ctx) {
      const data = bodyData(ctx);
      const parent = parentOf(ctx, data['parent']);
      const member = memberAt(ctx, data['member']);
      const asked = data['access_level'] ?? data['role'];
      const label = data['access_level'] === undefined ? 'role' : 'access_level';
      const level = asked === undefined ? UNSAID_LEVEL[parent.kind] : levelOf(parent, asked, label);
      const what = `${parent.kind} ${parent.gid}`;
      if (isTeam(member) && member.workspaceGid !== parent.workspaceGid) {
        throw badRequest(`member: team ${member.gid} is not in the workspace of ${what}`);
      }
      const ws = ctx.world.workspaces.get(parent.workspaceGid);
      if (!isTeam(member) && (ws === undefined || !isActiveMember(ws, member.gid))) {
        throw forbidden(`member: ${member.gid} is not a member of the workspace of ${what}; add them to the workspace first`);
      }
      const existing = (isTeam(member) ? parent.teamMembers : parent.members).get(member.gid);
      if (existing) {
        throw badRequest(
          `member: ${member.gid} already has membership ${existing.membershipGid} of ${what}; change its level with PUT /memberships/${existing.membershipGid}`,
        );
      }
      const m = isTeam(member) ? shareWithTeam(ctx.world, parent, member, level) : addMember(ctx.world, parent, member, level);
      return one(ctx, membershipRecord(ctx.world, parent, member, m), MEMBERSHIP_FULL);
    },
  },
  {
    method: 'GET',
    pattern: '/memberships/{membership_gid}',
    handle(ctx) {
      const { parent, entry } = membershipAt(ctx);
      return one(ctx, membershipRecord(ctx.world, parent, ...entry), MEMBERSHIP_FULL);
    },
  },
  {
    // oas:22706 PUT: MembershipUpdateRequest (access_level), answers the membership.
    method: 'PUT',
    pattern: '/memberships/{membership_gid}',
    handle(ctx) {
      const { parent, entry } = membershipAt(ctx);
      const data = bodyData(ctx);
      if (data['access_level'] === undefined) throw badRequest('access_level: Missing input');
      // Every level of the kind, though MembershipUpdateRequest (oas:9503) names only editor and commenter for goals.
      entry[1].accessLevel = levelOf(parent, data['access_level'], 'access_level');
      return one(ctx, membershipRecord(ctx.world, parent, ...entry), MEMBERSHIP_FULL);
    },
  },
  {
    // oas:22706 DELETE: "Returns an empty data record."
    method: 'DELETE',
    pattern: '/memberships/{membership_gid}',
    handle(ctx) {
      membershipAt(ctx).remove();
      return { data: {} };
    },
  },
];
