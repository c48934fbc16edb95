import type { ServerContext } from './context';

const reported = new Set<string>();

/**
 * Wraps a request handler so a bug in one feature answers `fallback` and is logged once (per feature and
 * message) instead of surfacing as an error on every keystroke; the other features keep working.
 * @example ctx.connection.onHover(guarded(ctx, 'hover', null, async (params) => …))
 */
export function guarded<P extends unknown[], R, F>(ctx: ServerContext, feature: string, fallback: F, handler: (...args: P) => Promise<R>): (...args: P) => Promise<R | F> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (err) {
      const text = `${feature} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`;
      const key = `${feature}\n${err instanceof Error ? err.message : String(err)}`;
      if (!reported.has(key)) {
        reported.add(key);
        ctx.connection.console.error(text);
      }
      return fallback;
    }
  };
}
