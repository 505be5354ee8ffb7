/**
 * A small mixed plan the renderer tests share: an Asana workspace and team,
 * and a Dreadnode workspace with one add and one permission change.
 */
import { plan } from '../../src/plan/index.js';
import { desiredMember, desiredOf, liveMember, liveOf, place } from './states.js';

export const ws = place('asana/workspace:Acme Corp', 'workspace', 0);
export const team = place('asana/workspace:Acme Corp/team:Platform', 'team', 1, ws.key);
export const dn = { ...place('dreadnode/org:acme/workspace:red-team', 'workspace', 0), provider: 'dreadnode', name: 'red-team' };

export const mixedPlan = plan(
  desiredOf([
    [ws, [desiredMember('alice@acme.com', undefined, 5), { email: 'bob@acme.com', reasons: [{ kind: 'implied', by: 'team Platform' }] }]],
    [team, [desiredMember('bob@acme.com', undefined, 9)]],
    [dn, [desiredMember('carol@acme.com', 'contributor', 14), desiredMember('erin@acme.com', 'reader', 15)]],
  ]),
  liveOf([
    [ws, [liveMember('alice@acme.com'), liveMember('zed@acme.com')]],
    [team, []],
    [dn, [liveMember('carol@acme.com', 'reader')]],
  ]),
);
