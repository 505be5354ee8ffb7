/**
 * Whether a token can travel as `Authorization: Bearer <token>`. A bearer
 * credential is printable ASCII without spaces (RFC 6750 §2.1 allows less
 * still, but Asana's personal access tokens hold `/` and `:`); anything else
 * is a copy-and-paste accident, and HTTP refuses some of it outright (undici
 * throws "invalid header value" for a line break, a control character or a
 * character above U+00FF). The answer says what is wrong, never the token or
 * any part of it.
 */

/** Why `token` cannot be sent as a bearer token, worded to follow "the token", or undefined when it can. */
export function tokenProblem(token: string): string | undefined {
  if (/[\r\n]/.test(token)) return 'has a line break inside it; it should be one line';
  // Control characters other than the line breaks above and tab (a space or tab is below).
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(token)) return 'holds a control character, which an HTTP header cannot carry';
  if (/^bearer\s/i.test(token)) return 'starts with "Bearer ": give the token alone (Gatehouse adds the word)';
  if (/[ \t]/.test(token)) return 'has a space or tab inside it; a token is one word';
  if (/[^\u0021-\u007e]/.test(token)) {
    return 'holds a character that is not ASCII (a typographic quote, dash or space copied from a document?), which an HTTP header cannot carry as written';
  }
  return undefined;
}
