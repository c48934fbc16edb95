/** A reveal.js theme as one stylesheet with its fonts inlined again, for a self-contained export. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FONT_MIME: Record<string, string> = { woff: 'font/woff', woff2: 'font/woff2', ttf: 'font/ttf', otf: 'font/otf' };

/**
 * The build writes each font the themes share once, as `fonts/<hash>.<ext>` beside `theme/` (the themes are
 * then a few KB instead of 0.5 MB each); an exported file has no folder beside it, so they go back inline.
 * @example themeCssInlined('/ext/dist/media/reveal', 'white') // '@font-face{…src:url(data:font/woff;base64,…)…'
 */
export function themeCssInlined(revealDir: string, theme: string): string {
  const css = readFileSync(join(revealDir, 'theme', `${theme}.css`), 'utf8');
  return css.replace(/url\(\.\.\/fonts\/([0-9a-f]{16})\.(woff2?|ttf|otf)\)/g, (_, hash: string, ext: string) =>
    `url(data:${FONT_MIME[ext]};base64,${readFileSync(join(revealDir, 'fonts', `${hash}.${ext}`)).toString('base64')})`);
}
