/**
 * A token that cannot go in an Authorization header is refused before any
 * request, saying which variable or file holds it and what is wrong with it,
 * never the token or a part of it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/cli/settings.js';
import { HttpClient, tokenProblem } from '../../src/http/index.js';
import { startServer, type TestServer } from './helpers.js';

/** Distinctive, so that any echo of it is found. */
const CANARY = 'canary7f3a9c';

/**
 * Tokens that HTTP cannot carry as written, or that cannot be a bearer token,
 * and the words that say why. Each fault is inside the token: settings trim
 * a token's ends (a file's last line break).
 */
const BAD: Array<[string, string, RegExp]> = [
  ['a line break', `2/1/${CANARY}\nrest`, /has a line break inside it/],
  ['a carriage return', `2/1/${CANARY}\rx`, /has a line break inside it/],
  ['a NUL', `2/1/${CANARY}\u0000x`, /control character/],
  ['an escape', `2/1/\u001b[0m${CANARY}`, /control character/],
  ['DEL', `2/1/${CANARY}\u007f`, /control character/],
  ['a tab', `2/1/${CANARY}\tx`, /space or tab/],
  ['a space', `2/1/${CANARY} x`, /space or tab/],
  ['a typographic quote (above U+00FF)', `\u201c2/1/${CANARY}\u201d`, /not ASCII/],
  ['an emoji', `2/1/${CANARY}\u{1F600}`, /not ASCII/],
  ['a Latin-1 letter', `2/1/${CANARY}\u00e9`, /not ASCII/],
  ['a no-break space', `2/1/${CANARY}\u00a0x`, /not ASCII/],
  ['the word Bearer', `Bearer 2/1/${CANARY}`, /starts with "Bearer "/],
];

/** `SOURCE: the token … WHY …`, the whole message's shape. */
function refusal(source: string, why: RegExp): RegExp {
  return new RegExp(`^${source.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: the token .*${why.source}`);
}

describe('tokenProblem', () => {
  it.each(BAD)('refuses a token with %s, without quoting it', (_what, token, why) => {
    const problem = tokenProblem(token);
    expect(problem).toMatch(why);
    expect(problem).not.toContain(CANARY);
  });

  it('accepts what Asana and Dreadnode tokens look like', () => {
    for (const token of ['2/1199999999/1209876543210:0123456789abcdef0123456789abcdef', '1/1234:abcdef', 'sandbox-token', 'dn_ABC.def-123~+/=']) {
      expect(tokenProblem(token)).toBeUndefined();
    }
  });
});

describe('the HTTP client', () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it.each(BAD)('refuses a token with %s before any request, naming where it came from', async (_what, token, why) => {
    const server = await startServer((_req, res) => void res.end('{}'));
    servers.push(server);
    const make = (tokenSource?: string) => () => new HttpClient({ baseUrl: server.url, token, ...(tokenSource === undefined ? {} : { tokenSource }) });
    expect(make('SOME_TOKEN')).toThrow(refusal('SOME_TOKEN', why));
    expect(make()).toThrow(new RegExp(`^the API token .*${why.source}`));
    for (const source of ['SOME_TOKEN', undefined]) {
      try {
        make(source)();
      } catch (error) {
        expect(String((error as Error).stack)).not.toContain(CANARY);
      }
    }
    expect(server.seen).toHaveLength(0);
  });
});

describe('readSettings', () => {
  const good = { DREADNODE_TOKEN: 'tok-d', DREADNODE_BASE_URL: 'http://127.0.0.1:9' };

  it.each(BAD)('a token with %s in a variable is an error naming the variable, not the token', async (_what, token, why) => {
    const error = (await readSettings({ env: { ...good, ASANA_TOKEN: token } }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(refusal('ASANA_TOKEN', why));
    expect(error.message).not.toContain(CANARY);
  });

  it.each(BAD)('a token with %s in a --token-file is an error naming the flag and the file, not the token', async (_what, token, why) => {
    const dir = await mkdtemp(join(tmpdir(), 'gatehouse-token-'));
    const file = join(dir, 'asana-token');
    await writeFile(file, token);
    const error = (await readSettings({ env: good, flags: { 'token-file': file } }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(refusal(`--token-file ${file}`, why));
    expect(error.message).not.toContain(CANARY);
  });

  it('names the Dreadnode variable for a Dreadnode token', async () => {
    const error = (await readSettings({ env: { ...good, DREADNODE_TOKEN: `tok\u2028${CANARY}` } }).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^DREADNODE_TOKEN: the token holds a character that is not ASCII/);
    expect(error.message).not.toContain(CANARY);
  });

  it('hands the token source on with the token, for the hints', async () => {
    const settings = await readSettings({ env: { ...good, ASANA_TOKEN: 'tok-a' } });
    expect(settings.asana).toMatchObject({ token: 'tok-a', tokenSource: 'ASANA_TOKEN' });
    expect(settings.dreadnode).toMatchObject({ token: 'tok-d', tokenSource: 'DREADNODE_TOKEN' });
  });
});
