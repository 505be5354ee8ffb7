import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, checkBaseUrl, DEFAULT_RETRY, parseRetryAfter } from '../../src/http/index.js';

describe('checkBaseUrl', () => {
  it.each([
    'https://app.asana.com/api/1.0',
    'https://app.asana.com/api/1.0/',
    'https://example.com:8443',
    'http://127.0.0.1:8080/api/1.0',
    'http://127.1.2.3',
    'http://localhost:3000',
    'http://LOCALHOST:3000',
    'http://[::1]:9000/api',
  ])('accepts %s', (url) => {
    expect(checkBaseUrl(url).href).toBeTruthy();
  });

  it('drops a trailing slash from the path', () => {
    expect(checkBaseUrl('https://app.asana.com/api/1.0/').pathname).toBe('/api/1.0');
  });

  it.each([
    ['http://app.asana.com/api/1.0', /plain http:\/\/ sends the token in clear text; use https:\/\//],
    ['http://10.0.0.1', /only for loopback hosts/],
    ['http://128.0.0.1', /only for loopback hosts/],
    ['http://127.0.0.1.evil.com', /only for loopback hosts/],
    ['http://[::2]', /only for loopback hosts/],
    // The resolver, not Gatehouse, would decide where these go.
    ['http://asana.localhost/api/1.0', /only for loopback hosts/],
    ['http://localhost.evil.com', /only for loopback hosts/],
    ['ftp://127.0.0.1', /unsupported scheme "ftp"/],
    ['app.asana.com/api/1.0', /not an absolute URL/],
    ['', /not an absolute URL/],
    ['https://user:pw@app.asana.com', /credentials in the URL/],
    ['https://app.asana.com/api?token=x', /query string/],
  ])('refuses %s', (url, message) => {
    expect(() => checkBaseUrl(url)).toThrow(message);
  });

  it('does not echo userinfo when refusing', () => {
    expect(() => checkBaseUrl('http://me:s3cretpw@example.com')).toThrow(/^(?!.*s3cretpw)/);
  });
});

describe('backoff', () => {
  it('full jitter stays in [0, min(max, base·2^(n-1)))', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 0.9999999, noNaN: true }), (n, r) => {
        const d = backoffDelay(n, DEFAULT_RETRY, () => r);
        const ceiling = Math.min(DEFAULT_RETRY.maxDelayMs, DEFAULT_RETRY.baseDelayMs * 2 ** (n - 1));
        return d >= 0 && d < ceiling && Number.isInteger(d);
      }),
    );
  });

  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('30', 0)).toBe(30_000);
    expect(parseRetryAfter('1.5', 0)).toBe(1500);
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:10 GMT', now)).toBe(10_000);
  });
});
