// A seeded random source for the generators: the same seed, the same organisation.

/**
 * mulberry32: small and fast; plenty for shaping test data.
 * @param {number} seed
 */
export function seeded(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    /** [0, 1) */
    next,
    /** An integer in [lo, hi]. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    /** True with probability p. */
    chance: (p) => next() < p,
    /**
     * `n` distinct items of `from` (all of them when n ≥ its length), in `from`'s order.
     * @template T
     * @param {readonly T[]} from
     * @param {number} n
     * @returns {T[]}
     */
    sample(from, n) {
      if (n >= from.length) return [...from];
      const picked = new Set();
      while (picked.size < n) picked.add(Math.floor(next() * from.length));
      return [...picked].sort((x, y) => x - y).map((i) => from[i]);
    },
  };
}
