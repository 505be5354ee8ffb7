/** Asana's face for the shared server: /api/1.0, its routes, its error envelope, its body parsing. */
import { isJson, type Dialect } from '../../../sandbox/dialect.js';
import { ApiError, errorEnvelope, errorPhrase } from './errors.js';
import { goalRoutes } from './routes/goals.js';
import { membershipRoutes } from './routes/memberships.js';
import { portfolioRoutes } from './routes/portfolios.js';
import { projectRoutes } from './routes/projects.js';
import { teamRoutes } from './routes/teams.js';
import { userRoutes } from './routes/users.js';
import { workspaceRoutes } from './routes/workspaces.js';
import type { AsanaWorld } from './world.js';

/** Asana's API lives under /api/1.0, which ASANA_BASE_URL includes (Dreadnode's /api/v1 is appended to DREADNODE_BASE_URL). */
export const ASANA_PREFIX = '/api/1.0';

const serves = (pathname: string): boolean => pathname === ASANA_PREFIX || pathname.startsWith(`${ASANA_PREFIX}/`);

export const asanaDialect: Dialect<AsanaWorld> = {
  name: 'asana',
  prefix: ASANA_PREFIX,
  routes: [
    ...workspaceRoutes,
    ...teamRoutes,
    ...projectRoutes,
    ...portfolioRoutes,
    ...goalRoutes,
    ...membershipRoutes,
    ...userRoutes,
  ],
  serves,
  // Asana answers every path no other API serves, so a 404 outside every API is in its envelope.
  fallback: true,
  routePath: (pathname) => (pathname.startsWith(`${ASANA_PREFIX}/`) ? pathname.slice(ASANA_PREFIX.length) : undefined),
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
