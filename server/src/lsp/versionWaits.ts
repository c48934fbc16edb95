/**
 * Requests waiting for a version of one document that the server has not received yet, released by the
 * document's changes and its close, or by their own timeout.
 *
 * @example
 * const waits = new VersionWaits();
 * void waits.wait(7, 2000).then(() => answer());
 * waits.settle(7); // the change to version 7 arrived: answer() runs
 */
interface Wait {
  readonly version: number;
  readonly release: () => void;
}

export class VersionWaits {
  private waits: Wait[] = [];

  /** Resolves when `settle` reports `version` (or newer), or after `timeoutMs`; never rejects. */
  wait(version: number, timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const entry: Wait = { version, release: () => { clearTimeout(timer); resolve(); } };
      const timer = setTimeout(() => this.remove(entry), timeoutMs);
      this.waits.push(entry);
    });
  }

  /** The document is now at `version`; without one, it closed and nothing newer will come. */
  settle(version = Number.POSITIVE_INFINITY): void {
    for (const entry of this.waits) if (entry.version <= version) this.remove(entry);
  }

  /** How many requests wait (for tests and logs). */
  get size(): number {
    return this.waits.length;
  }

  private remove(entry: Wait): void {
    this.waits = this.waits.filter((e) => e !== entry);
    entry.release();
  }
}
