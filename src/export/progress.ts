/**
 * Progress of an export on stderr: a line when a stage starts, and while
 * member lists are being read, a line every few seconds saying how far it got
 * (lines, not a redrawn bar, so a CI log shows them too).
 */

export interface ProgressOptions {
  /** Writes one line (without its newline). */
  write(line: string): void;
  /** Requests sent so far, for the periodic line. */
  requests(): number;
  /** Between periodic lines. Default 3000 ms. */
  intervalMs?: number;
}

const PREFIX = 'gatehouse export: ';

export class ExportProgress {
  private plannedLists = 0;
  private doneLists = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: ProgressOptions) {}

  stage(text: string): void {
    this.options.write(`${PREFIX}${text}`);
  }

  planned(n: number): void {
    this.plannedLists += n;
  }

  done(): void {
    this.doneLists += 1;
  }

  /** The periodic line. */
  status(): string {
    const requests = this.options.requests();
    const lists = this.plannedLists === 0 ? '' : `read ${this.doneLists} of ${this.plannedLists} member lists, `;
    return `${PREFIX}${lists}${requests} request${requests === 1 ? '' : 's'} so far`;
  }

  /** Start the periodic lines; they never keep the process alive. */
  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => this.options.write(this.status()), this.options.intervalMs ?? 3000);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
