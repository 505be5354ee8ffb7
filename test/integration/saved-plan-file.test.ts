/** The saved-plan file on its own (no server): what is taken as a saved plan, what is refused, and why. */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
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

async function dir() {
  return mkdtemp(join(tmpdir(), 'gatehouse-saved-'));
}

describe('writing and reading a saved plan', () => {
  it('round-trips: what is written is read back, with the config path as given', async () => {
    const d = await dir();
    const file = join(d, 'plan.json');
    await writeSavedPlan(file, 'access', example);
    const saved = await readSavedPlan(file);
    expect(saved).toEqual({ kind: 'gatehouse-saved-plan', version: 1, config: 'access', plan: JSON.parse(JSON.stringify(example)) });
    expect(await isSavedPlanFile(file)).toBe(true);
  });

  it('records the config relative to the working directory, with /, and refuses one outside it', () => {
    expect(recordedConfigPath('access/', '/repo')).toBe('access');
    expect(recordedConfigPath('/repo/access/teams.yaml', '/repo')).toBe('access/teams.yaml');
    expect(recordedConfigPath('.', '/repo')).toBe('.');
    expect(recordedConfigPath('sub/../access', '/repo')).toBe('access');
    expect(() => recordedConfigPath('/elsewhere/access', '/repo')).toThrow(/cannot save a plan of \/elsewhere\/access: it lies outside the working directory \/repo/);
    expect(() => recordedConfigPath('../sibling', '/repo/sub')).toThrow(/cannot save a plan of \.\.\/sibling: it lies outside the working directory/);
    expect(() => savedPlanOf('/', example, '/repo')).toThrow(/outside the working directory/);
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

  it('has a schema that refuses an absolute config or one with a .. segment', () => {
    const text = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));
    const ajv = new Ajv({ allErrors: true });
    ajv.addSchema(text('plan.schema.json'));
    const valid = ajv.compile(text('saved-plan.schema.json'));
    const good = JSON.parse(JSON.stringify(savedPlanOf('access', example, '/repo')));
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
      await expect(readSavedPlan(join(d, name)), name).rejects.toThrow(message);
      await expect(readSavedPlan(join(d, name)), name).rejects.toThrow(/Nothing was changed\.$/);
    }
  });

  it('never overwrites a file that is not a saved plan, and writes only .json', async () => {
    const d = await dir();
    await writeFile(join(d, 'notes.json'), '{"mine": true}');
    await expect(writeSavedPlan(join(d, 'notes.json'), 'access', example)).rejects.toThrow(/refusing to overwrite a file that is not a saved plan/);
    expect(await readFile(join(d, 'notes.json'), 'utf8')).toBe('{"mine": true}');
    await expect(writeSavedPlan(join(d, 'plan.yaml'), 'access', example)).rejects.toThrow(/a saved plan is a \.json file/);
    await writeSavedPlan(join(d, 'plan.json'), 'access', example);
    await writeSavedPlan(join(d, 'plan.json'), 'other', example); // a saved plan may be replaced
    expect((await readSavedPlan(join(d, 'plan.json')))!.config).toBe('other');
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
