/**
 * The sandbox's `latencyMs`: every answer waits that long, whatever the
 * faults select, refusals included; a fault latency comes on top. Only lower
 * bounds are asserted (a loaded machine is slower, never faster).
 */
import { afterEach, expect, it } from 'vitest';
import { asanaWorld, buildWorld, type RunningSandbox, type SandboxOptions, startSandbox } from '../support/sandbox.js';
import { dn, dreadnodeDesired, dreadnodeSection } from './dreadnode/helpers.js';
import { api } from './helpers.js';

const opened: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});
async function start(options: SandboxOptions): Promise<RunningSandbox> {
  const sb = await startSandbox(buildWorld(dreadnodeDesired(), dreadnodeSection()), options);
  opened.push(sb);
  return sb;
}
async function timed<T>(send: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const answer = await send();
  return [answer, performance.now() - t0];
}

it('delays every answer of both services', async () => {
  const sb = await start({ latencyMs: 150 });
  const [a, ta] = await timed(() => api(sb, 'GET', '/users/me'));
  expect(a.status).toBe(200);
  expect(ta).toBeGreaterThanOrEqual(145);
  const [d, td] = await timed(() => dn(sb, 'GET', '/org/acme/ws'));
  expect(d.status).toBe(200);
  expect(td).toBeGreaterThanOrEqual(145);
});

it('applies to requests the faults do not select; a fault latency adds to it where they do', async () => {
  const sb = await start({ latencyMs: 100, faults: { latencyMs: 300, only: { method: 'POST' } } });
  const [get, tGet] = await timed(() => api(sb, 'GET', '/users/me'));
  expect(get.status).toBe(200);
  expect(tGet).toBeGreaterThanOrEqual(95);
  const ws = [...asanaWorld(sb.world).workspaces.keys()][0]!;
  const [post, tPost] = await timed(() => api(sb, 'POST', `/workspaces/${ws}/addUser`, { data: { user: 'erin@acme.com' } }));
  expect(post.status).toBe(200);
  expect(tPost).toBeGreaterThanOrEqual(395);
});

it('delays refusals too (over the rate limit, wrong token)', async () => {
  const sb = await start({ latencyMs: 150, rateLimit: { perMinute: 60, burstSeconds: 0 } });
  expect((await api(sb, 'GET', '/users/me')).status).toBe(200);
  const [refused, t] = await timed(() => api(sb, 'GET', '/users/me'));
  expect(refused.status).toBe(429);
  expect(t).toBeGreaterThanOrEqual(145);
  const [denied, t401] = await timed(() => api(sb, 'GET', '/users/me', undefined, 'wrong'));
  expect(denied.status).toBe(401);
  expect(t401).toBeGreaterThanOrEqual(145);
});

it('refuses a latency that is not a number of at least 0', async () => {
  await expect(start({ latencyMs: -1 })).rejects.toThrow(/latencyMs must be a number of at least 0/);
  await expect(start({ latencyMs: Number.NaN })).rejects.toThrow(/latencyMs/);
});
