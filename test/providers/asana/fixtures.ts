/** Places, desired states and a sandbox-backed provider for the Asana provider tests. */
import type { SandboxCore } from '../../../src/config/schema-types.js';
import type { AsanaSeed } from '../../../src/providers/asana/section-types.js';
import { placeRef, type Change, type DesiredPlace, type DesiredState, type ResolvedPlace } from '../../../src/model/index.js';
import { createAsanaProvider, type AsanaProvider, type AsanaProviderOptions } from '../../../src/providers/asana/index.js';
import { buildWorld, startSandbox, type FaultOptions, type RunningSandbox } from '../../support/sandbox.js';

type SandboxSection = SandboxCore & AsanaSeed;

export const source = { file: 'gatehouse.yaml', line: 1, col: 1 };

export function ws(ref: string, extra: Partial<DesiredPlace> = {}): DesiredPlace {
  return { key: `asana/workspace:${ref}`, provider: 'asana', kind: 'workspace', ref, stage: 0, source, ...extra };
}
export function team(parent: DesiredPlace, ref: string, extra: Partial<DesiredPlace> = {}): DesiredPlace {
  return { key: `${parent.key}/team:${ref}`, provider: 'asana', kind: 'team', ref, parentKey: parent.key, requiresKey: parent.key, stage: 1, source, ...extra };
}
export function project(parent: DesiredPlace, workspace: DesiredPlace, ref: string, extra: Partial<DesiredPlace> = {}): DesiredPlace {
  return { key: `${parent.key}/project:${ref}`, provider: 'asana', kind: 'project', ref, parentKey: parent.key, requiresKey: workspace.key, stage: 2, source, ...extra };
}
export function state(entries: Array<[DesiredPlace, string[]]>): DesiredState {
  return {
    files: ['gatehouse.yaml'],
    places: entries.map(([place, emails]) => ({
      place,
      members: [...emails].sort().map((email) => ({ email, reasons: [{ kind: 'listed' as const, ...source }] })),
    })),
  };
}

export function change(place: ResolvedPlace, user: string, action: Change['action'] = 'add', extra: Partial<Change> = {}): Change {
  return { provider: 'asana', action, place: placeRef(place), user, reasons: ['gatehouse.yaml:1'], ...extra };
}

/** Closes what `open` started; call from afterEach. */
export class Opened {
  private readonly items: Array<{ close(): Promise<void> }> = [];
  add<T extends { close(): Promise<void> }>(x: T): T {
    this.items.push(x);
    return x;
  }
  closeAll(): Promise<void> {
    return Promise.all(this.items.splice(0).map((x) => x.close())).then(() => undefined);
  }
}

/** A sandbox seeded from `desired` and `section`, and a provider talking to it (or through `wrap`'s client). */
export async function sandboxAndProvider(
  opened: Opened,
  desired: DesiredState,
  section: SandboxSection,
  options: { faults?: FaultOptions; http?: (sandbox: RunningSandbox) => AsanaProviderOptions } = {},
): Promise<{ sandbox: RunningSandbox; provider: AsanaProvider }> {
  const sandbox = opened.add(await startSandbox(buildWorld(desired, section), options.faults ? { port: 0, faults: options.faults } : { port: 0 }));
  const providerOptions: AsanaProviderOptions = options.http?.(sandbox) ?? {
    baseUrl: sandbox.connection('asana').baseUrl,
    token: sandbox.connection('asana').token,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
  };
  const provider = opened.add(createAsanaProvider(providerOptions));
  return { sandbox, provider };
}
