/**
 * Asana as the command line names it before any of its code loads: its
 * title, the variables and flags of its settings, and its export flags
 * (src/providers/catalog.ts). The module (index.ts) is built on this.
 */
import type { ProviderEntry } from '../module.js';
import { asanaSettings } from './settings.js';

export const asanaEntry: ProviderEntry = {
  name: 'asana',
  title: 'Asana',
  settings: asanaSettings,
  exportFlags: {
    flags: [
      { flag: 'asana-workspace', type: 'string', multiple: true, arg: 'NAME', help: 'only this Asana workspace, by name or gid (repeatable)' },
      { flag: 'all-asana-workspaces', type: 'boolean', help: 'every Asana workspace (the default when no export flag names any)' },
    ],
    splitHelp: 'asana/WORKSPACE/workspace.yaml, asana/WORKSPACE/teams/TEAM.yaml',
  },
};
