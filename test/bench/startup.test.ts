/** The start-up bench's arithmetic and verdicts, on stand-in commands (the real figures come from `node bench/startup.mjs`). */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations
import { startupBench, startupTable, STARTUP_COMMANDS } from '../../bench/startup.mjs';

interface Row { name: string; median: number; min: number; max: number; ratio?: number; target?: number; ok?: boolean }

describe('start-up bench', () => {
  it('times gatehouse --help and validate of the example against bare node, with their targets', () => {
    expect((STARTUP_COMMANDS as { name: string; target?: number }[]).map((c) => [c.name, c.target])).toEqual([
      ['node -e 0', undefined],
      ['gatehouse --help', 2],
      ['gatehouse validate examples/acme', 3],
    ]);
  });

  it('gives each command its median as a ratio to the first, and marks the targets met or missed', () => {
    const commands = [
      { name: 'bare', args: ['-e', '0'] },
      { name: 'slow', args: ['-e', 'const t = Date.now() + 400; while (Date.now() < t);'], target: 2 },
      { name: 'same', args: ['-e', '0'], target: 3 },
    ];
    const result = startupBench({ runs: 3, warmup: 0, commands }) as { runs: number; rows: Row[] };
    const [bare, slow, same] = result.rows;
    expect(bare!.ratio).toBeUndefined();
    expect(slow!.ratio).toBeCloseTo(slow!.median / bare!.median, 10);
    expect(slow!.median).toBeGreaterThanOrEqual(400);
    expect(slow!.min).toBeLessThanOrEqual(slow!.median);
    expect(slow!.max).toBeGreaterThanOrEqual(slow!.median);
    expect(slow!.ok).toBe(slow!.ratio! <= 2);
    expect(same!.ok).toBe(same!.ratio! <= 3);
    const table = startupTable(result) as string;
    expect(table).toContain('| `slow` |');
    expect(table).toMatch(/\| ≤ 2× [✓✗] \|/);
    expect(table).toContain('3 runs each, interleaved');
  });

  it('stops at a command that fails rather than timing a fast failure', () => {
    expect(() => startupBench({ runs: 1, warmup: 0, commands: [{ name: 'bare', args: ['-e', '0'] }, { name: 'broken', args: ['-e', 'process.exit(3)'] }] })).toThrow(
      'broken exited 3',
    );
  });
});
