/**
 * The HTTP face of the sandbox: node:http on 127.0.0.1, serving each given
 * provider's API under its prefix (each a Dialect, from the provider's
 * sandbox part), with bearer auth, JSON bodies, error envelopes, a request
 * budget, in-flight caps, latency, fault injection and request statistics
 * shared by all.
 *
 * What a request meets, in order: it is counted (stats); it spends from its
 * service's request budget (rate-limit.ts), or is refused 429; it takes an
 * in-flight slot, or is refused 429; then latency, injected faults, auth,
 * routing and the route itself. Every request is counted against the budget
 * before anything can refuse it, as the services count refused requests.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dialect } from './dialect.js';
import { FaultInjector, type FaultOptions } from './faults.js';
import type { SandboxConnection, SandboxPart } from './part.js';
import { RequestBudget, type RateLimitOptions } from './rate-limit.js';
import { matchRoute, type RouteMatch } from './router.js';
import { cloneWorld, providerWorld, type ProviderWorld, type World } from './world.js';

/**
 * At most 50 GETs and 15 writes in flight per token, counted separately
 * (API-FACTS "Errors and limits"); over that a 429 with Retry-After. The
 * caps hold for each service apart, including those that document none, and
 * for each token a service accepts apart.
 */
export const DEFAULT_LIMITS = { readsInFlight: 50, writesInFlight: 15 } as const;

export interface SandboxOptions {
  /** 0 (the default) picks any free port. */
  port?: number;
  faults?: FaultOptions;
  /** In-flight caps; `false` turns them off. */
  limits?: { readsInFlight?: number; writesInFlight?: number } | false;
  /**
   * Request budget per token, the same size for each service and token and
   * counted apart (one service's or token's requests never spend another's); over it: 429
   * with Retry-After in whole seconds (at least 1). None by default.
   * E.g. `{ perMinute: 1500 }`; `{ perSecond: 4 }` for fast tests.
   */
  rateLimit?: RateLimitOptions;
  /**
   * Milliseconds before every answer, refusals included, whatever
   * `faults.only` selects (default 0). A fault latency is added on top for
   * the requests the faults apply to.
   */
  latencyMs?: number;
}

export interface SandboxStats {
  total: number;
  /** By method. */
  byMethod: Record<string, number>;
  /**
   * By `METHOD /route/{pattern}`, the pattern as its dialect writes it (below
   * its prefix or whole); unknown routes count under `METHOD (no route)`.
   */
  byRoute: Record<string, number>;
  /** Faults injected. `resetAfterApply` counts resets of writes whose change was applied. */
  faults: { '429': number; '500': number; reset: number; resetAfterApply: number };
  /** 429s answered because too many requests were in flight. */
  throttled: number;
  /** 429s answered because a service's request budget (`rateLimit`) was spent. */
  rateLimited: number;
}

export interface RunningSandbox {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The address and token a client of this provider's API is given; throws for a provider the server does not serve. */
  connection(name: string): SandboxConnection;
  /** The live world (the server's own copy of the seed; writes change it). */
  world: World;
  stats(): SandboxStats;
  close(): Promise<void>;
}

