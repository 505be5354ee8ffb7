/**
 * The sandbox read and written by the official `asana` SDK (a client nobody
 * here wrote), unchanged but for its base path: removing a workspace member
 * keeps their membership with `is_active: false`, and adding them again makes
 * the same record active (API-FACTS "Workspace membership lifecycle").
 */
import Asana from 'asana';
import { afterEach, describe, expect, it } from 'vitest';
import { asanaWorld, buildWorld, startSandbox, type RunningSandbox } from '../../support/sandbox.js';
import { acmeDesired } from '../helpers.js';

let sb: RunningSandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

async function sdk() {
  sb = await startSandbox(buildWorld(acmeDesired()));
  const { baseUrl, token } = sb.connection('asana');
  const client = new Asana.ApiClient();
  client.basePath = baseUrl;
  client.authentications.token.accessToken = token;
  const ws = [...asanaWorld(sb).workspaces.values()].find((w) => w.name === 'Acme Corp')!.gid;
  return { client, ws };
}

describe('the official asana SDK against the sandbox', () => {
  it('removeUserForWorkspace leaves an inactive workspace membership; addUserForWorkspace makes it active again', async () => {
    const { client, ws } = await sdk();
    const workspaces = new Asana.WorkspacesApi(client);
    const memberships = new Asana.WorkspaceMembershipsApi(client);
    const carol = async () => {
      const page = await memberships.getWorkspaceMembershipsForWorkspace(ws, { user: 'carol@acme.com', opt_fields: 'user,is_active' });
      return page.data as { gid: string; is_active: boolean; user: { gid: string } }[];
    };
    const [before] = await carol();
    expect(before?.is_active).toBe(true);

    expect(await workspaces.removeUserForWorkspace({ data: { user: 'carol@acme.com' } }, ws)).toEqual({ data: {} });
    expect(await carol()).toEqual([{ ...before, is_active: false }]);

    const added = await workspaces.addUserForWorkspace({ data: { user: 'carol@acme.com' } }, ws, {});
    expect(added.data.email).toBe('carol@acme.com');
    expect(await carol()).toEqual([before]);
  });
});
