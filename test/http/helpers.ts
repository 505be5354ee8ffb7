import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  url: string;
  server: Server;
  /** Requests received, in arrival order. */
  seen: Array<{ method: string; url: string; body: string; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string, index: number) => void | Promise<void>;

/** A tiny HTTP server on 127.0.0.1, port 0. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const seen: TestServer['seen'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const index = seen.length;
      seen.push({ method: req.method ?? '', url: req.url ?? '', body, headers: req.headers });
      void Promise.resolve(handler(req, res, body, index)).catch((err: unknown) => {
        res.statusCode = 599;
        res.end(String(err));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/1.0`,
    server,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A clock whose sleep returns at once and moves time forward. */
export function autoClock(): { now: () => number; sleep: (ms: number) => Promise<void>; waits: number[] } {
  let t = 1_000_000;
  const waits: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      waits.push(ms);
      t += ms;
    },
    waits,
  };
}

/** A clock that moves only when the test says so; sleeps wait for it. */
export class ManualClock {
  t = 1_000_000;
  waits: number[] = [];
  private sleepers: Array<{ until: number; resolve: () => void }> = [];

  now = (): number => this.t;

  sleep = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      this.waits.push(ms);
      this.sleepers.push({ until: this.t + ms, resolve });
    });

  get sleeping(): number {
    return this.sleepers.length;
  }

  /** Move to the earliest sleeper's wake-up time (if any sleeps) and wake it. */
  advanceToNext(): boolean {
    if (this.sleepers.length === 0) return false;
    const until = Math.min(...this.sleepers.map((s) => s.until));
    this.advance(Math.max(0, until - this.t));
    return true;
  }

  advance(ms: number): void {
    this.t += ms;
    const due = this.sleepers.filter((s) => s.until <= this.t);
    this.sleepers = this.sleepers.filter((s) => s.until > this.t);
    for (const s of due) s.resolve();
  }
}

export async function until(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 2));
  }
}
