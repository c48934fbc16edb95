/**
 * Which `data-*` values reveal.js may load. Attribute comments and raw HTML bypass the sanitiser's URL checks for
 * `data-*`, and reveal.js turns some of them into `src` of images, videos and iframes.
 */

/** What reveal.js loads a URL attribute into. */
export type UrlContext = 'image' | 'media' | 'frame';

const BY_NAME: Readonly<Record<string, UrlContext>> = {
  'data-background': 'image',
  'data-background-image': 'image',
  'data-preview-image': 'image',
  'data-background-video': 'media',
  'data-preview-video': 'media',
  'data-background-iframe': 'frame',
  'data-preview-link': 'frame',
};

const MEDIA_TAGS = new Set(['video', 'audio', 'source', 'track']);

/**
 * What reveal.js loads `name` on a `tag` into, or undefined when it does not load it as a URL. `data-src` takes the
 * element's kind; on an unknown element it counts as a frame, the strictest.
 * @example urlContext('iframe', 'data-src') // 'frame'; urlContext('section', 'data-background-video') // 'media'
 */
export function urlContext(tag: string, name: string): UrlContext | undefined {
  const lower = name.toLowerCase();
  if (lower === 'data-src' || lower === 'data-srcset') {
    const t = tag.toLowerCase();
    return t === 'img' ? 'image' : MEDIA_TAGS.has(t) ? 'media' : 'frame';
  }
  return BY_NAME[lower];
}

/** Browsers drop whitespace and control characters inside URLs, so `java\tscript:` and ` data:` count too. */
// eslint-disable-next-line no-control-regex -- those characters are the point
const IGNORED = /[\s\u0000-\u001f\u007f]/g;
const SCRIPT_SCHEME = /(^|[,(])(javascript|vbscript):/i;
/** `data:` other than a raster image (SVG documents can run script and load more). */
const NON_RASTER_DATA = /data:(?!image\/(png|jpeg|jpg|gif|webp|avif|bmp)[;,])/i;
/** Local-only schemes whose documents can run script or read the disk. */
const LOCAL_SCHEME = /(^|,)(blob|filesystem|file):/i;

/**
 * Whether a `data-*` value may stay. URL attributes: images may be `data:` raster images, media and frames no
 * `data:` at all; script and local-only schemes go everywhere. Other `data-*` values (text for scripts to read)
 * only lose script URLs and non-image `data:` URLs.
 * @example isAllowedDataAttribute('section', 'data-background-iframe', 'data:image/svg+xml,<svg…') // false
 * @example isAllowedDataAttribute('section', 'data-background-image', 'data:image/png;base64,iVBO') // true
 */
export function isAllowedDataAttribute(tag: string, name: string, value: string): boolean {
  const v = value.replace(IGNORED, '');
  if (SCRIPT_SCHEME.test(v)) return false;
  const context = urlContext(tag, name);
  if (context === undefined) return !/^data:(?!image\/)/i.test(v);
  if (LOCAL_SCHEME.test(v)) return false;
  // reveal.js splices a data: background into `url(…)` unescaped, so brackets or quotes there could add a URL.
  if (context === 'image') return !NON_RASTER_DATA.test(v) && !(/^data:/i.test(v) && /["'()\\]/.test(v));
  return !/data:/i.test(v);
}
