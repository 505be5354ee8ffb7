import { describe, expect, it } from 'vitest';
import { bigFile } from '../../bench/generate.mjs';
import { fixture, load } from './helpers.js';

// Speed is measured by `npm run bench`, not asserted here: this checks that a
// large organisation loads completely and correctly.
describe('scale', () => {
  it('a file with 5,000 users, 50 teams and 1,000 projects loads completely', async () => {
    const dir = await fixture({ 'big.yaml': bigFile(5000, 1000) });
    const { desired } = await load(dir, 'big.yaml');
    expect(desired.places).toHaveLength(1 + 50 + 1000);
    expect(desired.places[0]?.members).toHaveLength(5000);
    expect(desired.places[0]?.members[0]?.reasons[0]).toEqual({ kind: 'listed', file: expect.any(String), line: 5057, col: 11 });
    const teams = desired.places.filter((p) => p.place.kind === 'team');
    expect(teams.every((t) => t.members.length === 100 || t.members.length === 101)).toBe(true);
  });
});
