/**
 * A provider that lives in memory, registered through the same module
 * interface (src/providers/module.ts) as Asana and Dreadnode. Its file
 * section is `memory: { rooms: [{ room, prune?, visitors?, owner: [], member: [] }] }`.
 * Its own rules, through the planner's hooks: an email outside `mem.test` is
 * marked `visitor`, and refused where a room says `visitors: false`; a room
 * keeps its last owner under prune. Its sandbox part serves
 * `GET /memory/rooms/{room}` (a room's members) from the seed's rooms; its
 * export part writes the rooms `--memory-room` names (`rooms/ROOM.yaml` split).
 */
import { readEntries, type PlaceDecl, type Problems, type ValidFile } from '../../src/config/section-kit.js';
import { ResolveError, type Change, type LiveState, type PlanHooks, type Provider } from '../../src/model/index.js';
import type { ProviderModule } from '../../src/providers/module.js';
import type { Dialect, ProviderWorld, SandboxPart } from '../../src/sandbox/index.js';
import type { ExportPart } from '../../src/export/index.js';
import { mapOf, memberSeq, pair, seq } from '../../src/export/yaml-kit.js';

const NAME = 'memory';
const ROLES = ['owner', 'member'] as const;

interface Room {
  room: string;
  prune?: boolean;
  visitors?: boolean;
  owner?: string[];
  member?: string[];
}

/** The live side: room name → email → role. */
export type MemoryWorld = Map<string, Map<string, string>>;

function places(files: readonly ValidFile[], _problems: Problems): PlaceDecl[] {
  return files.flatMap((file) =>
    ((file.value[NAME] as { rooms?: Room[] } | undefined)?.rooms ?? []).map((room, i): PlaceDecl => {
      const path = [NAME, 'rooms', i];
      const decl: PlaceDecl = {
        place: { key: `${NAME}/room:${room.room}`, provider: NAME, kind: 'room', ref: room.room, stage: 0, source: file.positions.at([...path, 'room']), listsMembers: true },
        entries: ROLES.flatMap((role) => readEntries(room[role] ?? [], file.positions, [...path, role], { role })),
      };
      if (room.prune !== undefined) decl.place.prune = room.prune;
      if (room.visitors !== undefined) decl.place.settings = { visitors: room.visitors };
      return decl;
    }),
  );
}

const hooks: PlanHooks = {
  judgeAdd(want, _live, member) {
    if (member.email.endsWith('@mem.test')) return {};
    if (want.place.settings?.visitors !== false) return { marks: ['visitor'] };
    const at = member.reasons[0]?.kind === 'listed' ? member.reasons[0] : want.place.source;
    return { marks: ['visitor'], problems: [{ file: at.file, line: at.line, col: at.col, message: `${member.email} is a visitor, and room "${want.place.ref}" takes none` }] };
  },
  judgePlace(want, _live, removals) {
    if (want.members.some((m) => m.role === 'owner')) return {};
    const last = removals.find((m) => m.role === 'owner');
    return last ? { keep: [{ user: last.email, why: 'last owner of the room' }] } : {};
  },
};

function provider(world: MemoryWorld, sent: Change[][]): Provider {
  return {
    name: NAME,
    async resolve(wanted) {
      const missing = wanted.filter((p) => !world.has(p.ref));
      if (missing.length > 0) throw new ResolveError(missing.map((place) => ({ place, message: `no room "${place.ref}"` })));
      return wanted.map((p) => ({ ...p, id: p.ref, name: p.ref }));
    },
    async read(resolved): Promise<LiveState> {
      return {
        places: resolved.map((place) => ({
          place,
          members: [...world.get(place.id)!].sort(([a], [b]) => (a < b ? -1 : 1)).map(([email, role]) => ({ email, userId: email, role })),
        })),
      };
    },
    async apply(changes) {
      sent.push(changes);
      return changes.map((change) => {
        const room = world.get(change.place.id)!;
        if (change.action === 'remove') room.delete(change.user);
        else room.set(change.user, change.role ?? 'member');
        return { change, ok: true };
      });
    },
    requestsFor: (changes) => changes.length,
    perMinute: 60_000,
    async close() {},
  };
}

/** The sandbox's memory world: the seed's rooms, room → email → role. */
interface RoomsWorld extends ProviderWorld {
  rooms: Record<string, Record<string, string>>;
}

