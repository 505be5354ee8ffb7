import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_MARKER } from '../../src/export/document.js';
import { ExportProgress } from '../../src/export/progress.js';
import { writeExportFile, writeExportFolder } from '../../src/export/write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-export-write-'));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

const exported = (body: string): string => `# yaml-language-server: $schema=x\n# ${EXPORT_MARKER} from the live state of:\n${body}`;

describe('writing an export', () => {
  it('writes a file, and replaces an earlier export, leaving no temporary file behind', async () => {
    const out = join(dir, 'sub', 'live.yaml');
    await writeExportFile(out, exported('version: 1\n'));
    await writeExportFile(out, exported('version: 1\n# again\n'));
    expect(await readFile(out, 'utf8')).toBe(exported('version: 1\n# again\n'));
    expect(await readdir(join(dir, 'sub'))).toEqual(['live.yaml']);
  });

  it('refuses to overwrite a file it did not write, and leaves it as it was', async () => {
    const out = join(dir, 'access.yaml');
    await writeFile(out, 'version: 1 # mine\n');
    await expect(writeExportFile(out, exported(''))).rejects.toThrow(/refusing to overwrite a file that gatehouse export did not write/);
    expect(await readFile(out, 'utf8')).toBe('version: 1 # mine\n');
    expect(await readdir(dir)).toEqual(['access.yaml']);
  });

  it('refuses a folder as the file, and a file as the folder', async () => {
    await mkdir(join(dir, 'folder'));
    await writeFile(join(dir, 'file.yaml'), exported(''));
    await expect(writeExportFile(join(dir, 'folder'), exported(''))).rejects.toThrow(/is a folder; name a file, or add --split/);
    await expect(writeExportFolder(join(dir, 'file.yaml'), new Map())).rejects.toThrow(/is not a folder/);
  });

  it('writes a folder whole, and replaces an earlier export folder (files it no longer has go)', async () => {
    const out = join(dir, 'access');
    await writeExportFolder(out, new Map([['a/one.yaml', exported('1')], ['two.yaml', exported('2')]]));
    await writeExportFolder(out, new Map([['a/three.yaml', exported('3')]]));
    expect(await readdir(out, { recursive: true })).toEqual(['a', 'a/three.yaml']);
    expect(await readdir(dir)).toEqual(['access']);
  });

  it('refuses to replace a folder holding anything it did not write, and leaves the folder alone', async () => {
    const out = join(dir, 'access');
    await mkdir(join(out, 'teams'), { recursive: true });
    await writeFile(join(out, 'teams', 'x.yaml'), exported(''));
    await writeFile(join(out, 'teams', 'CODEOWNERS'), '* @me\n');
    await expect(writeExportFolder(out, new Map([['new.yaml', exported('')]]))).rejects.toThrow(
      /refusing to replace a folder that holds teams\/CODEOWNERS, which gatehouse export did not write/,
    );
    expect((await readdir(out, { recursive: true })).sort()).toEqual(['teams', 'teams/CODEOWNERS', 'teams/x.yaml']);
    expect(await readdir(dir)).toEqual(['access']);
  });
});

describe('export progress', () => {
  it('writes a line per stage at once, and a status line every interval until stopped', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    let requests = 0;
    const p = new ExportProgress({ write: (l) => lines.push(l), requests: () => requests, intervalMs: 1000 });
    p.start();
    p.stage('Asana: listing workspaces');
    requests = 1;
    vi.advanceTimersByTime(1000);
    p.planned(4);
    p.done();
    requests = 7;
    vi.advanceTimersByTime(1000);
    p.stop();
    vi.advanceTimersByTime(5000);
    expect(lines).toEqual([
      'gatehouse export: Asana: listing workspaces',
      'gatehouse export: 1 request so far',
      'gatehouse export: read 1 of 4 member lists, 7 requests so far',
    ]);
  });
});
