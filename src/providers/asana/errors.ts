/**
 * Asana's error envelope (`{"errors":[{"message","help","phrase"}]}`) as one
 * line for HttpError. `help` is a generic pointer to the docs and is left out;
 * `phrase` (500 only) identifies the failure to Asana support and is kept.
 *
 * Two answers get a hint, because Asana's words alone do not say what to do:
 * - 401: the token was refused; check where it came from (ASANA_TOKEN, or the
 *   file given to --token-file).
 * - a 404 that says the address is wrong rather than an object missing (see
 *   `wrongAddress`): ask whether ASANA_BASE_URL ends in /api/1.0.
 * The variables named are the module's settings (settings.ts).
 */
import { oneLine, type ErrorContext } from '../../http/index.js';
import { ASANA_DEFAULT_BASE_URL, asanaSettings } from './settings.js';

interface AsanaErrorItem {
  message?: unknown;
  phrase?: unknown;
}

/** The kinds of token Asana's API takes, said in the 401 hint. */
const TOKEN_KINDS = 'a personal access token or service account token';

/** Asana's API path, which ASANA_BASE_URL must include. */
const API_PATH = new URL(ASANA_DEFAULT_BASE_URL).pathname;

/**
 * Routes that exist for every token of every organisation: a 404 on them can
 * only mean the address is not Asana's API. Gatehouse's first request of a
 * run is one of these (`GET /workspaces` to resolve, `GET /users/me` to learn
 * the token's user).
 */
const ALWAYS_THERE = new Set(['/workspaces', '/users/me']);

/** Asana's words when the route, not an object, is unknown (`No matching route for request`). */
const NO_ROUTE = /^no matching route\b/i;

export function describeAsanaError(status: number, body: unknown, context?: ErrorContext): string {
  const messages = envelopeMessages(body);
  const parts: string[] = [];
  if (messages !== undefined && messages.length > 0) parts.push(oneLine(messages.join('; ')));
  else if (typeof body === 'string' && body.trim() !== '') parts.push(oneLine(body).slice(0, 200));
  if (status === 401) parts.push(`the token was refused: check ${context?.tokenSource ?? asanaSettings.tokenEnv} (${TOKEN_KINDS})`);
  const hint = status === 404 && context !== undefined && wrongAddress(messages, context) ? addressHint(context.baseUrl) : undefined;
  if (hint !== undefined) parts.push(hint);
  return parts.join('; ');
}

/**
 * The rule for the address hint: a 404 means the base URL is wrong, not that
 * a gid is unknown, when
 * - it answers a route that always exists (`GET /workspaces`, `GET /users/me`), or
 * - its body is not Asana's JSON error envelope (an HTML page, an empty body,
 *   another service's JSON: the answer did not come from Asana's API; Asana
 *   answers a missing object with the envelope), or
 * - Asana's envelope says the route itself is unknown (`No matching route
 *   for request`): Gatehouse calls only routes Asana has.
 * A 404 in the envelope about an object (`Unknown object: 1209…`) is an object
 * missing, and gets no hint.
 */
function wrongAddress(messages: string[] | undefined, context: ErrorContext): boolean {
  if (context.method === 'GET' && ALWAYS_THERE.has(context.path)) return true;
  if (messages === undefined) return true;
  return messages.some((m) => NO_ROUTE.test(m));
}

/** The hint, or nothing when the address is Asana's own (then no setting is to blame). */
function addressHint(baseUrl: string): string | undefined {
  if (baseUrl === ASANA_DEFAULT_BASE_URL) return undefined;
  const variable = asanaSettings.baseUrlEnv;
  if (!new URL(baseUrl).pathname.endsWith(API_PATH)) return `does ${variable} end in ${API_PATH}? (Asana's API is ${ASANA_DEFAULT_BASE_URL})`;
  return `${variable} answers 404 where Asana's API would not: is it the API's address? (Asana's is ${ASANA_DEFAULT_BASE_URL})`;
}

/**
 * The messages of Asana's envelope (`{"errors": [...]}`), each with its
 * error phrase; undefined when the body is not that envelope.
 */
function envelopeMessages(body: unknown): string[] | undefined {
  if (body === null || typeof body !== 'object' || !Array.isArray((body as { errors?: unknown }).errors)) return undefined;
  return ((body as { errors: unknown[] }).errors as AsanaErrorItem[])
    .map((e) => {
      if (e === null || typeof e !== 'object') return '';
      const message = typeof e.message === 'string' ? e.message.trim() : '';
      const phrase = typeof e.phrase === 'string' && e.phrase.trim() !== '' ? ` (error phrase: ${e.phrase.trim()})` : '';
      return message + phrase;
    })
    .filter((s) => s !== '');
}
