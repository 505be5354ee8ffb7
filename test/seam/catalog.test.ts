/**
 * The command line's light catalog of providers (src/providers/catalog.ts)
 * and the registry of full modules list the same providers, in the same
 * order, with the same settings and export flags: help and parsing, made from
 * the catalog, describe exactly what the modules read.
 */
import { describe, expect, it } from 'vitest';
import { providerCatalog } from '../../src/providers/catalog.js';
import { providerModules } from '../../src/providers/registry.js';

describe('provider catalog', () => {
  it('names every module of the registry, in order, with its own settings and export flags', () => {
    expect(providerCatalog.map((e) => e.name)).toEqual(providerModules.map((m) => m.name));
    providerCatalog.forEach((entry, i) => {
      const module = providerModules[i]!;
      expect(module.title).toBe(entry.title);
      expect(module.settings).toBe(entry.settings);
      expect(module.export?.flags).toEqual(entry.exportFlags?.flags);
      expect(module.export?.splitHelp).toEqual(entry.exportFlags?.splitHelp);
    });
  });
});
