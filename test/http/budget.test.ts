/**
 * The request budget and the shared Retry-After pause (SendQueue), through
 * the client against a local server, on a test clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient, HttpError, type HttpClientOptions, type SendInfo } from '../../src/http/index.js';
import { autoClock, json, ManualClock, startServer, until, type Handler, type TestServer } from './helpers.js';

const TOKEN = 'tok-budget-0123456789';
const servers: TestServer[] = [];
const clients: HttpClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(handler: Handler, clock: { now: () => number; sleep: (ms: number) => Promise<void> }, options: Partial<HttpClientOptions> = {}) {
  const server = await startServer(handler);
  servers.push(server);
  const client = new HttpClient({ baseUrl: server.url, token: TOKEN, now: clock.now, sleep: clock.sleep, random: () => 0.5, ...options });
  clients.push(client);
  return { server, client };
}

/** Drive a manual clock from one wake-up to the next until `done` settles. */
async function runClock<T>(clock: ManualClock, done: Promise<T>): Promise<T> {
  let finished = false;
  const result = done.finally(() => (finished = true));
  while (!finished) {
    await new Promise((r) => setTimeout(r, 3));
    if (!finished) clock.advanceToNext();
  }
  return result;
}

describe('request budget', () => {
  it('spreads concurrent requests one interval apart, first come first served, at exactly the budget', async () => {
    const clock = new ManualClock();
    const sent: string[] = [];
    const at: number[] = [];
    const { client } = await setup((_req, res) => json(res, 200, {}), clock, {
      maxRequestsPerMinute: 120,
      onRequest: ({ path }) => {
        sent.push(path);
        at.push(clock.now());
      },
    });
    await runClock(clock, Promise.all(Array.from({ length: 30 }, (_, i) => client.get(`/r/${i}`))));
    expect(sent).toEqual(Array.from({ length: 30 }, (_, i) => `/r/${i}`));
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(new Set(gaps)).toEqual(new Set([500]));
    // No 60 s window holds more than the budget.
    const inFirstMinute = at.filter((t) => t < at[0]! + 60_000).length;
    expect(inFirstMinute).toBeLessThanOrEqual(120);
  });

  it('makes a retry wait for its turn too (a refused request counts against the limit)', async () => {
    const clock = new ManualClock();
    const at: number[] = [];
    const { client } = await setup(
      // Retry-After: 0 asks for no pause at all: only the budget spaces the retry.
      (_req, res, _b, i) => (i === 0 ? json(res, 429, {}, { 'retry-after': '0' }) : json(res, 200, { data: 'ok' })),
      clock,
      { maxRequestsPerMinute: 600, onRequest: () => at.push(clock.now()) },
    );
    expect(await runClock(clock, client.get('/x'))).toEqual({ data: 'ok' });
    expect(at).toHaveLength(2);
    expect(at[1]! - at[0]!).toBe(100);
  });

  it('calls onRequest for every send, retries included', async () => {
    const clock = autoClock();
    const sends: SendInfo[] = [];
    const { client } = await setup((_req, res, _b, i) => (i === 0 ? json(res, 500, {}) : json(res, 200, {})), clock, {
      onRequest: (info) => {
        sends.push(info);
        throw new Error('a broken hook changes nothing');
      },
    });
    await client.get('/a');
    await client.post('/b', {});
    expect(sends).toEqual([
      { method: 'GET', path: '/a', attempt: 1 },
      { method: 'GET', path: '/a', attempt: 2 },
      { method: 'POST', path: '/b', attempt: 1 },
    ]);
  });

  it('refuses a budget that is not a positive number', () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new HttpClient({ baseUrl: 'http://127.0.0.1:1/', token: 't', maxRequestsPerMinute: bad })).toThrow(/positive number per minute/);
    }
  });
});

