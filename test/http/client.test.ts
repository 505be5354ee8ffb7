import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient, HttpError, type HttpClientOptions, type RetryInfo } from '../../src/http/index.js';
import { autoClock, json, ManualClock, startServer, until, type Handler, type TestServer } from './helpers.js';

const TOKEN = 'tok-0/123abcDEF';
const servers: TestServer[] = [];
const clients: HttpClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(handler: Handler, options: Partial<HttpClientOptions> = {}) {
  const server = await startServer(handler);
  servers.push(server);
  const clock = autoClock();
  const client = new HttpClient({ baseUrl: server.url, token: TOKEN, now: clock.now, sleep: clock.sleep, random: () => 0.5, ...options });
  clients.push(client);
  return { server, client, clock };
}

describe('HttpClient basics', () => {
  it('sends GET with query, bearer token and JSON accept; parses JSON', async () => {
    const { server, client } = await setup((_req, res) => json(res, 200, { data: [1, 2] }));
    const out = await client.get<{ data: number[] }>('/workspaces', { limit: 100, offset: undefined, opt_fields: 'email,name' });
    expect(out).toEqual({ data: [1, 2] });
    expect(server.seen[0]?.url).toBe('/api/1.0/workspaces?limit=100&opt_fields=email%2Cname');
    expect(server.seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('sends POST, PUT and DELETE with JSON bodies', async () => {
    const { server, client } = await setup((req, res, body) => json(res, 200, { data: { method: req.method, got: JSON.parse(body || 'null') } }));
    expect(await client.post('/teams/1/addUser', { data: { user: 'a@b.c' } })).toEqual({ data: { method: 'POST', got: { data: { user: 'a@b.c' } } } });
    expect(await client.put('/x', { a: 1 })).toEqual({ data: { method: 'PUT', got: { a: 1 } } });
    expect(await client.delete('/x')).toEqual({ data: { method: 'DELETE', got: null } });
    expect(server.seen[0]?.headers['content-type']).toBe('application/json');
  });

  it('returns undefined for an empty 2xx body', async () => {
    const { client } = await setup((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    expect(await client.delete('/x')).toBeUndefined();
  });
});

describe('retries', () => {
  it('honours Retry-After on 429 and waits exactly that long', async () => {
    const retries: RetryInfo[] = [];
    const { server, client, clock } = await setup(
      (_req, res, _b, i) => (i === 0 ? json(res, 429, { errors: [{ message: 'slow down' }] }, { 'retry-after': '7' }) : json(res, 200, { data: 'ok' })),
      { onRetry: (info) => retries.push(info) },
    );
    expect(await client.get('/users')).toEqual({ data: 'ok' });
    expect(clock.waits).toEqual([7000]);
    expect(server.seen).toHaveLength(2);
    expect(retries).toEqual([{ method: 'GET', path: '/users', attempt: 1, delayMs: 7000, reason: '429', status: 429, retryAfter: true }]);
    expect(client.stats()).toMatchObject({ requests: 2, retries: 1, rateLimited: 1, failures: 0, byMethod: { GET: 2 } });
  });

  it('holds back other requests of the same client until the Retry-After time', async () => {
    const clock = new ManualClock();
    const server = await startServer((_req, res, _b, i) => (i === 0 ? json(res, 429, {}, { 'retry-after': '3' }) : json(res, 200, { data: i })));
    servers.push(server);
    let second: Promise<unknown> | undefined;
    const client: HttpClient = new HttpClient({
      baseUrl: server.url,
      token: TOKEN,
      now: clock.now,
      sleep: clock.sleep,
      onRetry: () => {
        second = client.get('/other');
      },
    });
    clients.push(client);
    const first = client.get('/first');
    // Both the retrying request and the new one are now waiting; the new one was never sent.
    await until(() => clock.sleeping === 2);
    expect(server.seen.map((s) => s.url)).toEqual(['/api/1.0/first']);
    expect(clock.waits).toEqual([3000, 3000]);
    clock.advance(2999);
    await new Promise((r) => setTimeout(r, 20));
    expect(server.seen).toHaveLength(1);
    clock.advance(1);
    await Promise.all([first, second]);
    expect(server.seen.map((s) => s.url).sort()).toEqual(['/api/1.0/first', '/api/1.0/first', '/api/1.0/other']);
  });

  it('retries 500/502/503/504 with full-jitter exponential backoff, then succeeds', async () => {
    const statuses = [500, 502, 503, 504];
    const { server, client, clock } = await setup((_req, res, _b, i) => {
      const s = statuses[i];
      if (s !== undefined) json(res, s, { errors: [{ message: 'busy' }] });
      else json(res, 200, { data: 'done' });
    });
    expect(await client.get('/x')).toEqual({ data: 'done' });
    expect(server.seen).toHaveLength(5);
    // random() = 0.5 → half of 250, 500, 1000, 2000
    expect(clock.waits).toEqual([125, 250, 500, 1000]);
  });

  it('caps the backoff ceiling at maxDelayMs', async () => {
    const { client, clock } = await setup((_req, res, _b, i) => (i < 5 ? json(res, 503, {}) : json(res, 200, {})), {
      random: () => 0.999,
      retry: { baseDelayMs: 1000, maxDelayMs: 3000 },
    });
    await client.get('/x');
    expect(clock.waits).toEqual([999, 1998, 2997, 2997, 2997]);
  });

  it('retries writes too (the adds are idempotent)', async () => {
    const { server, client } = await setup((_req, res, _b, i) => (i === 0 ? json(res, 503, {}) : json(res, 200, { data: { ok: true } })));
    expect(await client.post('/projects/1/addMembers', { data: { members: '1,2' } })).toEqual({ data: { ok: true } });
    expect(server.seen.map((s) => s.body)).toEqual(['{"data":{"members":"1,2"}}', '{"data":{"members":"1,2"}}']);
    expect(client.stats().retriesByMethod).toEqual({ POST: 1 });
  });

  it('does not retry a write sent with retry: false', async () => {
    const { server, client } = await setup((_req, res) => json(res, 503, {}));
    await expect(client.post('/x', {}, { retry: false })).rejects.toThrow(/503 Service Unavailable/);
    expect(server.seen).toHaveLength(1);
  });

  it('retries a reset connection', async () => {
    const { server, client } = await setup((req, res, _b, i) => {
      if (i === 0) req.socket.destroy();
      else json(res, 200, { data: 'after reset' });
    });
    expect(await client.get('/x')).toEqual({ data: 'after reset' });
    expect(server.seen).toHaveLength(2);
    expect(client.stats().retries).toBe(1);
  });

  it('retries a timeout and names it', async () => {
    const { server, client } = await setup(() => undefined /* never answers */, { timeoutMs: 100, retry: { maxAttempts: 2 } });
    const err = await client.get('/slow').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).message).toMatch(/^GET \/slow: cannot reach 127\.0\.0\.1:\d+: no complete answer within 100ms \(timeout\) \(gave up after 2 attempts\)$/);
    expect(server.seen).toHaveLength(2);
  });

  it('gives up after maxAttempts with a clear error', async () => {
    const { server, client } = await setup((_req, res) => json(res, 503, { message: 'down for maintenance' }), {
      retry: { maxAttempts: 3 },
      describeError: (_s, body) => (body as { message: string }).message,
    });
    const err = (await client.get('/workspaces', { limit: 100 }).catch((e: unknown) => e)) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.message).toBe('GET /workspaces: 503 Service Unavailable: down for maintenance (gave up after 3 attempts)');
    expect(err).toMatchObject({ kind: 'status', method: 'GET', path: '/workspaces', status: 503, attempts: 3, description: 'down for maintenance' });
    expect(server.seen).toHaveLength(3);
    expect(client.stats()).toMatchObject({ requests: 3, retries: 2, failures: 1 });
  });

  it('gives up rather than wait past maxElapsedMs', async () => {
    const { server, client, clock } = await setup((_req, res) => json(res, 429, {}, { 'retry-after': '300' }));
    const err = (await client.get('/x').catch((e: unknown) => e)) as HttpError;
    expect(err.message).toBe('GET /x: 429 Too Many Requests (gave up after 1 attempt: waiting 300s more would pass the 120s retry budget)');
    expect(server.seen).toHaveLength(1);
    expect(clock.waits).toEqual([]);
  });

  it('does not retry 4xx other than 429', async () => {
    for (const status of [400, 401, 403, 404, 409, 422]) {
      const { server, client } = await setup((_req, res) => json(res, status, { errors: [{ message: `nope ${status}` }] }), {
        describeError: (_s, body) => (body as { errors: Array<{ message: string }> }).errors[0]?.message ?? '',
      });
      const err = (await client.post('/teams/1201/addUser', { data: { user: 'x@y.z' } }).catch((e: unknown) => e)) as HttpError;
      expect(err.status).toBe(status);
      expect(err.message).toMatch(new RegExp(`^POST /teams/1201/addUser: ${status} [A-Za-z ]+: nope ${status}$`));
      expect(server.seen).toHaveLength(1);
    }
  });

  it('names the host and the cause when the connection is refused', async () => {
    const server = await startServer(() => undefined);
    const url = server.url;
    await server.close();
    const clock = autoClock();
    const client = new HttpClient({ baseUrl: url, token: TOKEN, sleep: clock.sleep, now: clock.now, retry: { maxAttempts: 2 } });
    clients.push(client);
    const err = (await client.get('/workspaces').catch((e: unknown) => e)) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.kind).toBe('network');
    expect(err.code).toBe('ECONNREFUSED');
    expect(err.message).toMatch(/^GET \/workspaces: cannot reach 127\.0\.0\.1:\d+: connection refused \(ECONNREFUSED\) \(gave up after 2 attempts\)$/);
    expect(clock.waits).toHaveLength(1);
  });

  it('keeps query strings out of error paths', async () => {
    const { client } = await setup((_req, res) => json(res, 404, {}));
    const err = (await client.get('/users', { workspace: '1', secret_param: 'hush' }).catch((e: unknown) => e)) as HttpError;
    expect(err.path).toBe('/users');
    expect(err.message).not.toContain('hush');
  });
});

describe('in-flight caps', () => {
  it('keeps reads and writes under their separate caps', async () => {
    let gets = 0;
    let posts = 0;
    let maxGets = 0;
    let maxPosts = 0;
    const { client } = await setup(
      async (req, res) => {
        const isGet = req.method === 'GET';
        if (isGet) maxGets = Math.max(maxGets, ++gets);
        else maxPosts = Math.max(maxPosts, ++posts);
        await new Promise((r) => setTimeout(r, 15));
        if (isGet) gets--;
        else posts--;
        json(res, 200, {});
      },
      { maxReadsInFlight: 4, maxWritesInFlight: 2 },
    );
    await Promise.all([
      ...Array.from({ length: 24 }, (_, i) => client.get(`/r/${i}`)),
      ...Array.from({ length: 10 }, (_, i) => client.post(`/w/${i}`, {})),
    ]);
    expect(maxGets).toBe(4);
    expect(maxPosts).toBe(2);
    expect(client.stats().byMethod).toEqual({ GET: 24, POST: 10 });
  });
});

describe('request budget', () => {
  it('spreads requests to at most maxRequestsPerMinute', async () => {
    const { server, client, clock } = await setup((_req, res) => json(res, 200, {}), { maxRequestsPerMinute: 600 });
    for (let i = 0; i < 5; i++) await client.get('/x');
    expect(server.seen).toHaveLength(5);
    expect(clock.waits).toEqual([100, 100, 100, 100]);
  });
});

describe('pagination', () => {
  it('walks offset-token pages (Asana style)', async () => {
    const all = Array.from({ length: 250 }, (_, i) => ({ gid: String(i) }));
    const { server, client } = await setup((req, res) => {
      const url = new URL(req.url ?? '', 'http://x');
      const limit = Number(url.searchParams.get('limit'));
      const start = Number(url.searchParams.get('offset') ?? '0');
      const next = start + limit < all.length ? { offset: String(start + limit), path: '', uri: '' } : null;
      json(res, 200, { data: all.slice(start, start + limit), next_page: next });
    });
    type Page = { data: Array<{ gid: string }>; next_page: { offset: string } | null };
    const items = await client.collect<Page, { gid: string }>({
      first: { path: '/users', query: { workspace: '1', limit: 100 } },
      items: (p) => p.data,
      next: (p, req) => (p.next_page ? { path: req.path, query: { ...req.query, offset: p.next_page.offset } } : undefined),
    });
    expect(items.map((x) => x.gid)).toEqual(all.map((x) => x.gid));
    expect(server.seen.map((s) => s.url)).toEqual([
      '/api/1.0/users?workspace=1&limit=100',
      '/api/1.0/users?workspace=1&limit=100&offset=100',
      '/api/1.0/users?workspace=1&limit=100&offset=200',
    ]);
  });

  it('walks page-number pages (Dreadnode style) lazily', async () => {
    const { server, client } = await setup((req, res) => {
      const page = Number(new URL(req.url ?? '', 'http://x').searchParams.get('page'));
      json(res, 200, { workspaces: [`w${page}a`, `w${page}b`], page, has_next: page < 3 });
    });
    type Page = { workspaces: string[]; page: number; has_next: boolean };
    const seen: string[] = [];
    for await (const w of client.paginate<Page, string>({
      first: { path: '/api/v1/org/acme/ws', query: { page: 1, page_size: 2 } },
      items: (p) => p.workspaces,
      next: (p, req) => (p.has_next ? { path: req.path, query: { ...req.query, page: p.page + 1 } } : undefined),
    })) {
      seen.push(w);
    }
    expect(seen).toEqual(['w1a', 'w1b', 'w2a', 'w2b', 'w3a', 'w3b']);
    expect(server.seen).toHaveLength(3);
  });

  it('stops when an API hands back the same next page twice', async () => {
    const { client } = await setup((_req, res) => json(res, 200, { data: [1], next_page: { offset: 'same' } }));
    await expect(
      client.collect<{ data: number[]; next_page: { offset: string } }, number>({
        first: { path: '/x', query: {} },
        items: (p) => p.data,
        next: (p, req) => ({ path: req.path, query: { ...req.query, offset: p.next_page.offset } }),
      }),
    ).rejects.toThrow(/repeated a request/);
  });
});

describe('Retry-After on 503', () => {
  it('is honoured like a 429', async () => {
    const { client, clock } = await setup((_req, res, _b, i) =>
      i === 0 ? json(res, 503, { errors: [{ message: 'maintenance' }] }, { 'retry-after': '4' }) : json(res, 200, { data: 'ok' }),
    );
    expect(await client.get('/users')).toEqual({ data: 'ok' });
    expect(clock.waits).toEqual([4000]);
  });
});

describe('close', () => {
  it('wakes a request sleeping on Retry-After, so a finished run does not wait for it', async () => {
    // The real timer, not the test clock: a 60 s Retry-After must not hold the process.
    const server = await startServer((_req, res) => json(res, 429, { errors: [{ message: 'slow down' }] }, { 'retry-after': '60' }));
    servers.push(server);
    const client = new HttpClient({ baseUrl: server.url, token: TOKEN });
    const pending = client.get('/users').catch((e: unknown) => e);
    await until(() => server.seen.length === 1);
    await client.close();
    // Without the wake-up this await would last the full 60 s, past the test's time-out.
    const err = (await pending) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.message).toMatch(/429.*the client was closed while waiting to retry/);
  });

  it('refuses requests after close without retrying', async () => {
    const { server, client, clock } = await setup((_req, res) => json(res, 200, {}));
    await client.close();
    const err = (await client.get('/x').catch((e: unknown) => e)) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.message).toMatch(/^GET \/x: cannot reach 127\.0\.0\.1:\d+: the HTTP client was closed \(UND_ERR_(CLOSED|DESTROYED)\)$/);
    expect(clock.waits).toEqual([]);
    expect(server.seen).toHaveLength(0);
    clients.splice(clients.indexOf(client), 1);
  });
});
