import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/model/index.js';
import { fixture, load } from './helpers.js';

const ROLES = ['owner', 'contributor', 'reader'] as const;
type Role = (typeof ROLES)[number];

const emailArb = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), fc.constantFrom('acme.com', 'b.co'))
  .map(([local, domain]) => `${local}@${domain}`);

/** Workspaces, each a map user → role; the same user may hold different roles in different workspaces. */
const workspacesArb = fc.array(fc.dictionary(emailArb, fc.constantFrom(...ROLES), { maxKeys: 8 }), { minLength: 1, maxLength: 3 });

function render(workspaces: Record<string, Role>[], order: (list: string[]) => string[], spell: (email: string) => string, flip = false): string {
  const out = ['version: 1', 'dreadnode:', '  organizations:', '    - org: acme', '      workspaces:'];
  workspaces.forEach((ws, i) => {
    out.push(`        - workspace: w${i}`);
    // Lists in any order: the file need not follow owner, contributor, reader.
    for (const role of (i % 2 === 0) !== flip ? ROLES : [...ROLES].reverse()) {
      const users = order(Object.keys(ws).filter((u) => ws[u] === role));
      if (users.length > 0) out.push(`          ${role}: [${users.map(spell).join(', ')}]`);
    }
  });
  return `${out.join('\n')}\n`;
}

async function loadRoles(text: string): Promise<Record<string, Record<string, string>>> {
  const dir = await fixture({ 'f.yaml': text });
  const { desired } = await load(dir, 'f.yaml');
  return Object.fromEntries(desired.places.map((p) => [p.place.ref, Object.fromEntries(p.members.map((m) => [m.email, m.role!]))]));
}

const runs = { numRuns: 50 };

describe('properties of the dreadnode section', () => {
  it('each user holds exactly the permission written, whatever the order of the lists or the casing of the emails', async () => {
    await fc.assert(
      fc.asyncProperty(workspacesArb, fc.boolean(), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), async (workspaces, reverse, caps) => {
        const spell = (e: string) => [...e].map((c, i) => (caps[i % caps.length] ? c.toUpperCase() : c)).join('');
        const loaded = await loadRoles(render(workspaces, reverse ? (l) => [...l].reverse() : (l) => l, spell));
        expect(loaded).toEqual(Object.fromEntries(workspaces.map((ws, i) => [`w${i}`, ws])));
      }),
      runs,
    );
  });

  it('giving any user a second permission in a workspace is exactly one error, at the second mention', async () => {
    await fc.assert(
      fc.asyncProperty(
        workspacesArb.filter((wss) => Object.keys(wss[0]!).length > 0),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        async (workspaces, pickUser, pickRole, flip) => {
          const first = workspaces[0]!;
          const users = Object.keys(first);
          const user = users[pickUser % users.length]!;
          const others = ROLES.filter((r) => r !== first[user]);
          const second = others[pickRole % others.length]!;
          // Append the user to the other list, after everything else in the file's first workspace.
          const text = render(workspaces, (l) => l, (e) => e, flip);
          const lines = text.split('\n');
          const wsEnd = lines.findIndex((l, i) => i > 5 && l.startsWith('        - workspace:'));
          const extra = `          ${second}: [${user}]`;
          const existing = lines.findIndex((l, i) => i > 5 && (wsEnd < 0 || i < wsEnd) && l.startsWith(`          ${second}:`));
          if (existing >= 0) lines[existing] = lines[existing]!.replace(/\]$/, `, ${user}]`);
          else lines.splice(wsEnd < 0 ? lines.length - 1 : wsEnd, 0, extra);
          let error: unknown;
          try {
            await load(await fixture({ 'f.yaml': lines.join('\n') }), 'f.yaml');
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(ConfigError);
          const problems = (error as ConfigError).problems;
          expect(problems).toHaveLength(1);
          expect(problems[0]!.message).toContain(`${user} would be `);
          expect(problems[0]!.message).toContain('a user holds one permission per workspace');
          // Reported at whichever mention comes later in the file.
          const mentions = lines.flatMap((l, i) => (i < (wsEnd < 0 ? lines.length : wsEnd + (existing >= 0 ? 0 : 1)) && new RegExp(`[[ ]${user.replace(/\./g, '\\.')}[,\\]]`).test(l) ? [i + 1] : []));
          expect(mentions).toHaveLength(2);
          expect(problems[0]!.line).toBe(Math.max(...mentions));
        },
      ),
      runs,
    );
  });
});
