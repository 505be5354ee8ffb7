/**
 * What the sandbox does not produce: a 200 answer without a `data` list. A
 * tiny node:http server stands in for the API. Such a page must fail the read:
 * read as "no members", it would plan a mass add.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ResolvedPlace } from '../../../src/model/index.js';
import { createAsanaProvider, type AsanaProvider } from '../../../src/providers/asana/index.js';
import { json, startServer, type Handler, type TestServer } from '../../http/helpers.js';

const TOKEN = 'asana-7f3d2c1b-local-test-token';
const source = { file: 'gatehouse.yaml', line: 1, col: 1 };

const workspace: ResolvedPlace = {
  key: 'asana/workspace:Acme',
  provider: 'asana',
  kind: 'workspace',
  ref: 'Acme',
  stage: 0,
  source,
  id: '1100',
  name: 'Acme',
};
const team: ResolvedPlace = {
  key: 'asana/workspace:Acme/team:Platform',
  provider: 'asana',
  kind: 'team',
  ref: 'Platform',
  parentKey: workspace.key,
  stage: 1,
  source,
  id: '1201',
  name: 'Platform',
};

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((x) => x.close()));
});

async function setup(handler: Handler): Promise<{ server: TestServer; provider: AsanaProvider }> {
  const server = await startServer(handler);
  opened.push(server);
  const provider = createAsanaProvider({ baseUrl: server.url, token: TOKEN, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  opened.push(provider);
  return { server, provider };
}

/**
 * A well-behaved Asana for one workspace (1100, not an organisation) and its
 * one user, except that the route whose path ends with `badPath` answers `bad`
 * (a raw body).
 */
const answerBadly = (badPath: string, bad: string): Handler => (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path.endsWith(badPath)) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(bad);
  } else if (path.endsWith('/workspaces/1100')) {
    json(res, 200, { data: { gid: '1100', is_organization: false } });
  } else if (path.endsWith('/workspace_memberships')) {
    json(res, 200, { data: [{ gid: '5001', user: { gid: '9001' }, is_active: true, is_guest: false }], next_page: null });
  } else {
    json(res, 200, { data: [{ gid: '9001', name: 'Alice', email: 'alice@acme.com' }], next_page: null });
  }
};
const membershipsAnswer = (bad: string): Handler => answerBadly('/team_memberships', bad);

describe('a page without a data list (local server: the sandbox always sends one)', () => {
  it('an empty 200 body makes read reject, naming the request', async () => {
    const { provider } = await setup(membershipsAnswer(''));
    await expect(provider.read([workspace, team])).rejects.toThrow(
      'cannot read the members of team "Platform" (1201): GET /teams/1201/team_memberships: expected an object with a data list, got an empty body',
    );
  });

  it('{} makes read reject, naming the request', async () => {
    const { provider } = await setup(membershipsAnswer('{}'));
    await expect(provider.read([workspace, team])).rejects.toThrow(
      'cannot read the members of team "Platform" (1201): GET /teams/1201/team_memberships: expected an object with a data list, got an object',
    );
  });

  it('an empty directory page makes read of the workspace reject too', async () => {
    const { provider } = await setup(answerBadly('/users', ''));
    await expect(provider.read([workspace])).rejects.toThrow(
      'cannot read the members of workspace "Acme" (1100): GET /users: expected an object with a data list, got an empty body',
    );
  });

  it('a workspace_memberships page without a data list, or with a membership that names no user, makes read reject', async () => {
    const cases: Array<[string, string]> = [
      ['', 'expected an object with a data list, got an empty body'],
      ['{"data":{}}', 'expected an object with a data list, got an object'],
      ['{"data":[{"gid":"5001","user":{"gid":"9001"}},{"gid":"5002","is_active":true}]}', 'expected each workspace membership to name a user gid, got one without a user gid'],
      ['{"data":[null]}', 'expected each workspace membership to name a user gid, got null'],
    ];
    for (const [bad, why] of cases) {
      const { provider } = await setup(answerBadly('/workspace_memberships', bad));
      await expect(provider.read([workspace])).rejects.toThrow(`cannot read the members of workspace "Acme" (1100): GET /workspaces/1100/workspace_memberships: ${why}`);
    }
  });

  it('reads a well-formed workspace (the handler above answers properly)', async () => {
    const { provider } = await setup(answerBadly('/nothing', ''));
    const live = await provider.read([workspace]);
    expect(live.places[0]?.members).toEqual([{ email: 'alice@acme.com', userId: '9001', name: 'Alice' }]);
    expect(live.places[0]?.facts?.emailDomains).toBeUndefined();
  });
});

