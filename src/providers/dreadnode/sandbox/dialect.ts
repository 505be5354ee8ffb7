/** Dreadnode's face for the shared server: /api/v1, its routes, its error body, its body parsing. */
import { isJson, type Dialect } from '../../../sandbox/dialect.js';
import { DreadnodeError, envelope } from './errors.js';
import { DREADNODE_PREFIX } from './prefix.js';
import { dreadnodeRoutes } from './routes.js';
import type { DreadnodeWorld } from './world.js';

const serves = (pathname: string): boolean => pathname === DREADNODE_PREFIX || pathname.startsWith(`${DREADNODE_PREFIX}/`);

export const dreadnodeDialect: Dialect<DreadnodeWorld> = {
  name: 'dreadnode',
  prefix: DREADNODE_PREFIX,
  routes: dreadnodeRoutes,
  serves,
  routePath: (pathname) => (serves(pathname) ? pathname : undefined),
  pretty: () => false,
  // Guess: Dreadnode's rate-limit answers are undocumented; the sandbox sends
  // the same 429 + Retry-After as for Asana, in this envelope.
  tooMany: (over) =>
    envelope(429, over ? `Too many ${over.kind} in flight at once (at most ${over.cap})` : 'Rate limit exceeded'),
  serverError: () => envelope(500, 'Internal server error'),
  unauthorized: () => envelope(401, 'Authentication failed'),
  noRoute: (method, pathname) => envelope(404, `Not found: ${method} ${pathname}`),
  parseBody(method, contentType, raw) {
    // Guess: a body on GET or DELETE is ignored.
    if (method === 'GET' || method === 'DELETE' || raw.length === 0) return { body: undefined };
    // Guess: only application/json bodies are read; anything else is refused
    // with 422 at loc ["body"], as if no object had been sent.
    if (!isJson(contentType)) {
      const got = contentType === undefined ? 'no Content-Type' : `Content-Type ${JSON.stringify(contentType)}`;
      return {
        status: 422,
        body: envelope(422, `Request validation failed: the body must be JSON sent with Content-Type: application/json (got ${got})`, [
          { loc: ['body'], msg: 'Input should be a valid dictionary or object to extract fields from', type: 'model_attributes_type' },
        ]),
      };
    }
    try {
      return { body: JSON.parse(raw) };
    } catch (err) {
      // Guess: malformed JSON is a 422 (FastAPI's answer), not a 400.
      const position = /position (\d+)/.exec((err as Error).message)?.[1];
      return {
        status: 422,
        body: envelope(422, 'Request validation failed', [
          { loc: ['body', position === undefined ? 0 : Number(position)], msg: 'JSON decode error', type: 'json_invalid' },
        ]),
      };
    }
  },
  refusal: (err) => (err instanceof DreadnodeError ? { status: err.code, body: err.envelope() } : undefined),
};
