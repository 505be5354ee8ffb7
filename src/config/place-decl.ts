/**
 * What a provider's section of the file declares, before groups are expanded:
 * a place and its member entries. Each section (src/config/sections) turns its
 * part of the file into these; everything after that is provider-agnostic.
 */
import type { DesiredPlace } from '../model/index.js';
import type { Entry } from './entries.js';

export interface PlaceDecl {
  place: DesiredPlace;
  /** The member entries as written (with their role, for providers that have roles). */
  entries: Entry[];
  /**
   * Users of this place are also wanted, implicitly, in another place (an Asana
   * team's users in its workspace): that place's key and the reason's label.
   */
  implies?: { key: string; by: string };
  /** What the place's roles are called in messages ("access level"); "permission" when not given. */
  roleNoun?: string;
}