describe('the workspace record read when resolve did not list it (GET /workspaces/{gid})', () => {
  it('gives an organisation its email domains, lower case and sorted', async () => {
    const { server, provider } = await setup((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.endsWith('/workspaces/1100')) json(res, 200, { data: { gid: '1100', is_organization: true, email_domains: ['Acme.com', 'acme.io'] } });
      else return answerBadly('/nothing', '')(req, res, '', 0);
    });
    const live = await provider.read([workspace]);
    expect(live.places[0]?.facts?.emailDomains).toEqual(['acme.com', 'acme.io']);
    expect(server.seen.filter((r) => new URL(r.url, 'http://x').pathname.endsWith('/workspaces/1100'))).toHaveLength(1);
  });

  it('fails the read for an organisation whose record has no domain list', async () => {
    const { provider } = await setup((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.endsWith('/workspaces/1100')) json(res, 200, { data: { gid: '1100', is_organization: true } });
      else return answerBadly('/nothing', '')(req, res, '', 0);
    });
    await expect(provider.read([workspace])).rejects.toThrow(
      'cannot read the members of workspace "Acme" (1100): workspace 1100 is an organisation but its answer has no email_domains list (got none)',
    );
  });
});

describe('what removals send (local server records the bodies)', () => {
  it('names users by the gid the plan carries, else the gid the read learned, else the email', async () => {
    const { server, provider } = await setup((req, res) => {
      if (req.method === 'POST') json(res, 200, { data: {} });
      else return answerBadly('/nothing', '')(req, res, '', 0);
    });
    await provider.read([workspace]); // learns alice@acme.com = 9001
    const change = (user: string, userId?: string) => ({
      provider: 'asana',
      action: 'remove' as const,
      place: { key: team.key, provider: 'asana', kind: 'team', name: team.name, id: team.id, stage: 1 },
      user,
      reasons: [],
      ...(userId === undefined ? {} : { userId }),
    });
    const out = await provider.apply([change('bob@acme.com', '9002'), change('alice@acme.com'), change('erin@acme.com')]);
    expect(out.every((o) => o.ok)).toBe(true);
    const bodies = server.seen.filter((r) => r.method === 'POST').map((r) => [r.url, JSON.parse(r.body)] as const);
    expect(bodies.map(([url]) => url)).toEqual(Array(3).fill('/api/1.0/teams/1201/removeUser'));
    expect(bodies.map(([, body]) => body).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { data: { user: '9001' } },
      { data: { user: '9002' } },
      { data: { user: 'erin@acme.com' } },
    ]);
  });
});

describe('users the lists do not explain (local server)', () => {
  it('looks up a member the directory does not list; one that no longer exists (404) stays gid:<id>', async () => {
    const { provider } = await setup((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.endsWith('/workspace_memberships')) {
        json(res, 200, { data: ['9001', '9002', '9003'].map((gid, i) => ({ gid: `500${i}`, user: { gid } })), next_page: null });
      } else if (path.endsWith('/users/9002')) json(res, 200, { data: { gid: '9002', email: 'Bob@Acme.com', name: 'Bob' } });
      else if (path.endsWith('/users/9003')) json(res, 404, { errors: [{ message: 'user: Unknown object: 9003' }] });
      else return answerBadly('/nothing', '')(req, res, '', 0);
    });
    const live = await provider.read([workspace]);
    expect(live.places[0]?.members).toEqual([
      { email: 'alice@acme.com', userId: '9001', name: 'Alice' },
      { email: 'bob@acme.com', userId: '9002', name: 'Bob' },
      { email: 'gid:9003', userId: '9003', unnamed: true },
    ]);
  });

  it('fails the read when the lookup fails otherwise', async () => {
    const { provider } = await setup((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.endsWith('/workspace_memberships')) json(res, 200, { data: [{ gid: '5002', user: { gid: '9002' } }], next_page: null });
      else if (path.endsWith('/users/9002')) json(res, 403, { errors: [{ message: 'Forbidden' }] });
      else return answerBadly('/nothing', '')(req, res, '', 0);
    });
    await expect(provider.read([workspace])).rejects.toThrow('cannot read the members of workspace "Acme" (1100): GET /users/9002: 403 Forbidden: Forbidden');
  });

  it("fails the read under prune when GET /users/me has no email: prune could not tell whom to keep", async () => {
    const { provider } = await setup((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.endsWith('/users/me')) json(res, 200, { data: { gid: '9999' } });
      else return answerBadly('/nothing', '')(req, res, '', 0);
    });
    await expect(provider.read([{ ...workspace, prune: true }])).rejects.toThrow(
      "cannot read the token's own user, whom prune must keep: GET /users/me: expected the user's email, got none",
    );
    await expect(provider.read([workspace])).resolves.toMatchObject({ places: [{ members: [{ email: 'alice@acme.com' }] }] });
  });
});
