/**
 * The HTTP face of the sandbox: node:http on 127.0.0.1, the Asana prefix
 * /api/1.0, bearer auth, JSON bodies, error envelopes, in-flight caps, fault
 * injection and request statistics.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, errorEnvelope, errorPhrase } from './errors.js';
import { FaultInjector, type FaultOptions } from './faults.js';
import { matchRoute, type Route, type RouteMatch } from './router.js';
import { projectRoutes } from './routes/projects.js';
import { teamRoutes } from './routes/teams.js';
import { userRoutes } from './routes/users.js';
import { workspaceRoutes } from './routes/workspaces.js';
import { cloneWorld, type World } from './world.js';

export const API_PREFIX = '/api/1.0';

export const ROUTES: readonly Route[] = [...workspaceRoutes, ...teamRoutes, ...projectRoutes, ...userRoutes];

/**
 * Asana allows at most 50 GETs and 15 writes in flight per token, counted
 * separately (API-FACTS "Errors and limits"); over that it answers 429 with
 * Retry-After. The sandbox enforces the same caps by default.
 */
export const DEFAULT_LIMITS = { readsInFlight: 50, writesInFlight: 15 } as const;

export interface SandboxOptions {
  /** 0 (the default) picks any free port. */
  port?: number;
  faults?: FaultOptions;
  /** In-flight caps; `false` turns them off. */
  limits?: { readsInFlight?: number; writesInFlight?: number } | false;
}

export interface SandboxStats {
  total: number;
  /** By method. */
  byMethod: Record<string, number>;
  /** By `METHOD /route/{pattern}` (OAS templates); unknown routes count under `METHOD (no route)`. */
  byRoute: Record<string, number>;
  /** Faults injected. `resetAfterApply` counts resets of writes whose change was applied. */
  faults: { '429': number; '500': number; reset: number; resetAfterApply: number };
  /** 429s answered because too many requests were in flight. */
  throttled: number;
}

export interface RunningSandbox {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + '/api/1.0' */
  asanaBaseUrl: string;
  token: string;
  /** The live world (the server's own copy of the seed; writes change it). */
  world: World;
  stats(): SandboxStats;
  close(): Promise<void>;
}

