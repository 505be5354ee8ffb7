/**
 * The Memberships API for projects (oas:22351 GET/POST /memberships,
 * oas:22706 GET/PUT/DELETE /memberships/{gid}): members are users or teams,
 * each at an access level.
 *
 * Guesses (the OAS lists 400/403/404 without saying which refusal is which):
 * - A second membership for the same member is a 400 that points at PUT;
 *   Asana does not document whether it updates or refuses.
 * - A team of another workspace is a 400, like an unknown level: the request
 *   cannot be right. A user who is not an active member of the project's
 *   workspace is a 403, as on addMembers.
 * - `role` (deprecated, oas:9545) is read when `access_level` is absent.
 */
import type { AsanaContext, AsanaRoute } from './common.js';
import { badRequest, forbidden, notFound } from '../errors.js';
import { membershipRecord } from '../records.js';
import {
  findProjectMembership,
  isActiveMember,
  joinProject,
  shareProjectWithTeam,
  type AccessLevel,
  type Project,
  type ProjectMember,
  type Team,
  type User,
} from '../world.js';
import { bodyData, gidValue, list, one, queryGid } from './common.js';
import { MEMBERSHIP, MEMBERSHIP_FULL } from './specs.js';

/** Project access levels (MembershipRequest.access_level, oas:9522). */
const PROJECT_LEVELS: readonly AccessLevel[] = ['admin', 'editor', 'commenter'];

type Member = User | Team;
type Entry = [Member, ProjectMember];

const isTeam = (m: Member): m is Team => 'workspaceGid' in m;

/** The project a `parent` gid names; another object's gid is a 400, an unknown one a 404. */
function parentProject(ctx: AsanaContext, value: unknown): Project {
  if (typeof value !== 'string' || value === '') throw badRequest('parent: Missing input');
  const gid = gidValue(value, 'parent');
  const project = ctx.world.projects.get(gid);
  if (project) return project;
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

function levelOf(value: unknown, label: string): AccessLevel {
  if (typeof value === 'string' && (PROJECT_LEVELS as readonly string[]).includes(value)) return value as AccessLevel;
  throw badRequest(`${label}: ${JSON.stringify(value)} is not a project access level (one of ${PROJECT_LEVELS.join(', ')})`);
}

/** A project's memberships: users first, then teams, each in join order (the OAS documents no order). */
function entriesOf(ctx: AsanaContext, project: Project): Entry[] {
  const out: Entry[] = [];
  for (const [gid, m] of project.members) {
    const user = ctx.world.users.get(gid);
    if (user) out.push([user, m]);
  }
  for (const [gid, m] of project.teamMembers) {
    const team = ctx.world.teams.get(gid);
    if (team) out.push([team, m]);
  }
  return out;
}

function membershipAt(ctx: AsanaContext): { project: Project; entry: Entry; remove: () => void } {
  const gid = gidValue(ctx.params['membership_gid'] ?? '', 'membership');
  const found = findProjectMembership(ctx.world, gid);
  const member = found && (found.isTeam ? ctx.world.teams.get(found.memberGid) : ctx.world.users.get(found.memberGid));
  if (!found || !member) throw notFound(`membership: Unknown object: ${gid}`);
  const { project } = found;
  const remove = (): void => void (found.isTeam ? project.teamMembers : project.members).delete(found.memberGid);
  return { project, entry: [member, found.membership], remove };
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
      const project = parentProject(ctx, parent);
      const entries = entriesOf(ctx, project).filter(([who]) => memberGid === undefined || who.gid === memberGid);
      return list(ctx, entries, ([who, m]) => membershipRecord(ctx.world, project, who, m), MEMBERSHIP);
    },
  },
  {
    // oas:22563: 201 with the full record of the new membership.
    method: 'POST',
    pattern: '/memberships',
    status: 201,
    handle(ctx) {
      const data = bodyData(ctx);
      const project = parentProject(ctx, data['parent']);
      const member = memberAt(ctx, data['member']);
      const asked = data['access_level'] ?? data['role'];
      const level = asked === undefined ? undefined : levelOf(asked, data['access_level'] === undefined ? 'role' : 'access_level');
      if (isTeam(member) && member.workspaceGid !== project.workspaceGid) {
        throw badRequest(`member: team ${member.gid} is not in the workspace of project ${project.gid}`);
      }
      const ws = ctx.world.workspaces.get(project.workspaceGid);
      if (!isTeam(member) && (ws === undefined || !isActiveMember(ws, member.gid))) {
        throw forbidden(`member: ${member.gid} is not a member of the workspace of project ${project.gid}; add them to the workspace first`);
      }
      const existing = (isTeam(member) ? project.teamMembers : project.members).get(member.gid);
      if (existing) {
        throw badRequest(
          `member: ${member.gid} already has membership ${existing.membershipGid} of project ${project.gid}; change its level with PUT /memberships/${existing.membershipGid}`,
        );
      }
      const m = isTeam(member)
        ? shareProjectWithTeam(ctx.world, project, member, level)
        : joinProject(ctx.world, project, member, level);
      return one(ctx, membershipRecord(ctx.world, project, member, m), MEMBERSHIP_FULL);
    },
  },
  {
    method: 'GET',
    pattern: '/memberships/{membership_gid}',
    handle(ctx) {
      const { project, entry } = membershipAt(ctx);
      return one(ctx, membershipRecord(ctx.world, project, ...entry), MEMBERSHIP_FULL);
    },
  },
  {
    // oas:22706 PUT: MembershipUpdateRequest (access_level), answers the membership.
    method: 'PUT',
    pattern: '/memberships/{membership_gid}',
    handle(ctx) {
      const { project, entry } = membershipAt(ctx);
      const data = bodyData(ctx);
      if (data['access_level'] === undefined) throw badRequest('access_level: Missing input');
      entry[1].accessLevel = levelOf(data['access_level'], 'access_level');
      return one(ctx, membershipRecord(ctx.world, project, ...entry), MEMBERSHIP_FULL);
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
