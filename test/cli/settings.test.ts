/** Request budgets from flags and environment, down to the provider's HTTP client. */
import { afterEach, describe, expect, it } from 'vitest';
import { connectionOptions } from '../../src/cli/options.js';
import { providerModules } from '../../src/providers/registry.js';
import { UsageError } from '../../src/cli/errors.js';
import { parseRate, readSettings } from '../../src/cli/settings.js';
import type { Provider } from '../../src/model/index.js';
import { createProviders } from '../../src/providers/registry.js';

const env = { ASANA_TOKEN: 'tok-a', DREADNODE_TOKEN: 'tok-d', DREADNODE_BASE_URL: 'http://127.0.0.1:9' };
const opened: Provider[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
});

async function budgets(input: Parameters<typeof readSettings>[0]): Promise<Record<string, number>> {
  const providers = createProviders(new Set(['asana', 'dreadnode']), await readSettings(input));
  opened.push(...providers.values());
  return Object.fromEntries([...providers].map(([name, p]) => [name, p.perMinute]));
}

describe('request budget settings', () => {
  it('defaults to 1500/min for Asana (paid plans) and 600/min for Dreadnode', async () => {
    expect(await budgets({ env })).toEqual({ asana: 1500, dreadnode: 600 });
  });

  it('takes --rate-limit and --dreadnode-rate-limit, per minute or per second', async () => {
    expect(await budgets({ env, flags: { 'rate-limit': '150/min', 'dreadnode-rate-limit': '2/s' } })).toEqual({ asana: 150, dreadnode: 120 });
  });

  it('takes ASANA_RATE_LIMIT and DREADNODE_RATE_LIMIT, and the flag wins over the variable', async () => {
    const withVars = { ...env, ASANA_RATE_LIMIT: '150/min', DREADNODE_RATE_LIMIT: '300/min' };
    expect(await budgets({ env: withVars })).toEqual({ asana: 150, dreadnode: 300 });
    expect(await budgets({ env: withVars, flags: { 'rate-limit': '1000/min' } })).toEqual({ asana: 1000, dreadnode: 300 });
  });

  it('refuses a bad flag as a usage error naming the flag, and a bad variable naming the variable', async () => {
    for (const bad of ['fast', '0/min', '-5/min', '150', '150/hour', '1e3/min', '']) {
      const err = await readSettings({ env, flags: { 'rate-limit': bad } }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toBe(`--rate-limit ${JSON.stringify(bad)}: expected requests per minute such as 1500/min (or per second, 25/s)`);
    }
    const err = await readSettings({ env: { ...env, DREADNODE_RATE_LIMIT: 'lots' } }).catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe('DREADNODE_RATE_LIMIT="lots": expected requests per minute such as 600/min (or per second, 25/s)');
  });

  it('an empty variable counts as unset', async () => {
    expect(await budgets({ env: { ...env, ASANA_RATE_LIMIT: ' ' } })).toEqual({ asana: 1500, dreadnode: 600 });
  });

  it('the flags exist on every command that connects (they come from the provider list)', () => {
    expect(connectionOptions(providerModules).map((o) => o.long!.slice(2)).sort()).toEqual(['dreadnode-rate-limit', 'dreadnode-token-file', 'rate-limit', 'token-file']);
  });

  it('parseRate reads the forms the sandbox takes', () => {
    expect(parseRate('1500/min')).toBe(1500);
    expect(parseRate(' 150 / m ')).toBe(150);
    expect(parseRate('25/s')).toBe(1500);
    expect(parseRate('2.5/sec')).toBe(150);
    expect(parseRate('10/minute')).toBe(10);
    expect(parseRate('10/second')).toBe(600);
  });
});
