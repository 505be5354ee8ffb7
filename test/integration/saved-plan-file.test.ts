/** The saved-plan file on its own (no server): what is taken as a saved plan, what is refused, and why. */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  changesMissingFrom,
  isSavedPlanFile,
  parseFingerprint,
  readSavedPlan,
  recordedConfigPath,
  savedPlanOf,
  writeSavedPlan,
} from '../../src/cli/saved-plan.js';
import { plan } from '../../src/plan/index.js';
import { desiredMember, desiredOf, liveMember, liveOf, place } from '../support/states.js';

const ws = place('asana/workspace:Acme Corp', 'workspace', 0);
const team = place('asana/workspace:Acme Corp/team:Platform', 'team', 1, ws.key);
const example = plan(
  desiredOf([
    [ws, [desiredMember('alice@acme.com'), desiredMember('bob@acme.com')]],
    [team, [desiredMember('bob@acme.com')]],
  ]),
  liveOf([
    [ws, [liveMember('alice@acme.com')]],
    [team, []],
  ]),
);

/** A fresh working directory holding the config `access/` (with `access/teams.yaml`). */
async function dir() {
  const d = await mkdtemp(join(tmpdir(), 'gatehouse-saved-'));
  await mkdir(join(d, 'access'));
  await writeFile(join(d, 'access', 'teams.yaml'), 'version: 1\n');
  return d;
}

