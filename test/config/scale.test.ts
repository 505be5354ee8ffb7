import { describe, expect, it } from 'vitest';
import { fixture, load } from './helpers.js';

function bigFile(users: number, projects: number): string {
  const email = (i: number) => `user${i}@acme.com`;
  const lines = ['version: 1', 'groups:'];
  for (let g = 0; g < 50; g++) {
    lines.push(`  g${g}:`);
    for (let i = g * 100; i < (g + 1) * 100; i++) lines.push(`    - ${email(i % users)}`);
  }
  lines.push('asana:', '  workspaces:', '    - workspace: Acme', '      members:');
  for (let i = 0; i < users; i++) lines.push(`        - ${email(i)}`);
  lines.push('      teams:');
  for (let t = 0; t < 50; t++) {
    lines.push(`        - team: Team ${t}`, `          members: [group:g${t}, ${email((t * 37) % users)}]`, '          projects:');
    for (let p = 0; p < projects / 100; p++) {
      lines.push(`            - project: T${t} P${p}`, `              members: [group:g${(t + p) % 50}, ${email((t * 13 + p) % users)}]`);
    }
  }
  lines.push('      projects:');
  for (let p = 0; p < projects / 2; p++) {
    lines.push(`        - project: W P${p}`, `          members: [${[1, 2, 3, 4, 5].map((k) => email((p * 7 + k) % users)).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

async function fastest(dir: string, name: string, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await load(dir, name);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('scale', () => {
  it('a file with 5,000 users and 1,000 projects loads in well under a second', async () => {
    const dir = await fixture({ 'warm.yaml': bigFile(1000, 200), 'big.yaml': bigFile(5000, 1000) });
    await load(dir, 'warm.yaml'); // compiles the schema and warms the parser up
    const started = performance.now();
    const { desired } = await load(dir, 'big.yaml');
    const elapsed = performance.now() - started;
    expect(desired.places).toHaveLength(1 + 50 + 1000);
    expect(desired.places[0]?.members).toHaveLength(5000);
    expect(desired.places[0]?.members[0]?.reasons[0]).toEqual({ kind: 'listed', file: expect.any(String), line: 5057, col: 11 });
    expect(elapsed).toBeLessThan(1000);
  });

  it('grows linearly: four times the users and projects take far less than sixteen times as long', async () => {
    const dir = await fixture({ 'small.yaml': bigFile(1000, 200), 'large.yaml': bigFile(4000, 800) });
    await fastest(dir, 'small.yaml', 2);
    const small = await fastest(dir, 'small.yaml', 3);
    const large = await fastest(dir, 'large.yaml', 3);
    expect(large / small).toBeLessThan(10);
  });
});
