/** Finds the files an export embeds: reveal.js, its themes and the emoji PNGs. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface MediaDirs {
  /** Holds `reveal.js`, `reveal.css` and `theme/<name>.css`. */
  readonly revealDir: string;
  /** Holds `<name>.webp` for every emoji HedgeDoc knows. */
  readonly emojiDir: string;
}

/**
 * `dist/media` as the build lays it out (beside the bundled CLI or in the repository), else the npm packages.
 * Returns undefined when neither is there.
 */
export function findMedia(): MediaDirs | undefined {
  const here = __dirname;
  for (const media of [join(here, 'media'), join(here, '../media'), join(here, '../../../dist/media')]) {
    if (existsSync(join(media, 'reveal/reveal.js')) && existsSync(join(media, 'emoji'))) {
      return { revealDir: join(media, 'reveal'), emojiDir: join(media, 'emoji') };
    }
  }
  try {
    const revealDir = dirname(require.resolve('reveal.js/dist/reveal.js'));
    // Run from the sources (tests): the emoji images are committed under media/emoji.
    const emojiDir = join(here, '../../../media/emoji');
    return existsSync(emojiDir) ? { revealDir, emojiDir } : undefined;
  } catch {
    return undefined;
  }
}