describe('writing and reading a saved plan', () => {
  it('round-trips: what is written is read back, with the config path as given', async () => {
    const d = await dir();
    const file = join(d, 'plan.json');
    await writeSavedPlan(file, 'access', example, d);
    const saved = await readSavedPlan(file, d);
    expect(saved).toEqual({ kind: 'gatehouse-saved-plan', version: 1, config: 'access', plan: JSON.parse(JSON.stringify(example)) });
    expect(await isSavedPlanFile(file)).toBe(true);
  });

  it('records the config relative to the working directory, with /, and refuses one outside it', async () => {
    const repo = await dir();
    expect(recordedConfigPath('access/', repo)).toBe('access');
    expect(recordedConfigPath(join(repo, 'access/teams.yaml'), repo)).toBe('access/teams.yaml');
    expect(recordedConfigPath('.', repo)).toBe('.');
    expect(recordedConfigPath('sub/../access', repo)).toBe('access');
    expect(() => recordedConfigPath('/elsewhere/access', repo)).toThrow(`cannot save a plan of /elsewhere/access: it lies outside the working directory ${repo}`);
    expect(() => recordedConfigPath('../sibling', join(repo, 'access'))).toThrow(/cannot save a plan of \.\.\/sibling: it lies outside the working directory/);
    expect(() => savedPlanOf('/', example, repo)).toThrow(/outside the working directory/);
  });

  it('follows symbolic links when saving: refuses a config that leads outside the working directory, or nowhere', async () => {
    const repo = await dir();
    const outside = await dir();
    await symlink(join(outside, 'access'), join(repo, 'link'));
    await symlink('../nowhere', join(repo, 'dangling'));
    await symlink('access', join(repo, 'inside'));
    expect(() => recordedConfigPath('link', repo)).toThrow(
      `cannot save a plan of link: it leads outside the working directory ${await realpath(repo)} through a symbolic link (to ${await realpath(join(outside, 'access'))}).`,
    );
    expect(() => recordedConfigPath('link/teams.yaml', repo)).toThrow(/cannot save a plan of link\/teams\.yaml: it leads outside the working directory/);
    expect(() => recordedConfigPath('dangling', repo)).toThrow(`cannot save a plan of dangling: it does not exist in the working directory ${repo} (or is a symbolic link that leads nowhere).`);
    expect(() => recordedConfigPath('missing', repo)).toThrow(/it does not exist in the working directory/);
    expect(recordedConfigPath('inside', repo)).toBe('inside'); // a link that stays inside is fine
    await expect(writeSavedPlan(join(repo, 'plan.json'), 'link', example, repo)).rejects.toThrow(/cannot save a plan of link: it leads outside/);
    await expect(readFile(join(repo, 'plan.json'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('follows symbolic links when reading: refuses a config that leads outside the real working directory, or nowhere, before any use', async () => {
    const repo = await dir();
    const outside = await dir();
    // An artifact that ships a link to its own files, and a genuine saved plan naming the link.
    await symlink(join(outside, 'access'), join(repo, 'link'));
    await symlink(join(outside, 'access'), join(repo, 'access', 'nested'));
    await symlink('../nowhere', join(repo, 'dangling'));
    const good = savedPlanOf('access', example, repo);
    const cases: Array<[string, string]> = [
      ['link', `leads outside the working directory ${await realpath(repo)} through a symbolic link (to ${await realpath(join(outside, 'access'))})`],
      ['link/teams.yaml', `leads outside the working directory ${await realpath(repo)} through a symbolic link (to ${await realpath(join(outside, 'access/teams.yaml'))})`],
      ['access/nested', `leads outside the working directory ${await realpath(repo)} through a symbolic link`],
      ['dangling', `does not exist in the working directory ${repo} (or is a symbolic link that leads nowhere)`],
      ['missing', `does not exist in the working directory ${repo}`],
    ];
    for (const [config, problem] of cases) {
      await writeFile(join(repo, 'plan.json'), JSON.stringify({ ...good, config }));
      await expect(readSavedPlan(join(repo, 'plan.json'), repo), config).rejects.toThrow(
        `plan.json is not a usable saved plan here: the files it records, ${JSON.stringify(config)}, ${problem}`,
      );
      await expect(readSavedPlan(join(repo, 'plan.json'), repo), config).rejects.toThrow(/a saved plan may name only files inside the folder apply runs in\. Nothing was changed\.$/);
    }
    // The working directory itself reached through a link: compared by real paths, so its own files are fine.
    const linkedRepo = join(outside, 'repo-link');
    await symlink(repo, linkedRepo);
    await writeFile(join(repo, 'plan.json'), JSON.stringify(good));
    expect((await readSavedPlan(join(linkedRepo, 'plan.json'), linkedRepo))!.config).toBe('access');
  });

  it('takes YAML files and folders as configs; a path ending in .json is a saved plan or refused, never a config', async () => {
    const d = await dir();
    await writeFile(join(d, 'access.yaml'), 'version: 1\n');
    await writeFile(join(d, 'config.json'), '{"version": 1, "asana": {"workspaces": []}}');
    await writeFile(join(d, 'list.json'), '[1, 2]');
    await mkdir(join(d, 'access.json'));
    await writeFile(join(d, 'access.json', 'acme.yaml'), 'version: 1\n');
    expect(await readSavedPlan(join(d, 'access.yaml'))).toBeUndefined();
    expect(await readSavedPlan(d)).toBeUndefined();
    const cases: Array<[string, RegExp]> = [
      ['config.json', /config\.json is not a saved plan: it has no "kind": "gatehouse-saved-plan"\. apply takes a path ending in \.json only as a saved plan/],
      ['list.json', /list\.json is not a saved plan: it is not a JSON object/],
      ['access.json', /access\.json is a folder, not a saved plan/],
      ['access.json/', /access\.json\/ is a folder, not a saved plan/],
      ['missing.json', /missing\.json cannot be read \(ENOENT\)/],
      ['MISSING.JSON', /MISSING\.JSON cannot be read/],
    ];
    for (const [name, message] of cases) {
      await expect(readSavedPlan(join(d, name)), name).rejects.toThrow(message);
      await expect(readSavedPlan(join(d, name)), name).rejects.toThrow(/Nothing was changed\.$/);
    }
    expect(await isSavedPlanFile(join(d, 'config.json'))).toBe(false);
  });

  it('refuses a saved plan whose recorded files are absolute or outside the working directory', async () => {
    const d = await dir();
    const good = savedPlanOf('access', example, d);
    const cases: Array<[string, string]> = [
      ['/etc/gatehouse', 'is absolute'],
      ['../elsewhere', 'has a .. segment'],
      ['access/../../elsewhere', 'has a .. segment'],
      ['access/..', 'has a .. segment'],
    ];
    for (const [config, problem] of cases) {
      await writeFile(join(d, 'plan.json'), JSON.stringify({ ...good, config }));
      await expect(readSavedPlan(join(d, 'plan.json'), d), config).rejects.toThrow(
        `plan.json is not a usable saved plan: the files it records, ${JSON.stringify(config)}, ${problem}; a saved plan may name only files inside the folder apply runs in. Nothing was changed.`,
      );
    }
    await writeFile(join(d, 'plan.json'), JSON.stringify(good));
    expect((await readSavedPlan(join(d, 'plan.json'), d))!.config).toBe('access');
  });

  it('has a schema that refuses an absolute config or one with a .. segment', async () => {
    const text = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));
    const ajv = new Ajv({ allErrors: true });
    ajv.addSchema(text('plan.schema.json'));
    const valid = ajv.compile(text('saved-plan.schema.json'));
    const good = JSON.parse(JSON.stringify(savedPlanOf('access', example, await dir())));
    for (const config of ['access', 'access/teams.yaml', '.', 'a..b/c', '..hidden']) expect(valid({ ...good, config }), config).toBe(true);
    for (const config of ['/etc/access', '\\\\server\\share', 'C:/access', 'c:access', '..', '../access', 'access/..', 'a/../b', 'a\\..\\b']) {
      expect(valid({ ...good, config }), config).toBe(false);
    }
  });

  it('refuses, saying why, a saved plan that is cut short, of another version, off-format, edited, or a printed plan', async () => {
    const d = await dir();
    const good = savedPlanOf('access', example, d);
    const text = JSON.stringify(good);
    const cases: Array<[string, string, RegExp]> = [
      ['cut.json', text.slice(0, 80), /not a usable saved plan: it is not valid JSON/],
      ['v9.json', JSON.stringify({ ...good, version: 9 }), /format version 9; this gatehouse reads version 1/],
      ['extra.json', JSON.stringify({ ...good, note: 'hi' }), /not a usable saved plan: \(top\) must NOT have additional properties/],
      ['nofp.json', JSON.stringify({ ...good, plan: { ...good.plan, fingerprint: 'xyz' } }), /\/plan\/fingerprint must match pattern/],
      ['edited.json', JSON.stringify({ ...good, plan: { ...good.plan, changes: good.plan.changes.slice(1) } }), /has been edited: its changes do not match its fingerprint/],
      ['printed.json', JSON.stringify(example), /is a plan printed by --format json, not a saved plan.*--expect-fingerprint [0-9a-f]{64}/],
    ];
    for (const [name, content, message] of cases) {
      await writeFile(join(d, name), content);
      await expect(readSavedPlan(join(d, name), d), name).rejects.toThrow(message);
      await expect(readSavedPlan(join(d, name), d), name).rejects.toThrow(/Nothing was changed\.$/);
    }
  });

  it('never overwrites a file that is not a saved plan, and writes only .json', async () => {
    const d = await dir();
    await writeFile(join(d, 'notes.json'), '{"mine": true}');
    await expect(writeSavedPlan(join(d, 'notes.json'), 'access', example, d)).rejects.toThrow(/refusing to overwrite a file that is not a saved plan/);
    expect(await readFile(join(d, 'notes.json'), 'utf8')).toBe('{"mine": true}');
    await expect(writeSavedPlan(join(d, 'plan.yaml'), 'access', example, d)).rejects.toThrow(/a saved plan is a \.json file/);
    await writeSavedPlan(join(d, 'plan.json'), 'access', example, d);
    await writeSavedPlan(join(d, 'plan.json'), 'access/teams.yaml', example, d); // a saved plan may be replaced
    expect((await readSavedPlan(join(d, 'plan.json'), d))!.config).toBe('access/teams.yaml');
  });
});

describe('comparing plans', () => {
  it('names the changes one plan has and the other lacks, by what the fingerprint covers', () => {
    const fewer = plan(desiredOf([[ws, [desiredMember('alice@acme.com'), desiredMember('bob@acme.com')]], [team, []]]), liveOf([[ws, [liveMember('alice@acme.com')]], [team, []]]));
    expect(changesMissingFrom(example.changes, fewer.changes).map((c) => `${c.place.kind} ${c.user}`)).toEqual(['team bob@acme.com']);
    expect(changesMissingFrom(fewer.changes, example.changes)).toEqual([]);
    // Reasons and order do not matter, as for the fingerprint.
    const reordered = [...example.changes].reverse().map((c) => ({ ...c, reasons: ['elsewhere.yaml:1'] }));
    expect(changesMissingFrom(example.changes, reordered)).toEqual([]);
  });

  it('takes a fingerprint only as the 64 hex characters plan prints, in any case', () => {
    expect(parseFingerprint(` ${example.fingerprint.toUpperCase()} `)).toBe(example.fingerprint);
    expect(() => parseFingerprint(example.fingerprint.slice(0, 12))).toThrow(/64 hexadecimal characters/);
    expect(() => parseFingerprint('g'.repeat(64))).toThrow(/64 hexadecimal characters/);
  });
});
