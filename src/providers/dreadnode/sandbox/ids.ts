/**
 * Deterministic identifiers and instants for the Dreadnode side: the same seed
 * gives the same uuids, and writes advance a logical clock instead of reading
 * the real one, so answers stay reproducible.
 */
import { createHash } from 'node:crypto';
import { SANDBOX_EPOCH } from '../../../sandbox/epoch.js';

/**
 * A uuid derived from what the object is (kind + a stable identity), shaped
 * like a random (version 4, RFC 4122 variant) uuid: lower-case 8-4-4-4-12 hex.
 */
export function stableUuid(kind: string, identity: string): string {
  const bytes = createHash('sha256').update(`dreadnode\u0000${kind}\u0000${identity}`).digest().subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x40, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** 8-4-4-4-12 hex, any case (the form clients send in paths). */
export const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** The instant of the n-th tick of the logical clock: the sandbox epoch plus n seconds. */
export function tickInstant(n: number): string {
  return new Date(Date.parse(SANDBOX_EPOCH) + n * 1000).toISOString();
}
