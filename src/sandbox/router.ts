/**
 * Route table: `GET /users/{user_gid}` style patterns matched segment by
 * segment, against the path each dialect's routePath gives (below its prefix,
 * or the whole path).
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteContext<W = unknown> {
  /** The world of the route's own provider (the server's live copy). */
  world: W;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body of a write (undefined for reads). */
  body: unknown;
  /** The path the route matched, as the dialect's routePath gave it. */
  path: string;
  /** The server's address and the dialect's prefix, e.g. `http://127.0.0.1:4000/api/1.0`. */
  apiBase: string;
  /** Secret for signing pagination tokens. */
  secret: string;
  /** The bearer token the request came with: one its provider's world accepts (`token` or one of `moreTokens`). */
  token: string;
}

export interface Route<W = unknown> {
  method: Method;
  /** Path template, e.g. `/teams/{team_gid}/addUser`; also the route's key in the statistics. */
  pattern: string;
  /** Status of a successful answer (default 200); 204 sends no body. */
  status?: number;
  /** Returns the whole JSON answer (`{data: …}`); throws its API's error (its dialect's refusal reads it) to refuse. */
  handle(ctx: RouteContext<W>): unknown;
}

export interface RouteMatch<W = unknown> {
  route: Route<W>;
  params: Record<string, string>;
}

export function matchRoute<W>(routes: readonly Route<W>[], method: string, path: string): RouteMatch<W> | undefined {
  const segments = splitPath(path);
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchPattern(route.pattern, segments);
    if (params) return { route, params };
  }
  return undefined;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | undefined {
  const parts = splitPath(pattern);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const seg = segments[i] ?? '';
    if (part.startsWith('{') && part.endsWith('}')) {
      let value: string;
      try {
        value = decodeURIComponent(seg);
      } catch {
        return undefined;
      }
      params[part.slice(1, -1)] = value;
    } else if (part !== seg) {
      return undefined;
    }
  }
  return params;
}
