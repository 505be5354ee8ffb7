/**
 * A proxy in front of a sandbox that injects faults where a test decides,
 * request by request: a 429 (Retry-After 0), a 500, a dropped connection
 * before the request reaches the sandbox, or one dropped after the sandbox
 * carried it out (the answer is lost). The decision can be changed while the
 * proxy runs (faults for one phase of a test only), and may look at the query
 * (fail the second page of a list, not the first) — which the sandbox's own
 * fault options cannot.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyFault = 'none' | '429' | '500' | 'reset' | 'lost';

export interface ProxiedRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: URLSearchParams;
}

export interface FaultProxy {
  /** http://127.0.0.1:PORT — the sandbox's paths below it. */
  url: string;
  /** What happens to the next request; replace it at any time. */
  decide: (request: ProxiedRequest) => ProxyFault;
  /** Faults injected so far, by kind. */
  readonly injected: Record<Exclude<ProxyFault, 'none'>, number>;
  close(): Promise<void>;
}

const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD';

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const proxy: FaultProxy = {
    url: '',
    decide: () => 'none',
    injected: { '429': 0, '500': 0, reset: 0, lost: 0 },
    close: async () => {},
  };
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://proxy.invalid');
      const method = (req.method ?? 'GET').toUpperCase();
      let fault = proxy.decide({ method, path: url.pathname, query: url.searchParams });
      // A lost answer only means something for a write; for a read it is a plain reset.
      if (fault === 'lost' && !isWrite(method)) fault = 'reset';
      if (fault !== 'none') proxy.injected[fault]++;
      if (fault === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault === '429' || fault === '500') {
        const text = JSON.stringify({ errors: [{ message: `injected ${fault} by the test proxy` }], detail: `injected ${fault} by the test proxy` });
        res.writeHead(fault === '429' ? 429 : 500, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          ...(fault === '429' ? { 'retry-after': '0' } : {}),
        });
        res.end(text);
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'content-type', 'accept']) {
        const v = req.headers[name];
        if (typeof v === 'string') headers[name] = v;
      }
      const answer = await fetch(`${target}${req.url ?? '/'}`, {
        method,
        headers,
        ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
      });
      const text = await answer.text();
      if (fault === 'lost') {
        req.socket.destroy();
        return;
      }
      const out: Record<string, string> = {};
      for (const name of ['content-type', 'retry-after']) {
        const v = answer.headers.get(name);
        if (v !== null) out[name] = v;
      }
      if (answer.status === 204) {
        res.writeHead(204, out);
        res.end();
        return;
      }
      res.writeHead(answer.status, { ...out, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`test proxy: ${(err as Error).message}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    });
  return proxy;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
