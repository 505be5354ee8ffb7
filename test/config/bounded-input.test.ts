/** The loader reads only regular files, within size limits, and refuses deep nesting before the YAML library overflows. */
import { mkfifo } from './fifo.js';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { DEFAULT_MAX_FILE_SIZE, MAX_NESTING, parseSize, readLimits, showSize } from '../../src/config/limits.js';
import { ConfigError, formatProblem } from '../../src/model/index.js';
import { providerModules } from '../../src/providers/registry.js';
import { fixture, problems, problemsOf, yaml } from './helpers.js';

const valid = yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: Acme', '      members: [a@acme.com]');

async function problemsWith(dir: string, name: string, maxFileSize: number): Promise<string[]> {
  const error = await loadConfig(join(dir, name), { sections: providerModules, maxFileSize }).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).problems.map((p) => formatProblem(p).split(`${dir}/`).join(''));
}

describe('size limits', () => {
  it('refuse a file over 8 MiB before reading it, naming its size and the limit', async () => {
    const dir = await fixture({ 'big.yaml': `version: 1\nasana: "${'x'.repeat(DEFAULT_MAX_FILE_SIZE)}"\n` });
    expect(await problems(dir, 'big.yaml')).toEqual([
      `big.yaml:1:1: file is 8.0 MiB (${DEFAULT_MAX_FILE_SIZE + 21} bytes), over the 8 MiB limit on one file: not read (--max-file-size SIZE raises the limit)`,
    ]);
  });

  it('--max-file-size raises the limit, or lowers it', async () => {
    const dir = await fixture({ 'f.yaml': valid });
    expect(await problemsWith(dir, 'f.yaml', 10)).toEqual([
      `f.yaml:1:1: file is ${valid.length} bytes (${valid.length} bytes), over the 10 bytes limit on one file: not read (--max-file-size SIZE raises the limit)`,
    ]);
    const loaded = await loadConfig(join(dir, 'f.yaml'), { sections: providerModules, maxFileSize: valid.length });
    expect(loaded.desired.places).toHaveLength(1);
  });

  it('in a folder, refuse each file over the limit, and a folder over 8 times the limit in all, before reading any', async () => {
    const dir = await fixture({ 'a.yaml': valid, 'b/c.yaml': `${valid}# ${'x'.repeat(200)}\n` });
    expect(await problemsWith(dir, '', 150)).toEqual([expect.stringMatching(/^b\/c\.yaml:1:1: file is \d+ bytes .* over the 150 bytes limit on one file/)]);
    // Each file under a 100-byte limit, but more than 8 × 100 in all: with the default 64 MiB floor, use the limits directly.
    const many = await fixture(Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`f${i}.yaml`, valid])));
    const { listFiles } = await import('../../src/config/read-files.js');
    const { Problems } = await import('../../src/config/problems.js');
    const found = new Problems();
    expect(await listFiles(many, found, { maxFileSize: 200, maxFolderSize: 2 * valid.length })).toBeUndefined();
    let error: unknown;
    try {
      found.throwIfAny([]);
    } catch (e) {
      error = e;
    }
    expect((error as ConfigError).problems.map(formatProblem)).toEqual([
      `${many}:1:1: the folder's 3 files hold ${3 * valid.length} bytes (${3 * valid.length} bytes), over the ${2 * valid.length} bytes limit on a folder: none read (--max-file-size SIZE raises it to 8 times the size given)`,
    ]);
  });

  it('the folder limit is 8 times the file limit, and never under 64 MiB', () => {
    expect(readLimits()).toEqual({ maxFileSize: 8 * 2 ** 20, maxFolderSize: 64 * 2 ** 20 });
    expect(readLimits(32 * 2 ** 20).maxFolderSize).toBe(256 * 2 ** 20);
    expect(readLimits(1000).maxFolderSize).toBe(64 * 2 ** 20);
  });

  it('sizes are read and shown in powers of 1024', () => {
    expect(parseSize('32MiB')).toBe(32 * 2 ** 20);
    expect(parseSize('32m')).toBe(32 * 2 ** 20);
    expect(parseSize('512KiB')).toBe(512 * 1024);
    expect(parseSize('1.5G')).toBe(1.5 * 2 ** 30);
    expect(parseSize('1000')).toBe(1000);
    for (const bad of ['', '0', '-1', '3XB', 'MiB', '1e9']) expect(parseSize(bad), bad).toBeUndefined();
    expect(showSize(8 * 2 ** 20)).toBe('8 MiB');
    expect(showSize(30_000_021)).toBe('28.6 MiB');
  });
});

