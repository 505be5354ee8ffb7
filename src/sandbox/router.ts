/**
 * Route table: `GET /workspaces/{workspace_gid}/users` style patterns matched
 * segment by segment: Asana's OAS path templates below the /api/1.0 prefix,
 * Dreadnode's whole paths (`/api/v1/org/{org}/ws`).
 */
import type { User } from './asana/world.js';
import type { World } from './world.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteContext {
  world: World;
  /** The token's own Asana user (Dreadnode's is `world.dreadnode.meId`). */
  me: User;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body of a write (undefined for reads). */
  body: unknown;
  /** The path the route matched, e.g. `/workspaces/123/teams` (below /api/1.0 for Asana). */
  path: string;
  /** e.g. `http://127.0.0.1:4000/api/1.0`. */
  apiBase: string;
  /** Secret for signing pagination tokens. */
  secret: string;
}

export interface Route {
  method: Method;
  /** Path template, e.g. `/teams/{team_gid}/addUser`; also the route's key in the statistics. */
  pattern: string;
  /** Status of a successful answer (default 200); 204 sends no body. */
  status?: number;
  /** Returns the whole JSON answer (`{data: …}`); throws its API's error (ApiError, DreadnodeError) to refuse. */
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
