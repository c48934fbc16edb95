/**
 * What an image file is, from its first bytes, never from its name: a file called `logo.png` may hold a key.
 * Pure: the caller reads the bytes.
 */

/** How many leading bytes `imageMime` needs to decide. */
export const IMAGE_SNIFF_BYTES = 1024;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/**
 * The MIME type of a browser-displayable image, or undefined. SVG counts when its text starts with `<svg`
 * or `<?xml … <svg` (scripts in an SVG never run where the deck shows it: `<img>` and CSS backgrounds).
 * @example imageMime(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) // 'image/png'
 */
export function imageMime(b: Uint8Array): string | undefined {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12))) return 'image/avif';
  if (ascii(b, 0, 2) === 'BM' && b.length >= 26) return 'image/bmp';
  if (startsWith(b, [0, 0, 1, 0]) && b.length >= 22 && b[4] + b[5] > 0) return 'image/x-icon';
  return isSvg(b) ? 'image/svg+xml' : undefined;
}

function isSvg(b: Uint8Array): boolean {
  const head = b.subarray(0, IMAGE_SNIFF_BYTES);
  if (head.includes(0)) return false;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<svg')) return true;
  // An XML prolog, comments and a doctype may come first; the root element must be <svg.
  return /^<\?xml[^>]*\?>\s*(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(text);
}
