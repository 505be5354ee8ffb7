import { describe, expect, it } from 'vitest';
import { createDreadnodeHttpClient, describeDreadnodeError, dreadnodeBaseUrl } from '../../../src/providers/dreadnode/index.js';

describe('describeDreadnodeError', () => {
  it('keeps detail, and each loc/msg pair of a validation error', () => {
    const body = {
      code: 422,
      detail: 'Validation error',
      type: 'validation_error',
      errors: [
        { loc: ['body', 'permission'], msg: 'value is not a valid enumeration member', type: 'type_error.enum' },
        { loc: ['body', 'user_email'], msg: 'value is not a valid email address', type: 'value_error.email' },
      ],
    };
    expect(describeDreadnodeError(422, body)).toBe(
      'Validation error; body.permission: value is not a valid enumeration member; body.user_email: value is not a valid email address',
    );
  });

  it('reads a bare FastAPI answer whose detail is the list of items, and numeric loc parts', () => {
    const body = { detail: [{ loc: ['body', 'users', 0, 'email'], msg: 'field required', type: 'value_error.missing' }] };
    expect(describeDreadnodeError(422, body)).toBe('body.users.0.email: field required');
  });

  it('says what to do about 401 and 426', () => {
    expect(describeDreadnodeError(401, { code: 401, detail: 'Authentication failed', type: 'authentication_error', errors: null })).toBe(
      "Authentication failed; the API refused the token: check DREADNODE_TOKEN; or, if this platform takes the token as X-API-Key (as Dreadnode's SDK sends it), set DREADNODE_AUTH=x-api-key",
    );
    expect(describeDreadnodeError(426, { code: 426, detail: 'Client version too old', type: 'upgrade_required', errors: null })).toBe(
      'Client version too old; the Dreadnode API wants a newer client than this Gatehouse: upgrade Gatehouse',
    );
    expect(describeDreadnodeError(426, '')).toBe('the Dreadnode API wants a newer client than this Gatehouse: upgrade Gatehouse');
  });

  it('makes one line of a text body and nothing of an empty one', () => {
    expect(describeDreadnodeError(502, '<html>\n  Bad gateway\n</html>')).toBe('<html> Bad gateway </html>');
    expect(describeDreadnodeError(500, {})).toBe('');
    expect(describeDreadnodeError(404, { detail: '  Workspace\nnot found ' })).toBe('Workspace not found');
  });
});

describe('dreadnodeBaseUrl', () => {
  it('takes the address the /api/v1 paths are appended to, with or without /api/v1 already on it', () => {
    expect(dreadnodeBaseUrl('https://platform.example.com')).toBe('https://platform.example.com');
    expect(dreadnodeBaseUrl('https://platform.example.com/')).toBe('https://platform.example.com');
    expect(dreadnodeBaseUrl('https://platform.example.com/api/v1/')).toBe('https://platform.example.com');
    expect(dreadnodeBaseUrl('https://example.com/dreadnode')).toBe('https://example.com/dreadnode');
    expect(dreadnodeBaseUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
  });

  it('refuses what the shared check refuses', () => {
    expect(() => dreadnodeBaseUrl('platform.example.com')).toThrow('invalid base URL "platform.example.com": not an absolute URL');
    expect(() => dreadnodeBaseUrl('http://platform.example.com')).toThrow(/plain http:\/\/ sends the token in clear text/);
    expect(() => createDreadnodeHttpClient({ baseUrl: 'http://platform.example.com', token: 't0ken-xyz' })).toThrow(/use https:\/\//);
  });
});
