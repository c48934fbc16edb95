/* Pure (no imports), so unit tests, benches and the extension tests in the editor share one shape. */

/** A synthetic deck with `n` slides, every fifth one a vertical child, about 100 bytes a slide. */
export function syntheticDeck(n: number): string {
  const parts = ['---\ntitle: Synthetic\ntype: slide\nslideOptions:\n  theme: white\n---\n'];
  for (let i = 0; i < n; i++) {
    if (i > 0) parts.push(i % 5 === 0 ? '\n----\n\n' : '\n---\n\n');
    parts.push(`## Team ${i % 7} - Topic ${i}\n\n* point ${i} with :tada: and [a link](https://e.org/${i})\n    * detail\n`);
  }
  return parts.join('');
}
