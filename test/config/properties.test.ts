import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DesiredState } from '../../src/model/index.js';
import { fixture, load } from './helpers.js';

/** A generated configuration: lists hold emails (lower case) and group references. */
type Item = { email: string } | { group: string };
interface Project { name: string; members?: Item[] }
interface Team { name: string; members?: Item[]; projects: Project[] }
interface Workspace { name: string; members?: Item[]; teams: Team[]; projects: Project[] }
interface Config { groups: Map<string, Item[]>; workspaces: Workspace[] }

const emailArb = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,5}$/), fc.constantFrom('acme.com', 'b.co', 'example.org'))
  .map(([local, domain]) => `${local}@${domain}`);

const configArb: fc.Arbitrary<Config> = fc
  .record({
    emails: fc.uniqueArray(emailArb, { minLength: 1, maxLength: 12 }),
    groupCount: fc.integer({ min: 0, max: 4 }),
  })
  .chain(({ emails, groupCount }) => {
    const groupNames = Array.from({ length: groupCount }, (_, i) => `g${i}`);
    // A list: distinct emails and distinct references to groups allowed at this point.
    const listArb = (refs: string[]) =>
      fc
        .record({
          emails: fc.subarray(emails),
          groups: fc.subarray(refs),
        })
        .map(({ emails: es, groups: gs }) => [...es.map((email) => ({ email })), ...gs.map((group) => ({ group }))])
        .chain((items) => fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }));
    const optionalList = fc.option(listArb(groupNames), { nil: undefined });
    // Group i refers only to later groups, so there is no cycle.
    const groupsArb = fc.tuple(...groupNames.map((_, i) => listArb(groupNames.slice(i + 1))));
    const projectsArb = (prefix: string) =>
      fc.integer({ min: 0, max: 2 }).chain((n) =>
        fc.tuple(...Array.from({ length: n }, (_, i) => optionalList.map((members): Project => ({ name: `${prefix}P${i}`, members })))),
      );
    const teamsArb = fc.integer({ min: 0, max: 3 }).chain((n) =>
      fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record({ members: optionalList, projects: projectsArb(`T${i} `) }).map((t): Team => ({ name: `Team ${i}`, ...t })),
        ),
      ),
    );
    const workspacesArb = fc.integer({ min: 1, max: 2 }).chain((n) =>
      fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc
            .record({ members: optionalList, teams: teamsArb, projects: projectsArb('') })
            .map((w): Workspace => ({ name: `Workspace ${i}`, ...w })),
        ),
      ),
    );
    return fc.record({ groups: groupsArb, workspaces: workspacesArb }).map(
      ({ groups, workspaces }): Config => ({
        groups: new Map(groups.map((list, i) => [groupNames[i]!, list])),
        workspaces,
      }),
    );
  });

/** Writes a config as YAML; `spell` decides how each email is written. */
function render(config: Config, spell: (email: string) => string = (e) => e): string {
  const out = ['version: 1'];
  const list = (indent: string, items: Item[] | undefined) => {
    if (items === undefined) return;
    out.push(`${indent}members:${items.length === 0 ? ' []' : ''}`);
    for (const item of items) out.push(`${indent}  - ${'email' in item ? spell(item.email) : `group:${item.group}`}`);
  };
  if (config.groups.size > 0) {
    out.push('groups:');
    for (const [name, items] of config.groups) {
      out.push(`  ${name}:${items.length === 0 ? ' []' : ''}`);
      for (const item of items) out.push(`    - ${'email' in item ? spell(item.email) : `group:${item.group}`}`);
    }
  }
  out.push('asana:', '  workspaces:');
  for (const ws of config.workspaces) {
    out.push(`    - workspace: ${ws.name}`);
    list('      ', ws.members);
    out.push('      teams:' + (ws.teams.length === 0 ? ' []' : ''));
    for (const team of ws.teams) {
      out.push(`        - team: ${team.name}`);
      list('          ', team.members);
      out.push('          projects:' + (team.projects.length === 0 ? ' []' : ''));
      for (const p of team.projects) {
        out.push(`            - project: ${p.name}`);
        list('              ', p.members);
      }
    }
    out.push('      projects:' + (ws.projects.length === 0 ? ' []' : ''));
    for (const p of ws.projects) {
      out.push(`        - project: ${p.name}`);
      list('          ', p.members);
    }
  }
  return `${out.join('\n')}\n`;
}

async function loadYaml(text: string): Promise<DesiredState> {
  const dir = await fixture({ 'gatehouse.yaml': text });
  const { desired } = await load(dir, 'gatehouse.yaml');
  return JSON.parse(JSON.stringify(desired).split(`${dir}/`).join(''));
}

