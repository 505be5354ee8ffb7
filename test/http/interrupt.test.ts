/** The client after an interrupt: nothing more goes on the wire; what was never sent says so; a retry ends in its last failure. */
import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient, HttpError, NOT_SENT } from '../../src/http/index.js';
import { json, startServer, type TestServer } from './helpers.js';

const TOKEN = 'tok_interrupt_1234567890';
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('HttpClient interrupt', () => {
  it('requests waiting their turn under the budget are not sent; the one on the wire is answered', async () => {
    server = await startServer((_req, res) => {
      setTimeout(() => json(res, 200, { data: 'ok' }), 100);
    });
    const interrupt = new AbortController();
    // One send every 2 s: the second and third wait in the queue.
    const client = new HttpClient({ baseUrl: server.url, token: TOKEN, maxRequestsPerMinute: 30, interrupt: interrupt.signal });
    const calls = [1, 2, 3].map((n) => client.post(`/things/${n}`, {}).then((v) => ({ ok: true as const, v }), (e: unknown) => ({ ok: false as const, e })));
    await new Promise((r) => setTimeout(r, 30));
    const started = Date.now();
    interrupt.abort();
    const [first, second, third] = await Promise.all(calls);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(first).toEqual({ ok: true, v: { data: 'ok' } });
    for (const refused of [second, third]) {
      expect(refused!.ok).toBe(false);
      const error = (refused as { e: unknown }).e;
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).message).toMatch(new RegExp(`^POST /things/[23]: ${NOT_SENT}$`));
    }
    expect(server.seen).toHaveLength(1);
    // Nothing starts afterwards either.
    await expect(client.get('/later')).rejects.toThrow(NOT_SENT);
    expect(server.seen).toHaveLength(1);
    await client.close();
  });

  it('a request waiting to retry ends at once in its last failure, not as unsent', async () => {
    server = await startServer((_req, res) => json(res, 500, { errors: [{ message: 'boom' }] }));
    const interrupt = new AbortController();
    const client = new HttpClient({ baseUrl: server.url, token: TOKEN, interrupt: interrupt.signal, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 }, random: () => 0.99 });
    const call = client.put('/things/1', {});
    while (server.seen.length < 1) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 20));
    interrupt.abort();
    const error = await call.catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/500/);
    expect((error as Error).message).toMatch(/interrupted while waiting to retry/);
    expect((error as Error).message).not.toContain(NOT_SENT);
    await client.close();
  });
});
