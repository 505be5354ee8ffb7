/**
 * The sandbox read and written by the official `asana` SDK (a client nobody
 * here wrote), unchanged but for its base path: removing a workspace member
 * keeps their membership with `is_active: false`, and adding them again makes
 * the same record active (API-FACTS "Workspace membership lifecycle");
 * portfolios, goals and their memberships read as the SDK asks for them,
 * with the seed's token and the service account's.
 */
import Asana from 'asana';
import { afterEach, describe, expect, it } from 'vitest';
import { asanaWorld, buildWorld, startSandbox, type RunningSandbox } from '../../support/sandbox.js';
import { acmeDesired, SERVICE_TOKEN, sharedDesired, sharedSection } from '../helpers.js';

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
  client.authentications.token!.accessToken = token;
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

describe('the official asana SDK reads portfolios, goals and their memberships', () => {
  async function shared(token?: string) {
    sb = await startSandbox(buildWorld(sharedDesired(), sharedSection()));
    const client = new Asana.ApiClient();
    client.basePath = sb.connection('asana').baseUrl;
    client.authentications.token!.accessToken = token ?? sb.connection('asana').token;
    const w = asanaWorld(sb);
    const ws = [...w.workspaces.values()].find((x) => x.name === 'Acme Corp')!.gid;
    return { client, ws, w };
  }
  type Named = { gid: string; name: string; default_access_level?: string };
  const names = (page: { data: unknown }) => (page.data as Named[]).map((x) => x.name);

  it('PortfoliosApi.getPortfolios lists only its own with a personal token, every one with the service account’s, page by page', async () => {
    const { client, ws } = await shared();
    const own = await new Asana.PortfoliosApi(client).getPortfolios(ws, { limit: 100, opt_fields: 'name,default_access_level' });
    expect((own.data as Named[]).map((p) => [p.name, p.default_access_level])).toEqual([
      ['Ops', 'editor'],
      ['Q1 Bets', 'viewer'],
    ]);
    await sb!.close();

    const sa = await shared(SERVICE_TOKEN);
    const portfolios = new Asana.PortfoliosApi(sa.client);
    const first = await portfolios.getPortfolios(sa.ws, { limit: 2 });
    expect(names(first)).toEqual(['Board', 'Ops']);
    const second = await first.nextPage();
    expect(names(second)).toEqual(['Q1 Bets']);
    expect(names(await portfolios.getPortfolios(sa.ws, { owner: 'boss@acme.com' }))).toEqual(['Board']);
    const board = (first.data as Named[])[0]!.gid;
    const record = await portfolios.getPortfolio(board, { opt_fields: ['name', 'workspace', 'default_access_level'] });
    expect(record.data).toEqual({ gid: board, name: 'Board', workspace: { gid: sa.ws, resource_type: 'workspace', name: 'Acme Corp' }, default_access_level: 'viewer' });
  });

  it('GoalsApi.getGoals and MembershipsApi.getMemberships read a goal’s and a portfolio’s members', async () => {
    const { client, ws, w } = await shared();
    const goals = await new Asana.GoalsApi(client).getGoals({ workspace: ws, limit: 100, opt_fields: 'name,default_access_level' });
    expect((goals.data as Named[]).map((g) => [g.name, g.default_access_level])).toEqual([
      ['Hire', 'viewer'],
      ['Grow', 'commenter'],
    ]);
    const memberships = new Asana.MembershipsApi(client);
    const read = async (parent: string) =>
      ((await memberships.getMemberships({ parent, limit: 100 })).data as { resource_subtype: string; member: { name: string }; access_level: string }[]).map((m) => [
        m.resource_subtype,
        m.member.name,
        m.access_level,
      ]);
    const grow = (goals.data as Named[]).find((g) => g.name === 'Grow')!.gid;
    expect(await read(grow)).toEqual([['goal_membership', 'Bob', 'commenter']]);
    const q1 = [...w.portfolios.values()].find((p) => p.name === 'Q1 Bets')!.gid;
    expect(await read(q1)).toEqual([
      ['portfolio_membership', 'Alice', 'admin'],
      ['portfolio_membership', 'Platform', 'viewer'],
    ]);
    // A level the portfolio does not have reaches the SDK as Asana's error envelope.
    const refused = await memberships
      .createMembership({ body: { data: { parent: q1, member: w.gidByEmail.get('bob@acme.com'), access_level: 'commenter' } } })
      .catch((e: { status: number; response: { body: unknown } }) => e);
    expect(refused).toMatchObject({ status: 400, response: { body: { errors: [{ message: expect.stringMatching(/not a portfolio access level/) }] } } });
  });
});
