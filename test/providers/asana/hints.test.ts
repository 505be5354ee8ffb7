/**
 * The hints on Asana's answers where people get stuck: a refused token (401)
 * says what to check, and a 404 that can only mean a wrong address asks
 * about ASANA_BASE_URL, while a 404 about a missing object gets no hint.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorContext } from '../../../src/http/index.js';
import { createAsanaHttpClient, createAsanaProvider, describeAsanaError } from '../../../src/providers/asana/index.js';
import { startServer, type TestServer } from '../../http/helpers.js';
import { ws } from './fixtures.js';

const REFUSED = 'the token was refused: check ASANA_TOKEN (a personal access token or service account token)';
const NO_API_PATH = /does ASANA_BASE_URL end in \/api\/1\.0\?/;
const NOT_THE_API = /ASANA_BASE_URL answers 404 where Asana's API would not/;
const ANY_ADDRESS_HINT = /ASANA_BASE_URL/;

const at = (path: string, baseUrl = 'http://127.0.0.1:8080', method: ErrorContext['method'] = 'GET'): ErrorContext => ({ method, path, baseUrl });

describe('401', () => {
  it('says the token was refused and names ASANA_TOKEN, the settings variable, by default', () => {
    expect(describeAsanaError(401, { errors: [{ message: 'Not Authorized' }] }, at('/workspaces'))).toBe(`Not Authorized; ${REFUSED}`);
    expect(describeAsanaError(401, '')).toBe(REFUSED);
  });

  it('names where the token came from when the client was told (--token-file FILE)', () => {
    const context = { ...at('/workspaces'), tokenSource: '--token-file /run/secrets/asana' };
    expect(describeAsanaError(401, { errors: [{ message: 'Not Authorized' }] }, context)).toBe(
      'Not Authorized; the token was refused: check --token-file /run/secrets/asana (a personal access token or service account token)',
    );
  });
});

describe('404: the rule for the address hint', () => {
  const envelope = (message: string) => ({ errors: [{ message, help: 'For more information…' }] });

  it('a 404 on a route that always exists (GET /workspaces, GET /users/me) is a wrong address, whatever the body says', () => {
    for (const path of ['/workspaces', '/users/me']) {
      expect(describeAsanaError(404, envelope('Not Found'), at(path))).toMatch(NO_API_PATH);
      expect(describeAsanaError(404, '', at(path))).toMatch(NO_API_PATH);
    }
  });

  it('a 404 whose body is not Asana\'s envelope (HTML, empty, other JSON) is a wrong address, on any route', () => {
    expect(describeAsanaError(404, '<html><body>Cannot GET /teams/1/users</body></html>', at('/teams/1/users'))).toBe(
      "<html><body>Cannot GET /teams/1/users</body></html>; does ASANA_BASE_URL end in /api/1.0? (Asana's API is https://app.asana.com/api/1.0)",
    );
    expect(describeAsanaError(404, '', at('/projects/12/memberships'))).toMatch(NO_API_PATH);
    expect(describeAsanaError(404, { detail: 'Not Found' }, at('/teams/1/users'))).toMatch(NO_API_PATH);
  });

  it('Asana\'s own "No matching route" is a wrong address: Gatehouse calls only routes Asana has', () => {
    expect(describeAsanaError(404, envelope('No matching route for request: GET /teams/1/users'), at('/teams/1/users'))).toBe(
      "No matching route for request: GET /teams/1/users; does ASANA_BASE_URL end in /api/1.0? (Asana's API is https://app.asana.com/api/1.0)",
    );
  });

  it('a 404 in the envelope about an object is an object missing: no hint', () => {
    expect(describeAsanaError(404, envelope('Unknown object: 1209876543210'), at('/projects/1209876543210'))).toBe('Unknown object: 1209876543210');
    expect(describeAsanaError(404, envelope('project: Not a recognized ID: 12'), at('/projects/12', undefined, 'POST'))).not.toMatch(ANY_ADDRESS_HINT);
    // POST /workspaces is not a route Gatehouse relies on existing.
    expect(describeAsanaError(404, envelope('Unknown object'), at('/workspaces', undefined, 'POST'))).not.toMatch(ANY_ADDRESS_HINT);
  });

  it('asks whether the address is the API at all when it already ends in /api/1.0, and says nothing against Asana\'s own address', () => {
    expect(describeAsanaError(404, '<html>nope</html>', at('/workspaces', 'https://proxy.example.com/api/1.0'))).toMatch(NOT_THE_API);
    expect(describeAsanaError(404, '<html>nope</html>', at('/workspaces', 'https://app.asana.com/api/1.0'))).toBe('<html>nope</html>');
  });

  it('other statuses get no address hint', () => {
    for (const status of [400, 403, 410, 500]) expect(describeAsanaError(status, '<html>x</html>', at('/workspaces'))).not.toMatch(ANY_ADDRESS_HINT);
  });
});

describe('through the HTTP client', () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('a server that answers 404 on every path: the first request fails with the hint, and the token is not in it', async () => {
    const server = await startServer((_req, res) => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html');
      res.end('<!doctype html><title>Not Found</title>');
    });
    servers.push(server);
    const root = server.url.replace(/\/api\/1\.0$/, '');
    const token = 'sekrit-canary-4242';
    const provider = createAsanaProvider({ baseUrl: root, token, tokenSource: 'ASANA_TOKEN' });
    const error = (await provider
      .resolve([ws('Acme Corp')])
      .catch((e: unknown) => e)) as Error;
    await provider.close();
    expect(error.message).toMatch(/GET \/workspaces: 404 Not Found: .*; does ASANA_BASE_URL end in \/api\/1\.0\?/);
    expect(error.message).not.toContain(token);
    expect(server.seen.map((r) => r.url.split('?')[0])).toEqual(['/workspaces']);
  });

  it('a 401 names the token source the client was given', async () => {
    const server = await startServer((_req, res) => {
      res.statusCode = 401;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ errors: [{ message: 'Not Authorized' }] }));
    });
    servers.push(server);
    const http = createAsanaHttpClient({ baseUrl: server.url, token: 'sekrit-canary-4242', tokenSource: '--token-file asana.txt' });
    const error = (await http.get('/users/me').catch((e: unknown) => e)) as Error;
    await http.close();
    expect(error.message).toBe(
      'GET /users/me: 401 Unauthorized: Not Authorized; the token was refused: check --token-file asana.txt (a personal access token or service account token)',
    );
  });
});
