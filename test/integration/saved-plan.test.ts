/**
 * What was reviewed is what is applied: a saved plan (`plan --out`) is applied
 * only while a fresh plan has its fingerprint, and `apply --expect-fingerprint`
 * likewise. Every refusal is checked against the sandbox's request counts: no write.
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed } from './fixtures.js';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

const schemaText = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true });
ajv.addSchema(schemaText('plan.schema.json'));
const validateSaved = ajv.compile(schemaText('saved-plan.schema.json'));

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

/** Requests that could change something: every method but GET. */
const writes = (s: Sandbox) => s.requests() - s.requests('GET');

async function setup() {
  live = await sandbox(acmeSeed);
  const cwd = await workdir({ 'access/acme.yaml': acmeDesired });
  return { live, cwd };
}

async function savePlan(s: Sandbox, cwd: string, out = 'plan.json') {
  const result = await gatehouse(['plan', 'access', '--out', out], s.env, { cwd });
  expect(result.code).toBe(0);
  return { result, saved: JSON.parse(await readFile(join(cwd, out), 'utf8')) };
}

/** Add a user to the workspace by hand, as someone in Asana's own UI would. */
async function addToWorkspaceByHand(s: Sandbox, email: string) {
  const ws = (await s.get('/workspaces')).data[0];
  const res = await fetch(`${s.baseUrl}/workspaces/${ws.gid}/addUser`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ data: { user: email } }),
  });
  expect(res.status).toBe(200);
}

describe('plan --out', () => {
  it('writes a saved plan that records the files and the plan, and says how to apply it', async () => {
    const { live, cwd } = await setup();
    const { result, saved } = await savePlan(live, cwd);
    expect(validateSaved(saved), JSON.stringify(validateSaved.errors)).toBe(true);
    expect(saved).toMatchObject({ kind: 'gatehouse-saved-plan', version: 1, config: 'access' });
    expect(saved.plan.summary.add).toBe(7);
    expect(result.stdout).toContain('Plan: 7 to add, 0 to change, 0 to remove.');
    expect(result.stderr).toBe(`Saved the plan to plan.json (fingerprint ${saved.plan.fingerprint}). Apply exactly this plan with: gatehouse apply plan.json\n`);
    // The same fingerprint as the plan printed as JSON.
    const json = JSON.parse((await gatehouse(['plan', 'access', '--format', 'json'], live.env, { cwd })).stdout);
    expect(saved.plan.fingerprint).toBe(json.fingerprint);
  });

  it('keeps stdout the plan alone with --format json', async () => {
    const { live, cwd } = await setup();
    const result = await gatehouse(['plan', 'access', '--format', 'json', '--out', 'plan.json'], live.env, { cwd });
    expect(JSON.parse(result.stdout).summary.add).toBe(7);
  });

  it('refuses to write anything but a .json file, or over a file that is not a saved plan', async () => {
    const { live, cwd } = await setup();
    const yaml = await gatehouse(['plan', 'access', '--out', 'access/acme.yaml'], live.env, { cwd });
    expect(yaml.code).toBe(1);
    expect(yaml.stderr).toMatch(/--out access\/acme\.yaml: a saved plan is a \.json file/);
    await writeFile(join(cwd, 'package.json'), '{"name": "mine"}\n');
    const other = await gatehouse(['plan', 'access', '--out', 'package.json'], live.env, { cwd });
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/refusing to overwrite a file that is not a saved plan/);
    expect(await readFile(join(cwd, 'package.json'), 'utf8')).toBe('{"name": "mine"}\n');
    expect(await readFile(join(cwd, 'access/acme.yaml'), 'utf8')).toBe(acmeDesired);
  });

  it('refuses to plan a saved plan as if it were a desired-state file', async () => {
    const { live, cwd } = await setup();
    await savePlan(live, cwd);
    const result = await gatehouse(['plan', 'plan.json'], live.env, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/plan\.json is a saved plan, not a desired-state file\. Apply it with `gatehouse apply plan\.json`/);
  });
});

