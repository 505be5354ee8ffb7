/** Collects problems from every file so the user sees all of them at once. */
import { ConfigError, type FileProblem, type SourceLocation } from '../model/index.js';
import type { CharNamer } from '../text/char-names.js';
import { charLocation } from './char-location.js';

/**
 * A problem about one character of a scalar: its column and the character's
 * name are filled in by `settle`, which loads the names only when there is one.
 */
export interface CharProblem {
  /** Where the scalar is written. */
  at: SourceLocation;
  /** The scalar's value as written (before lower-casing). */
  value: string;
  /** The character's index in `value` (UTF-16 units). */
  index: number;
  /** The message, given the character's name (`U+0430 CYRILLIC SMALL LETTER A`) and a namer for others. */
  message: (name: string, names: CharNamer) => string;
}

export class Problems {
  private readonly list: FileProblem[] = [];
  private readonly seen = new Set<string>();
  private pending: CharProblem[] = [];

  add(at: SourceLocation, message: string): void {
    const id = `${at.file}\u0000${at.line}\u0000${at.col}\u0000${message}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.list.push({ file: at.file, line: at.line, col: at.col, message });
  }

  /** Records a problem about a character; it counts at once, and is worded by `settle`. */
  addChar(problem: CharProblem): void {
    this.pending.push(problem);
  }

  get size(): number {
    return this.list.length + this.pending.length;
  }

  /**
   * Words the character problems: each at the character's own column (found
   * in the file's text, by display path), with its Unicode name. Call before
   * `throwIfAny`.
   */
  async settle(texts: ReadonlyMap<string, string>): Promise<void> {
    if (this.pending.length === 0) return;
    const { charNamer } = await import('../text/char-names.js');
    const names = await charNamer();
    const pending = this.pending;
    this.pending = [];
    for (const p of pending) {
      const codePoint = p.value.codePointAt(p.index)!;
      this.add(charLocation(texts.get(p.at.file), p.at, p.value, p.index), p.message(names(codePoint), names));
    }
  }

  /** Throws a ConfigError with every problem, ordered by file (in read order), line, column. */
  throwIfAny(fileOrder: readonly string[]): void {
    if (this.pending.length > 0) throw new Error('character problems not settled before throwIfAny');
    if (this.list.length === 0) return;
    const rank = new Map<string, number>();
    fileOrder.forEach((f, i) => rank.set(f, i));
    const sorted = this.list
      .map((p, i) => ({ p, i }))
      .sort(
        (a, b) =>
          (rank.get(a.p.file) ?? -1) - (rank.get(b.p.file) ?? -1) ||
          a.p.line - b.p.line ||
          a.p.col - b.p.col ||
          a.i - b.i,
      )
      .map(({ p }) => p);
    throw new ConfigError(sorted);
  }
}

/** Names another place from the point of view of a problem at `here`. */
export function where(other: SourceLocation, here: SourceLocation): string {
  return other.file === here.file ? `line ${other.line}` : `${other.file}:${other.line}:${other.col}`;
}