interface Arrival {
  method: string;
  url: URL;
  dialect: Dialect;
  pretty: boolean;
  /** The path routes match against (the dialect's routePath), or undefined outside the API. */
  subPath: string | undefined;
  match: RouteMatch | undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** `parts`: the providers to serve, each with its world in `seed`. */
export async function startSandbox(seed: World, parts: readonly SandboxPart[], options: SandboxOptions = {}): Promise<RunningSandbox> {
  const world = cloneWorld(seed);
  const dialects = parts.map((p) => p.dialect);
  // The dialects that serve their own paths are asked first; the fallback (or the first) answers the rest.
  const fallback = dialects.find((d) => d.fallback) ?? dialects[0];
  if (fallback === undefined) throw new Error('sandbox: no provider to serve');
  if (dialects.filter((d) => d.fallback).length > 1) throw new Error('sandbox: more than one dialect is a fallback');
  const worlds = new Map(dialects.map((d) => [d.name, providerWorld(world, d.name)]));
  const faults = new FaultInjector(options.faults ?? {});
  const retryAfter = String(options.faults?.retryAfterSeconds ?? 1);
  const limits = options.limits === false ? undefined : { ...DEFAULT_LIMITS, ...options.limits };
  const latencyMs = options.latencyMs ?? 0;
  if (!(Number.isFinite(latencyMs) && latencyMs >= 0)) throw new Error(`sandbox: latencyMs must be a number of at least 0, got ${String(latencyMs)}`);
  // Refused requests count against the limit, as documented for the services
  // that document one (API-FACTS "Errors and limits"); the others alike.
  const rateLimit = options.rateLimit;
  // One budget per token each service accepts.
  const tokenKey = (dialect: Dialect, token: string): string => `${dialect.name}\u0000${token}`;
  const budgets = new Map<string, RequestBudget>();
  if (rateLimit) {
    for (const d of dialects) for (const t of acceptedTokens(providerWorld(world, d.name))) budgets.set(tokenKey(d, t), new RequestBudget(rateLimit));
  }
  const secret = createHash('sha256').update(`gatehouse-sandbox\u0000${world.token}`).digest('hex');
  const stats: SandboxStats = {
    total: 0,
    byMethod: {},
    byRoute: {},
    faults: { '429': 0, '500': 0, reset: 0, resetAfterApply: 0 },
    throttled: 0,
    rateLimited: 0,
  };
  // In flight per service and token; requests without an accepted token share one count per service.
  const inFlight = new Map<string, { reads: number; writes: number }>();
  const inFlightOf = (dialect: Dialect, token: string | undefined): { reads: number; writes: number } => {
    const key = token === undefined ? dialect.name : tokenKey(dialect, token);
    let counts = inFlight.get(key);
    if (!counts) {
      counts = { reads: 0, writes: 0 };
      inFlight.set(key, counts);
    }
    return counts;
  };
  let serverUrl = '';
  /**
   * The token of the request when its service accepts it (its world's `token`
   * or one of `moreTokens`) in the header the world names (`auth`: bearer by
   * default, or X-API-Key), else undefined.
   */
  const bearsToken = (req: IncomingMessage, dialect: Dialect): string | undefined => {
    const world = worlds.get(dialect.name);
    if (world === undefined) return undefined;
    let token: string | undefined;
    if (world.auth === 'x-api-key') {
      const header = req.headers['x-api-key'];
      token = typeof header === 'string' ? header : undefined;
    } else {
      const header = req.headers.authorization;
      token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
    }
    return token !== undefined && acceptedTokens(world).includes(token) ? token : undefined;
  };

  const send = (res: ServerResponse, status: number, body: unknown, pretty: boolean, headers: Record<string, string> = {}): void => {
    if (res.destroyed || res.headersSent) return;
    if (status === 204) {
      res.writeHead(204, headers);
      res.end();
      return;
    }
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
    const dialect = dialects.find((d) => !d.fallback && d.serves(url.pathname)) ?? fallback;
    const pretty = dialect.pretty(url.searchParams);
    const subPath = dialect.routePath(url.pathname);
    const match = subPath !== undefined ? matchRoute(dialect.routes, method, subPath) : undefined;
    stats.total++;
    stats.byMethod[method] = (stats.byMethod[method] ?? 0) + 1;
    const routeKey = match ? `${method} ${match.route.pattern}` : `${method} (no route)`;
    stats.byRoute[routeKey] = (stats.byRoute[routeKey] ?? 0) + 1;
    return { method, url, dialect, pretty, subPath, match };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, arrival: Arrival): Promise<void> => {
    const { method, url, dialect, pretty, subPath, match } = arrival;
    const rawBody = await readBody(req);
    const fault = faults.decide(method, url.pathname);
    if (latencyMs + fault.latencyMs > 0) await sleep(latencyMs + fault.latencyMs);

    if (fault.kind === '429') {
      stats.faults['429']++;
      send(res, 429, dialect.tooMany(), pretty, {
        'retry-after': retryAfter,
      });
      return;
    }
    if (fault.kind === '500') {
      stats.faults['500']++;
      send(res, 500, dialect.serverError(undefined, () => faults.next()), pretty);
      return;
    }
    if (fault.kind === 'reset' && !fault.afterApply) {
      stats.faults.reset++;
      req.socket.destroy();
      return;
    }

    const token = bearsToken(req, dialect);
    if (token === undefined) {
      send(res, 401, dialect.unauthorized(), pretty);
      return;
    }
    if (!match || subPath === undefined) {
      send(res, 404, dialect.noRoute(method, url.pathname), pretty);
      return;
    }

    const parsed = dialect.parseBody(method, req.headers['content-type'], rawBody);
    if ('status' in parsed) {
      send(res, parsed.status, parsed.body, pretty);
      return;
    }
    const body = parsed.body;

    let status = match.route.status ?? 200;
    let answer: unknown;
    try {
      answer = match.route.handle({
        world: worlds.get(dialect.name),
        params: match.params,
        query: url.searchParams,
        body,
        path: subPath,
        apiBase: `${serverUrl}${dialect.prefix}`,
        secret,
        token,
      });
    } catch (err) {
      const refusal = dialect.refusal(err);
      status = refusal?.status ?? 500;
      answer = refusal ? refusal.body : dialect.serverError((err as Error).message, Math.random);
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

  /** A 429 decided on arrival, answered after the latency every answer has; the request holds no slot meanwhile. */
  const refuse = (req: IncomingMessage, res: ServerResponse, body: unknown, pretty: boolean, seconds: string): void => {
    req.resume();
    const answer = (): void => send(res, 429, body, pretty, { 'retry-after': seconds });
    if (latencyMs > 0) setTimeout(answer, latencyMs);
    else answer();
  };

  const server = createServer((req, res) => {
    const arrival = arrive(req);
    const { dialect } = arrival;
    // Guess: the budget is the token's (API-FACTS: "Rate limits per token"),
    // so only requests bearing a token the service accepts spend one, each
    // token its own; others are answered 401 further on.
    const token = bearsToken(req, dialect);
    const budget = token === undefined ? undefined : budgets.get(tokenKey(dialect, token));
    if (budget) {
      const taken = budget.take();
      if (!taken.ok) {
        stats.rateLimited++;
        refuse(req, res, dialect.tooMany(), arrival.pretty, String(taken.retryAfterSeconds));
        return;
      }
    }
    const isWrite = arrival.method !== 'GET' && arrival.method !== 'HEAD';
    const kind = isWrite ? 'writes' : 'reads';
    const cap = limits ? (isWrite ? limits.writesInFlight : limits.readsInFlight) : Infinity;
    const counts = inFlightOf(dialect, token);
    if (counts[kind] >= cap) {
      stats.throttled++;
      refuse(req, res, dialect.tooMany({ kind, cap }), arrival.pretty, retryAfter);
      return;
    }
    counts[kind]++;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      counts[kind]--;
    };
    res.on('close', finish);
    handle(req, res, arrival)
      .catch((err: unknown) => {
        send(res, 500, arrival.dialect.serverError((err as Error).message, Math.random), false);
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
  serverUrl = `http://127.0.0.1:${port}`;

  return {
    url: serverUrl,
    connection: (name) => {
      const part = parts.find((p) => p.dialect.name === name);
      if (part === undefined) throw new Error(`sandbox: no provider named ${name} is served`);
      return { baseUrl: part.baseUrl(serverUrl), token: providerWorld(world, name).token };
    },
    world,
    stats: () => structuredClone(stats),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The bearer tokens a provider's API accepts. */
function acceptedTokens(world: ProviderWorld): string[] {
  return [world.token, ...(world.moreTokens ?? [])];
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