describe('apply of a saved plan', () => {
  it('applies it when nothing has moved, without asking (the saved plan is the confirmation)', async () => {
    const { live, cwd } = await setup();
    await savePlan(live, cwd);
    const applied = await gatehouse(['apply', 'plan.json'], live.env, { cwd });
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Plan: 7 to add, 0 to change, 0 to remove.');
    expect(applied.stdout).toContain('Apply: 7 done, 0 failed, 0 skipped.');
    const again = await gatehouse(['plan', 'access', '--detailed-exitcode'], live.env, { cwd });
    expect(again.code).toBe(0);
  });

  it('finds the files it records from the working directory, wherever the saved plan is kept', async () => {
    const { live, cwd } = await setup();
    await savePlan(live, cwd, 'artifacts.json');
    const elsewhere = await workdir({});
    await writeFile(join(elsewhere, 'reviewed.json'), await readFile(join(cwd, 'artifacts.json')));
    const applied = await gatehouse(['apply', join(elsewhere, 'reviewed.json')], live.env, { cwd });
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Apply: 7 done');
  });

  it('refuses, naming both fingerprints and the difference, when the files changed since the plan; nothing is written', async () => {
    const { live, cwd } = await setup();
    const { saved } = await savePlan(live, cwd);
    // The branch moved on after review: someone else's change to the file is merged too.
    await writeFile(join(cwd, 'access/acme.yaml'), acmeDesired.replace('members: [alice@acme.com]\n      teams:', 'members: [alice@acme.com, erin@acme.com]\n      teams:'));
    const before = live.requests();
    const result = await gatehouse(['apply', 'plan.json', '--yes'], live.env, { cwd });
    expect(result.code).toBe(1);
    const fresh = JSON.parse((await gatehouse(['plan', 'access', '--format', 'json'], live.env, { cwd })).stdout);
    expect(fresh.fingerprint).not.toBe(saved.plan.fingerprint);
    expect(result.stderr).toContain('gatehouse: refusing to apply plan.json: the files or the live state have changed since it was planned.');
    expect(result.stderr).toContain(`saved plan: fingerprint ${saved.plan.fingerprint} (7 changes)`);
    expect(result.stderr).toContain(`fresh plan: fingerprint ${fresh.fingerprint} (8 changes)`);
    expect(result.stderr).toMatch(/only in the fresh plan \(1\):\n {4}\+ erin@acme\.com at asana workspace "Acme Corp" \(\d+\)/);
    expect(result.stderr).not.toContain('only in the saved plan');
    // What moved since the review, as a unified diff of the two plans' text.
    expect(result.stderr).toContain('  the reviewed plan against the fresh plan:\n    --- reviewed plan\n    +++ fresh plan\n    @@ ');
    expect(result.stderr).toMatch(/^ {4}\+ {2}\+ erin@acme\.com {2}access\/acme\.yaml:\d+$/m);
    expect(result.stderr).toMatch(/^ {4}-Plan: 7 to add, 0 to change, 0 to remove\.\n(?: {4}-.*\n)* {4}\+Plan: 8 to add, 0 to change, 0 to remove\.$/m);
    expect(result.stderr).toMatch(/^Nothing was changed\./m);
    // The plan's cost line may say what apply would send; no apply report.
    expect(result.stdout).not.toMatch(/Apply: \d+ done/);
    expect(live.requests()).toBeGreaterThan(before); // it did read live state afresh…
    expect(writes(live)).toBe(0); // …and wrote nothing
  });

  it('refuses when live state changed since the plan (someone added a member by hand); nothing is written', async () => {
    const { live, cwd } = await setup();
    const { saved } = await savePlan(live, cwd);
    await addToWorkspaceByHand(live, 'dan@acme.com');
    const writesBefore = writes(live);
    const result = await gatehouse(['apply', 'plan.json'], live.env, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`saved plan: fingerprint ${saved.plan.fingerprint} (7 changes)`);
    expect(result.stderr).toMatch(/fresh plan: fingerprint [0-9a-f]{64} \(6 changes\)/);
    expect(result.stderr).toMatch(/only in the saved plan \(1\):\n {4}\+ dan@acme\.com at asana workspace "Acme Corp"/);
    expect(result.stderr).toContain('Nothing was changed.');
    expect(writes(live)).toBe(writesBefore);
  });

  it('refuses a saved plan whose changes were edited after it was made, before any request', async () => {
    const { live, cwd } = await setup();
    const { saved } = await savePlan(live, cwd);
    saved.plan.changes = saved.plan.changes.slice(1);
    await writeFile(join(cwd, 'plan.json'), JSON.stringify(saved));
    const before = live.requests();
    const result = await gatehouse(['apply', 'plan.json'], live.env, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/plan\.json has been edited: its changes do not match its fingerprint/);
    expect(live.requests()).toBe(before);
  });

  it('refuses a damaged saved plan, a newer format, and a plan printed by --format json, each saying why, before any request', async () => {
    const { live, cwd } = await setup();
    const { saved } = await savePlan(live, cwd);
    const text = await readFile(join(cwd, 'plan.json'), 'utf8');
    await writeFile(join(cwd, 'cut.json'), text.slice(0, 200));
    await writeFile(join(cwd, 'v2.json'), JSON.stringify({ ...saved, version: 2 }));
    await writeFile(join(cwd, 'bad.json'), JSON.stringify({ ...saved, config: '' }));
    await writeFile(join(cwd, 'printed.json'), (await gatehouse(['plan', 'access', '--format', 'json'], live.env, { cwd })).stdout);
    const before = live.requests();
    const expectations: Array<[string, RegExp]> = [
      ['cut.json', /cut\.json is not a usable saved plan: it is not valid JSON/],
      ['v2.json', /v2\.json is a saved plan of format version 2; this gatehouse reads version 1/],
      ['bad.json', /bad\.json is not a usable saved plan: \/config must NOT have fewer than 1 characters/],
      ['printed.json', /printed\.json is a plan printed by --format json, not a saved plan: it does not record which files it was made from/],
    ];
    for (const [file, message] of expectations) {
      const result = await gatehouse(['apply', file, '--yes'], live.env, { cwd });
      expect(result.code, file).toBe(1);
      expect(result.stderr, file).toMatch(message);
      expect(result.stderr, file).toContain('Nothing was changed.');
    }
    expect(live.requests()).toBe(before);
  });
});

