/**
 * Asana portfolios and goals in the file: `portfolios:` and `goals:` of a
 * workspace, each with its kind's level lists, and the mistakes a user can
 * make with them, each refused at its FILE:LINE:COL.
 */
import { describe, expect, it } from 'vitest';
import { fixture, load, loadText, problems, problemsOf, yaml } from './helpers.js';

/** A file whose workspace holds `lines`; `second` is another file of the same folder (groups are defined once). */
const file = (...lines: string[]) =>
  yaml('version: 1', 'groups:', '  leads: [carol@acme.com, dan@acme.com]', 'asana:', '  workspaces:', '    - workspace: Acme', ...lines);
const second = (...lines: string[]) => yaml('version: 1', '', '', 'asana:', '  workspaces:', '    - workspace: Acme', ...lines);

const lists = (head: string[], rest: string[]) => [...head, ...rest.map((l) => `          ${l}`)];
const portfolio = (...rest: string[]) => file(...lists(['      portfolios:', '        - portfolio: Q1 Bets'], rest));
const goal = (...rest: string[]) => file(...lists(['      goals:', '        - goal: Grow ARR'], rest));

describe('portfolios and goals', () => {
  it('are places of the workspace whose people are implied workspace members, added after it', async () => {
    const { desired } = await loadText(
      file(
        '      portfolios:',
        '        - portfolio: Q1 Bets',
        '          admin: [alice@acme.com]',
        '          editor: [group:leads]',
        '          viewer: [erin@acme.com]',
        '      goals:',
        '        - goal: Grow ARR',
        '          prune: true',
        '          commenter: [bob@acme.com]',
        '          viewer: [team:Design]',
        '          members: [frank@acme.com]',
      ),
    );
    const [acme, q1, arr] = desired.places;
    expect(q1!.place).toMatchObject({ kind: 'portfolio', ref: 'Q1 Bets', parentKey: acme!.place.key, requiresKey: acme!.place.key });
    expect(arr!.place).toMatchObject({ kind: 'goal', ref: 'Grow ARR', prune: true });
    // Apply adds to the workspace (stage 0) before any portfolio or goal, and removes in reverse.
    expect(q1!.place.stage).toBeGreaterThan(acme!.place.stage);
    expect(arr!.place.stage).toBeGreaterThan(acme!.place.stage);
    expect(q1!.members.map((m) => [m.email, m.role])).toEqual([
      ['alice@acme.com', 'admin'],
      ['carol@acme.com', 'editor'],
      ['dan@acme.com', 'editor'],
      ['erin@acme.com', 'viewer'],
    ]);
    expect(arr!.members.map((m) => [m.email, m.role])).toEqual([
      ['bob@acme.com', 'commenter'],
      ['frank@acme.com', undefined],
      ['team:Design', 'viewer'],
    ]);
    const implied = acme!.members.find((m) => m.email === 'erin@acme.com')!;
    expect(implied.reasons).toEqual([expect.objectContaining({ kind: 'implied', by: 'portfolio Q1 Bets' })]);
    expect(acme!.members.map((m) => m.email)).toEqual(['alice@acme.com', 'bob@acme.com', 'carol@acme.com', 'dan@acme.com', 'erin@acme.com', 'frank@acme.com']);
  });

  it('refuses commenter on a portfolio, naming the levels it accepts; a goal takes all four', async () => {
    expect(await problemsOf(portfolio('commenter: [erin@acme.com]'))).toEqual([
      'f.yaml:9:11: "commenter" is not allowed in portfolio (a portfolio\'s access levels are admin, editor, viewer)',
    ]);
    expect(await problemsOf(goal('owner: [erin@acme.com]'))).toEqual([
      'f.yaml:9:11: unknown key "owner" in goal; expected "goal", "prune", "members", "admin", "editor", "commenter" or "viewer"',
    ]);
    const { desired } = await loadText(goal('admin: [a@acme.com]', 'editor: [b@acme.com]', 'commenter: [c@acme.com]', 'viewer: [d@acme.com]'));
    expect(desired.places[1]!.members.map((m) => m.role)).toEqual(['admin', 'editor', 'commenter', 'viewer']);
  });

  it('refuses a user in two lists of a goal, naming both lines', async () => {
    expect(await problemsOf(goal('admin: [carol@acme.com]', 'viewer: [group:leads]'))).toEqual([
      'f.yaml:10:20: carol@acme.com (through group:leads) would be viewer here but is already admin (at line 9); a user holds one access level per goal',
    ]);
  });

  it('refuses a portfolio or goal declared twice in a workspace, across files too', async () => {
    expect(await problemsOf(file('      goals:', '        - goal: Grow ARR', '        - goal: Grow ARR'))).toEqual([
      'f.yaml:9:17: goal "Grow ARR" is already declared in workspace "Acme" at line 8',
    ]);
    const dir = await fixture({
      'a.yaml': portfolio('viewer: [erin@acme.com]'),
      'b.yaml': second(...lists(['      portfolios:', '        - portfolio: Q1 Bets'], ['admin: [alice@acme.com]'])),
    });
    expect(await problems(dir)).toEqual(['b.yaml:8:22: portfolio "Q1 Bets" is already declared in workspace "Acme" at a.yaml:8:22']);
  });

  it('a portfolio and a goal may share a name, and a project too', async () => {
    const { desired } = await loadText(
      file('      projects: [{ project: Q1 Bets }]', '      portfolios: [{ portfolio: Q1 Bets }]', '      goals: [{ goal: Q1 Bets }]'),
    );
    expect(desired.places.map((p) => p.place.kind)).toEqual(['workspace', 'project', 'portfolio', 'goal']);
  });

  it('loads a folder whose files split one workspace into its portfolios and goals', async () => {
    const dir = await fixture({
      'a.yaml': portfolio('viewer: [erin@acme.com]'),
      'b.yaml': second(...lists(['      goals:', '        - goal: Grow ARR'], ['viewer: [erin@acme.com]'])),
    });
    const { desired } = await load(dir);
    expect(desired.places.map((p) => p.place.kind)).toEqual(['workspace', 'portfolio', 'goal']);
  });
});