/** The expected users of each place, computed the plain way. */
function model(config: Config): Map<string, string[]> {
  const expand = (items: Item[] | undefined, into: Set<string>): Set<string> => {
    for (const item of items ?? []) {
      if ('email' in item) into.add(item.email);
      else expand(config.groups.get(item.group), into);
    }
    return into;
  };
  const out = new Map<string, string[]>();
  const sorted = (s: Set<string>) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const ws of config.workspaces) {
    const wsKey = `asana/workspace:${ws.name}`;
    const all = expand(ws.members, new Set());
    const children: [string, Set<string>][] = [];
    for (const team of ws.teams) {
      const teamKey = `${wsKey}/team:${team.name}`;
      children.push([teamKey, expand(team.members, new Set())]);
      for (const p of team.projects) children.push([`${teamKey}/project:${p.name}`, expand(p.members, new Set())]);
    }
    for (const p of ws.projects) children.push([`${wsKey}/project:${p.name}`, expand(p.members, new Set())]);
    for (const [, users] of children) for (const u of users) all.add(u);
    out.set(wsKey, sorted(all));
    for (const [key, users] of children) out.set(key, sorted(users));
  }
  return out;
}

const memberSets = (state: DesiredState) => new Map(state.places.map((p) => [p.place.key, p.members.map((m) => m.email)]));

const randomCase = (bits: number[]) => (email: string) =>
  [...email].map((ch, i) => ((bits[i % bits.length] ?? 0) % 2 === 1 ? ch.toUpperCase() : ch)).join('');

const runs = { numRuns: 60 };

describe('properties of the loader', () => {
  it('resolves each place to the users its list and groups name (and a workspace to those of its teams and projects too)', async () => {
    await fc.assert(
      fc.asyncProperty(configArb, async (config) => {
        const state = await loadYaml(render(config));
        expect(memberSets(state)).toEqual(model(config));
      }),
      runs,
    );
  });

  it('any casing of the same emails yields the same desired state', async () => {
    await fc.assert(
      fc.asyncProperty(configArb, fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), async (config, bits) => {
        const lower = await loadYaml(render(config));
        const mixed = await loadYaml(render(config, randomCase(bits)));
        expect(mixed).toEqual(lower);
      }),
      runs,
    );
  });

  it('reordering list entries does not change who is where', async () => {
    const reversed = (config: Config): Config => {
      const rev = (items: Item[] | undefined) => (items === undefined ? undefined : [...items].reverse());
      return {
        groups: new Map([...config.groups].map(([k, v]) => [k, rev(v)!])),
        workspaces: config.workspaces.map((ws) => ({
          ...ws,
          members: rev(ws.members),
          teams: ws.teams.map((t) => ({ ...t, members: rev(t.members), projects: t.projects.map((p) => ({ ...p, members: rev(p.members) })) })),
          projects: ws.projects.map((p) => ({ ...p, members: rev(p.members) })),
        })),
      };
    };
    await fc.assert(
      fc.asyncProperty(configArb, async (config) => {
        const a = await loadYaml(render(config));
        const b = await loadYaml(render(reversed(config)));
        expect(memberSets(b)).toEqual(memberSets(a));
        expect(b.places.map((p) => p.place)).toEqual(a.places.map((p) => p.place));
      }),
      runs,
    );
  });

  it('every user of a team or project is in its workspace, implied by that place', async () => {
    await fc.assert(
      fc.asyncProperty(configArb, async (config) => {
        const state = await loadYaml(render(config));
        const byKey = new Map(state.places.map((p) => [p.place.key, p]));
        for (const { place, members } of state.places) {
          if (place.kind === 'workspace') continue;
          const ws = byKey.get(place.requiresKey!);
          expect(ws?.place.kind).toBe('workspace');
          for (const m of members) {
            const inWs = ws!.members.find((w) => w.email === m.email);
            expect(inWs?.reasons).toContainEqual({ kind: 'implied', by: `${place.kind} ${place.ref}` });
          }
        }
      }),
      runs,
    );
  });

  it('output is well-formed: members sorted and unique, lower case, listed reasons before implied, parents before children', async () => {
    await fc.assert(
      fc.asyncProperty(configArb, fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), async (config, bits) => {
        const state = await loadYaml(render(config, randomCase(bits)));
        const seen = new Set<string>();
        for (const { place, members } of state.places) {
          if (place.parentKey !== undefined) expect(seen.has(place.parentKey)).toBe(true);
          seen.add(place.key);
          const emails = members.map((m) => m.email);
          expect(emails).toEqual([...new Set(emails)].sort());
          for (const m of members) {
            expect(m.email).toBe(m.email.toLowerCase());
            expect(m.reasons.length).toBeGreaterThan(0);
            const kinds = m.reasons.map((r) => r.kind);
            expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'listed' ? -1 : 1)));
            expect(new Set(m.reasons.map((r) => JSON.stringify(r))).size).toBe(m.reasons.length);
          }
        }
      }),
      runs,
    );
  });
});
