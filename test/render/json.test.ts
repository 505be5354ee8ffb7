/**
 * `--format json` in a GitHub Actions log: the runner's legacy parser takes
 * `##[command]` anywhere in a line as a workflow command, and any line that
 * starts with `::` (after whitespace) as one. The JSON printed must hold
 * neither, and still parse back to the very same plan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printedPlan } from '../../src/cli/annotations.js';
import type { Plan } from '../../src/model/index.js';
import { plan } from '../../src/plan/index.js';
import { render, renderJson } from '../../src/render/index.js';
import { gatehouse, sandbox, workdir } from '../integration/harness.js';
import { desiredMember, desiredOf, liveMember, liveOf, place } from '../support/states.js';

/** A plan with `name` as a live place's name and `user` as a member, added, changed and removed. */
function planWith(name: string, user: string): Plan {
  const ws = { ...place('asana/workspace:Acme Corp', 'workspace', 0), name };
  const dn = { ...place('dreadnode/org:acme/workspace:red-team', 'workspace', 0), provider: 'dreadnode', name: `${name} (dn)` };
  return plan(
    desiredOf([
      [ws, [desiredMember(user), desiredMember('alice@acme.com')]],
      [dn, [desiredMember(user, 'contributor')]],
    ]),
    liveOf([
      [ws, [liveMember('alice@acme.com'), liveMember(`${user}.old`)]],
      [dn, [liveMember(user, 'reader')]],
    ]),
  );
}

/** How a log reader may split text into lines: LF, CR, and the characters some readers also break at. */
const lines = (text: string) => text.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);

/** Everything a runner could take as a workflow command in the text. */
function workflowCommands(text: string): string[] {
  return lines(text).filter((line) => line.includes('##[') || /^\s*::/.test(line));
}

const hostile = [
  '##[warning]Live name',
  '##[error]x##[group]y',
  '###[debug]',
  '::error::injected',
  'a\n::warning file=x::injected',
  'a\r::warning::cr',
  'a\u2028::warning::ls',
  'a\u2029::warning::ps',
  'a\u0085::warning::nel',
  '\\##[warning]backslash',
  '"##[notice]quote',
  '#\\u0023[already escaped',
];

describe('plan --format json, as printed', () => {
  it('has no ##[ and no line starting with ::, and parses back to the same plan, whatever the names', () => {
    for (const name of hostile) {
      const p = planWith(name, `${name.replace(/\s/g, '')}@acme.com`);
      const json = renderJson(p);
      expect(json, name).not.toContain('##[');
      expect(workflowCommands(json), name).toEqual([]);
      expect(JSON.parse(json), name).toEqual(JSON.parse(JSON.stringify(p)));
      expect(JSON.parse(json).places.some((pl: { place: { name: string } }) => pl.place.name === name), name).toBe(true);
      // What the CLI writes to stdout with --format json is this text.
      expect(printedPlan(p, 'json'), name).toBe(json);
      expect(render(p, 'json'), name).toBe(json);
    }
  });

  it('writes ##[ as #\\u0023[, still valid JSON with the same value', () => {
    const p = planWith('##[warning]Live name', 'dan@acme.com');
    const json = renderJson(p);
    expect(json).toContain('"name": "#\\u0023[warning]Live name"');
    expect(JSON.parse(json).places[0].place.name).toBe('##[warning]Live name');
  });

  it('indents as before: every line starts with whitespace and a bracket, a brace or a quote', () => {
    const json = renderJson(planWith('##[warning]x', 'dan@acme.com'));
    expect(json.endsWith('}\n')).toBe(true);
    for (const line of json.trimEnd().split('\n')) expect(line).toMatch(/^ *[[\]{}"]/);
  });

  it('holds for any strings (property)', () => {
    const fragments = fc.constantFrom('##[', '#', '[', '::', ':', '\n', '\r', '\u2028', '\u2029', '\u0085', ' ', '\\', '"', 'u0023', 'x', '\ud800');
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.array(fragments, { maxLength: 12 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, text, (name, user) => {
        const p = planWith(name, `${user}@acme.com`);
        const json = renderJson(p);
        expect(json).not.toContain('##[');
        expect(workflowCommands(json)).toEqual([]);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(p)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('gatehouse plan --format json in GitHub Actions', () => {
  it('prints a live name holding ##[warning] inertly, and the JSON parses to the plan', async () => {
    const live = await sandbox(`version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com]
      teams:
        - team: "##[warning]Ops"
sandbox:
  me: bot@acme.com
`);
    try {
      const cwd = await workdir({
        'access.yaml': `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com]
      teams:
        - team: "##[warning]Ops"
          members: [alice@acme.com]
`,
      });
      const result = await gatehouse(['plan', 'access.yaml', '--format', 'json'], { ...live.env, GITHUB_ACTIONS: 'true' }, { cwd });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain('##[');
      expect(workflowCommands(result.stdout)).toEqual([]);
      const printed = JSON.parse(result.stdout) as Plan;
      expect(printed.changes.map((c) => [c.place.name, c.user])).toEqual([['##[warning]Ops', 'alice@acme.com']]);
    } finally {
      await live.close();
    }
  });
});
