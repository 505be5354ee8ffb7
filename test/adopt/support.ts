/** Desired state from files in a temporary folder, live state built from it with hand-made drift, and adopt/plan over them. */
import { writeFile } from 'node:fs/promises';
import { adopt, type AdoptOptions, type AdoptResult } from '../../src/adopt/adopt.js';
import type { DesiredState, LiveMember, LiveState, Plan } from '../../src/model/index.js';
import { plan } from '../../src/plan/index.js';
import { adoptPartsOf, planHooksOf } from '../../src/providers/registry.js';
import { fixture, load } from '../config/helpers.js';

/** Live members per place key: email → role ('' for none), with optional marks. */
export type LiveSpec = Record<string, Record<string, string | { role?: string; marks?: string[]; inactive?: boolean }>>;

export function liveOf(desired: DesiredState, spec: LiveSpec): LiveState {
  return {
    places: desired.places.map(({ place }) => ({
      place: { ...place, id: `id-${place.key}`, name: place.ref },
      members: Object.entries(spec[place.key] ?? {})
        .map(([email, v]): LiveMember => {
          const m: LiveMember = { email, userId: `u-${email}` };
          const one = typeof v === 'string' ? { role: v } : v;
          if (one.role) m.role = one.role;
          if (one.marks) m.marks = one.marks;
          if (one.inactive) m.inactive = true;
          return m;
        })
        .sort((a, b) => (a.email < b.email ? -1 : 1)),
    })),
  };
}

export const TODAY = '2026-12-07';

export async function loadFolder(files: Record<string, string>) {
  const dir = await fixture(files);
  const loaded = await load(dir);
  return { dir, ...loaded };
}

export function runAdopt(loaded: { desired: DesiredState; texts: ReadonlyMap<string, string> }, live: LiveState, options: Partial<AdoptOptions> = {}): AdoptResult {
  return adopt(loaded.desired, live, loaded.texts, adoptPartsOf(), { today: TODAY, ...options });
}

/** Writes the adopted texts back, loads the folder again and plans against the same live state. */
export async function planAfter(dir: string, result: AdoptResult, live: LiveState): Promise<{ plan: Plan; desired: DesiredState }> {
  for (const [file, text] of result.texts) await writeFile(file, text);
  const { desired } = await load(dir);
  // The live places as the new desired state declares them (sources move when lines are added).
  const byKey = new Map(live.places.map((p) => [p.place.key, p]));
  const fresh: LiveState = { places: desired.places.map(({ place }) => ({ ...byKey.get(place.key)!, place: { ...place, id: `id-${place.key}`, name: place.ref } })) };
  if (live.self) fresh.self = live.self;
  return { plan: plan(desired, fresh, planHooksOf()), desired };
}