describe('Retry-After holds back every request', () => {
  it('including one that was already waiting for its budget slot when the 429 came', async () => {
    const clock = new ManualClock();
    const at: Array<[string, number]> = [];
    const { client } = await setup((_req, res, _b, i) => (i === 0 ? json(res, 429, {}, { 'retry-after': '3' }) : json(res, 200, {})), clock, {
      maxRequestsPerMinute: 600,
      onRequest: ({ path }) => at.push([path, clock.now()]),
    });
    const t0 = clock.now();
    // /first goes at once; /second is queued for the slot 100 ms later.
    const both = Promise.all([client.get('/first'), client.get('/second')]);
    // The 429 has come back (its retry sleeps 3 s) while /second still waits for its slot.
    await until(() => clock.sleeping === 2);
    expect(at).toHaveLength(1);
    await runClock(clock, both);
    expect(at.map(([url, t]) => [url, t - t0])).toEqual([
      ['/first', 0],
      // Held until the pause is over, not sent at its 100 ms slot into the same wall.
      ['/second', 3000],
      // The retry queued behind it, one interval later.
      ['/first', 3100],
    ]);
  });

  it('including requests waiting for an in-flight slot', async () => {
    const clock = new ManualClock();
    const at: Array<[string, number]> = [];
    let release: (() => void) | undefined;
    const { client } = await setup(
      async (_req, res, _b, i) => {
        if (i === 0) {
          // Keep the only read slot busy until /second and /third are waiting for it.
          await new Promise<void>((r) => (release = r));
          json(res, 429, {}, { 'retry-after': '2' });
        } else {
          json(res, 200, {});
        }
      },
      clock,
      { maxReadsInFlight: 1, onRequest: ({ path }) => at.push([path, clock.now()]) },
    );
    const t0 = clock.now();
    const all = Promise.all([client.get('/first'), client.get('/second'), client.get('/third')]);
    await until(() => release !== undefined);
    release!();
    await runClock(clock, all);
    expect(at.map(([url, t]) => [url, t - t0])).toEqual([
      ['/first', 0],
      ['/second', 2000],
      ['/third', 2000],
      ['/first', 2000],
    ]);
  });

  it('lets queued requests go when the client closes, so they fail at once instead of waiting out the pause', async () => {
    // The real timer: a 60 s Retry-After must not hold the process.
    const server = await startServer((_req, res) => json(res, 429, { errors: [{ message: 'slow down' }] }, { 'retry-after': '60' }));
    servers.push(server);
    let paused = false;
    const client = new HttpClient({ baseUrl: server.url, token: TOKEN, onRetry: () => (paused = true) });
    const first = client.get('/first').catch((e: unknown) => e);
    await until(() => paused);
    // Queued behind the 60 s pause.
    const second = client.get('/second').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 20));
    expect(server.seen).toHaveLength(1);
    const started = Date.now();
    await client.close();
    const errors = await Promise.all([first, second]);
    expect(Date.now() - started).toBeLessThan(5_000);
    for (const err of errors) expect(err).toBeInstanceOf(HttpError);
    expect(server.seen).toHaveLength(1);
  });
});

describe('a request that gives up on a 429', () => {
  it('still holds back the others for its Retry-After', async () => {
    const clock = new ManualClock();
    const at = new Map<string, number>();
    const { client } = await setup(
      (req, res) => {
        if (req.url?.endsWith('/limited')) {
          res.writeHead(429, { 'retry-after': '30', 'content-type': 'application/json' });
          res.end('{}');
        } else json(res, 200, {});
      },
      clock,
      { retry: { maxAttempts: 1 }, onRequest: ({ path }) => at.set(path, clock.now()) },
    );
    const limited = client.get('/limited').catch((e: unknown) => e);
    await until(() => at.has('/limited'));
    // Let the 429 arrive before the next request is queued.
    expect(await runClock(clock, limited)).toBeInstanceOf(HttpError);
    await runClock(clock, client.get('/after'));
    expect(at.get('/after')! - at.get('/limited')!).toBeGreaterThanOrEqual(30_000);
  });
});
