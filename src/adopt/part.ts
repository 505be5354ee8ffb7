/**
 * What a provider tells adopt about its section of the file: which key of a
 * place's mapping holds the members of a level, which place a place's people
 * are implicitly members of, and the note a new entry carries. The editing
 * engine (edit.ts) knows YAML, never a provider.
 */
import type { DesiredPlace, LiveMember } from '../model/index.js';

/** The list of a place that holds members at one level. */
export interface ListSpot {
  /** The key of the place's mapping (`editor`, `members`, `owner`). */
  key: string;
  /** Keys a new list goes after when the place has none yet, in the order the section reads best; the place's own ref key comes first. */
  after: readonly string[];
}

export interface AdoptPart {
  /** Where a member live at `role` (undefined: a place without levels) is written; undefined when the file cannot hold them there. */
  listFor(place: DesiredPlace, role: string | undefined): ListSpot | undefined;
  /** The key of the place this place's people are members of implicitly (an Asana team's workspace). */
  implies?(place: DesiredPlace): string | undefined;
  /** The note export writes after such a member (`guest`), for a new entry. */
  note?(member: LiveMember): string | undefined;
}
