/** Dreadnode's hints: a refused token names where it came from; a 404 from something that is not the platform asks about DREADNODE_BASE_URL. */
import { describe, expect, it } from 'vitest';
import type { ErrorContext } from '../../../src/http/index.js';
import { describeDreadnodeError } from '../../../src/providers/dreadnode/index.js';

const at = (path: string, tokenSource?: string): ErrorContext => ({ method: 'GET', path, baseUrl: 'https://example.com', ...(tokenSource === undefined ? {} : { tokenSource }) });
const AUTH = "; or, if this platform takes the token as X-API-Key (as Dreadnode's SDK sends it), set DREADNODE_AUTH=x-api-key";
const ADDRESS = "is DREADNODE_BASE_URL the Dreadnode platform's address (the one /api/v1 is appended to)?";

describe('describeDreadnodeError hints', () => {
  it('401 names the token source the client was given, DREADNODE_TOKEN otherwise', () => {
    const body = { code: 401, detail: 'Authentication failed', type: 'authentication_error', errors: null };
    expect(describeDreadnodeError(401, body, at('/api/v1/org/acme/ws', '--dreadnode-token-file dn.txt'))).toBe(
      `Authentication failed; the API refused the token: check --dreadnode-token-file dn.txt${AUTH}`,
    );
    expect(describeDreadnodeError(401, body, at('/api/v1/org/acme/ws'))).toBe(`Authentication failed; the API refused the token: check DREADNODE_TOKEN${AUTH}`);
    // Sent as X-API-Key already: no suggestion to try it.
    expect(describeDreadnodeError(401, body, at('/api/v1/org/acme/ws'), 'x-api-key')).toBe('Authentication failed; the API refused the token: check DREADNODE_TOKEN');
  });

  it('a 404 whose body is not the platform\'s JSON asks about the address; the platform\'s own 404 does not', () => {
    expect(describeDreadnodeError(404, '<html>Not Found</html>', at('/api/v1/org/acme/ws'))).toBe(`<html>Not Found</html>; ${ADDRESS}`);
    expect(describeDreadnodeError(404, '', at('/api/v1/org/acme/ws'))).toBe(ADDRESS);
    expect(describeDreadnodeError(404, { errors: [{ message: 'No matching route for request' }] }, at('/api/v1/org/acme/ws'))).toBe(ADDRESS);
    expect(describeDreadnodeError(404, { code: 404, detail: 'Workspace not found', type: 'not_found', errors: null }, at('/api/v1/org/acme/ws/x/users'))).toBe(
      'Workspace not found',
    );
  });
});
