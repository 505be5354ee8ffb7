/**
 * The client's budget against the sandbox's `rateLimit` (a steady pace with
 * 1 s of tolerance, src/sandbox/rate-limit.ts), on the real clock: a client
 * paced at the server's rate is never refused; one without a budget is, and
 * still finishes by waiting out Retry-After together.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAsanaHttpClient } from '../../src/providers/asana/index.js';
import { buildWorld, startSandbox, type RunningSandbox } from '../support/sandbox.js';
import type { HttpClient } from '../../src/http/index.js';

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((x) => x.close()));
});

async function setup(perMinute: number | undefined): Promise<{ sandbox: RunningSandbox; http: HttpClient }> {
  // 100 requests a second, the sandbox's pace; the read cap off so that only the budget counts.
  const sandbox = await startSandbox(buildWorld({ files: [], places: [] }), { port: 0, rateLimit: { perSecond: 100 }, limits: false });
  opened.push(sandbox);
  const http = createAsanaHttpClient({
    baseUrl: sandbox.connection('asana').baseUrl,
    token: sandbox.connection('asana').token,
    maxReadsInFlight: 300,
    ...(perMinute === undefined ? {} : { maxRequestsPerMinute: perMinute }),
  });
  opened.push(http);
  return { sandbox, http };
}

describe('request budget against the sandbox rate limit', () => {
  it('a client paced at the server rate sends 200 requests at once without a single 429', async () => {
    const { sandbox, http } = await setup(6000);
    const started = Date.now();
    await Promise.all(Array.from({ length: 200 }, () => http.get('/workspaces')));
    expect(sandbox.stats().rateLimited).toBe(0);
    expect(http.stats()).toMatchObject({ requests: 200, retries: 0 });
    // 200 at 100/s: 2 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  });

  it('without a budget the same burst is refused past the tolerance, and Retry-After brings every request home', async () => {
    // The client's own default would pace it: this one has none (a huge budget).
    const { sandbox, http } = await setup(60_000_000);
    await Promise.all(Array.from({ length: 200 }, () => http.get('/workspaces')));
    expect(sandbox.stats().rateLimited).toBeGreaterThan(0);
    expect(http.stats().retries).toBe(http.stats().rateLimited);
  });
});
