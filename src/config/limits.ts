/**
 * How much input the loader reads: files past these sizes are refused before
 * they are read whole or parsed, so that a huge or endless input costs
 * neither the memory nor the time it would take to parse.
 */

const MiB = 1024 * 1024;

/** The default limit on one file: 8 MiB (a file of some 300,000 members). */
export const DEFAULT_MAX_FILE_SIZE = 8 * MiB;
/** A folder may hold this many times the limit on one file, in all: 64 MiB by default. */
export const FOLDER_FACTOR = 8;

/**
 * How deep lists and mappings may nest in a file. Desired-state files nest
 * some 8 levels; past a few thousand, the YAML library's recursive functions
 * overflow the stack.
 */
export const MAX_NESTING = 500;

export interface ReadLimits {
  /** The most one file may hold, in bytes. */
  maxFileSize: number;
  /** The most a folder's files may hold in all, in bytes. */
  maxFolderSize: number;
}

/** The limits for a file limit of `maxFileSize` bytes (the default, without). */
export function readLimits(maxFileSize = DEFAULT_MAX_FILE_SIZE): ReadLimits {
  return { maxFileSize, maxFolderSize: Math.max(maxFileSize, DEFAULT_MAX_FILE_SIZE) * FOLDER_FACTOR };
}

/** A size for people: `8 MiB`, `30.5 MiB`, `712 KiB`, `90 bytes`. */
export function showSize(bytes: number): string {
  const units: Array<[string, number]> = [
    ['GiB', 1024 * MiB],
    ['MiB', MiB],
    ['KiB', 1024],
  ];
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const n = bytes / size;
      return `${Number.isInteger(n) ? n : n.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: MiB, mb: MiB, mib: MiB, g: 1024 * MiB, gb: 1024 * MiB, gib: 1024 * MiB };

/**
 * `--max-file-size SIZE`: a number of bytes, or with a unit K, M or G
 * (KiB, MiB, GiB, also written KB, MB, GB: all powers of 1024), e.g. `32MiB`.
 * Returns undefined for anything else.
 */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = UNITS[m[2]!.toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}
