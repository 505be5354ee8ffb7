import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plan as planWith } from '../../src/plan/index.js';
import { planHooksOf } from '../../src/providers/registry.js';
import { chooseStyle, colour, plain, render, renderMarkdown, renderText } from '../../src/render/index.js';
import { mixedPlan, ws } from '../support/plans.js';
import { desiredMember, desiredOf, liveMember, liveOf, place } from '../support/states.js';

/** The planner with the registry's provider hooks (guests, a workspace's last owner). */
const plan = (desired: Parameters<typeof planWith>[0], live: Parameters<typeof planWith>[1]) => planWith(desired, live, planHooksOf());

const example = mixedPlan;
const empty = plan(desiredOf([[ws, [desiredMember('alice@acme.com')]]]), liveOf([[ws, [liveMember('alice@acme.com')]]]));

describe('text', () => {
  it('groups changes by place with +/- lines, ~ for a permission change, reasons, and the summary line', () => {
    const text = renderText(example);
    expect(text).toContain('asana workspace "Acme Corp"');
    expect(text).toMatch(/^ {2}\+ bob@acme\.com {2}implied by team Platform$/m);
    expect(text).toMatch(/^ {2}\+ bob@acme\.com {2}gatehouse\.yaml:9$/m);
    expect(text).toMatch(/^ {2}~ carol@acme\.com reader → contributor {2}gatehouse\.yaml:14$/m);
    expect(text).not.toMatch(/^ {2}[-+] carol@acme\.com/m);
    expect(text).toMatch(/^ {2}\+ erin@acme\.com reader/m);
    expect(text).toContain('(1 in sync, 1 unmanaged)');
    expect(text.trimEnd().split('\n').pop()).toBe('Plan: 3 to add, 1 to change, 0 to remove.');
    expect(text.indexOf('Acme Corp" (')).toBeLessThan(text.indexOf('team "Platform"'));
  });

  it('names unmanaged members only when verbose', () => {
    expect(renderText(example)).not.toContain('zed@acme.com');
    expect(renderText(example, { verbose: true })).toMatch(/zed@acme\.com {2}\(unmanaged/);
  });

  it('says so when there is nothing to do', () => {
    expect(renderText(empty)).toBe('No changes. Live state matches the file.\nPlan: 0 to add, 0 to change, 0 to remove.\n');
  });

  it('colours only on a terminal and never with NO_COLOR', () => {
    expect(chooseStyle({ isTTY: true }, {})).toBe(colour);
    expect(chooseStyle({ isTTY: false }, {})).toBe(plain);
    expect(chooseStyle({ isTTY: true }, { NO_COLOR: '1' })).toBe(plain);
    expect(renderText(example, { style: colour })).toContain('\u001b[32m+ alice'.replace('alice', 'bob'));
    expect(renderText(example)).not.toContain('\u001b[');
  });
});

describe('markdown', () => {
  it('has a table row per place, diff blocks for changes, and the fingerprint', () => {
    const md = renderMarkdown(example);
    expect(md).toContain('**Plan: 3 to add, 1 to change, 0 to remove.**');
    expect(md).toContain('| asana workspace "Acme Corp" (');
    expect(md).toMatch(/\| 1 \| 0 \| 0 \| 1 \| 1 \|$/m);
    expect(md).toContain('```diff\n+ bob@acme.com    # implied by team Platform');
    expect(md).toContain(`Fingerprint: \`${example.fingerprint}\``);
  });
});

describe('names from the live service', () => {
  const hostile = { ...place('asana/workspace:X', 'workspace', 0), name: 'Evil\u001b[2J<img src=x onerror=alert(1)>|x' };
  const p = plan(desiredOf([[hostile, [desiredMember('a@x.io')]]]), liveOf([[hostile, [liveMember('z\u0007@x.io')]]]));

  it('never reach a terminal with their control characters', () => {
    const text = renderText(p, { verbose: true });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/); // no control character but the newline
    expect(text).toContain('Evil\\u001b[2J');
    expect(text).toContain('z\\u0007@x.io');
  });

  it('never reach a pull-request comment as HTML', () => {
    const md = renderMarkdown(p);
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;\\|x');
  });
});

