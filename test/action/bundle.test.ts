/**
 * The prebuilt action: action/ holds exactly what `npm run build:action`
 * makes of the sources today, and that bundle runs from a checkout of the
 * action that has nothing else: no node_modules, no dist/, no src/, no
 * package.json, no schemas/ (what `uses: OWNER/gatehouse@v1` fetches, without
 * `npm ci`).
 */
import { cp, mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed } from '../integration/fixtures.js';
import { root, sandbox, workdir, type Sandbox } from '../integration/harness.js';
// @ts-expect-error -- a plain .mjs script without type declarations
import { ACTION_DIR, BUNDLE, buildAction, committedAction } from '../../scripts/build-action.mjs';
import { actionYaml, runAction } from './runner.js';

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

/** The first line where two texts differ, to say where a stale file is stale without printing two megabytes. */
function firstDifference(a: string, b: string): string {
  const al = a.split('\n');
  const bl = b.split('\n');
  const i = al.findIndex((line, n) => line !== bl[n]);
  const at = i < 0 ? al.length : i;
  return `line ${at + 1}: committed ${JSON.stringify((al[at] ?? '(end of file)').slice(0, 200))}, fresh build ${JSON.stringify((bl[at] ?? '(end of file)').slice(0, 200))}`;
}

describe('the committed action', () => {
  it('is what `npm run build:action` makes of the sources: run it and commit action/ when this fails', async () => {
    const fresh = (await buildAction()) as Map<string, string>;
    const committed = (await committedAction()) as Map<string, string>;
    expect([...committed.keys()].sort(), `the files in ${ACTION_DIR}/`).toEqual([...fresh.keys()].sort());
    for (const [path, text] of fresh) {
      const now = committed.get(path)!;
      expect(now === text, `${path} is stale (${firstDifference(now, text)}): run npm run build:action`).toBe(true);
    }
  });

  it("is the file action.yml runs, on the Node.js GitHub's runner runs JavaScript actions with", () => {
    expect(actionYaml.runs).toEqual({ using: 'node24', main: BUNDLE });
    expect(Object.keys(actionYaml.runs)).not.toContain('steps');
  });

  it('imports nothing but Node.js built-in modules: every dependency is inside it', async () => {
    // Code lines only: bundled sources keep JSDoc such as {import('../../types/dispatcher').X}.
    const text = (await readFile(join(root, BUNDLE), 'utf8'))
      .split('\n')
      .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
      .join('\n');
    const specifiers = [
      ...[...text.matchAll(/^\s*import\s[^;]*?from\s*["']([^"']+)["']/gm)].map((m) => m[1]!),
      ...[...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!),
      ...[...text.matchAll(/__require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!),
    ];
    expect(specifiers.length).toBeGreaterThan(0);
    // node: names only Node.js's own modules (some exist only in newer versions, loaded when used: node:sqlite).
    const builtins = new Set((await import('node:module')).builtinModules);
    for (const specifier of new Set(specifiers)) expect(specifier.startsWith('node:') || builtins.has(specifier), specifier).toBe(true);
  });
});

describe('the action run from a bare checkout (no npm ci, no build)', () => {
  it('validates, plans with a saved plan, applies that plan, then finds nothing to do', async () => {
    // What the runner fetches for `uses:`, less everything the bundle must not need.
    const checkout = await mkdtemp(join(tmpdir(), 'gatehouse-action-'));
    await cp(join(root, 'action.yml'), join(checkout, 'action.yml'));
    await mkdir(join(checkout, ACTION_DIR));
    await cp(join(root, ACTION_DIR), join(checkout, ACTION_DIR), { recursive: true });
    expect((await readdir(checkout)).sort()).toEqual([ACTION_DIR, 'action.yml'].sort());

    live = await sandbox(acmeSeed);
    const workspace = await workdir({ 'access/acme.yaml': acmeDesired });
    const validated = await runAction({ actionPath: checkout, workspace, with: { command: 'validate', path: 'access' } });
    expect(validated.stderr).toBe('');
    expect(validated.code).toBe(0);
    expect(validated.outputs.summary).toMatch(/^access: valid \(1 file, 4 places, \d+ memberships\)\.$/);

    const planned = await runAction({ actionPath: checkout, workspace, with: { path: 'access', out: 'gatehouse-plan.json' }, env: live.env });
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.outputs).toMatchObject({ 'has-changes': 'true', 'exit-code': '2', summary: 'Plan: 7 to add, 0 to change, 0 to remove.' });
    expect(planned.summary).toContain(`Fingerprint: \`${planned.outputs.fingerprint}\``);
    expect(planned.stdout).toMatch(/^::group::Plan: 7 to add/);

    // Reading a saved plan checks it against its schema: that must work from the bundle alone too.
    const applied = await runAction({ actionPath: checkout, workspace, with: { command: 'apply', path: 'gatehouse-plan.json' }, env: live.env });
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.outputs.summary).toBe('Plan: 7 to add, 0 to change, 0 to remove. Apply: 7 done, 0 failed, 0 skipped.');

    const again = await runAction({ actionPath: checkout, workspace, with: { path: 'access', 'fail-on-changes': 'true' }, env: live.env });
    expect(again.code).toBe(0);
    expect(again.outputs['has-changes']).toBe('false');
  });
});
