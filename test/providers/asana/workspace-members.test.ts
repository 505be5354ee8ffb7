/**
 * A workspace's members as the membership list tells them (guest, inactive),
 * an organisation's email domains, and what happens when the membership list
 * and the directory disagree or fail; against the sandbox in-process.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveMember, ResolvedPlace } from '../../../src/model/index.js';
import { createAsanaHttpClient, createAsanaProvider } from '../../../src/providers/asana/index.js';
import type { PaginateSpec } from '../../../src/http/index.js';
import { Opened, sandboxAndProvider, state, team, ws } from './fixtures.js';
import { asanaWorld } from '../../support/sandbox.js';

const acme = ws('Acme Corp');
const platform = team(acme, 'Platform');
const home = ws('Home');
const desired = state([
  [acme, ['alice@acme.com', 'bob@acme.com', 'carol@acme.com', 'dan@acme.com', 'pat@partner.io']],
  [platform, ['carol@acme.com']],
  [home, ['kim@home.net', 'lee@elsewhere.org']],
]);
const section = {
  me: 'robot@acme.com',
  workspaces: [
    { workspace: 'Acme Corp', email_domains: ['acme.com', 'acme.io'], inactive: ['dan@acme.com', 'gone@acme.com'] },
    { workspace: 'Home', is_organization: false },
  ],
};

const opened = new Opened();
afterEach(() => opened.closeAll());

const flagged = (members: LiveMember[] | undefined, flag: 'guest' | 'inactive'): string[] =>
  (members ?? []).filter((m) => (flag === 'guest' ? m.marks?.includes('guest') : m.inactive === true)).map((m) => m.email);

describe('workspace members', () => {
  it('flags guests and inactive members, and gives an organisation its email domains (lower case)', async () => {
    const { sandbox, provider } = await sandboxAndProvider(opened, desired, section);
    const places = await provider.resolve([acme, platform, home]);
    const acmeWs = asanaWorld(sandbox.world).workspaces.get(places[0]?.id ?? '');
    if (!acmeWs) throw new Error('no Acme Corp');
    acmeWs.emailDomains = ['Acme.COM', 'acme.io'];
    const live = await provider.read(places);
    const [acmeLive, platformLive, homeLive] = live.places;

    expect(acmeLive?.members.map((m) => m.email)).toEqual([
      'alice@acme.com',
      'bob@acme.com',
      'carol@acme.com',
      'dan@acme.com',
      'gone@acme.com',
      'pat@partner.io',
      'robot@acme.com',
    ]);
    expect(flagged(acmeLive?.members, 'guest')).toEqual(['pat@partner.io']);
    expect(flagged(acmeLive?.members, 'inactive')).toEqual(['dan@acme.com', 'gone@acme.com']);
    expect(acmeLive?.facts?.emailDomains).toEqual(['acme.com', 'acme.io']);
    // Not an organisation: no guests, no domains.
    expect(homeLive?.members.map((m) => m.email)).toEqual(['kim@home.net', 'lee@elsewhere.org', 'robot@acme.com']);
    expect(flagged(homeLive?.members, 'guest')).toEqual([]);
    expect(homeLive?.facts?.emailDomains).toBeUndefined();
    // The flags belong to the workspace's members, not to the same users elsewhere.
    expect(platformLive?.members.find((m) => m.email === 'carol@acme.com')).toEqual({ email: 'carol@acme.com', userId: expect.any(String), name: 'Carol' });
    expect(platformLive?.facts?.emailDomains).toBeUndefined();
    // Domains came with resolve's list of workspaces: no request per workspace.
    expect(sandbox.stats().byRoute['GET /workspaces/{workspace_gid}']).toBeUndefined();
  });

  it('reads the domains with GET /workspaces/{gid} when this provider did not resolve the workspace', async () => {
    const { sandbox, provider } = await sandboxAndProvider(opened, desired, section);
    const places = await provider.resolve([acme]);
    const fresh = opened.add(createAsanaProvider({ baseUrl: sandbox.connection('asana').baseUrl, token: sandbox.connection('asana').token }));
    const live = await fresh.read(places);
    expect(live.places[0]?.facts?.emailDomains).toEqual(['acme.com', 'acme.io']);
    expect(sandbox.stats().byRoute['GET /workspaces/{workspace_gid}']).toBe(1);
  });

  it('counts a user with a membership record whom the directory misses, and not a directory user without one', async () => {
    const { sandbox } = await sandboxAndProvider(opened, desired, section);
    // A client whose lists each lose one user: the directory loses bob, the
    // workspace's membership list loses carol.
    const http = opened.add(createAsanaHttpClient({ baseUrl: sandbox.connection('asana').baseUrl, token: sandbox.connection('asana').token }));
    const gidOf = (email: string): string => [...asanaWorld(sandbox.world).users.values()].find((u) => u.email === email)?.gid ?? '';
    const drop = (path: string, item: unknown): boolean => {
      const o = item as { gid?: string; user?: { gid?: string } };
      if (path === '/users') return o.gid === gidOf('bob@acme.com');
      if (path.endsWith('/workspace_memberships')) return o.user?.gid === gidOf('carol@acme.com');
      return false;
    };
    const lossy = new Proxy(http, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        if (key === 'collect') {
          return (spec: PaginateSpec<unknown, unknown>) =>
            target.collect({ ...spec, items: (page) => spec.items(page).filter((item) => !drop(spec.first.path, item)) });
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const { provider } = await sandboxAndProvider(opened, desired, section, { http: () => ({ http: lossy }) });
    const places = (await provider.resolve([acme, platform])) as [ResolvedPlace, ResolvedPlace];
    const live = await provider.read(places);
    const acmeEmails = live.places[0]?.members.map((m) => m.email);
    expect(acmeEmails).toContain('bob@acme.com');
    expect(acmeEmails).not.toContain('carol@acme.com');
    // Bob was looked up by gid, once.
    expect(sandbox.stats().byRoute['GET /users/{user_gid}']).toBe(1);
    // The team's own list still has carol, with her email from the directory.
    expect(live.places[1]?.members.map((m) => m.email)).toContain('carol@acme.com');
  });

  it('fails the read when the membership list fails (5xx after retries), rather than read an empty workspace', async () => {
    const { sandbox, provider } = await sandboxAndProvider(opened, desired, section, {
      faults: { rate500: 1, only: { method: 'GET', pathPrefix: '/api/1.0/workspaces/' } },
    });
    const places = await provider.resolve([acme]);
    await expect(provider.read(places)).rejects.toThrow(
      new RegExp(`^cannot read the members of workspace "Acme Corp" \\(${places[0]?.id}\\): GET /workspaces/${places[0]?.id}/workspace_memberships: 500 `),
    );
    expect(sandbox.stats().faults['500']).toBeGreaterThan(0);
  });
});