describe('only regular files', () => {
  it('refuse a FIFO at once, without opening it (it would wait for a writer for ever)', async () => {
    const dir = await fixture({});
    mkfifo(join(dir, 'pipe.yaml'));
    expect(await problems(dir, 'pipe.yaml')).toEqual(['pipe.yaml:1:1: is a FIFO (named pipe), not a regular file: only regular files are read']);
  });

  it('refuse a device such as /dev/zero or /dev/urandom', async () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      expect(await problems('/', device.slice(1))).toEqual([`${device}:1:1: is a character device, not a regular file: only regular files are read`]);
    }
  });

  it('in a folder, refuse a FIFO named *.yaml and a link to a device, naming each; other special files are not YAML and are skipped', async () => {
    const dir = await fixture({ 'a.yaml': valid });
    mkfifo(join(dir, 'b.yaml'));
    mkfifo(join(dir, 'notes'));
    await symlink('/dev/zero', join(dir, 'c.yaml'));
    const found = await problems(dir);
    expect(found).toContain('b.yaml:1:1: is a FIFO (named pipe), not a regular file: only regular files are read');
    // /dev/zero is outside the folder: refused as such before its kind matters.
    expect(found).toContainEqual(expect.stringMatching(/^c\.yaml:1:1: is a symbolic link to \/dev\/zero, outside the folder/));
    expect(found).toHaveLength(2);
  });

  it('a link inside the folder to a FIFO inside it is refused too', async () => {
    const dir = await fixture({ 'a.yaml': valid });
    mkfifo(join(dir, 'pipe'));
    await symlink(join(dir, 'pipe'), join(dir, 'b.yaml'));
    expect(await problems(dir)).toEqual(['b.yaml:1:1: is a symbolic link to a FIFO (named pipe), not a regular file: only regular files are read']);
  });
});

describe('nesting', () => {
  it('20,000 nested brackets are a YAML structure error at the line and column where they start', async () => {
    const text = yaml('version: 1', 'groups:', `  deep: ${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    expect(await problemsOf(text)).toEqual([
      `f.yaml:3:9: YAML structure error: lists and mappings nest more than ${MAX_NESTING} deep in what starts here; a desired-state file needs fewer than 10 levels`,
    ]);
  });

  it('deep flow mappings and a deep block structure too', async () => {
    const flow = yaml('version: 1', 'groups:', '  g: [a@acme.com]', `x: ${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}`);
    expect(await problemsOf(flow)).toEqual([expect.stringMatching(/^f\.yaml:4:4: YAML structure error: lists and mappings nest more than/)]);
    const block = ['version: 1', 'x:'];
    for (let i = 1; i <= MAX_NESTING + 5; i++) block.push(`${' '.repeat(i)}- `);
    expect(await problemsOf(`${block.join('\n')}1\n`)).toEqual([expect.stringMatching(/^f\.yaml:\d+:\d+: YAML structure error: lists and mappings nest more than/)]);
  });

  it('just under the limit, the file is parsed and checked as usual (no stack overflow anywhere after)', async () => {
    const depth = MAX_NESTING - 3; // the root mapping and groups: count too
    const text = yaml('version: 1', 'groups:', `  deep: ${'['.repeat(depth)}${']'.repeat(depth)}`);
    const found = await problemsOf(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).not.toMatch(/call stack|structure error/);
  });
});

describe('nesting, two deep structures', () => {
  it('the first one written is reported', async () => {
    const deep = `${'['.repeat(2_000)}${']'.repeat(2_000)}`;
    const text = yaml('version: 1', 'groups:', `  a: [x@acme.com]`, `  b: ${deep}`, `  c: ${deep}`);
    expect(await problemsOf(text)).toEqual([expect.stringMatching(/^f\.yaml:4:6: YAML structure error/)]);
  });
});
