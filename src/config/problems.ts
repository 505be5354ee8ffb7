/** Collects problems from every file so the user sees all of them at once. */
import { ConfigError, type FileProblem, type SourceLocation } from '../model/index.js';

export class Problems {
  private readonly list: FileProblem[] = [];
  private readonly seen = new Set<string>();

  add(at: SourceLocation, message: string): void {
    const id = `${at.file}\u0000${at.line}\u0000${at.col}\u0000${message}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.list.push({ file: at.file, line: at.line, col: at.col, message });
  }

  get size(): number {
    return this.list.length;
  }

  /** Throws a ConfigError with every problem, ordered by file (in read order), line, column. */
  throwIfAny(fileOrder: readonly string[]): void {
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