interface Arrival {
  method: string;
  url: URL;
  pretty: boolean;
  /** Path below /api/1.0, or undefined outside the API prefix. */
  subPath: string | undefined;
  match: RouteMatch | undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function startSandbox(seed: World, options: SandboxOptions = {}): Promise<RunningSandbox> {
  const world = cloneWorld(seed);
  const me = world.users.get(world.meGid);
  if (!me) throw new Error('sandbox: the world has no user for its token (meGid)');
  const faults = new FaultInjector(options.faults ?? {});
  const retryAfter = String(options.faults?.retryAfterSeconds ?? 1);
  const limits = options.limits === false ? undefined : { ...DEFAULT_LIMITS, ...options.limits };
  const secret = createHash('sha256').update(`gatehouse-sandbox\u0000${world.token}`).digest('hex');
  const stats: SandboxStats = {
    total: 0,
    byMethod: {},
    byRoute: {},
    faults: { '429': 0, '500': 0, reset: 0, resetAfterApply: 0 },
    throttled: 0,
  };
  const inFlight = { reads: 0, writes: 0 };
  let apiBase = '';

  const send = (res: ServerResponse, status: number, body: unknown, pretty: boolean, headers: Record<string, string> = {}): void => {
    if (res.destroyed || res.headersSent) return;
    const text = JSON.stringify(body, null, pretty ? 2 : undefined);
    res.writeHead(status, {
      'content-type': 'application/json; charset=UTF-8',
      'content-length': Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  };

  /** Parses the request line and counts the request (every request, refused ones too). */
  const arrive = (req: IncomingMessage): Arrival => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pretty = url.searchParams.has('opt_pretty') && url.searchParams.get('opt_pretty') !== 'false';
    const subPath = url.pathname.startsWith(`${API_PREFIX}/`) ? url.pathname.slice(API_PREFIX.length) : undefined;
    const match = subPath !== undefined ? matchRoute(ROUTES, method, subPath) : undefined;
    stats.total++;
    stats.byMethod[method] = (stats.byMethod[method] ?? 0) + 1;
    const routeKey = match ? `${method} ${match.route.pattern}` : `${method} (no route)`;
    stats.byRoute[routeKey] = (stats.byRoute[routeKey] ?? 0) + 1;
    return { method, url, pretty, subPath, match };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, arrival: Arrival): Promise<void> => {
    const { method, url, pretty, subPath, match } = arrival;
    const rawBody = await readBody(req);
    const fault = faults.decide(method, url.pathname);
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);

    if (fault.kind === '429') {
      stats.faults['429']++;
      send(res, 429, errorEnvelope('You have made too many requests recently. Please, be chill.'), pretty, {
        'retry-after': retryAfter,
      });
      return;
    }
    if (fault.kind === '500') {
      stats.faults['500']++;
      send(res, 500, errorEnvelope('Server Error', errorPhrase(() => faults.next())), pretty);
      return;
    }
    if (fault.kind === 'reset' && !fault.afterApply) {
      stats.faults.reset++;
      req.socket.destroy();
      return;
    }

    const auth = req.headers.authorization;
    if (auth !== `Bearer ${world.token}`) {
      send(res, 401, errorEnvelope('Not Authorized'), pretty);
      return;
    }
    if (!match || subPath === undefined) {
      send(res, 404, errorEnvelope(`No matching route for request: ${method} ${url.pathname}`), pretty);
      return;
    }

    let body: unknown;
    if (method !== 'GET' && rawBody.length > 0) {
      // The OAS documents only application/json request bodies for the writes
      // the sandbox serves (e.g. oas 58694-58698). Guess: any other body is
      // refused as if it were missing, so a client that forgets the header
      // fails here rather than against the real API.
      if (!isJson(req.headers['content-type'])) {
        const got = req.headers['content-type'] === undefined ? 'none' : JSON.stringify(req.headers['content-type']);
        send(
          res,
          400,
          errorEnvelope(`data: Missing input. The request body must be JSON sent with Content-Type: application/json (got ${got})`),
          pretty,
        );
        return;
      }
      try {
        body = JSON.parse(rawBody);
      } catch {
        send(res, 400, errorEnvelope('Could not parse request data, invalid JSON'), pretty);
        return;
      }
    }

    let status = 200;
    let answer: unknown;
    try {
      answer = match.route.handle({
        world,
        me,
        params: match.params,
        query: url.searchParams,
        body,
        path: subPath,
        apiBase,
        secret,
      });
    } catch (err) {
      if (err instanceof ApiError) {
        status = err.status;
        answer = errorEnvelope(err.message, err.phrase);
      } else {
        status = 500;
        answer = errorEnvelope(`Server Error: ${(err as Error).message}`, errorPhrase(Math.random));
      }
    }
    if (fault.kind === 'reset') {
      // The change (if any) is applied; the answer is lost.
      stats.faults.reset++;
      stats.faults.resetAfterApply++;
      req.socket.destroy();
      return;
    }
    send(res, status, answer, pretty);
  };

  const server = createServer((req, res) => {
    const arrival = arrive(req);
    const isWrite = arrival.method !== 'GET' && arrival.method !== 'HEAD';
    const kind = isWrite ? 'writes' : 'reads';
    const cap = limits ? (isWrite ? limits.writesInFlight : limits.readsInFlight) : Infinity;
    if (inFlight[kind] >= cap) {
      stats.throttled++;
      req.resume();
      send(res, 429, errorEnvelope(`Too many ${kind} in flight at once (at most ${cap}).`), arrival.pretty, {
        'retry-after': retryAfter,
      });
      return;
    }
    inFlight[kind]++;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      inFlight[kind]--;
    };
    res.on('close', finish);
    handle(req, res, arrival)
      .catch((err: unknown) => {
        send(res, 500, errorEnvelope(`Server Error: ${(err as Error).message}`, errorPhrase(Math.random)), false);
      })
      .finally(finish);
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  apiBase = `${url}${API_PREFIX}`;

  return {
    url,
    asanaBaseUrl: apiBase,
    token: world.token,
    world,
    stats: () => structuredClone(stats),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** `application/json`, any case, with or without parameters such as `; charset=UTF-8`. */
export function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const type = contentType.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

