/** Finds the files an export embeds: reveal.js, its themes, the emoji images and MathJax. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface MediaDirs {
  /** Holds `reveal.js`, `reveal.css`, `theme/<name>.css`, `zenburn.css` and `print-pdf.css`. */
  readonly revealDir: string;
  /** Holds `<name>.webp` for every emoji HedgeDoc knows. */
  readonly emojiDir: string;
  /** Holds the diagram scripts (`core/data/diagrams.ts`) and the export's `draw.js`; absent: diagrams stay source. */
  readonly diagramsDir?: string;
  /** Holds `mathjax.js`, `export-start.js` and `fonts/<name>.woff` (scripts/build.mjs). */
  readonly mathjaxDir: string;
}

/**
 * `dist/media` as the build lays it out (beside the bundled CLI or in the repository): reveal.js 3.9.2's files
 * there are renamed and trimmed (`scripts/build.mjs`), so the npm package itself is not a substitute.
 * Returns undefined when it is not there (run `node scripts/build.mjs`).
 */
export function findMedia(): MediaDirs | undefined {
  const here = __dirname;
  for (const media of [join(here, 'media'), join(here, '../media'), join(here, '../../../dist/media')]) {
    if (existsSync(join(media, 'reveal/reveal.js')) && existsSync(join(media, 'emoji'))) {
      return { revealDir: join(media, 'reveal'), emojiDir: join(media, 'emoji'), diagramsDir: join(media, 'diagrams'), mathjaxDir: join(media, 'mathjax') };
    }
  }
  return undefined;
}
