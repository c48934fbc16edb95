/**
 * A full garbage collection soon after a large document closes. An idle server allocates nothing, so V8 would
 * not collect at all, and the memory of a closed 46 MB document (its text, the message it came in, its line
 * index) stayed with the process: about 270 MB instead of 110 MB.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Documents at least this long (characters) are worth a collection when they close. */
export const LARGE_DOCUMENT = 4 * 1024 * 1024;

let collector: (() => void) | null | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Collects once, `delayMs` after the last call (closing several documents gives one pause). */
export function collectSoon(delayMs = 300): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    gcFunction()?.();
  }, delayMs);
  timer.unref();
}

/** `gc` from `--expose-gc`, or enabled now (V8 then offers it to new contexts); null if neither works. */
function gcFunction(): (() => void) | null {
  if (collector === undefined) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    try {
      if (!exposed) setFlagsFromString('--expose-gc');
      collector = exposed ?? (runInNewContext('gc') as () => void);
    } catch {
      collector = null;
    }
  }
  return collector;
}
