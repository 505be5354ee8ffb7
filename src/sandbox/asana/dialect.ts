/**
 * A dialect is what differs between the two APIs the sandbox speaks: where
 * they live, their routes, their error bodies and how they read a request
 * body. The server picks one per request by path and leaves the rest
 * (auth, faults, caps, statistics) shared. Asana's is here; Dreadnode's is
 * in dreadnode/dialect.ts.
 */
import { ApiError, errorEnvelope, errorPhrase } from './errors.js';
import type { Route } from '../router.js';
import { projectRoutes } from './routes/projects.js';
import { teamRoutes } from './routes/teams.js';
import { userRoutes } from './routes/users.js';
import { workspaceRoutes } from './routes/workspaces.js';

export const API_PREFIX = '/api/1.0';

export interface Answer {
  status: number;
  body: unknown;
}

export interface Dialect {
  /** In-flight caps count each dialect's requests apart. */
  name: string;
  routes: readonly Route[];
  /** True when a request path belongs to this API. */
  serves(pathname: string): boolean;
  /** The path routes are matched against, or undefined when no route can match. */
  routePath(pathname: string): string | undefined;
  pretty(query: URLSearchParams): boolean;
  /** Body of a 429: an injected one, or one over an in-flight cap. */
  tooMany(over?: { kind: 'reads' | 'writes'; cap: number }): unknown;
  /** Body of a 500 (`cause` for unexpected errors; `random` feeds Asana's error phrases). */
  serverError(cause: string | undefined, random: () => number): unknown;
  unauthorized(): unknown;
  noRoute(method: string, pathname: string): unknown;
  /** A request's raw body → what the route gets, or a refusal. */
  parseBody(method: string, contentType: string | undefined, raw: string): { body: unknown } | Answer;
  /** An error a route threw → its answer; undefined when the error is unexpected (a 500). */
  refusal(err: unknown): Answer | undefined;
}

/** `application/json`, any case, with or without parameters such as `; charset=UTF-8`. */
export function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const type = contentType.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

export const asanaDialect: Dialect = {
  name: 'asana',
  routes: [...workspaceRoutes, ...teamRoutes, ...projectRoutes, ...userRoutes],
  serves: () => true,
  routePath: (pathname) => (pathname.startsWith(`${API_PREFIX}/`) ? pathname.slice(API_PREFIX.length) : undefined),
  pretty: (query) => query.has('opt_pretty') && query.get('opt_pretty') !== 'false',
  tooMany: (over) =>
    errorEnvelope(
      over
        ? `Too many ${over.kind} in flight at once (at most ${over.cap}).`
        : 'You have made too many requests recently. Please, be chill.',
    ),
  serverError: (cause, random) =>
    errorEnvelope(cause === undefined ? 'Server Error' : `Server Error: ${cause}`, errorPhrase(random)),
  unauthorized: () => errorEnvelope('Not Authorized'),
  noRoute: (method, pathname) => errorEnvelope(`No matching route for request: ${method} ${pathname}`),
  parseBody(method, contentType, raw) {
    if (method === 'GET' || raw.length === 0) return { body: undefined };
    // The OAS documents only application/json request bodies for the writes
    // the sandbox serves (e.g. oas 58694-58698). Guess: any other body is
    // refused as if it were missing, so a client that forgets the header
    // fails here rather than against the real API.
    if (!isJson(contentType)) {
      const got = contentType === undefined ? 'none' : JSON.stringify(contentType);
      return {
        status: 400,
        body: errorEnvelope(
          `data: Missing input. The request body must be JSON sent with Content-Type: application/json (got ${got})`,
        ),
      };
    }
    try {
      return { body: JSON.parse(raw) };
    } catch {
      return { status: 400, body: errorEnvelope('Could not parse request data, invalid JSON') };
    }
  },
  refusal: (err) => (err instanceof ApiError ? { status: err.status, body: errorEnvelope(err.message, err.phrase) } : undefined),
};
