/**
 * The Memberships API of the sandbox read and written by the official `asana`
 * SDK (a client nobody here wrote), unchanged but for its base path.
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

interface Membership {
  gid: string;
  resource_type: string;
  member: { gid: string; resource_type: string; name: string };
  access_level: string;
}

describe('the official asana SDK’s MembershipsApi against the sandbox', () => {
  it('getMemberships, createMembership, updateMembership and deleteMembership work unchanged', async () => {
    sb = await startSandbox(
      buildWorld(acmeDesired(), { workspaces: [{ workspace: 'Acme Corp', email_domains: ['acme.com'], teams: [{ name: 'Design' }] }] }),
    );
    const { baseUrl, token } = sb.connection('asana');
    const client = new Asana.ApiClient();
    client.basePath = baseUrl;
    client.authentications.token!.accessToken = token;
    const memberships = new Asana.MembershipsApi(client);
    const w = asanaWorld(sb);
    const roadmap = [...w.projects.values()].find((p) => p.name === 'Roadmap 2027')!.gid;
    const design = [...w.teams.values()].find((t) => t.name === 'Design')!.gid;
    const alice = w.gidByEmail.get('alice@acme.com')!;
    const read = async () => ((await memberships.getMemberships({ parent: roadmap, limit: 100 })).data as Membership[]).map((m) => [m.member.name, m.access_level]);

    expect(await read()).toEqual([['Carol', 'editor']]);

    const created = await memberships.createMembership({ body: { data: { parent: roadmap, member: alice, access_level: 'commenter' } } });
    expect(created.data).toMatchObject({ resource_type: 'membership', resource_subtype: 'project_membership', access_level: 'commenter' });
    await memberships.createMembership({ body: { data: { parent: roadmap, member: design, access_level: 'admin' } } });
    expect(await read()).toEqual([['Carol', 'editor'], ['Alice', 'commenter'], ['Design', 'admin']]);

    const updated = await memberships.updateMembership({ data: { access_level: 'editor' } }, created.data.gid);
    expect(updated.data.access_level).toBe('editor');
    expect(await memberships.deleteMembership(created.data.gid)).toEqual({ data: {} });
    expect(await read()).toEqual([['Carol', 'editor'], ['Design', 'admin']]);

    // A refusal reaches the SDK as Asana's error envelope.
    const refused = await memberships.createMembership({ body: { data: { parent: roadmap, member: design } } }).catch((e: { status: number; response: { body: unknown } }) => e);
    expect(refused).toMatchObject({ status: 400, response: { body: { errors: [{ message: expect.stringMatching(/already has membership/) }] } } });
  });
});
