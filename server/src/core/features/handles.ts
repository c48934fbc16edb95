/** `Report by @x`, `Presented by <a href="https://github.com/x">@x</a>`: the handle after the phrase. */
const HANDLE_LINE = /\b(?:Report|Presented) by\b[^\n]*?@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/gi;
/** Placeholders of the template, never offered. */
const PLACEHOLDERS = new Set(['todo', 'handle']);

/**
 * Counts the GitHub handles of reporters and presenters in deck texts, most used first, so completion can
 * offer the people who usually report.
 * @example collectHandles(['Report by @alice', 'Report by @bob\nPresented by @alice']) // ['alice', 'bob']
 */
export function collectHandles(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    HANDLE_LINE.lastIndex = 0;
    for (let m = HANDLE_LINE.exec(text); m; m = HANDLE_LINE.exec(text)) {
      const handle = m[1];
      if (!PLACEHOLDERS.has(handle.toLowerCase())) counts.set(handle, (counts.get(handle) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([h]) => h);
}
