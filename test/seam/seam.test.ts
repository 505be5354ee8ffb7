/**
 * The provider seam: a provider registered through the module interface
 * alone runs validate → plan → apply → plan through the pipeline. Its
 * section, its marks (`visitor`), its refusals and the owner it keeps come
 * only from its module, so this cannot pass while the core still knows the
 * two real providers' sections or rules.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/index.js';
import { chooseExports, runExport } from '../../src/export/index.js';
import { desiredStateSchema } from '../../src/config/assemble-schema.js';
import { ConfigError, type Change } from '../../src/model/index.js';
import { loadDesired, loadSeed, preparePlan } from '../../src/pipeline/index.js';
import { providerModules, sandboxParts } from '../../src/providers/registry.js';
import { renderText } from '../../src/render/index.js';
import { buildWorld, startSandbox } from '../../src/sandbox/index.js';
import { memoryModule, type MemoryWorld } from './memory-provider.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function file(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-seam-'));
  dirs.push(dir);
  const path = join(dir, 'rooms.yaml');
  await writeFile(path, text);
  return path;
}

const settings = async () => ({ memory: { token: 'any', baseUrl: 'http://127.0.0.1:1' } });

const ROOMS = [
  'version: 1',
  'groups:',
  '  crew: [bob@mem.test, cy@mem.test]',
  'memory:',
  '  rooms:',
  '    - room: bridge',
  '      owner: [ann@mem.test]',
  '      member: [group:crew, vic@elsewhere.org]',
  '    - room: galley',
  '      prune: true',
  '      member: [bob@mem.test]',
  '',
].join('\n');

function world(): MemoryWorld {
  return new Map([
    ['bridge', new Map([['ann@mem.test', 'member']])],
    ['galley', new Map([['cook@mem.test', 'owner'], ['old@mem.test', 'member']])],
  ]);
}

describe('a provider registered through the module interface', () => {
  it('validate → plan → apply → plan is empty, with its own marks and the owner it keeps', async () => {
    const live = world();
    const sent: Change[][] = [];
    const modules = [memoryModule(live, sent)];
    const path = await file(ROOMS);

    // validate: its section is the file format; the real providers' are not.
    const { desired } = await loadDesired(path, modules);
    expect(desired.places.map((p) => [p.place.key, p.members.map((m) => `${m.email}:${m.role}`)])).toEqual([
      ['memory/room:bridge', ['ann@mem.test:owner', 'bob@mem.test:member', 'cy@mem.test:member', 'vic@elsewhere.org:member']],
      ['memory/room:galley', ['bob@mem.test:member']],
    ]);
    expect(Object.keys(desiredStateSchema(modules).properties as object)).toEqual(['version', 'groups', 'protected', 'revoked', 'allow_unicode_emails', 'memory']);

    const first = await preparePlan(path, settings, { modules });
    const lines = first.plan.changes.map((c) => `${c.action} ${c.place.id} ${c.user} ${c.fromRole ?? ''}→${c.role ?? ''} ${(c.marks ?? []).join(',')}`.trim());
    expect(lines).toEqual([
      'change bridge ann@mem.test member→owner',
      'add bridge bob@mem.test →member',
      'add bridge cy@mem.test →member',
      'add bridge vic@elsewhere.org →member visitor',
      'add galley bob@mem.test →member',
      'remove galley old@mem.test member→',
    ]);
    expect(first.plan.places.find((p) => p.place.id === 'galley')?.kept).toEqual([{ user: 'cook@mem.test', why: 'last owner of the room' }]);
    expect(renderText(first.plan)).toContain('+ vic@elsewhere.org member (visitor)');

    const report = await applyPlan(first.plan, first.providers);
    await first.close();
    expect(report.failed).toEqual([]);
    expect(report.done).toHaveLength(6);
    expect(sent.flat()).toHaveLength(6);
    expect(Object.fromEntries([...live].map(([room, members]) => [room, Object.fromEntries(members)]))).toEqual({
      bridge: { 'ann@mem.test': 'owner', 'bob@mem.test': 'member', 'cy@mem.test': 'member', 'vic@elsewhere.org': 'member' },
      galley: { 'bob@mem.test': 'member', 'cook@mem.test': 'owner' },
    });

    const again = await preparePlan(path, settings, { modules });
    await again.close();
    expect(again.plan.changes).toEqual([]);
  });

  it("its refusal is a file error at the line, and nothing is planned", async () => {
    const path = await file(ROOMS.replace("    - room: bridge\n", "    - room: bridge\n      visitors: false\n"));
    const error = await preparePlan(path, settings, { modules: [memoryModule(world())] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual([
      '9:28: vic@elsewhere.org is a visitor, and room "bridge" takes none',
    ]);
  });

  it('the registry does not know it: with the real providers, its section is an unknown key', async () => {
    const error = await loadDesired(await file(ROOMS), providerModules).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems[0]?.message).toMatch(/^unknown key "memory" at the top level/);
  });

  it("the sandbox serves its API beside the real providers', each behind its own token and error body", async () => {
    const modules = [...providerModules, memoryModule(world())];
    const { desired, sandbox } = await loadSeed(await file(ROOMS.replace('version: 1\n', 'version: 1\nsandbox:\n  token: shh\n')), modules);
    const parts = sandboxParts(modules);
    const server = await startSandbox(buildWorld(parts, desired, sandbox), parts);
    try {
      const { baseUrl, token } = server.connection('memory');
      expect(baseUrl).toBe(`${server.url}/memory`);
      const get = (url: string, key = token) => fetch(url, { headers: { authorization: `Bearer ${key}` } }).then(async (r) => [r.status, await r.json()]);
      expect(await get(`${baseUrl}/rooms/bridge`)).toEqual([200, { members: { 'ann@mem.test': 'owner', 'bob@mem.test': 'member', 'cy@mem.test': 'member', 'vic@elsewhere.org': 'member' } }]);
      expect(await get(`${baseUrl}/rooms/attic`)).toEqual([404, { oops: 'no room attic' }]);
      expect(await get(`${baseUrl}/rooms/bridge`, 'wrong')).toEqual([401, { oops: 'who are you' }]);
      expect(server.stats().byRoute).toEqual({ 'GET /rooms/{room}': 3 });
      // Asana still answers its own paths, and the paths no API serves.
      const asana = server.connection('asana');
      expect((await get(`${asana.baseUrl}/users/me`, asana.token))[0]).toBe(200);
      expect(await get(`${server.url}/nowhere`)).toEqual([404, expect.objectContaining({ errors: expect.any(Array) })]);
    } finally {
      await server.close();
    }
  });

  it('export writes its section from its own part, and the file plans empty against the same rooms', async () => {
    const live = world();
    const modules = [memoryModule(live)];
    const choices = chooseExports({ 'memory-room': ['galley', 'bridge'] }, modules);
    const result = await runExport({ choices, cwd: tmpdir() }, await settings(), () => {}, modules);
    expect(result.text).toContain('room galley');
    const path = await file(result.text!);
    const again = await preparePlan(path, settings, { modules });
    await again.close();
    expect(again.plan.changes).toEqual([]);
    expect(again.plan.places.map((p) => p.place.id)).toEqual(['bridge', 'galley']);
    // Without one of its flags it exports nothing: it has no default.
    expect(chooseExports({}, modules).size).toBe(0);
  });
});
