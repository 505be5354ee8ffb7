/**
 * The one check on a configured API base URL: tokens travel only over TLS,
 * except to this machine (the sandbox and tests listen on loopback).
 */

const LOOPBACK_NAMES = new Set(['localhost', '[::1]', '::1']);

/**
 * True for 127.0.0.0/8, ::1 and the name localhost. Other names under
 * .localhost are not trusted: the system resolver, not this check, would
 * decide where they go, and the token would travel in clear text.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (LOOPBACK_NAMES.has(host)) return true;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return false;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) && octets[0] === 127;
}

/**
 * Parse and check a base URL. Accepts `https://…` anywhere and `http://…` only
 * for a loopback host. Throws an Error whose message says what to write instead.
 * Returns the parsed URL (without a trailing slash on the path).
 */
export function checkBaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`invalid base URL ${JSON.stringify(url)}: not an absolute URL (expected https://host or https://host/path)`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new Error(`invalid base URL: credentials in the URL are not allowed; pass the token separately`);
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    throw new Error(`invalid base URL ${JSON.stringify(stripSecrets(parsed))}: a query string or fragment is not allowed`);
  }
  if (parsed.protocol === 'https:') return normalise(parsed);
  if (parsed.protocol === 'http:') {
    if (isLoopbackHost(parsed.hostname)) return normalise(parsed);
    throw new Error(
      `refusing base URL ${JSON.stringify(stripSecrets(parsed))}: plain http:// sends the token in clear text; ` +
        `use https:// (http:// is allowed only for loopback hosts such as 127.0.0.1, ::1 or localhost)`,
    );
  }
  throw new Error(
    `refusing base URL ${JSON.stringify(stripSecrets(parsed))}: unsupported scheme ${JSON.stringify(parsed.protocol.replace(/:$/, ''))}; use https://`,
  );
}

function normalise(u: URL): URL {
  const out = new URL(u.href);
  out.pathname = out.pathname.replace(/\/+$/, '');
  return out;
}

function stripSecrets(u: URL): string {
  return `${u.protocol}//${u.host}${u.pathname}`;
}
