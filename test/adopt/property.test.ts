/**
 * For generated files (flow and block lists, lists present or absent, in two
 * files) and generated live states, adopt then plan against the same live
 * state shows no add, no change and no unmanaged member anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { liveOf, loadFolder, planAfter, runAdopt, type LiveSpec } from './support.js';

const USERS = ['ann', 'ben', 'cat', 'dov', 'eve', 'fay'].map((u) => `${u}@acme.com`);
const PROJECT_LEVELS = ['admin', 'editor', 'commenter'];
const PERMISSIONS = ['owner', 'contributor', 'reader'];

type Style = 'flow' | 'block' | 'absent';
/** Each user at one level or none: index into the levels, or -1. */
const assignment = (levels: number) => fc.array(fc.integer({ min: -1, max: levels - 1 }), { minLength: USERS.length, maxLength: USERS.length });
const styles = (n: number) => fc.array(fc.constantFrom<Style>('flow', 'block', 'absent'), { minLength: n, maxLength: n });

function list(indent: string, key: string, users: string[], style: Style): string {
  if (style === 'absent' && users.length === 0) return '';
  if (style === 'flow' || users.length === 0) return `${indent}${key}: [${users.join(', ')}]\n`;
  return `${indent}${key}:   # ${key}\n${users.map((u) => `${indent}  - ${u}\n`).join('')}`;
}

const usersAt = (a: readonly number[], level: number) => USERS.filter((_, i) => a[i] === level);

const world = fc.record({
  file: fc.record({
    ws: assignment(1),
    wsStyle: fc.constantFrom<Style>('flow', 'block', 'absent'),
    team: assignment(1),
    teamStyle: fc.constantFrom<Style>('flow', 'block', 'absent'),
    project: assignment(3),
    projectStyles: styles(3),
    dn: assignment(3),
    dnStyles: styles(3),
  }),
  live: fc.record({ ws: assignment(1), team: assignment(1), project: assignment(3), dn: assignment(3) }),
});

const WS = 'asana/workspace:Acme';
const TEAM = `${WS}/team:Core`;
const PROJECT = `${TEAM}/project:Plan`;
const DN = 'dreadnode/org:acme/workspace:lab';

describe('adopt, then plan', () => {
  it('has nothing to add, change or leave unmanaged at any place', async () => {
    await fc.assert(
      fc.asyncProperty(world, async ({ file, live }) => {
        const asana =
          'version: 1\nasana:\n  workspaces:\n    - workspace: Acme   # the org\n' +
          list('      ', 'members', usersAt(file.ws, 0), file.wsStyle) +
          '      teams:\n        - team: Core\n' +
          list('          ', 'members', usersAt(file.team, 0), file.teamStyle) +
          '          projects:\n            - project: Plan\n' +
          PROJECT_LEVELS.map((l, i) => list('              ', l, usersAt(file.project, i), file.projectStyles[i]!)).join('');
        const dreadnode =
          'version: 1\ndreadnode:\n  organizations:\n    - org: acme\n      workspaces:\n        - workspace: lab\n' +
          PERMISSIONS.map((p, i) => list('          ', p, usersAt(file.dn, i), file.dnStyles[i]!)).join('');
        const loaded = await loadFolder({ 'a/asana.yaml': asana, 'b/dreadnode.yaml': dreadnode });
        // Anyone live in the team or the project is live in the workspace, as Asana has it.
        const spec: LiveSpec = { [WS]: {}, [TEAM]: {}, [PROJECT]: {}, [DN]: {} };
        USERS.forEach((u, i) => {
          if (live.team[i] === 0) spec[TEAM]![u] = '';
          if (live.project[i]! >= 0) spec[PROJECT]![u] = PROJECT_LEVELS[live.project[i]!]!;
          if (live.ws[i] === 0 || live.team[i] === 0 || live.project[i]! >= 0) spec[WS]![u] = '';
          if (live.dn[i]! >= 0) spec[DN]![u] = PERMISSIONS[live.dn[i]!]!;
        });
        const state = liveOf(loaded.desired, spec);
        const result = runAdopt(loaded, state, { includeMissing: true });
        expect(result.notAdopted).toEqual([]);
        const { plan } = await planAfter(loaded.dir, result, state);
        expect(plan.changes.map((c) => `${c.action} ${c.user} at ${c.place.key}`)).toEqual([]);
        expect(plan.places.flatMap((p) => p.unmanaged.map((u) => `${u} at ${p.place.key}`))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
