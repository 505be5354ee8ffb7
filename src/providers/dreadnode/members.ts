/**
 * Permissions as live members, and the provider's memory of user ids: PUT and
 * DELETE address a user by `user_id`, while plans name users by email, so the
 * ids seen by read (and learned from grants) are kept per workspace.
 */
import type { LiveMember } from '../../model/index.js';
import { sortMembers } from '../live-members.js';
import type { UserPermission } from './api.js';

export function emailOf(p: UserPermission): string {
  const email = typeof p.user_email === 'string' ? p.user_email.trim().toLowerCase() : '';
  return email === '' ? `id:${p.user_id}` : email;
}

export function toMember(p: UserPermission): LiveMember {
  const member: LiveMember = { email: emailOf(p), userId: p.user_id };
  if (member.email.startsWith('id:')) member.unnamed = true;
  if (typeof p.permission === 'string') member.role = p.permission;
  if (typeof p.user_name === 'string' && p.user_name !== '') member.name = p.user_name;
  return member;
}

/** Sorted by email, then user id; one entry per user id. */
export function toMembers(permissions: readonly UserPermission[]): LiveMember[] {
  return sortMembers(permissions.map(toMember));
}

/** Per workspace (place id): email → user id. */
export class KnownUsers {
  private readonly byPlace = new Map<string, Map<string, string>>();

  /** Replace what is known of a workspace with a fresh read of it. */
  learnAll(placeId: string, members: readonly LiveMember[]): void {
    const ids = new Map<string, string>();
    for (const m of members) ids.set(m.email, m.userId);
    this.byPlace.set(placeId, ids);
  }

  learn(placeId: string, email: string, userId: string): void {
    let ids = this.byPlace.get(placeId);
    if (!ids) {
      ids = new Map();
      this.byPlace.set(placeId, ids);
    }
    ids.set(email.toLowerCase(), userId);
  }

  forget(placeId: string, email: string): void {
    this.byPlace.get(placeId)?.delete(email.toLowerCase());
  }

  idOf(placeId: string, email: string): string | undefined {
    return this.byPlace.get(placeId)?.get(email.toLowerCase());
  }
}
