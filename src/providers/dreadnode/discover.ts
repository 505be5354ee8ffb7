/**
 * Discovery for `gatehouse export`: every workspace of the given
 * organisations and who holds which permission on each. There is no
 * documented way to list organisations, so they are given by slug.
 *
 * Organisations and workspaces are read at once (the HTTP client caps what is
 * in flight). A failed read fails the whole discovery, an unknown organisation
 * included: an export that silently left one out would look complete.
 */
import { hasStatus, type HttpClient } from '../../http/index.js';
import type { LiveMember } from '../../model/index.js';
import { listUsers, listWorkspaces, type Workspace } from './api.js';
import { failureLine } from '../failure.js';
import { quietProgress, type DiscoveryProgress } from '../discovery.js';
import { DreadnodeFailure } from './errors.js';
import { toMembers } from './members.js';
import { orgNotFound } from './resolve.js';

export interface DiscoveredDreadnodeWorkspace {
  /** The slug (`key`), as the file names it. */
  slug: string;
  /** The display name, when the API gives one. */
  name?: string;
  /** Sorted by email then user id; each with its permission as `role`; `id:<user_id>` when the email is empty. */
  members: LiveMember[];
}

export interface DiscoveredOrganization {
  slug: string;
  workspaces: DiscoveredDreadnodeWorkspace[];
}

export interface DreadnodeDiscovery {
  organizations: DiscoveredOrganization[];
}

export async function discoverDreadnode(
  http: HttpClient,
  orgs: readonly string[],
  progress: DiscoveryProgress = quietProgress,
): Promise<DreadnodeDiscovery> {
  const slugs = [...new Set(orgs)];
  progress.stage(`Dreadnode: reading ${slugs.length} organisation${slugs.length === 1 ? '' : 's'}: ${slugs.join(', ')}`);
  const organizations = await Promise.all(slugs.map((org) => discoverOrganization(http, org, progress)));
  return { organizations };
}

async function discoverOrganization(http: HttpClient, org: string, progress: DiscoveryProgress): Promise<DiscoveredOrganization> {
  let listed: Workspace[];
  try {
    listed = await listWorkspaces(http, org);
  } catch (err) {
    if (hasStatus(err, 404)) throw new DreadnodeFailure(`--dreadnode-org ${org}: ${orgNotFound(org)}`, { cause: err });
    throw new DreadnodeFailure(failureLine(http, err, `cannot list the workspaces of dreadnode organisation ${JSON.stringify(org)}`), { cause: err });
  }
  const seen = new Set<string>();
  const workspaces = listed.filter((w) => !seen.has(w.key) && seen.add(w.key));
  progress.stage(`Dreadnode: organisation ${org}: ${workspaces.length} workspace${workspaces.length === 1 ? '' : 's'}; reading their users`);
  progress.planned(workspaces.length);
  return {
    slug: org,
    workspaces: await Promise.all(
      workspaces.map(async (w): Promise<DiscoveredDreadnodeWorkspace> => {
        const address = { org, workspace: w.key };
        let members: LiveMember[];
        try {
          members = toMembers(await listUsers(http, address));
        } catch (err) {
          throw new DreadnodeFailure(failureLine(http, err, `cannot read the users of dreadnode workspace ${org}/${w.key}`), { cause: err });
        } finally {
          progress.done();
        }
        const name = typeof w.name === 'string' && w.name.trim() !== '' ? w.name : undefined;
        return name === undefined ? { slug: w.key, members } : { slug: w.key, name, members };
      }),
    ),
  };
}
