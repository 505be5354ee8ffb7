/**
 * Fault injection and in-flight caps, shared by both APIs, seen through the
 * Asana routes: 429 with Retry-After, 500 with phrase, dropped connections,
 * latency, reproducible positions. The Dreadnode side: dreadnode/faults.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { asanaWorld, buildWorld, type FaultOptions, parseFaults, type RunningSandbox, startSandbox } from '../support/sandbox.js';
import { acmeDesired, api, errorMessage, outcome } from './helpers.js';

const opened: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});
async function start(faults?: FaultOptions, limits?: { readsInFlight?: number; writesInFlight?: number }): Promise<RunningSandbox> {
  const sb = await startSandbox(buildWorld(acmeDesired()), { port: 0, ...(faults ? { faults } : {}), ...(limits ? { limits } : {}) });
  opened.push(sb);
  return sb;
}


describe('parseFaults', () => {
  it('reads the documented spec', () => {
    expect(parseFaults('429:0.1,500:0.05,reset:0.05,latency:50')).toEqual({
      rate429: 0.1,
      rate500: 0.05,
      resetRate: 0.05,
      latencyMs: 50,
    });
    expect(parseFaults(' retry-after:0 , seed:7, only:POST /api/1.0/teams/ ')).toEqual({
      retryAfterSeconds: 0,
      seed: 7,
      only: { method: 'POST', pathPrefix: '/api/1.0/teams/' },
    });
    expect(parseFaults('')).toEqual({});
  });

  it('throws a clear Error on bad input', () => {
    expect(() => parseFaults('429')).toThrow(/no value/);
    expect(() => parseFaults('429:lots')).toThrow(/not a number/);
    expect(() => parseFaults('429:1.5')).toThrow(/between 0 and 1/);
    expect(() => parseFaults('429:0.6,500:0.6')).toThrow(/add up/);
    expect(() => parseFaults('teapot:0.1')).toThrow(/unknown key "teapot"/);
    expect(() => parseFaults('latency:-5')).toThrow(/latency/);
    expect(() => parseFaults('seed:1.5')).toThrow(/seed/);
    expect(() => parseFaults('429:0.1,429:0.2')).toThrow(/twice/);
    expect(() => parseFaults('only:teams')).toThrow(/only/);
  });
});

describe('injected faults', () => {
  it('answers 429 with Retry-After in seconds and the error envelope (TooManyRequests oas:1694)', async () => {
    const sb = await start({ rate429: 1, retryAfterSeconds: 0 });
    const a = await api(sb, 'GET', '/users/me');
    expect(a.status).toBe(429);
    expect(a.headers.get('retry-after')).toBe('0');
    errorMessage(a);
    const dflt = await start({ rate429: 1 });
    expect((await api(dflt, 'GET', '/users/me')).headers.get('retry-after')).toBe('1');
  });

  it('answers 500 with a phrase in the envelope (Error.phrase oas:3600, 500 only)', async () => {
    const sb = await start({ rate500: 1 });
    const a = await api(sb, 'GET', '/users/me');
    expect(a.status).toBe(500);
    errorMessage(a);
    expect(a.body.errors[0].phrase).toMatch(/\w+ \w+/);
    expect(sb.stats().faults['500']).toBe(1);
  });

  it('reset drops the connection without an answer', async () => {
    const sb = await start({ resetRate: 1 });
    expect(await outcome(sb, 'GET', `${sb.connection('asana').baseUrl}/users/me`)).toBe('reset');
    await expect(fetch(`${sb.connection('asana').baseUrl}/users/me`)).rejects.toThrow();
    expect(sb.stats().faults.reset).toBe(2);
  });

  it('a reset write is sometimes applied before the answer is lost', async () => {
    const sb = await start({ resetRate: 1, seed: 3 });
    const ws = [...asanaWorld(sb.world).workspaces.keys()][0]!;
    const emails = Array.from({ length: 12 }, (_, i) => `lost${i}@acme.com`);
    for (const user of emails) expect(await outcome(sb, 'POST', `${sb.connection('asana').baseUrl}/workspaces/${ws}/addUser`, { data: { user } })).toBe('reset');
    const applied = emails.filter((e) => [...asanaWorld(sb.world).users.values()].some((u) => u.email === e));
    const s = sb.stats();
    expect(s.faults.reset).toBe(12);
    expect(s.faults.resetAfterApply).toBe(applied.length);
    expect(applied.length).toBeGreaterThan(0);
    expect(applied.length).toBeLessThan(12);
  });

  it('places faults reproducibly: the same seed gives the same fates in the same order', async () => {
    const run = async (seed: number): Promise<(number | 'reset')[]> => {
      const sb = await start({ rate429: 0.2, rate500: 0.2, resetRate: 0.2, retryAfterSeconds: 0, seed });
      const out: (number | 'reset')[] = [];
      for (let i = 0; i < 30; i++) out.push(await outcome(sb, 'GET', `${sb.connection('asana').baseUrl}/users/me`));
      return out;
    };
    const a = await run(42);
    const b = await run(42);
    const c = await run(43);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(new Set(a)).toEqual(new Set([200, 429, 500, 'reset']));
  });

  it('can target only matching requests (method + path prefix)', async () => {
    const sb = await start({ rate500: 1, only: { method: 'POST', pathPrefix: '/api/1.0/teams/' } });
    const team = [...asanaWorld(sb.world).teams.keys()][0]!;
    const ws = [...asanaWorld(sb.world).workspaces.keys()][0]!;
    expect((await api(sb, 'GET', `/teams/${team}/users`)).status).toBe(200);
    expect((await api(sb, 'POST', `/workspaces/${ws}/addUser`, { data: { user: 'alice@acme.com' } })).status).toBe(200);
    expect((await api(sb, 'POST', `/teams/${team}/addUser`, { data: { user: 'alice@acme.com' } })).status).toBe(500);
    expect(sb.stats().faults['500']).toBe(1);
  });

  it('adds latency to each answer', async () => {
    const sb = await start({ latencyMs: 80 });
    const t0 = performance.now();
    expect((await api(sb, 'GET', '/users/me')).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(75);
  });
});

describe('in-flight caps (API-FACTS: at most 50 GETs and 15 writes in flight)', () => {
  it('answers 429 with Retry-After to writes beyond the cap while others are in flight', async () => {
    // A long latency keeps the first two in flight however slowly a loaded machine sends the others.
    const sb = await start({ latencyMs: 800, retryAfterSeconds: 0 }, { writesInFlight: 2 });
    const ws = [...asanaWorld(sb.world).workspaces.keys()][0]!;
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) => outcome(sb, 'POST', `${sb.connection('asana').baseUrl}/workspaces/${ws}/addUser`, { data: { user: `w${i}@acme.com` } })),
    );
    expect(results.filter((r) => r === 200)).toHaveLength(2);
    expect(results.filter((r) => r === 429)).toHaveLength(2);
    expect(sb.stats().throttled).toBe(2);
    // Refused requests are still counted, like Asana counts them against the limits.
    expect(sb.stats().byRoute['POST /workspaces/{workspace_gid}/addUser']).toBe(4);
    // Reads are counted separately.
    expect(await outcome(sb, 'GET', `${sb.connection('asana').baseUrl}/users/me`)).toBe(200);
  });
});
