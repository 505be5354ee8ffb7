import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeMatches, closest, didYouMean, editDistance, orList } from '../../src/text/suggest.js';

describe('editDistance', () => {
  it('is zero only for equal strings, and symmetric', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        if (a !== b) expect(editDistance(a, b)).toBeGreaterThan(0);
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('Acme Crop', 'Acme Corp')).toBe(1);
    expect(editDistance('memebers', 'members')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('suggestions for keys and groups', () => {
  it('suggests the closest word, and nothing for a far or very short one', () => {
    expect(didYouMean('memebers', ['members', 'teams', 'projects'])).toBe(' (did you mean "members"?)');
    expect(closest('nmae', ['name', 'email'])).toBe('name');
    expect(closest('xy', ['xz'])).toBeUndefined();
    expect(closest('XZ', ['xz'])).toBe('xz');
    expect(didYouMean('zebra', ['members'])).toBe('');
  });
});

describe('suggestions for live names', () => {
  it('finds close names, case-insensitively, best first', () => {
    expect(closeMatches('Acme Crop', ['Acme Corp', 'Big Co', 'Acme'])).toEqual(['Acme Corp', 'Acme']);
    expect(closeMatches('platform', ['Platform', 'Platforms'])).toEqual(['Platform', 'Platforms']);
    expect(closeMatches('Zebra', ['Acme Corp', 'Big Co'])).toEqual([]);
  });

  it('lists names in words', () => {
    expect(orList([])).toBe('');
    expect(orList(['A'])).toBe('"A"');
    expect(orList(['A', 'B', 'C'])).toBe('"A", "B" or "C"');
  });
});
