/**
 * The hints where people get stuck, through the built command: a refused
 * token names what to check, an address that answers 404 everywhere asks
 * about ASANA_BASE_URL, and a token that cannot go in an HTTP header is
 * refused before any request, naming its variable or file. No secret is in
 * any of it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed } from './fixtures.js';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

const REFUSED = 'the token was refused: check ASANA_TOKEN (a personal access token or service account token)';
const SECRET = 'sekrit-0123456789abcdef';

let live: Sandbox | undefined;
let other: Server | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
  if (other !== undefined) {
    other.closeAllConnections();
    await new Promise((resolve) => other!.close(resolve));
    other = undefined;
  }
});

async function setup() {
  live = await sandbox(acmeSeed);
  const cwd = await workdir({ 'access.yaml': acmeDesired });
  return { live, cwd };
}

/** A web server that is not an API: 404 and an HTML page on every path. Counts what it was asked. */
async function notAnApi(): Promise<{ url: string; asked: string[] }> {
  const asked: string[] = [];
  other = createServer((req, res) => {
    asked.push(`${req.method} ${req.url}`);
    res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n');
  });
  await new Promise<void>((resolve) => other!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(other.address() as AddressInfo).port}`, asked };
}

describe('a refused token (401)', () => {
  it('names ASANA_TOKEN and the kinds of token Asana takes, on one line, without the token', async () => {
    const { live, cwd } = await setup();
    const result = await gatehouse(['plan', 'access.yaml'], { ASANA_BASE_URL: live.baseUrl, ASANA_TOKEN: SECRET }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^gatehouse: .*GET \/workspaces: 401 Unauthorized: Not Authorized; the token was refused: check ASANA_TOKEN \(a personal access token or service account token\)\n$/);
    expect(result.stderr).toContain(REFUSED);
    expect(result.stderr + result.stdout).not.toContain(SECRET);
  });

  it('with --token-file, names the flag and the file instead', async () => {
    const { live, cwd } = await setup();
    const dir = await workdir({ 'asana-token': `${SECRET}\n` });
    const file = join(dir, 'asana-token');
    const result = await gatehouse(['plan', 'access.yaml', '--token-file', file], { ASANA_BASE_URL: live.baseUrl }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`the token was refused: check --token-file ${file} (a personal access token or service account token)`);
    expect(result.stderr).not.toContain('check ASANA_TOKEN');
    expect(result.stderr + result.stdout).not.toContain(SECRET);
  });
});

describe('an address that answers 404 on every path', () => {
  it('the sandbox without /api/1.0: asks whether ASANA_BASE_URL ends in /api/1.0, after one request and no write', async () => {
    const { live, cwd } = await setup();
    const root = live.baseUrl.replace(/\/api\/1\.0$/, '');
    const result = await gatehouse(['apply', 'access.yaml', '--yes'], { ASANA_BASE_URL: root, ASANA_TOKEN: live.token }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/GET \/workspaces: 404 Not Found: .*; does ASANA_BASE_URL end in \/api\/1\.0\? \(Asana's API is https:\/\/app\.asana\.com\/api\/1\.0\)\n$/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(live.requests()).toBe(1);
    expect(result.stderr).not.toContain(live.token);
  });

  it('a web server that is not an API: the same question without /api/1.0, and another with it; the token is never shown', async () => {
    const server = await notAnApi();
    const cwd = await workdir({ 'access.yaml': acmeDesired });
    const bare = await gatehouse(['plan', 'access.yaml'], { ASANA_BASE_URL: server.url, ASANA_TOKEN: SECRET }, { cwd });
    expect(bare.code).toBe(1);
    expect(bare.stderr).toMatch(/GET \/workspaces: 404 Not Found: .*does ASANA_BASE_URL end in \/api\/1\.0\?/);
    const withPath = await gatehouse(['plan', 'access.yaml'], { ASANA_BASE_URL: `${server.url}/api/1.0`, ASANA_TOKEN: SECRET }, { cwd });
    expect(withPath.code).toBe(1);
    expect(withPath.stderr).toMatch(/GET \/workspaces: 404 Not Found: .*ASANA_BASE_URL answers 404 where Asana's API would not: is it the API's address\?/);
    // A 404 is an answer: one request each, not retried.
    expect(server.asked.map((a) => a.split('?')[0])).toEqual(['GET /workspaces', 'GET /api/1.0/workspaces']);
    expect(bare.stderr + bare.stdout + withPath.stderr + withPath.stdout).not.toContain(SECRET);
  });
});

describe('a token that cannot go in an HTTP header', () => {
  const tokens: Array<[string, string]> = [
    ['a non-Latin-1 character', `${SECRET}\u2019`],
    ['an emoji', `${SECRET}\u{1F511}`],
    ['a control character', `${SECRET}\u0007x`],
    ['a line break', `${SECRET}\nx`],
  ];

  it.each(tokens)('ASANA_TOKEN with %s: an error naming the variable, before any request, without the token', async (_what, token) => {
    const { live, cwd } = await setup();
    const result = await gatehouse(['plan', 'access.yaml'], { ASANA_BASE_URL: live.baseUrl, ASANA_TOKEN: token }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^gatehouse: ASANA_TOKEN: the token (has|holds) [^\n]*\n$/);
    expect(result.stderr).not.toMatch(/invalid header|UND_ERR/i);
    expect(result.stderr + result.stdout).not.toContain(SECRET);
    expect(live.requests()).toBe(0);
  });

  it('a token file with one: the error names the flag and the file', async () => {
    const { live, cwd } = await setup();
    const dir = await workdir({ 'asana-token': `\u201c${SECRET}\u201d\n` });
    const file = join(dir, 'asana-token');
    const result = await gatehouse(['plan', 'access.yaml', '--token-file', file], { ASANA_BASE_URL: live.baseUrl }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `gatehouse: --token-file ${file}: the token holds a character that is not ASCII (a typographic quote, dash or space copied from a document?), which an HTTP header cannot carry as written\n`,
    );
    expect(live.requests()).toBe(0);
  });

  it('DREADNODE_TOKEN with one is named as DREADNODE_TOKEN', async () => {
    const { live, cwd } = await setup();
    const result = await gatehouse(['plan', 'access.yaml'], { ...live.env, DREADNODE_TOKEN: `${SECRET}\u00e9` }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^gatehouse: DREADNODE_TOKEN: the token holds a character that is not ASCII/);
    expect(result.stderr + result.stdout).not.toContain(SECRET);
    expect(live.requests()).toBe(0);
  });
});
