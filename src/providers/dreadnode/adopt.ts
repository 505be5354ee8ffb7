/** Where adopt writes a Dreadnode member: the workspace's list of their permission. */
import type { AdoptPart } from '../../adopt/part.js';
import { PERMISSIONS } from './section.js';

export const dreadnodeAdopt: AdoptPart = {
  listFor(_place, role) {
    const i = PERMISSIONS.indexOf(role as (typeof PERMISSIONS)[number]);
    return i === -1 ? undefined : { key: role!, after: ['workspace', 'prune', ...PERMISSIONS.slice(0, i)] };
  },
};
