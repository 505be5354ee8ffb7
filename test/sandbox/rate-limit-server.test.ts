/**
 * The request budget over real HTTP on loopback: 429 + Retry-After in each
 * service's envelope, refill, refused requests counting, separate budgets,
 * an even pace never refused. The budget's arithmetic: rate-limit.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { asanaWorld, buildWorld, startSandbox, type RunningSandbox, type SandboxOptions } from '../support/sandbox.js';
import { dn, dnError, dreadnodeDesired, dreadnodeSection } from './dreadnode/helpers.js';
import { api, errorMessage, type Answer } from './helpers.js';

const opened: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});
async function start(options: SandboxOptions): Promise<RunningSandbox> {
  const sb = await startSandbox(buildWorld(dreadnodeDesired(), dreadnodeSection()), options);
  opened.push(sb);
  return sb;
}
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const retryAfter = (a: { headers: Headers }): number => Number(a.headers.get('retry-after'));

describe('rate limit over HTTP', () => {
  it('Asana: over budget → 429 with Retry-After (whole seconds) in its envelope; refused requests count', async () => {
    // One request a second, no burst: of five sent at once, one passes.
    const sb = await start({ rateLimit: { perMinute: 60, burstSeconds: 0 } });
    const answers = await Promise.all(Array.from({ length: 5 }, () => api(sb, 'GET', '/users/me')));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(4);
    for (const a of refused) {
      errorMessage(a);
      expect(a.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    }
    // Each refused request pushed the next acceptance a second further out.
    const waits = refused.map(retryAfter).sort((x, y) => x - y);
    expect(waits[waits.length - 1]! - waits[0]!).toBeGreaterThanOrEqual(2);
    const after = await api(sb, 'GET', '/users/me');
    expect(after.status).toBe(429);
    expect(retryAfter(after)).toBeGreaterThanOrEqual(4);
    const s = sb.stats();
    expect(s.rateLimited).toBe(5);
    expect(s.byRoute['GET /users/{user_gid}']).toBe(6);
  });

  it('Dreadnode: over budget → 429 with Retry-After in the Dreadnode envelope', async () => {
    const sb = await start({ rateLimit: { perMinute: 60, burstSeconds: 0 } });
    const answers = await Promise.all(Array.from({ length: 3 }, () => dn(sb, 'GET', '/org/acme/ws')));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(2);
    for (const a of refused) {
      // API-FACTS: Dreadnode's error envelope carries `errors` as an array or null.
      const { errors } = dnError(a, 429);
      expect(errors === null || Array.isArray(errors), `errors: ${JSON.stringify(errors)}`).toBe(true);
      expect(retryAfter(a)).toBeGreaterThanOrEqual(1);
    }
    expect(sb.stats().rateLimited).toBe(2);
  });

  it('refills: a client that waits Retry-After gets through, on both services', async () => {
    const sb = await start({ rateLimit: { perSecond: 4, burstSeconds: 0 } });
    const drain = async (send: () => Promise<Answer>): Promise<Answer> => {
      for (let i = 0; i < 20; i++) {
        const a = await send();
        if (a.status === 429) return a;
      }
      throw new Error('the budget never ran out');
    };
    const asana = () => api(sb, 'GET', '/users/me');
    const dread = () => dn(sb, 'GET', '/org/acme/ws');
    const [a, d] = await Promise.all([drain(asana), drain(dread)]);
    await sleep(Math.max(retryAfter(a), retryAfter(d)) * 1000);
    expect((await asana()).status).toBe(200);
    expect((await dread()).status).toBe(200);
  });

  it('Asana and Dreadnode have separate budgets', async () => {
    const sb = await start({ rateLimit: { perMinute: 60, burstSeconds: 0 } });
    expect((await api(sb, 'GET', '/users/me')).status).toBe(200);
    expect((await api(sb, 'GET', '/users/me')).status).toBe(429);
    expect((await dn(sb, 'GET', '/org/acme/ws')).status).toBe(200);
    expect((await dn(sb, 'GET', '/org/acme/ws')).status).toBe(429);
  });

  it('requests without the service\'s token do not spend its budget (they get 401)', async () => {
    const sb = await start({ rateLimit: { perMinute: 60, burstSeconds: 0 } });
    for (let i = 0; i < 3; i++) expect((await api(sb, 'GET', '/users/me', undefined, 'not-the-token')).status).toBe(401);
    expect((await api(sb, 'GET', '/users/me')).status).toBe(200);
    expect(sb.stats().rateLimited).toBe(0);
  });

  it('a further token the service accepts (moreTokens) is let in with a budget of its own; others still get 401', async () => {
    const world = buildWorld(dreadnodeDesired(), dreadnodeSection());
    asanaWorld(world).moreTokens = ['second-token'];
    const sb = await startSandbox(world, { rateLimit: { perMinute: 60, burstSeconds: 0 } });
    opened.push(sb);
    expect((await api(sb, 'GET', '/users/me')).status).toBe(200);
    expect((await api(sb, 'GET', '/users/me')).status).toBe(429);
    expect((await api(sb, 'GET', '/users/me', undefined, 'second-token')).status).toBe(200);
    expect((await api(sb, 'GET', '/users/me', undefined, 'second-token')).status).toBe(429);
    expect((await api(sb, 'GET', '/users/me', undefined, 'third-token')).status).toBe(401);
    expect(sb.stats().rateLimited).toBe(2);
  });

  it('a client pacing itself at exactly the limit never gets a 429 (both services at once)', async () => {
    // 10 a second each (100 ms apart), sent on a fixed schedule for 2.5 s: well past the one-second burst.
    const sb = await start({ rateLimit: { perSecond: 10 } });
    const started = performance.now();
    const pace = async (send: () => Promise<{ status: number }>): Promise<number[]> => {
      const statuses: number[] = [];
      for (let k = 0; k < 25; k++) {
        const due = started + k * 100;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        statuses.push((await send()).status);
      }
      return statuses;
    };
    const [asana, dread] = await Promise.all([pace(() => api(sb, 'GET', '/users/me')), pace(() => dn(sb, 'GET', '/org/acme/ws'))]);
    expect(asana).toEqual(Array(25).fill(200));
    expect(dread).toEqual(Array(25).fill(200));
    expect(sb.stats().rateLimited).toBe(0);
  });

  it('the same budget refuses a client that sends twice as fast', async () => {
    const sb = await start({ rateLimit: { perSecond: 10 } });
    const statuses: number[] = [];
    const started = performance.now();
    for (let k = 0; k < 60 && !statuses.includes(429); k++) {
      const wait = started + k * 50 - performance.now();
      if (wait > 0) await sleep(wait);
      statuses.push((await api(sb, 'GET', '/users/me')).status);
    }
    expect(statuses).toContain(429);
  });

  it('refuses bad options when starting', async () => {
    await expect(start({ rateLimit: { perMinute: 0 } })).rejects.toThrow(/perMinute/);
    await expect(start({ rateLimit: {} })).rejects.toThrow(/perMinute or perSecond/);
  });
});