class NoRoom extends Error {}
const PREFIX = '/memory';
const serves = (path: string): boolean => path === PREFIX || path.startsWith(`${PREFIX}/`);
const oops = (message: string) => ({ oops: message });

const dialect: Dialect<RoomsWorld> = {
  name: NAME,
  prefix: PREFIX,
  routes: [
    {
      method: 'GET',
      pattern: '/rooms/{room}',
      handle: ({ world, params }) => {
        const room = world.rooms[params['room'] ?? ''];
        if (room === undefined) throw new NoRoom(`no room ${params['room']}`);
        return { members: room };
      },
    },
  ],
  serves,
  routePath: (path) => (serves(path) ? path.slice(PREFIX.length) || '/' : undefined),
  pretty: () => false,
  tooMany: () => oops('slow down'),
  serverError: () => oops('broken'),
  unauthorized: () => oops('who are you'),
  noRoute: (method, path) => oops(`nothing at ${method} ${path}`),
  parseBody: (_method, _type, raw) => ({ body: raw.length > 0 ? JSON.parse(raw) : undefined }),
  refusal: (err) => (err instanceof NoRoom ? { status: 404, body: oops(err.message) } : undefined),
};

const sandbox: SandboxPart<RoomsWorld> = {
  dialect,
  seed: (desired, _section, core) => ({
    token: core.token,
    rooms: Object.fromEntries(
      desired.places
        .filter((p) => p.place.provider === NAME)
        .map((p) => [p.place.ref, Object.fromEntries(p.members.map((m) => [m.email, m.role ?? 'member']))]),
    ),
  }),
  baseUrl: (serverUrl) => `${serverUrl}${PREFIX}`,
};

function exporter(world: MemoryWorld): ExportPart<string[]> {
  const roomNode = (room: string) => {
    const node = mapOf([['room', room]]);
    for (const role of ROLES) {
      const members = [...world.get(room)!].filter(([, r]) => r === role).map(([email]) => ({ email, notes: [] }));
      if (members.length > 0) node.add(pair(role, memberSeq(members.sort((a, b) => (a.email < b.email ? -1 : 1)))));
    }
    return node;
  };
  return {
    flags: [{ flag: 'memory-room', type: 'string', multiple: true, arg: 'ROOM', help: 'this room (repeatable)' }],
    choose: (values) => values['memory-room'] as string[] | undefined,
    why: '--memory-room was given',
    splitHelp: 'rooms/ROOM.yaml',
    open: () => ({
      read: async (rooms) => ({
        name: NAME,
        summary: rooms.map((r) => `room ${r}`),
        section: mapOf([['rooms', seq(rooms.map(roomNode))]]),
        files: rooms.map((r) => ({ path: `rooms/${r}.yaml`, lines: [`room ${r}`], section: mapOf([['rooms', seq([roomNode(r)])]]) })),
      }),
      requests: () => 0,
      close: async () => {},
    }),
  };
}

/** The module, over a world the test owns; `sent` records each batch apply hands the provider. */
export function memoryModule(world: MemoryWorld, sent: Change[][] = []): ProviderModule {
  return {
    name: NAME,
    title: 'Memory',
    format: {
      section: {
        schema: { type: 'object', additionalProperties: false, properties: { rooms: { type: 'array', items: { $ref: '#/definitions/memoryRoom' } } } },
        definitions: {
          memoryRoom: {
            type: 'object',
            additionalProperties: false,
            required: ['room'],
            properties: {
              room: { type: 'string', minLength: 1 },
              prune: { type: 'boolean' },
              visitors: { type: 'boolean' },
              owner: { $ref: '#/definitions/memberList' },
              member: { $ref: '#/definitions/memberList' },
            },
          },
        },
      },
      places,
    },
    settings: {
      tokenEnv: 'MEMORY_TOKEN',
      tokenWhat: 'any text',
      tokenFileFlag: 'memory-token-file',
      baseUrlEnv: 'MEMORY_BASE_URL',
      baseUrlExample: 'http://127.0.0.1:1',
      rateLimitFlag: 'memory-rate-limit',
      rateLimitEnv: 'MEMORY_RATE_LIMIT',
      defaultPerMinute: 60_000,
    },
    create: () => provider(world, sent),
    planHooks: hooks,
    sandbox,
    export: exporter(world),
  };
}
