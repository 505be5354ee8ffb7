/**
 * Look-alike and invisible characters in emails: each refused at its own
 * column, named by Unicode; `allow_unicode_emails: true` allows
 * internationalised addresses but still refuses mixed scripts and look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { charLocation } from '../../src/config/char-location.js';
import { lookAlikes } from '../../src/config/emails.js';
import { firstBadChar, showEmail } from '../../src/text/email-chars.js';
import { mixedScripts } from '../../src/text/confusables.js';
import { loadText, problemsOf, yaml } from './helpers.js';

const CYR_A = '\u0430';

/** A file with one Dreadnode workspace whose owners are `owners` (YAML flow items, as written). */
const dreadnode = (owners: string, head: string[] = []) =>
  yaml(
    'version: 1',
    ...head,
    'dreadnode:',
    '  organizations:',
    '    - org: acme',
    '      workspaces:',
    '        - workspace: red',
    `          owner: [${owners}]`,
  );

describe('the characters of an email', () => {
  const line = (head: string[] = []) => 7 + head.length;
  const col = (before: string) => '          owner: ['.length + before.length + 1;

  it('refuses a Cyrillic letter at its column, named', async () => {
    const out = await problemsOf(dreadnode(`alice@${CYR_A}cme.com`));
    expect(out).toEqual([
      `f.yaml:${line()}:${col('alice@')}: "alice@\\u{430}cme.com" holds U+0430 CYRILLIC SMALL LETTER A, which an email may not: only ASCII letters, digits and . _ % + - ' before the @, and ASCII letters, digits, hyphens and dots after it (allow_unicode_emails: true allows international addresses)`,
    ]);
  });

  it.each([
    ['a zero-width space after it', '"bob@acme.com\\u200b"', 'bob@acme.com', 'U+200B ZERO WIDTH SPACE (ZWSP)'],
    ['a BEL', '"c\\ad@acme.com"', 'c', 'U+0007 ALERT (BEL)'],
    ['an ESC', '"c\\x1bd@acme.com"', 'c', 'U+001B ESCAPE (ESC)'],
    ['a fullwidth letter', '\uff46red@acme.com', '', 'U+FF46 FULLWIDTH LATIN SMALL LETTER F'],
    ['a no-break space (which the schema refuses)', '"x\u00a0y@acme.com"', 'x', 'U+00A0 NO-BREAK SPACE (NBSP)'],
    ['a fullwidth @ (which the schema refuses)', 'alice\uff20acme.com', 'alice', 'U+FF20 FULLWIDTH COMMERCIAL AT'],
    ['an ASCII character outside the rule', "'bo!b@acme.com'", 'bo', 'U+0021 EXCLAMATION MARK'],
    ['an underscore in the domain', 'bob@ac_me.com', 'bob@ac', 'U+005F LOW LINE'],
  ])('refuses %s, at the character inside the scalar', async (_, written, before, name) => {
    const quoted = written.startsWith('"') || written.startsWith("'") ? 1 : 0;
    // Escapes are counted as written: the column is where the escape starts.
    const out = await problemsOf(dreadnode(`dan@acme.com, ${written}`));
    expect(out).toHaveLength(1);
    const [where, message] = [out[0]!.slice(0, out[0]!.indexOf(': ')), out[0]!.slice(out[0]!.indexOf(': ') + 2)];
    const at = col(`dan@acme.com, `) + quoted + before.length;
    expect(where).toBe(`f.yaml:${line()}:${at}`);
    expect(message).toContain(` holds ${name}, which an email may not`);
  });

  it('checks groups and protected lists too, and refuses every file that has one', async () => {
    const out = await problemsOf(
      yaml('version: 1', 'groups:', `  g: [alice@${CYR_A}cme.com]`, 'protected:', '  - "root\\u200b@acme.com"'),
    );
    expect(out.map((p) => p.split(': ')[0])).toEqual(['f.yaml:3:13', 'f.yaml:5:10']);
    expect(out[1]).toContain('U+200B ZERO WIDTH SPACE');
  });

  it('accepts every character an ordinary address uses', async () => {
    const loaded = await loadText(dreadnode("o'neil+x@acme-corp.co.uk, a.b_c%d-e@x1.example"));
    expect(loaded.desired.places[0]!.members.map((m) => m.email)).toEqual(['a.b_c%d-e@x1.example', "o'neil+x@acme-corp.co.uk"]);
  });
});

