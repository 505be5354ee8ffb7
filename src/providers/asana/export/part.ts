/** What Asana gives `gatehouse export` (its module's `export`): its flags, its reading and its section. */
import { httpSession, type ExportPart } from '../../../export/part.js';
import { discoverAsana } from '../discover.js';
import { createAsanaHttpClient } from '../http-client.js';
import { asanaEntry } from '../entry.js';
import { asanaSection } from './document.js';
import { asanaOutline } from './outline.js';

/** Every visible workspace (no list), or those named (names or gids). */
export interface AsanaChoice {
  workspaces?: string[];
}

export const asanaExport: ExportPart<AsanaChoice> = {
  flags: asanaEntry.exportFlags!.flags,
  choose(values) {
    const named = values['asana-workspace'] as string[] | undefined;
    if (named !== undefined && values['all-asana-workspaces']) {
      throw new Error('--asana-workspace and --all-asana-workspaces do not go together: name workspaces, or take them all');
    }
    if (named !== undefined) return { workspaces: named };
    return values['all-asana-workspaces'] ? {} : undefined;
  },
  byDefault: {},
  why: 'Asana is being exported',
  splitHelp: asanaEntry.exportFlags!.splitHelp,
  open(connection) {
    const http = createAsanaHttpClient(connection);
    return httpSession(http, async (choice, progress) => asanaSection(asanaOutline(await discoverAsana(http, choice.workspaces, progress))));
  },
};
