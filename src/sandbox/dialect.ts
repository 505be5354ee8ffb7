/**
 * A dialect is what differs between the APIs the sandbox speaks: where they
 * live, their routes, their error bodies and how they read a request body.
 * The server picks one per request by path and leaves the rest (auth,
 * faults, caps, statistics) shared. Each provider's is in its sandbox part.
 */
import type { Route } from './router.js';

export interface Answer {
  status: number;
  body: unknown;
}

export interface Dialect<W = unknown> {
  /** The provider's name; budgets and in-flight caps count each dialect's requests apart. */
  name: string;
  /** Where its API lives on the server, e.g. `/api/v1`. */
  prefix: string;
  routes: readonly Route<W>[];
  /** True when a request path belongs to this API. */
  serves(pathname: string): boolean;
  /** Answers the paths no dialect serves (404s outside every API); at most one dialect should. */
  fallback?: boolean;
  /** The path routes are matched against, or undefined when no route can match. */
  routePath(pathname: string): string | undefined;
  pretty(query: URLSearchParams): boolean;
  /** Body of a 429: an injected one, or one over an in-flight cap. */
  tooMany(over?: { kind: 'reads' | 'writes'; cap: number }): unknown;
  /** Body of a 500 (`cause` for unexpected errors; `random` for bodies that vary, e.g. a phrase). */
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
