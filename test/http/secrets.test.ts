import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient, HttpError, redact, type HttpClientOptions } from '../../src/http/index.js';
import { autoClock, json, startServer, type Handler, type TestServer } from './helpers.js';

/** Distinctive, and with characters that need URL-encoding. */
const TOKEN = '2/1199999999/ZZ-leak-canary-7f3a9c+Q==';
const ENCODED = encodeURIComponent(TOKEN);

const servers: TestServer[] = [];
const clients: HttpClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function assertNoToken(err: unknown): void {
  expect(err).toBeInstanceOf(HttpError);
  const e = err as HttpError;
  const views = [
    e.message,
    e.stack ?? '',
    JSON.stringify(e),
    JSON.stringify(Object.entries(e)),
    inspect(e, { depth: 10, showHidden: true }),
    String(e),
    e.description,
    e.path,
  ];
  for (const v of views) {
    expect(v).not.toContain(TOKEN);
    expect(v).not.toContain(ENCODED);
    expect(v).not.toContain('leak-canary');
  }
  expect('cause' in e).toBe(false);
}

async function failWith(handler: Handler, options: Partial<HttpClientOptions> = {}, call?: (c: HttpClient) => Promise<unknown>): Promise<unknown> {
  const server = await startServer(handler);
  servers.push(server);
  const clock = autoClock();
  const client = new HttpClient({
    baseUrl: server.url,
    token: TOKEN,
    sleep: clock.sleep,
    now: clock.now,
    retry: { maxAttempts: 2 },
    timeoutMs: 100,
    // A careless provider that echoes the whole body, token included.
    describeError: (_s, body) => JSON.stringify(body),
    ...options,
  });
  clients.push(client);
  return (call ?? ((c) => c.get('/users', { workspace: '1' })))(client).then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
}

const echoAuth: (status: number) => Handler = (status) => (req, res) =>
  json(res, status, { errors: [{ message: `bad token ${req.headers.authorization ?? ''} ${(req.headers.authorization ?? '').slice(7)}` }] });

describe('the token never leaks', () => {
  it.each([401, 403, 404, 400])('status %i whose body echoes the token', async (status) => {
    assertNoToken(await failWith(echoAuth(status)));
  });

  it('5xx until the client gives up, body echoing the token', async () => {
    assertNoToken(await failWith(echoAuth(503)));
  });

  it('429 with Retry-After beyond the budget', async () => {
    assertNoToken(await failWith((req, res) => json(res, 429, { auth: req.headers.authorization }, { 'retry-after': '999' })));
  });

  it('plain-text error body with the token', async () => {
    assertNoToken(
      await failWith((req, res) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`boom for ${req.headers.authorization ?? ''}`);
      }),
    );
  });

  it('a long error body with the token across the point where descriptions are cut', async () => {
    for (const describeError of [undefined, (_s: number, body: unknown) => String(body).slice(0, 200)]) {
      const err = await failWith(
        (_req, res) => {
          res.writeHead(400, { 'content-type': 'text/plain' });
          res.end(`${'x'.repeat(190)} token=${TOKEN} and more`);
        },
        describeError ? { describeError } : {},
      );
      assertNoToken(err);
      // Not even its first characters survive a cut.
      expect((err as HttpError).message).not.toContain(TOKEN.slice(0, 3));
    }
  });

  it('describeError that throws with the token in its message', async () => {
    assertNoToken(
      await failWith(echoAuth(418), {
        describeError: () => {
          throw new Error(TOKEN);
        },
      }),
    );
  });

  it('connection reset', async () => {
    assertNoToken(await failWith((req) => void req.socket.destroy()));
  });

  it('timeout', async () => {
    assertNoToken(await failWith(() => undefined));
  });

  it('invalid JSON on success', async () => {
    assertNoToken(
      await failWith((req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"broken": "${req.headers.authorization ?? ''}`);
      }),
    );
  });

  it('connection refused', async () => {
    const server = await startServer(() => undefined);
    await server.close();
    const clock = autoClock();
    const client = new HttpClient({ baseUrl: server.url, token: TOKEN, sleep: clock.sleep, now: clock.now, retry: { maxAttempts: 2 } });
    clients.push(client);
    assertNoToken(await client.post('/workspaces/1/addUser', { data: { user: 'a@b.c' } }).catch((e: unknown) => e));
  });

  it('token used as a query value or in the path is scrubbed from the error', async () => {
    assertNoToken(await failWith((_req, res) => json(res, 404, {}), {}, (c) => c.get(`/users/${ENCODED}`, { t: TOKEN })));
  });

  it('is not visible on the client object', () => {
    const client = new HttpClient({ baseUrl: 'https://app.asana.com/api/1.0', token: TOKEN });
    clients.push(client);
    expect(JSON.stringify(client)).not.toContain('leak-canary');
    expect(inspect(client, { depth: 5, showHidden: true })).not.toContain('leak-canary');
    expect(Object.values(client).join(' ')).not.toContain('leak-canary');
  });

  it('onRetry info carries no token', async () => {
    const infos: unknown[] = [];
    await failWith(echoAuth(503), { onRetry: (i) => infos.push(i) });
    expect(infos).toHaveLength(1);
    expect(JSON.stringify(infos)).not.toContain('leak-canary');
  });
});

describe('redact', () => {
  it('replaces the token, its URL-encoded form and bearer credentials', () => {
    expect(redact(`a ${TOKEN} b ${ENCODED} c`, [TOKEN])).toBe('a [REDACTED] b [REDACTED] c');
    expect(redact('Authorization: Bearer abc.def-ghi', [])).toBe('Authorization: Bearer [REDACTED]');
    expect(redact('nothing here', [TOKEN])).toBe('nothing here');
  });
  it('ignores very short secrets', () => {
    expect(redact('a b c', ['a'])).toBe('a b c');
  });
});
