/**
 * Route table: `GET /workspaces/{workspace_gid}/users` style patterns (the
 * OAS path templates, below the /api/1.0 prefix) matched segment by segment.
 */
import type { User, World } from './world.js';

export type Method = 'GET' | 'POST';

export interface RouteContext {
  world: World;
  /** The token's own user. */
  me: User;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body of a write (undefined for reads). */
  body: unknown;
  /** Path below the API prefix, e.g. `/workspaces/123/teams`. */
  path: string;
  /** e.g. `http://127.0.0.1:4000/api/1.0`. */
  apiBase: string;
  /** Secret for signing pagination tokens. */
  secret: string;
}

export interface Route {
  method: Method;
  /** OAS path template, e.g. `/teams/{team_gid}/addUser`. */
  pattern: string;
  /** Returns the whole JSON answer (`{data: …}`); throws ApiError to refuse. */
  handle(ctx: RouteContext): unknown;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch | undefined {
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
