/**
 * A place is anything that has members: a workspace, a team, a project. The planner and the apply engine know
 * places only through these fields; what a kind means is the provider's business.
 */

/** Where something was written: a file and a 1-based line and column. */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

/** A place as the desired-state file names it, before any live lookup. */
export interface DesiredPlace {
  /** Stable key, unique in a run, e.g. `asana/workspace:Acme Corp/team:Platform`. */
  key: string;
  /** Provider that owns the place, e.g. `asana`. */
  provider: string;
  /** Provider-specific kind, e.g. `workspace`, `team`, `project`. */
  kind: string;
  /** The name, gid or slug exactly as written in the file. */
  ref: string;
  /**
   * The container the ref is looked up in, as written, when that container is
   * not itself a managed place (a Dreadnode organisation slug).
   */
  scope?: string;
  /** Key of the enclosing place (team → workspace; project → team or workspace). */
  parentKey?: string;
  /**
   * Key of the place whose membership a user must hold before they can be added
   * here (team and project → their workspace). Apply skips a change whose
   * prerequisite change failed.
   */
  requiresKey?: string;
  /** Apply order: lower stages run first (workspace 0, team 1, project 2). Removals run in reverse. */
  stage: number;
  /** Where the place is declared. */
  source: SourceLocation;
  /**
   * Live members the file does not list are removed (`prune: true` on the
   * place, or `--prune` for every place). Otherwise they are left alone.
   */
  prune?: boolean;
  /**
   * The file lists this place's members (a `members:` key, or a permission
   * list). Only such places are pruned by `--prune`: a workspace written
   * only to hold teams is not managed as a member list.
   */
  listsMembers?: boolean;
  /**
   * Removing a member here also takes them out of every place under it (an
   * Asana workspace): a revocation is planned here once, not at each of those.
   */
  removalCovers?: boolean;
  /**
   * Not named by the file, but inside a container it names (another workspace
   * of a Dreadnode organisation): read only to take `revoked:` users out.
   */
  outside?: boolean;
  /**
   * What the provider's section said of the place beyond its members, for
   * that provider's own plan hooks (src/model/hooks.ts); the core never reads it.
   */
  settings?: Record<string, unknown>;
}

/** A place after the provider found it live. */
export interface ResolvedPlace extends DesiredPlace {
  /** The live identifier: an Asana gid, a Dreadnode `org/workspace` slug path. */
  id: string;
  /** The live display name. */
  name: string;
}

/** The face of a place shown in plans: enough to render and to apply. */
export interface PlaceRef {
  key: string;
  provider: string;
  kind: string;
  name: string;
  id: string;
  stage: number;
  requiresKey?: string;
}

export function placeRef(place: ResolvedPlace): PlaceRef {
  const ref: PlaceRef = {
    key: place.key,
    provider: place.provider,
    kind: place.kind,
    name: place.name,
    id: place.id,
    stage: place.stage,
  };
  if (place.requiresKey !== undefined) ref.requiresKey = place.requiresKey;
  return ref;
}
