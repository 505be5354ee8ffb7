/**
 * Heavy faults, many requests retrying at once: stderr holds Gatehouse's own
 * lines and nothing else (no Node warning such as MaxListenersExceededWarning,
 * no stack trace).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { manyAdds } from './fixtures.js';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

const { seed, desired } = manyAdds(40);

/**
 * What apply itself writes on stderr: its report lines, its closing advice,
 * and, on a slow machine where the run passes 10 s, its progress lines.
 */
const OWN = [/^failed: {2}/, /^skipped: /, /^note: {4}/, /^Some changes did not apply\. /, /^(reading|applying)… [\d,/]+ requests, [\d.]+\/s(, \d+ retried)?$/];

describe('stderr under heavy faults', () => {
  it('holds only Gatehouse lines while 40 writes at a time retry 500s and dropped connections', async () => {
    live = await sandbox(seed, { rate500: 0.5, resetRate: 0.1, seed: 3, only: { method: 'POST' } });
    const cwd = await workdir({ 'access.yaml': desired });
    const result = await gatehouse(['apply', 'access.yaml', '--yes'], live.env, { cwd });
    expect(result.stdout).toMatch(/^Apply: \d+ done, \d+ failed, \d+ skipped\.$/m);
    // Enough retries happened at once for a listener per wait to have warned.
    expect(live.faults()).toBeGreaterThan(40);
    const foreign = result.stderr.split('\n').filter((line) => line !== '' && !OWN.some((own) => own.test(line)));
    expect(foreign).toEqual([]);
  });
});
