/**
 * Asana pagination (oas components/parameters limit & offset, lines 1050-1075;
 * schema NextPage, lines 4464-4495): `limit` 1..100, `offset` an opaque token
 * taken from the previous answer's `next_page: {offset, path, uri}`;
 * `next_page` is present only when `limit` was sent, and null on the last page.
 */
import { createHmac } from 'node:crypto';
import { badRequest } from './errors.js';

export const MAX_LIMIT = 100;

/**
 * Guess (the OAS is silent; the pagination guide says large unpaginated
 * results "may truncate the result or timeout"): without `limit`, a list
 * longer than one full page is refused with 400, so a client that forgets to
 * paginate fails loudly here instead of silently missing members later.
 */
export const UNPAGINATED_MAX = MAX_LIMIT;

export interface NextPage {
  offset: string;
  path: string;
  uri: string;
}

export interface PageRequest {
  query: URLSearchParams;
  /** Path below the API prefix, e.g. `/workspaces/123/teams`. */
  path: string;
  /** e.g. `http://127.0.0.1:4000/api/1.0`. */
  apiBase: string;
  /** Signs offset tokens so only tokens this server handed out are accepted. */
  secret: string;
}

export interface Page<T> {
  items: T[];
  /** undefined: leave `next_page` out (no limit sent). */
  nextPage: NextPage | null | undefined;
}

/** Parameters that do not change which list is being walked. */
const NOT_FILTERS = new Set(['limit', 'offset', 'opt_fields', 'opt_pretty']);

export function paginate<T>(req: PageRequest, all: readonly T[]): Page<T> {
  const rawLimit = req.query.get('limit');
  const rawOffset = req.query.get('offset');
  if (rawLimit === null) {
    // Guess: an offset only makes sense with the limit it was made for.
    if (rawOffset !== null) throw badRequest('offset: An offset must be sent together with limit');
    if (all.length > UNPAGINATED_MAX) {
      throw badRequest(
        `The result is too large. You should use pagination: send limit (1-${MAX_LIMIT}) and follow next_page`,
      );
    }
    return { items: [...all], nextPage: undefined };
  }
  const limit = parseLimit(rawLimit);
  const key = listKey(req);
  const start = rawOffset === null ? 0 : decodeOffset(rawOffset, key, req.secret);
  const items = all.slice(start, start + limit);
  const next = start + limit;
  if (next >= all.length) return { items, nextPage: null };
  const offset = encodeOffset(next, key, req.secret);
  const params = new URLSearchParams();
  for (const [k, v] of req.query) if (k !== 'offset') params.append(k, v);
  params.set('offset', offset);
  const path = `${req.path}?${params.toString()}`;
  return { items, nextPage: { offset, path, uri: `${req.apiBase}${path}` } };
}

export function parseLimit(raw: string): number {
  const n = /^[0-9]+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
    throw badRequest(`limit: The value must be between 1 and ${MAX_LIMIT}, got "${raw}"`);
  }
  return n;
}

function listKey(req: PageRequest): string {
  const filters = [...req.query].filter(([k]) => !NOT_FILTERS.has(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${req.path}?${new URLSearchParams(filters).toString()}`;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 16);
}

function encodeOffset(index: number, key: string, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ i: index, k: key })).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** Guess: a token made for another list (other path or filters) is refused like a forged one. */
function decodeOffset(token: string, key: string, secret: string): number {
  const invalid = badRequest('offset: Your pagination token is invalid. Use the offset from the previous next_page');
  const [payload, sig, extra] = token.split('.');
  if (payload === undefined || sig === undefined || extra !== undefined) throw invalid;
  if (sign(payload, secret) !== sig) throw invalid;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  const { i, k } = (parsed ?? {}) as { i?: unknown; k?: unknown };
  if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || k !== key) throw invalid;
  return i;
}
