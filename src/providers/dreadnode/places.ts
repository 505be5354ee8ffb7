/**
 * A resolved Dreadnode workspace is identified by `org/workspace` (both
 * slugs): the API addresses workspaces by slug, so the id is all that read and
 * apply need, and it reads well in plans and error lines.
 */
import type { WorkspaceAddress } from './api.js';

export const PROVIDER = 'dreadnode';
export const KIND = 'workspace';

export function placeId(org: string, workspace: string): string {
  return `${org}/${workspace}`;
}

/** The address in an id made by `placeId`; throws on anything else. */
export function addressOf(id: string): WorkspaceAddress {
  const slash = id.indexOf('/');
  const org = id.slice(0, slash);
  const workspace = id.slice(slash + 1);
  if (slash < 1 || workspace === '' || workspace.includes('/')) {
    throw new Error(`internal error: ${JSON.stringify(id)} is not a Dreadnode workspace id (expected "org/workspace")`);
  }
  return { org, workspace };
}

/** `dreadnode workspace acme/red-team`, for messages. */
export function describePlace(id: string): string {
  return `${PROVIDER} ${KIND} ${id}`;
}
