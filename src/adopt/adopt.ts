/**
 * adopt: the choices of choose.ts made into edits of the files (edit.ts),
 * with where each entry lands. Pure: texts in, texts out.
 */
import type { DesiredPlaceState, DesiredState, LiveState, SourceLocation } from '../model/index.js';
import { chooseAdoptions, type AdoptKind, type AdoptOptions, type AdoptParts, type NotAdopted } from './choose.js';
import { editFiles, type AddOp, type RemoveOp } from './edit.js';

export interface Adopted {
  kind: AdoptKind;
  placeKey: string;
  user: string;
  /** The level written (absent where the place has none, and for a removal). */
  level?: string;
  /** The level the file gave before, for a moved entry. */
  fromLevel?: string;
  /** Where the entry is written now (added, moved) or was written (taken out). */
  target: SourceLocation;
  /** Where a moved entry was. */
  from?: SourceLocation;
}

export interface AdoptResult {
  adopted: Adopted[];
  notAdopted: NotAdopted[];
  /** The new text of each file that changed. */
  texts: Map<string, string>;
}

/** One listed entry of the place per file: the place's lists may be in a file other than its declaration. */
function hintsOf(state: DesiredPlaceState): SourceLocation[] {
  const byFile = new Map<string, SourceLocation>();
  for (const m of state.members) {
    for (const r of m.reasons) if (r.kind === 'listed' && r.via === undefined && !byFile.has(r.file)) byFile.set(r.file, r);
  }
  return [...byFile.values()];
}

export function adopt(desired: DesiredState, live: LiveState, texts: ReadonlyMap<string, string>, parts: AdoptParts, options: AdoptOptions): AdoptResult {
  const choice = chooseAdoptions(desired, live, parts, options);
  const notAdopted = [...choice.notAdopted];
  const states = new Map(desired.places.map((p) => [p.place.key, p]));
  const hints = new Map<string, SourceLocation[]>();
  const adds: AddOp[] = [];
  const removes: RemoveOp[] = [];
  choice.adopt.forEach((a, id) => {
    const spot = a.kind === 'missing' ? undefined : parts.get(a.place.provider)?.listFor(a.place, a.role);
    if (a.kind !== 'missing' && spot === undefined) {
      notAdopted.push({ placeKey: a.place.key, user: a.user, why: `live${a.role === undefined ? '' : ` at ${a.role}`}, and the file has no list for it here: not adopted` });
      return;
    }
    if (a.entry !== undefined) removes.push({ id: -1 - id, entry: a.entry });
    if (spot === undefined) return;
    let placeHints = hints.get(a.place.key);
    if (placeHints === undefined) hints.set(a.place.key, (placeHints = hintsOf(states.get(a.place.key)!)));
    const op: AddOp = { id, place: a.place.source, hints: placeHints, spot, entry: a.user };
    if (a.note !== undefined) op.note = a.note;
    if (a.until !== undefined) op.until = a.until;
    if (a.entry !== undefined) op.requires = -1 - id;
    adds.push(op);
  });
  const edited = editFiles(texts, adds, removes);

  const adopted: Adopted[] = [];
  choice.adopt.forEach((a, id) => {
    const added = edited.outcomes.get(a.kind === 'missing' ? -1 - id : id);
    if (added === undefined) return;
    if ('refused' in added) {
      notAdopted.push({ placeKey: a.place.key, user: a.user, why: added.refused });
      return;
    }
    const one: Adopted = { kind: a.kind, placeKey: a.place.key, user: a.user, target: added.target };
    if (a.role !== undefined) one.level = a.role;
    if (a.fromRole !== undefined) one.fromLevel = a.fromRole;
    if (a.kind === 'levels' && a.entry !== undefined) one.from = a.entry;
    adopted.push(one);
  });
  return { adopted, notAdopted, texts: edited.texts };
}

export type { AdoptKind, AdoptOptions, AdoptParts, NotAdopted } from './choose.js';
export { ADOPT_KINDS } from './choose.js';
