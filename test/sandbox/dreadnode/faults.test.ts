/** Fault injection, in-flight caps and request statistics cover the Dreadnode routes too. */
import { afterEach, describe, expect, it } from 'vitest';
import { asanaWorld, buildWorld, dreadnodeWorld, type FaultOptions, type RunningSandbox, startSandbox } from '../../support/sandbox.js';
import { api, outcome } from '../helpers.js';
import { dn, dnError, dreadnodeDesired, dreadnodeSection, permissions } from './helpers.js';

const opened: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});
async function start(faults?: FaultOptions, limits?: { readsInFlight?: number; writesInFlight?: number }): Promise<RunningSandbox> {
  const sb = await startSandbox(buildWorld(dreadnodeDesired(), dreadnodeSection()), {
    ...(faults ? { faults } : {}),
    ...(limits ? { limits } : {}),
  });
  opened.push(sb);
  return sb;
}
const idOf = (sb: RunningSandbox, email: string): string => [...dreadnodeWorld(sb.world).users.values()].find((u) => u.email === email)!.id;


describe('injected faults on Dreadnode routes', () => {
  it('answers 429 with Retry-After, in the Dreadnode envelope', async () => {
    const sb = await start({ rate429: 1, retryAfterSeconds: 0 });
    const a = await dn(sb, 'GET', '/org/acme/ws/main/users');
    const e = dnError(a, 429);
    expect(e.errors).toBeNull();
    expect(a.headers.get('retry-after')).toBe('0');
    expect(sb.stats().faults['429']).toBe(1);
  });

  it('answers 500 in the Dreadnode envelope (no Asana errors[] or phrase)', async () => {
    const sb = await start({ rate500: 1 });
    const a = await dn(sb, 'POST', '/org/acme/ws/main/users', { body: { user_email: 'erin@acme.com', permission: 'reader' } });
    dnError(a, 500);
    expect(sb.stats().faults['500']).toBe(1);
    expect(dreadnodeWorld(sb.world).orgs.get('acme')!.workspaces.get('main')!.grants.size).toBe(3);
  });

  it('drops connections, and a dropped write is sometimes applied first', async () => {
    const sb = await start({ resetRate: 1, seed: 3 });
    expect(await outcome(sb, 'GET', `${sb.connection('dreadnode').baseUrl}/api/v1/org/acme/ws`)).toBe('reset');
    const emails = ['erin@acme.com', 'frank@acme.com', 'alice@acme.com', 'bob@acme.com', 'carol@acme.com', 'dan@acme.com', 'gatehouse-bot@sandbox.invalid'];
    for (const user_email of emails) {
      expect(await outcome(sb, 'POST', `${sb.connection('dreadnode').baseUrl}/api/v1/org/acme/ws/empty/users`, { user_email, permission: 'reader' })).toBe('reset');
    }
    const applied = dreadnodeWorld(sb.world).orgs.get('acme')!.workspaces.get('empty')!.grants.size;
    const s = sb.stats();
    expect(s.faults.reset).toBe(1 + emails.length);
    expect(s.faults.resetAfterApply).toBe(applied);
    expect(applied).toBeGreaterThan(0);
    expect(applied).toBeLessThan(emails.length);
  });

  it('`only` can target the Dreadnode API by path prefix, leaving Asana alone (and the reverse)', async () => {
    const dnOnly = await start({ rate500: 1, only: { pathPrefix: '/api/v1/' } });
    expect((await api(dnOnly, 'GET', '/users/me')).status).toBe(200);
    dnError(await dn(dnOnly, 'GET', '/org/acme/ws'), 500);
    const asanaOnly = await start({ rate500: 1, only: { pathPrefix: '/api/1.0/' } });
    expect((await api(asanaOnly, 'GET', '/users/me')).status).toBe(500);
    expect((await dn(asanaOnly, 'GET', '/org/acme/ws')).status).toBe(200);
    const putOnly = await start({ rate500: 1, only: { method: 'PUT' } });
    expect((await dn(putOnly, 'GET', '/org/acme/ws')).status).toBe(200);
    dnError(await dn(putOnly, 'PUT', `/org/acme/ws/main/users/${idOf(putOnly, 'bob@acme.com')}`, { body: { permission: 'owner' } }), 500);
    expect(await permissions(putOnly, 'acme', 'main')).toMatchObject({ 'bob@acme.com': 'contributor' });
  });

  it('adds latency to Dreadnode answers', async () => {
    const sb = await start({ latencyMs: 80 });
    const t0 = performance.now();
    expect((await dn(sb, 'GET', '/org/acme/ws')).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(75);
  });
});

describe('in-flight caps on Dreadnode routes', () => {
  it('answers 429 with Retry-After beyond the write cap, counted apart from Asana (guess)', async () => {
    // A long latency keeps the first two in flight however slowly a loaded machine sends the others.
    const sb = await start({ latencyMs: 800, retryAfterSeconds: 0, only: { pathPrefix: '/api/v1/' } }, { writesInFlight: 2 });
    const emails = ['erin@acme.com', 'frank@acme.com', 'dan@acme.com', 'gatehouse-bot@sandbox.invalid'];
    const asanaWs = [...asanaWorld(sb.world).workspaces.keys()][0]!;
    const [results, asana] = await Promise.all([
      Promise.all(emails.map((user_email) => outcome(sb, 'POST', `${sb.connection('dreadnode').baseUrl}/api/v1/org/acme/ws/main/users`, { user_email, permission: 'reader' }))),
      // Sent while the Dreadnode writes fill their cap: Asana's writes have their own.
      new Promise((r) => setTimeout(r, 50)).then(() => api(sb, 'POST', `/workspaces/${asanaWs}/addUser`, { data: { user: 'erin@acme.com' } })),
    ]);
    expect(results.filter((r) => r === 200)).toHaveLength(2);
    expect(results.filter((r) => r === 429)).toHaveLength(2);
    expect(asana.status).toBe(200);
    expect(sb.stats().throttled).toBe(2);
    expect(sb.stats().byRoute['POST /api/v1/org/{org}/ws/{workspace}/users']).toBe(4);
  });

  it('answers a throttled request in the Dreadnode envelope', async () => {
    const sb = await start({ latencyMs: 800, retryAfterSeconds: 0 }, { readsInFlight: 1 });
    const [, second] = await Promise.all([
      dn(sb, 'GET', '/org/acme/ws'),
      new Promise((r) => setTimeout(r, 50)).then(() => dn(sb, 'GET', '/org/acme/ws/main/users')),
    ]);
    expect(dnError(second, 429).detail).toMatch(/in flight/);
    expect(second.headers.get('retry-after')).toBe('0');
  });
});

describe('request statistics', () => {
  it('counts Dreadnode requests by method and by route template', async () => {
    const sb = await start();
    const bob = idOf(sb, 'bob@acme.com');
    await dn(sb, 'GET', '/org/acme/ws?page=1&page_size=100');
    await dn(sb, 'GET', '/org/acme/ws/main/users');
    await dn(sb, 'GET', '/org/acme/ws/research/users');
    await dn(sb, 'POST', '/org/acme/ws/main/users', { body: { user_email: 'erin@acme.com', permission: 'reader' } });
    await dn(sb, 'PUT', `/org/acme/ws/main/users/${bob}`, { body: { permission: 'owner' } });
    await dn(sb, 'DELETE', `/org/acme/ws/main/users/${bob}`);
    await dn(sb, 'DELETE', `/org/acme/ws/main/users/${bob}`); // 404, still counted
    await dn(sb, 'GET', '/org/acme/nothing');
    await dn(sb, 'GET', '/org/acme/ws', { token: null }); // 401, still counted
    await api(sb, 'GET', '/users/me');
    const s = sb.stats();
    expect(s.total).toBe(10);
    expect(s.byMethod).toEqual({ GET: 6, POST: 1, PUT: 1, DELETE: 2 });
    expect(s.byRoute).toEqual({
      'GET /api/v1/org/{org}/ws': 2,
      'GET /api/v1/org/{org}/ws/{workspace}/users': 2,
      'POST /api/v1/org/{org}/ws/{workspace}/users': 1,
      'PUT /api/v1/org/{org}/ws/{workspace}/users/{user_id}': 1,
      'DELETE /api/v1/org/{org}/ws/{workspace}/users/{user_id}': 2,
      'GET (no route)': 1,
      'GET /users/{user_gid}': 1,
    });
  });
});
