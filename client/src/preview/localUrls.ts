/**
 * The server writes local images as `scs-deck-file:<encoded path>` (it cannot know the webview's origin);
 * here each becomes a webview URI just before the message is posted. Pure: the mapping is injected.
 */
import { LOCAL_FILE_SCHEME, type DeckFrame, type RenderedSlideDto } from '../../../server/src/protocol';

// Stops at quotes, whitespace, brackets and `&` (an `&quot;` closing a CSS url() in a style attribute).
const LOCAL_URL = new RegExp(`${LOCAL_FILE_SCHEME}([^"'\\s<>()&]+)`, 'g');

/**
 * @example rewriteLocalUrls('<img src="scs-deck-file:/d/a%20b.png">', (p) => 'https://w' + p)
 * // '<img src="https://w/d/a b.png">'
 */
export function rewriteLocalUrls(text: string, toWebview: (fsPath: string) => string): string {
  if (!text.includes(LOCAL_FILE_SCHEME)) return text;
  return text.replace(LOCAL_URL, (_m, encoded: string) => {
    let fsPath: string;
    try {
      fsPath = decodeURI(encoded);
    } catch {
      return '';
    }
    return toWebview(fsPath);
  });
}

export function rewriteSlide(slide: RenderedSlideDto, map: (fsPath: string) => string): RenderedSlideDto {
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(slide.attributes)) attributes[k] = rewriteLocalUrls(v, map);
  return {
    ...slide,
    html: rewriteLocalUrls(slide.html, map),
    attributes,
    notes: slide.notes === undefined ? undefined : rewriteLocalUrls(slide.notes, map),
  };
}

export function rewriteFrame(frame: DeckFrame, map: (fsPath: string) => string): DeckFrame {
  const parallax = frame.parallax ? { ...frame.parallax, image: rewriteLocalUrls(frame.parallax.image, map) } : undefined;
  const revealOptions = { ...frame.revealOptions };
  if (typeof revealOptions.parallaxBackgroundImage === 'string') {
    revealOptions.parallaxBackgroundImage = rewriteLocalUrls(revealOptions.parallaxBackgroundImage, map);
  }
  return { ...frame, parallax, revealOptions, styles: frame.styles.map((s) => rewriteLocalUrls(s, map)) };
}
