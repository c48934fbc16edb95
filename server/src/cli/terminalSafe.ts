/**
 * Control characters (C0, DEL, C1) and bidi controls, which a terminal or a CI log would act on: an ESC
 * starts a colour or cursor sequence, BEL rings, a right-to-left override reorders what follows.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Deck text or a file name made safe to print: each unsafe character becomes a visible escape
 * (`\x1b`, `\u202e`), so a hostile deck cannot restyle, clear or reorder the terminal.
 * @example printable('a\x1b[2Jb') // 'a\\x1b[2Jb'
 */
export function printable(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
