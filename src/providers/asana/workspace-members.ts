/**
 * The members of one workspace, with Asana's flags.
 *
 * Who is a member: every user with a workspace membership record (GET
 * /workspaces/{gid}/workspace_memberships; the OAS: "This object determines
 * if a user is a member of a workspace"). The directory (GET /users?workspace=)
 * only supplies emails and names. Where the two lists disagree:
 * - a membership the directory does not list is still a member; its email is
 *   fetched by gid (`whoIs`);
 * - a directory user without a membership record is not counted: nothing is
 *   planned for them here (an add the file asks for is sent, and is harmless
 *   if they are a member after all; a prune never removes them).
 *
 * Flags:
 * - `guest`: `is_guest: true`.
 * - `inactive`: `is_active: false`. The OAS says is_active is true "for users
 *   who have joined the workspace or have been invited but not yet accepted".
 *   So `inactive` does NOT mark pending invites (those are active, and look
 *   like any member here); it marks a user whose membership record remains
 *   but who is no longer associated with the workspace (deactivated or
 *   deprovisioned). A flag the answer leaves out is not set.
 *
 * A membership record without a user gid fails the read: skipping it would
 * make the place look smaller than it is.
 */
import type { HttpClient } from '../../http/index.js';
import type { LiveMember } from '../../model/index.js';
import { describeShape, ProviderFailure } from '../failure.js';
import { listAll, paths, type WorkspaceMembership } from './api.js';
import { sortMembers } from '../live-members.js';

/** One workspace membership record, as read and export count it. */
export interface WorkspaceMemberRecord {
  gid: string;
  /** `is_guest: true`. */
  guest: boolean;
  /** `is_active: false`. */
  inactive: boolean;
}

/**
 * The records of a workspace's membership list, in its order (duplicates
 * kept). A record without a user gid throws a ProviderFailure worded by
 * `noGid` (given the record).
 */
export function workspaceMemberRecords(memberships: readonly WorkspaceMembership[], noGid: (m: unknown) => string): WorkspaceMemberRecord[] {
  return memberships.map((m) => {
    const gid = m !== null && typeof m === 'object' ? m.user?.gid : undefined;
    if (typeof gid !== 'string' || gid === '') throw new ProviderFailure(noGid(m));
    return { gid, guest: m.is_guest === true, inactive: m.is_active === false };
  });
}

/** The records of a workspace's whole membership list (see workspaceMemberRecords; `noGid` words a record without a user gid). */
export async function fetchWorkspaceMemberRecords(http: HttpClient, workspace: string, noGid: (m: unknown) => string): Promise<WorkspaceMemberRecord[]> {
  const memberships = await listAll<WorkspaceMembership>(http, paths.workspaceMemberships(workspace), { opt_fields: 'user,is_active,is_guest' });
  return workspaceMemberRecords(memberships, noGid);
}

export async function readWorkspaceMembers(
  http: HttpClient,
  workspace: string,
  whoIs: (gid: string) => Promise<LiveMember>,
): Promise<LiveMember[]> {
  const path = paths.workspaceMemberships(workspace);
  const records = await fetchWorkspaceMemberRecords(
    http,
    workspace,
    (m) => `GET ${path}: expected each workspace membership to name a user gid, got ${describeMembership(m)}`,
  );
  const members = await Promise.all(
    records.map(async ({ gid, guest, inactive }) => {
      const member: LiveMember = { ...(await whoIs(gid)) };
      if (guest) member.marks = ['guest'];
      if (inactive) member.inactive = true;
      return member;
    }),
  );
  return sortMembers(members);
}

function describeMembership(m: unknown): string {
  return m !== null && typeof m === 'object' && !Array.isArray(m) ? 'one without a user gid' : describeShape(m);
}
