/**
 * addMembers / removeMembers, which projects (oas:37049, 37483) and
 * portfolios (oas:27353, 27733) share: a list of users in one request, each
 * added at the object's default access level.
 */
import type { AsanaContext } from './common.js';
import { badRequest, forbidden } from '../errors.js';
import { addMember, isActiveMember, type Parent } from '../world.js';
import { bodyData, describeUserId, findUser, parseUserId, requireUser, type UserId } from './common.js';

/**
 * `members` of AddMembersRequest / RemoveMembersRequest (oas 1970, 6258): the
 * prose says "an array of strings", but the schema says `type: string` and the
 * example is `521621,621373`. Only that documented form is accepted: a
 * comma-separated string; an array (or anything else) is a 400.
 */
function parseMembers(ctx: AsanaContext): UserId[] {
  const raw = bodyData(ctx)['members'];
  if (typeof raw !== 'string') {
    throw badRequest('members: Must be a string holding a comma-separated list of users ("me", emails or gids)');
  }
  const parts = raw.split(',').map((s) => s.trim());
  if (parts.length === 0 || parts.some((p) => p === '')) {
    throw badRequest(`members: Missing or empty entry in "${raw}"`);
  }
  return parts.map((p) => parseUserId(p, 'members'));
}

/**
 * Adds the body's users to `parent` at its default access level.
 *
 * Guess: a user outside the object's workspace is refused with 403 (the
 * OAS does not say; Asana does not let a project or portfolio hold
 * non-members of its organisation). Users are handled in the order given and
 * the first refusal ends the request, so earlier users in the list may
 * already have been added (guess: no all-or-nothing promise is documented,
 * so a client must re-read after a failed batch). Identifiers are all
 * checked for syntax before any change.
 */
export function addUsers(ctx: AsanaContext, parent: Parent): void {
  const ids = parseMembers(ctx);
  const ws = ctx.world.workspaces.get(parent.workspaceGid);
  for (const id of ids) {
    const user = findUser(ctx, id, 'members');
    if (!user || ws === undefined || !isActiveMember(ws, user.gid)) {
      throw forbidden(
        `members: ${describeUserId(id)} is not a member of the workspace of ${parent.kind} ${parent.gid}; add them to the workspace first`,
      );
    }
    addMember(ctx.world, parent, user);
  }
}

/** Removes the body's users from `parent`; removing a non-member changes nothing. */
export function removeUsers(ctx: AsanaContext, parent: Parent): void {
  for (const id of parseMembers(ctx)) parent.members.delete(requireUser(ctx, id, 'members').gid);
}