describe('apply of a .json that is not a saved plan', () => {
  it('refuses a desired-state JSON document, a folder named .json, and a missing .json, even with --yes, before any request', async () => {
    const { live, cwd } = await setup();
    // JSON is YAML: the same desired state, which apply would once have planned and applied.
    const desired = JSON.stringify({
      version: 1,
      asana: { workspaces: [{ workspace: 'Acme Corp', members: ['alice@acme.com', 'bob@acme.com'] }] },
    });
    await writeFile(join(cwd, 'desired.json'), desired);
    await writeFile(join(cwd, 'gatehouse-plan.json'), desired);
    await mkdir(join(cwd, 'folder.json'));
    await writeFile(join(cwd, 'folder.json/acme.yaml'), acmeDesired);
    const expectations: Array<[string[], RegExp]> = [
      [['desired.json', '--yes'], /^gatehouse: desired\.json is not a saved plan: it has no "kind": "gatehouse-saved-plan"\. apply takes a path ending in \.json only as a saved plan/],
      [['gatehouse-plan.json', '--yes', '--format', 'json'], /^gatehouse: gatehouse-plan\.json is not a saved plan/],
      [['folder.json', '--yes'], /^gatehouse: folder\.json is a folder, not a saved plan/],
      [['folder.json/', '--yes'], /^gatehouse: folder\.json\/ is a folder, not a saved plan/],
      [['missing.json', '--yes'], /^gatehouse: missing\.json cannot be read \(ENOENT\)/],
    ];
    for (const [args, message] of expectations) {
      const result = await gatehouse(['apply', ...args], live.env, { cwd });
      expect(result.code, args[0]).toBe(1);
      expect(result.stderr, args[0]).toMatch(message);
      expect(result.stderr, args[0]).toContain('Nothing was changed.');
      expect(result.stdout, args[0]).toBe('');
    }
    expect(live.requests()).toBe(0);
    // plan and validate still read a folder named .json as a folder.
    expect((await gatehouse(['validate', 'folder.json'], {}, { cwd })).code).toBe(0);
    expect((await gatehouse(['plan', 'folder.json'], live.env, { cwd })).stdout).toContain('Plan: 7 to add');
  });

  it('refuses a saved plan that records files outside the working directory (files shipped with it), before any request', async () => {
    const { live, cwd } = await setup();
    // An artifact that brings its own desired state and a genuine plan of it.
    const shipped = await workdir({ 'evil/acme.yaml': acmeDesired.replace('members: [alice@acme.com]\n      teams:', 'members: [alice@acme.com, erin@acme.com]\n      teams:') });
    expect((await gatehouse(['plan', 'evil', '--out', 'plan.json'], live.env, { cwd: shipped })).code).toBe(0);
    const saved = JSON.parse(await readFile(join(shipped, 'plan.json'), 'utf8'));
    const before = live.requests();
    for (const config of [join(shipped, 'evil'), relative(cwd, join(shipped, 'evil'))]) {
      await writeFile(join(cwd, 'reviewed.json'), JSON.stringify({ ...saved, config }));
      const result = await gatehouse(['apply', 'reviewed.json'], live.env, { cwd });
      expect(result.code, config).toBe(1);
      expect(result.stderr, config).toMatch(/^gatehouse: reviewed\.json is not a usable saved plan: the files it records, ".*evil", (is absolute|has a \.\. segment); a saved plan may name only files inside the folder apply runs in\. Nothing was changed\.$/m);
    }
    expect(live.requests()).toBe(before);
    expect(writes(live)).toBe(0);
  });

  it('refuses a saved plan whose recorded files are a symbolic link leading outside the working directory, or nowhere, before any request', async () => {
    const { live, cwd } = await setup();
    // An artifact that brings its own desired state, a genuine plan of it, and a link to it inside the working directory.
    const shipped = await workdir({ 'evil/acme.yaml': acmeDesired.replace('members: [alice@acme.com]\n      teams:', 'members: [alice@acme.com, erin@acme.com]\n      teams:') });
    expect((await gatehouse(['plan', 'evil', '--out', 'plan.json'], live.env, { cwd: shipped })).code).toBe(0);
    const saved = JSON.parse(await readFile(join(shipped, 'plan.json'), 'utf8'));
    await symlink(relative(cwd, join(shipped, 'evil')), join(cwd, 'link'));
    await symlink('../nowhere', join(cwd, 'dangling'));
    const before = live.requests();
    const cases: Array<[string, RegExp]> = [
      ['link', /the files it records, "link", leads outside the working directory .* through a symbolic link \(to .*evil\)/],
      ['dangling', /the files it records, "dangling", does not exist in the working directory .* \(or is a symbolic link that leads nowhere\)/],
    ];
    for (const [config, message] of cases) {
      await writeFile(join(cwd, 'reviewed.json'), JSON.stringify({ ...saved, config }));
      const result = await gatehouse(['apply', 'reviewed.json'], live.env, { cwd });
      expect(result.code, config).toBe(1);
      expect(result.stderr, config).toMatch(/^gatehouse: reviewed\.json is not a usable saved plan here: /);
      expect(result.stderr, config).toMatch(message);
      expect(result.stderr, config).toMatch(/Nothing was changed\.\n$/);
      expect(result.stdout, config).toBe('');
    }
    expect(live.requests()).toBe(before);
    // plan --out refuses to record the link, before any request.
    const planned = await gatehouse(['plan', 'link', '--out', 'plan.json'], live.env, { cwd });
    expect(planned.code).toBe(1);
    expect(planned.stderr).toMatch(/^gatehouse: cannot save a plan of link: it leads outside the working directory .* through a symbolic link/);
    expect(live.requests()).toBe(before);
  });

  it('plan --out refuses to save a plan of files outside the working directory, before any request', async () => {
    const { live, cwd } = await setup();
    await mkdir(join(cwd, 'sub'));
    for (const path of ['../access', join(cwd, 'access')]) {
      const result = await gatehouse(['plan', path, '--out', 'plan.json'], live.env, { cwd: join(cwd, 'sub') });
      expect(result.code, path).toBe(1);
      expect(result.stderr, path).toContain(`gatehouse: cannot save a plan of ${path}: it lies outside the working directory`);
    }
    expect(live.requests()).toBe(0);
  });
});

