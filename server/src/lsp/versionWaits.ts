/**
 * Requests waiting for a document version the server has not received yet, released by document opens,
 * changes and closes, or by their own timeout.
 *
 * @example
 * const waits = new VersionWaits();
 * void waits.wait('file:///a.md', 7, 2000).then(() => answer());
 * waits.settle('file:///a.md', 7); // the change to version 7 arrived: answer() runs
 */
interface Wait {
  readonly version: number;
  readonly release: () => void;
}

export class VersionWaits {
  private readonly waits = new Map<string, Wait[]>();

  /** Resolves when `settle` reports `version` (or newer) of `uri`, or after `timeoutMs`; never rejects. */
  wait(uri: string, version: number, timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const entry: Wait = { version, release: () => { clearTimeout(timer); resolve(); } };
      const timer = setTimeout(() => this.remove(uri, entry), timeoutMs);
      this.waits.set(uri, [...(this.waits.get(uri) ?? []), entry]);
    });
  }

  /** The document is now at `version`; without one, it closed and nothing newer will come. */
  settle(uri: string, version = Number.POSITIVE_INFINITY): void {
    for (const entry of this.waits.get(uri) ?? []) if (entry.version <= version) this.remove(uri, entry);
  }

  /** How many requests wait (for tests and logs). */
  get size(): number {
    let n = 0;
    for (const list of this.waits.values()) n += list.length;
    return n;
  }

  private remove(uri: string, entry: Wait): void {
    const rest = (this.waits.get(uri) ?? []).filter((e) => e !== entry);
    if (rest.length) this.waits.set(uri, rest);
    else this.waits.delete(uri);
    entry.release();
  }
}
