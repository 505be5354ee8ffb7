/** What both providers' discovery (for `gatehouse export`) shares. */

/** What discovery reports as it goes (the export's progress lines). */
export interface DiscoveryProgress {
  /** A new stage, one line. */
  stage(text: string): void;
  /** `n` more member lists are to be read. */
  planned(n: number): void;
  /** One member list has been read. */
  done(): void;
}

/** Reports nothing. */
export const quietProgress: DiscoveryProgress = { stage() {}, planned() {}, done() {} };
