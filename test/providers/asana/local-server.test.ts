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

/** The directory answers properly; the team's memberships answer with `bad` (a raw body). */
const membershipsAnswer = (bad: string): Handler => (req, res) => {
  if ((req.url ?? '').includes('/team_memberships')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(bad);
    return;
  }
  json(res, 200, { data: [{ gid: '9001', name: 'Alice', email: 'alice@acme.com' }], next_page: null });
};

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
    const { provider } = await setup((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('');
    });
    await expect(provider.read([workspace])).rejects.toThrow(
      'cannot read the members of workspace "Acme" (1100): GET /users: expected an object with a data list, got an empty body',
    );
  });
});
