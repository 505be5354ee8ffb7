/**
 * Dreadnode reads (API-FACTS "Dreadnode"): the permissions of a workspace (a
 * bare, unpaginated array) and an organisation's workspaces (page-number
 * pagination); bearer auth and the `{code, detail, type, errors}` envelope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, dreadnodeWorld, type RunningSandbox, startSandbox } from '../../support/sandbox.js';
import { DEFAULT_PAGE_SIZE as DREADNODE_DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE as DREADNODE_MAX_PAGE_SIZE } from '../../../src/providers/dreadnode/sandbox/pages.js';
import { dn, dnError, dreadnodeDesired, dreadnodeSection, ISO_INSTANT, UUID_V4 } from './helpers.js';

let sb: RunningSandbox;
beforeAll(async () => {
  const section = dreadnodeSection();
  // Org `big`: 45 workspaces w00..w44, for pagination.
  section.dreadnode!.organizations!.push({
    org: 'big',
    workspaces: Array.from({ length: 45 }, (_, i) => ({ workspace: `w${String(i).padStart(2, '0')}` })),
  });
  sb = await startSandbox(buildWorld(dreadnodeDesired(), section));
});
afterAll(async () => {
  await sb.close();
});

const idOf = (email: string): string => [...dreadnodeWorld(sb.world).users.values()].find((u) => u.email === email)!.id;

describe('GET /api/v1/org/{org}/ws/{workspace}/users', () => {
  it('answers 200 with a bare JSON array of full permission records', async () => {
    const a = await dn(sb, 'GET', '/org/acme/ws/main/users');
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Array.isArray(a.body)).toBe(true);
    const ws = dreadnodeWorld(sb.world).orgs.get('acme')!.workspaces.get('main')!;
    const byEmail = Object.fromEntries(a.body.map((p: any) => [p.user_email, p]));
    expect(Object.keys(byEmail).sort()).toEqual(['alice@acme.com', 'bob@acme.com', 'carol@acme.com']);
    expect(byEmail['bob@acme.com']).toEqual({
      id: expect.stringMatching(UUID_V4),
      workspace_id: ws.id,
      user_id: idOf('bob@acme.com'),
      user_email: 'bob@acme.com',
      user_name: null,
      permission: 'contributor',
      granted_at: expect.stringMatching(ISO_INSTANT),
      granted_by: null,
    });
    expect(byEmail['alice@acme.com'].permission).toBe('owner');
    expect(byEmail['carol@acme.com'].permission).toBe('reader');
    expect(Object.keys(byEmail['alice@acme.com'])).toEqual([
      'id', 'workspace_id', 'user_id', 'user_email', 'user_name', 'permission', 'granted_at', 'granted_by',
    ]);
    // Permission ids are distinct.
    expect(new Set(a.body.map((p: any) => p.id)).size).toBe(3);
  });

  it('is not paginated: page parameters change nothing', async () => {
    const all = await dn(sb, 'GET', '/org/acme/ws/main/users');
    const paged = await dn(sb, 'GET', '/org/acme/ws/main/users?page=2&page_size=1');
    expect(paged.status).toBe(200);
    expect(paged.body).toEqual(all.body);
  });

  it('answers [] for a workspace that exists with nobody in it', async () => {
    const a = await dn(sb, 'GET', '/org/acme/ws/empty/users');
    expect(a.status).toBe(200);
    expect(a.body).toEqual([]);
  });

  it('answers 404 in the envelope for an unknown org or workspace, naming it', async () => {
    const org = dnError(await dn(sb, 'GET', '/org/nope/ws/main/users'), 404);
    expect(org.detail).toContain('nope');
    expect(org.errors).toBeNull();
    const ws = dnError(await dn(sb, 'GET', '/org/acme/ws/nope/users'), 404);
    expect(ws.detail).toContain('nope');
    // A workspace of another org is not found through this one.
    dnError(await dn(sb, 'GET', '/org/globex/ws/main/users'), 404);
    // Slugs match exactly.
    dnError(await dn(sb, 'GET', '/org/ACME/ws/main/users'), 404);
  });
});

describe('GET /api/v1/org/{org}/ws', () => {
  it('lists the org’s workspaces with id, key, name, org_id, is_active, is_default', async () => {
    const a = await dn(sb, 'GET', '/org/acme/ws?page=1&page_size=100');
    expect(a.status).toBe(200);
    const orgId = dreadnodeWorld(sb.world).orgs.get('acme')!.id;
    expect(a.body).toEqual({
      workspaces: [
        { id: expect.stringMatching(UUID_V4), key: 'main', name: 'Main', org_id: orgId, is_active: true, is_default: true },
        { id: expect.stringMatching(UUID_V4), key: 'research', name: 'Research Lab', org_id: orgId, is_active: true, is_default: false },
        { id: expect.stringMatching(UUID_V4), key: 'empty', name: 'Empty Room', org_id: orgId, is_active: true, is_default: false },
      ],
      page: 1,
      limit: 100,
      total: 3,
      total_pages: 1,
      has_next: false,
      has_previous: false,
    });
    expect(orgId).toMatch(UUID_V4);
    const ids = (await dn(sb, 'GET', '/org/acme/ws/main/users')).body.map((p: any) => p.workspace_id);
    expect(ids[0]).toBe(a.body.workspaces[0].id);
    // Another organisation has its own id and workspaces.
    const globex = await dn(sb, 'GET', '/org/globex/ws');
    expect(globex.body.workspaces.map((w: any) => w.key)).toEqual(['lab']);
    expect(globex.body.workspaces[0].org_id).not.toBe(orgId);
  });

  it('walks pages with page/page_size: has_next, has_previous, total, total_pages', async () => {
    const keys: string[] = [];
    const seen: unknown[] = [];
    for (let page = 1; page <= 5; page++) {
      const a = await dn(sb, 'GET', `/org/big/ws?page=${page}&page_size=20`);
      expect(a.status).toBe(200);
      const { workspaces, ...meta } = a.body;
      seen.push(meta);
      keys.push(...workspaces.map((w: any) => w.key));
      if (!a.body.has_next) break;
    }
    expect(seen).toEqual([
      { page: 1, limit: 20, total: 45, total_pages: 3, has_next: true, has_previous: false },
      { page: 2, limit: 20, total: 45, total_pages: 3, has_next: true, has_previous: true },
      { page: 3, limit: 20, total: 45, total_pages: 3, has_next: false, has_previous: true },
    ]);
    expect(keys).toEqual(Array.from({ length: 45 }, (_, i) => `w${String(i).padStart(2, '0')}`));
  });

  it(`defaults to page 1 of ${DREADNODE_DEFAULT_PAGE_SIZE} (guess), so a client that sends no page_size sees only part of a large org`, async () => {
    const a = await dn(sb, 'GET', '/org/big/ws');
    expect(a.status).toBe(200);
    expect(a.body.page).toBe(1);
    expect(a.body.limit).toBe(DREADNODE_DEFAULT_PAGE_SIZE);
    expect(a.body.workspaces).toHaveLength(DREADNODE_DEFAULT_PAGE_SIZE);
    expect(a.body.has_next).toBe(true);
  });

  it(`accepts page_size ${DREADNODE_MAX_PAGE_SIZE}; a page past the last is empty (guess)`, async () => {
    const all = await dn(sb, 'GET', `/org/big/ws?page_size=${DREADNODE_MAX_PAGE_SIZE}`);
    expect(all.body.workspaces).toHaveLength(45);
    expect(all.body.total_pages).toBe(1);
    const past = await dn(sb, 'GET', '/org/big/ws?page=9&page_size=20');
    expect(past.status).toBe(200);
    expect(past.body).toMatchObject({ workspaces: [], page: 9, total: 45, total_pages: 3, has_next: false, has_previous: true });
  });

  it('refuses out-of-range or non-integer page and page_size with 422 and errors[].loc', async () => {
    const cases: [string, string][] = [
      ['page_size=101', 'page_size'],
      ['page_size=0', 'page_size'],
      ['page=0', 'page'],
      ['page=-1', 'page'],
      ['page=two', 'page'],
      ['page_size=1.5', 'page_size'],
    ];
    for (const [query, name] of cases) {
      const e = dnError(await dn(sb, 'GET', `/org/acme/ws?${query}`), 422);
      // The loc is what a client reads (API-FACTS); the type names are the sandbox's guesses.
      expect(e.errors).toEqual([{ loc: ['query', name], msg: expect.any(String), type: expect.any(String) }]);
      expect(e.errors![0].msg.length).toBeGreaterThan(0);
    }
    // Every problem at once.
    const both = dnError(await dn(sb, 'GET', '/org/acme/ws?page=0&page_size=500'), 422);
    expect(both.errors!.map((x) => x.loc)).toEqual([['query', 'page'], ['query', 'page_size']]);
  });

  it('answers 404 for an unknown org', async () => {
    const e = dnError(await dn(sb, 'GET', '/org/nope/ws?page=1&page_size=100'), 404);
    expect(e.detail).toContain('nope');
  });
});

describe('auth and unknown paths', () => {
  it('answers 401 in the envelope without a token, with a wrong one, or with a non-Bearer scheme', async () => {
    for (const token of [null, 'wrong-token']) {
      const e = dnError(await dn(sb, 'GET', '/org/acme/ws/main/users', { token }), 401);
      expect(e.type).toBe('authentication_error');
      expect(e.errors).toBeNull();
    }
    const res = await fetch(`${sb.connection('dreadnode').baseUrl}/api/v1/org/acme/ws`, { headers: { 'x-api-key': sb.connection('asana').token } });
    expect(res.status).toBe(401);
    // Writes are refused too, and change nothing.
    const before = dreadnodeWorld(sb.world).orgs.get('acme')!.workspaces.get('main')!.grants.size;
    dnError(await dn(sb, 'POST', '/org/acme/ws/main/users', { token: null, body: { user_email: 'erin@acme.com', permission: 'reader' } }), 401);
    expect(dreadnodeWorld(sb.world).orgs.get('acme')!.workspaces.get('main')!.grants.size).toBe(before);
  });

  it('accepts the same token as the Asana side unless the seed gives it its own', async () => {
    expect(sb.connection('dreadnode').token).toBe(sb.connection('asana').token);
    expect((await dn(sb, 'GET', '/org/acme/ws')).status).toBe(200);
  });

  it('answers 404 in the Dreadnode envelope for an unknown path under /api/v1, and the Asana envelope elsewhere', async () => {
    for (const path of ['/org/acme', '/org/acme/ws/main', '/orgs/acme/ws', '/org/acme/ws/main/users/x/y', '']) {
      const e = dnError(await dn(sb, 'GET', path), 404);
      expect(e.errors).toBeNull();
    }
    // A known path with a method it does not serve.
    dnError(await dn(sb, 'DELETE', '/org/acme/ws'), 404);
    const asana = await fetch(`${sb.url}/api/1.0/nope`, { headers: { authorization: `Bearer ${sb.connection('asana').token}` } });
    expect(asana.status).toBe(404);
    expect(await asana.json()).toEqual({ errors: [expect.objectContaining({ message: expect.any(String) })] });
  });

  it('gives the base url as the server root (clients append /api/v1)', () => {
    expect(sb.connection('dreadnode').baseUrl).toBe(sb.url);
    expect(sb.connection('dreadnode').baseUrl).not.toMatch(/\/api/);
  });
});
