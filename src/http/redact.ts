/** The last line of defence: scrub secrets from any text that leaves the HTTP layer. */

export const REDACTED = '[REDACTED]';

/**
 * Replace every occurrence of each secret (and anything that looks like a
 * bearer credential) in `text`. Secrets shorter than 4 characters are ignored
 * so that a silly token cannot blank out ordinary words.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    out = out.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join(REDACTED);
  }
  return out.replace(/\b(Bearer)\s+[^\s"',;]+/gi, `$1 ${REDACTED}`);
}
