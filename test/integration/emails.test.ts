/**
 * Look-alike and invisible characters in emails, through the built command
 * against the sandbox: a refused file sends no request at all; an email that
 * looks like a live member's is refused after reading and before any write.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

/**
 * Live: an Asana workspace and a Dreadnode workspace, each with a member
 * whose local part is Cyrillic and looks like Latin (`ара` and `ора`: a, p, o
 * in Cyrillic); the seed allows them.
 */
const seed = `
version: 1
allow_unicode_emails: true
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, \u0430\u0440\u0430@acme.com]
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com]
          reader: [\u043e\u0440\u0430@acme.com]
sandbox:
  me: bot@acme.com
  dreadnode:
    organizations:
      - org: acme
        workspaces: [{ workspace: red-team }]
`;

let box: Sandbox | undefined;
afterEach(async () => {
  await box?.close();
  box = undefined;
});

async function setup(text: string) {
  box = await sandbox(seed);
  const dir = await workdir({ 'team.yaml': text });
  return (...args: string[]) => gatehouse(args, box!.env, { cwd: dir });
}

const asana = (members: string, head = '') => `version: 1
${head}asana:
  workspaces:
    - workspace: Acme Corp
      members: [${members}]
`;

const dreadnode = (reader: string, head = '') => `version: 1
${head}dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com]
          reader: [${reader}]
`;

describe('a refused email: exit 1 at FILE:LINE:COL naming the character, and no request', () => {
  it.each([
    ['a Cyrillic letter', asana('alice@\u0430cme.com'), /^team\.yaml:5:23: "alice@\\u\{430\}cme\.com" holds U\+0430 CYRILLIC SMALL LETTER A, which an email may not/m],
    ['a zero-width space after it', asana('"bob@acme.com\\u200b"'), /^team\.yaml:5:30: "bob@acme\.com\\u\{200B\}" holds U\+200B ZERO WIDTH SPACE \(ZWSP\)/m],
    ['a BEL', dreadnode('"erin\\a@acme.com"'), /^team\.yaml:8:25: "erin\\u\{7\}@acme\.com" holds U\+0007 ALERT \(BEL\)/m],
    ['an ESC', dreadnode('"erin\\e@acme.com"'), /^team\.yaml:8:25: "erin\\u\{1B\}@acme\.com" holds U\+001B ESCAPE \(ESC\)/m],
    ['a fullwidth letter', dreadnode('\uff45rin@acme.com'), /^team\.yaml:8:20: "\\u\{FF45\}rin@acme\.com" holds U\+FF45 FULLWIDTH LATIN SMALL LETTER E/m],
    [
      'a mixed-script domain, with allow_unicode_emails',
      asana('alice@\u0430cme.com', 'allow_unicode_emails: true\n'),
      /^team\.yaml:6:24: "alice@\\u\{430\}cme\.com" mixes scripts in its domain: U\+0063 LATIN SMALL LETTER C is Latin, but U\+0430 CYRILLIC SMALL LETTER A before it is Cyrillic/m,
    ],
    [
      'a look-alike of another entry, with allow_unicode_emails',
      dreadnode('apa@acme.com, \u0430\u0440\u0430@acme.com', 'allow_unicode_emails: true\n'),
      /^team\.yaml:9:34: "\\u\{430\}\\u\{440\}\\u\{430\}@acme\.com" looks like "apa@acme\.com" at line 9 \(it holds U\+0430 CYRILLIC SMALL LETTER A\)/m,
    ],
  ])('%s', async (_name, text, error) => {
    const run = await setup(text);
    for (const command of ['validate', 'plan']) {
      const result = await run(command, 'team.yaml');
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(error);
      expect(result.stdout).toBe('');
    }
    expect(box!.requests()).toBe(0);
  });
});

describe('allow_unicode_emails', () => {
  it('lets an internationalised address through validate', async () => {
    const run = await setup(dreadnode('jörg@müller.de', 'allow_unicode_emails: true\n'));
    const result = await run('validate', 'team.yaml');
    expect(result.code, result.stderr).toBe(0);
    expect(box!.requests()).toBe(0);
  });
});

describe('an email that looks like a live member', () => {
  it.each([
    ['an Asana workspace member', asana('alice@acme.com, apa@acme.com'), /^team\.yaml:5:33: "apa@acme\.com" looks like "\\u\{430\}\\u\{440\}\\u\{430\}@acme\.com", a live member of asana workspace "Acme Corp" \(\d+\)/m],
    ['a Dreadnode workspace member', dreadnode('opa@acme.com'), /^team\.yaml:8:20: "opa@acme\.com" looks like "\\u\{43E\}\\u\{440\}\\u\{430\}@acme\.com", a live member of dreadnode workspace "[^"]+" \(acme\/red-team\)/m],
  ])('%s: plan exits 1 at the entry, naming the live member and its place, and writes nothing', async (_name, text, error) => {
    const run = await setup(text);
    for (const command of ['plan', 'apply']) {
      const result = await run(command, 'team.yaml', ...(command === 'apply' ? ['--yes'] : []));
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(error);
    }
    expect(box!.requests()).toBeGreaterThan(0); // it read live state
    expect(box!.requests('GET')).toBe(box!.requests());
  });

  it('plans as usual when no live member looks like an entry', async () => {
    const run = await setup(asana('alice@acme.com, bob@acme.com'));
    const result = await run('plan', 'team.yaml');
    expect(result.code, result.stderr).toBe(0);
  });
});
