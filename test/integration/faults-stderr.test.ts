/**
 * Heavy faults, many requests retrying at once: stderr holds Gatehouse's own
 * lines and nothing else (no Node warning such as MaxListenersExceededWarning,
 * no stack trace).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

const users = Array.from({ length: 40 }, (_, i) => `u${i}@acme.com`);
const seed = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com]
      teams:
        - team: Platform
          members: [alice@acme.com]
sandbox:
  me: bot@acme.com
  users: [${users.map((u) => `{ email: ${u}, name: ${u.split('@')[0]} }`).join(', ')}]
  workspaces:
    - workspace: Acme Corp
      email_domains: [acme.com]
`;
const desired = `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, ${users.join(', ')}]
      teams:
        - team: Platform
          members: [alice@acme.com, ${users.join(', ')}]
`;

/** What apply itself writes on stderr: its report lines and its closing advice. */
const OWN = [/^failed: {2}/, /^skipped: /, /^note: {4}/, /^Some changes did not apply\. /];

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
