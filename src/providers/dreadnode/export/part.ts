/**
 * What Dreadnode gives `gatehouse export` (its module's `export`). Its
 * organisations cannot be listed, so it exports only those named.
 */
import { httpSession, type ExportPart } from '../../../export/part.js';
import { writableSlug } from '../../../export/refs.js';
import { discoverDreadnode } from '../discover.js';
import { createDreadnodeHttpClient } from '../http-client.js';
import { dreadnodeEntry } from '../entry.js';
import { dreadnodeSection } from './document.js';
import { dreadnodeOutline } from './outline.js';

export const dreadnodeExport: ExportPart<{ orgs: string[] }> = {
  flags: dreadnodeEntry.exportFlags!.flags,
  choose(values) {
    const orgs = values['dreadnode-org'] as string[] | undefined;
    for (const org of orgs ?? []) {
      if (!writableSlug(org)) throw new Error(`--dreadnode-org ${JSON.stringify(org)}: not an organisation slug (no slash or space)`);
    }
    return orgs === undefined ? undefined : { orgs };
  },
  why: '--dreadnode-org was given',
  splitHelp: dreadnodeEntry.exportFlags!.splitHelp,
  open(connection) {
    const http = createDreadnodeHttpClient(connection);
    return httpSession(http, async (choice, progress) => dreadnodeSection(dreadnodeOutline(await discoverDreadnode(http, choice.orgs, progress))));
  },
};
