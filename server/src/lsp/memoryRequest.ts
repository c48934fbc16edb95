import type { ServerContext } from './context';

/** Answered only by a server started with `node --expose-gc`: tests measure what a closed document leaves behind. */
export const MEMORY_REQUEST = 'scsDeck/debug/memory';

export interface MemoryResult {
  /** After full garbage collections, in bytes. */
  readonly rss: number;
  readonly heapUsed: number;
  readonly external: number;
  /** Open document states and requests waiting for a document to open (`ServerContext.documentStateSizes`). */
  readonly documentState: Record<string, number>;
}

export function registerMemoryRequest(ctx: ServerContext): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return;
  ctx.connection.onRequest(MEMORY_REQUEST, async (): Promise<MemoryResult> => {
    // Large strings live outside the heap; their memory goes back only a collection after the string dies.
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const usage = process.memoryUsage();
    return { rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external, documentState: ctx.documentStateSizes() };
  });
}