describe('json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it('is the plan as data and matches schemas/plan.schema.json', () => {
    for (const p of [example, empty]) {
      const data = JSON.parse(render(p, 'json'));
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
      expect(data).toEqual(JSON.parse(JSON.stringify(p)));
    }
  });

  it('the schema rejects a plan with a missing summary', () => {
    const { summary: _summary, ...rest } = JSON.parse(render(example, 'json'));
    expect(validate(rest)).toBe(false);
  });
});

describe('removals, kept members and guests', () => {
  const redTeam = { ...place('dreadnode/org:acme/workspace:red-team', 'workspace', 0), provider: 'dreadnode', name: 'red-team' };
  const pruning = plan(
    {
      ...desiredOf([
        [{ ...ws, prune: true }, [desiredMember('alice@acme.com'), desiredMember('zed@gmail.com')]],
        [{ ...redTeam, prune: true }, [desiredMember('erin@acme.com', 'reader')]],
      ]),
      protected: [{ email: 'root@acme.com', source: { file: 'people.yaml', line: 3, col: 5 } }],
    },
    {
      places: [
        { place: ws, members: ['alice@acme.com', 'mallory@acme.com', 'root@acme.com'].map((e) => liveMember(e)), facts: { emailDomains: ['acme.com'] } },
        { place: redTeam, members: [liveMember('carol@acme.com', 'owner'), liveMember('erin@acme.com', 'reader'), liveMember('ivan@acme.com', 'contributor')] },
      ],
    },
  );

  it('text: a - line per removal with its role, guests marked, kept members and why', () => {
    const text = renderText(pruning);
    // Removal from an organisation deprovisions the user: the line says so.
    expect(text).toMatch(/^ {2}- mallory@acme\.com \(deprovision: leaves the whole organisation, their work handed to the token's owner\) {2}not in the file \(prune\)$/m);
    expect(text).toMatch(/^ {2}- ivan@acme\.com contributor {2}not in the file \(prune\)$/m);
    expect(text).toMatch(/^ {2}\+ zed@gmail\.com \(guest\) {2}gatehouse\.yaml:3$/m);
    expect(text).toMatch(/^ {4}root@acme\.com {2}\(kept: protected at people\.yaml:3\)$/m);
    expect(text).toMatch(/^ {4}carol@acme\.com {2}\(kept: last owner\)$/m);
    expect(text).toContain('(1 in sync, 1 kept, prune)');
    expect(text.trimEnd().split('\n').pop()).toBe('Plan: 1 to add, 0 to change, 2 to remove.');
  });

  it('markdown: removals in the diff block and in the Remove column, kept members as context lines', () => {
    const md = renderMarkdown(pruning);
    expect(md).toMatch(/^- mallory@acme\.com \(deprovision: leaves the whole organisation, their work handed to the token's owner\) {4}# not in the file \(prune\)$/m);
    expect(md).toMatch(/^ {2}root@acme\.com {4}# kept: protected at people\.yaml:3$/m);
    expect(md).toMatch(/\| 1 \| 0 \| 1 \| 1 \| 0 \|/);
  });

  it('json: removals carry the user id and role taken away; guests are marked', () => {
    const doc = JSON.parse(render(pruning, 'json'));
    expect(doc.changes.filter((c: { action: string }) => c.action === 'remove')).toMatchObject([
      { user: 'mallory@acme.com', userId: 'u-mallory@acme.com', marks: ['deprovision'] },
      { user: 'ivan@acme.com', userId: 'u-ivan@acme.com', fromRole: 'contributor' },
    ]);
    expect(doc.changes.find((c: { user: string }) => c.user === 'zed@gmail.com').marks).toEqual(['guest']);
    const schema = JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });
});