describe('apply --expect-fingerprint', () => {
  it('applies when the fresh plan has the fingerprint that was reviewed, without asking', async () => {
    const { live, cwd } = await setup();
    const { saved } = await savePlan(live, cwd);
    const applied = await gatehouse(['apply', 'access', '--expect-fingerprint', saved.plan.fingerprint.toUpperCase()], live.env, { cwd });
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Apply: 7 done, 0 failed, 0 skipped.');
  });

  it('refuses a wrong fingerprint, naming both, and writes nothing', async () => {
    const { live, cwd } = await setup();
    const { saved } = await savePlan(live, cwd);
    const wrong = 'a'.repeat(64);
    const result = await gatehouse(['apply', 'access', '--expect-fingerprint', wrong, '--yes'], live.env, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `gatehouse: refusing to apply: --expect-fingerprint ${wrong} was given, but a fresh plan of access has fingerprint ${saved.plan.fingerprint} (7 changes).`,
    );
    expect(result.stderr).toContain('Nothing was changed.');
    expect(result.stdout).toContain('Plan: 7 to add'); // the fresh plan, to review
    expect(writes(live)).toBe(0);
  });

  it('refuses a fingerprint that is not one, before any request', async () => {
    const { live, cwd } = await setup();
    const result = await gatehouse(['apply', 'access', '--expect-fingerprint', 'abc123'], live.env, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--expect-fingerprint "abc123": a fingerprint is the 64 hexadecimal characters that plan prints/);
    expect(live.requests()).toBe(0);
  });

  it('with a saved plan, must name that plan: otherwise refused before any request', async () => {
    const { live, cwd } = await setup();
    const { saved } = await savePlan(live, cwd);
    const before = live.requests();
    const wrong = 'b'.repeat(64);
    const result = await gatehouse(['apply', 'plan.json', '--expect-fingerprint', wrong], live.env, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `gatehouse: refusing to apply plan.json: --expect-fingerprint ${wrong} was given, but the saved plan has fingerprint ${saved.plan.fingerprint}.\nNothing was changed.\n`,
    );
    expect(live.requests()).toBe(before);
    const right = await gatehouse(['apply', 'plan.json', '--expect-fingerprint', saved.plan.fingerprint], live.env, { cwd });
    expect(right.code).toBe(0);
    expect(right.stdout).toContain('Apply: 7 done');
  });

  it('an empty plan has a fingerprint too: expecting it refuses once there is something to do', async () => {
    const { live, cwd } = await setup();
    await gatehouse(['apply', 'access', '--yes'], live.env, { cwd });
    const { saved } = await savePlan(live, cwd, 'empty.json');
    expect(saved.plan.changes).toEqual([]);
    expect((await gatehouse(['apply', 'empty.json'], live.env, { cwd })).code).toBe(0);
    await writeFile(join(cwd, 'access/acme.yaml'), acmeDesired.replace('members: [alice@acme.com]\n      teams:', 'members: [alice@acme.com, erin@acme.com]\n      teams:'));
    const writesBefore = writes(live);
    const result = await gatehouse(['apply', 'empty.json'], live.env, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('(0 changes)');
    expect(writes(live)).toBe(writesBefore);
  });
});