describe('allow_unicode_emails', () => {
  const head = ['allow_unicode_emails: true'];

  it('allows internationalised addresses in that file', async () => {
    const loaded = await loadText(dreadnode('jörg@müller.de, 山田@例え.jp, ιωάννης@παράδειγμα.gr', head));
    expect(loaded.desired.places[0]!.members.map((m) => m.email).sort()).toEqual(['jörg@müller.de', 'ιωάννης@παράδειγμα.gr', '山田@例え.jp'].sort());
  });

  it('is a boolean the schema knows', async () => {
    const out = await problemsOf(dreadnode('a@acme.com', ['allow_unicode_emails: yes please']));
    expect(out).toEqual(['f.yaml:2:23: "allow_unicode_emails" must be true or false']);
  });

  it('still refuses invisible, control and fullwidth characters', async () => {
    const out = await problemsOf(dreadnode('"jörg@müller.de\\u200b", "\\x07a@acme.com", \uff41@acme.com', head));
    expect(out.map((p) => p.replace(/, which.*/, ''))).toEqual([
      `f.yaml:8:34: "j\\u{F6}rg@m\\u{FC}ller.de\\u{200B}" holds U+200B ZERO WIDTH SPACE (ZWSP)`,
      `f.yaml:8:44: "\\u{7}a@acme.com" holds U+0007 ALERT (BEL)`,
      `f.yaml:8:61: "\\u{FF41}@acme.com" holds U+FF41 FULLWIDTH LATIN SMALL LETTER A`,
    ]);
  });

  it('refuses a domain or local part that mixes scripts, naming both characters', async () => {
    const out = await problemsOf(dreadnode(`alice@${CYR_A}cme.com, p${CYR_A}ul@acme.com`, head));
    expect(out).toEqual([
      `f.yaml:8:26: "alice@\\u{430}cme.com" mixes scripts in its domain: U+0063 LATIN SMALL LETTER C is Latin, but U+0430 CYRILLIC SMALL LETTER A before it is Cyrillic; the local part and each label of the domain are written in one script`,
      `f.yaml:8:36: "p\\u{430}ul@acme.com" mixes scripts in its local part: U+0430 CYRILLIC SMALL LETTER A is Cyrillic, but U+0070 LATIN SMALL LETTER P before it is Latin; the local part and each label of the domain are written in one script`,
    ]);
  });

  it('refuses an address that looks like another one of the files, naming both lines', async () => {
    // All-Cyrillic "асе" looks like Latin "ace": single-script, but a look-alike.
    const text = yaml(
      'version: 1',
      'allow_unicode_emails: true',
      'groups:',
      '  g: [bob@ace.com]',
      'dreadnode:',
      '  organizations:',
      '    - org: acme',
      '      workspaces:',
      '        - workspace: red',
      '          owner: [bob@\u0430\u0441\u0435.com]',
    );
    const out = await problemsOf(text);
    expect(out).toEqual([
      'f.yaml:10:23: "bob@\\u{430}\\u{441}\\u{435}.com" looks like "bob@ace.com" at line 4 (it holds U+0430 CYRILLIC SMALL LETTER A); two addresses that look alike are refused: write the one you mean',
    ]);
  });

  it('lets two different ASCII addresses be, however alike (rn and m)', async () => {
    const loaded = await loadText(dreadnode('rn@acme.com, m@acme.com', head));
    expect(loaded.desired.places[0]!.members).toHaveLength(2);
  });

  it('applies to its own file only', async () => {
    const { fixture, problems } = await import('./helpers.js');
    const dir = await fixture({
      'a.yaml': yaml('version: 1', 'allow_unicode_emails: true', 'groups:', '  a: [jörg@müller.de]'),
      'b.yaml': yaml('version: 1', 'groups:', '  b: [jörg@müller.de]'),
    });
    const out = await problems(dir);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^b\.yaml:3:8: .* holds U\+00F6 LATIN SMALL LETTER O WITH DIAERESIS/);
  });
});

describe('the pieces', () => {
  it('firstBadChar: the index of the first character, by mode', () => {
    expect(firstBadChar('alice@acme.com', false)).toBeUndefined();
    expect(firstBadChar(`alice@${CYR_A}cme.com`, false)).toEqual({ index: 6, codePoint: 0x430 });
    expect(firstBadChar(`alice@${CYR_A}cme.com`, true)).toBeUndefined();
    expect(firstBadChar('a@b@c.com', false)).toEqual({ index: 1, codePoint: 0x40 });
    expect(firstBadChar('\u{1d41a}@x.com', true)).toEqual({ index: 0, codePoint: 0x1d41a }); // mathematical bold a: not NFKC
  });

  it('showEmail escapes everything outside printable ASCII', () => {
    expect(showEmail('a\u202eb"@x')).toBe('"a\\u{202E}b\\u{22}@x"');
  });

  it('mixedScripts: Common characters go with any script; Han goes with kana', () => {
    expect(mixedScripts('abc-1.2')).toBeUndefined();
    expect(mixedScripts('山田やまだ')).toBeUndefined();
    expect(mixedScripts(`a${CYR_A}`)).toEqual({ first: { index: 0, script: 'Latin' }, other: { index: 1, script: 'Cyrillic' } });
  });

  it('charLocation maps through quotes and escapes, and falls back to the scalar', () => {
    const at = { file: 'f', line: 2, col: 5 };
    expect(charLocation('x\n[x, "a\\u0430b"]', { ...at, col: 5 }, 'aаb', 1)).toEqual({ ...at, col: 7 });
    expect(charLocation("x\n[x, 'it''sа']", at, "it'sа", 4)).toEqual({ ...at, col: 11 });
    expect(charLocation('x\n[x, "a\\\nb"]', at, 'ab', 1)).toEqual(at);
    expect(charLocation('x\n[x, *ref]', at, 'ab', 1)).toEqual(at);
  });

  it('lookAlikes: pairs mine with the first of theirs that looks alike, never two ASCII addresses', async () => {
    const a = (email: string, item: string) => ({ email, item });
    const mine = [a('apa@acme.com', 'file:3'), a('rn@acme.com', 'file:4'), a('\u0430\u0440\u0430@x.io', 'file:5')];
    const theirs = [a('m@acme.com', 'live 1'), a('\u0430\u0440\u0430@acme.com', 'live 2'), a('apa@acme.com', 'live 3'), a('apa@x.io', 'live 4')];
    expect((await lookAlikes(mine, theirs)).map(({ one, other }) => [one.item, other.item])).toEqual([
      ['file:3', 'live 2'],
      ['file:5', 'live 4'],
    ]);
    expect(await lookAlikes([a('rn@acme.com', 'x')], [a('m@acme.com', 'y')])).toEqual([]);
  });
});
