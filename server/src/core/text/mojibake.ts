import { ENCODERS, type CodePage } from './codePages';

/** A stretch of text that is UTF-8 bytes read in a single-byte code page, and what it said. */
export interface GarbledRun {
  /** Offsets into the scanned text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The original characters: the run's bytes in `codePage`, decoded as UTF-8. */
  readonly repaired: string;
  readonly codePage: CodePage;
}

interface Piece {
  /** Index in the segment, length in characters (= bytes). */
  readonly at: number;
  readonly length: number;
  readonly codePoint: number;
  readonly strength: 'strong' | 'weak';
}

const NON_ASCII = /[\u0080-\uffff]+/g;
const NOT_TEXT = /[\p{Cc}\p{Cn}\p{Cs}\p{Co}]/u;
const LOWER = /[a-z\u00df-\u00ff]/;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
/** Quotes, dashes and ellipses that follow a word directly in correct text. */
const CLOSING = '\u201d\u201c\u2019\u2018\u2026\u2013\u2014\u00bb\u00ab\u2022';

/**
 * Finds UTF-8 text that was decoded as Windows-1252 or Mac Roman and saved again, and restores it.
 * A run is reported only when its bytes are valid UTF-8 and the result is clearly more plausible
 * than the text as it stands: correct accented, Greek, Cyrillic or CJK text, quotes and emoji stay silent.
 * @example findMojibake('One platform â€“ standardized')[0].repaired // '–'
 * @example findMojibake('Br√ºhl')[0] // { text: '√º', repaired: 'ü', codePage: 'macintosh', … }
 */
export function findMojibake(text: string): GarbledRun[] {
  const runs: GarbledRun[] = [];
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) {
    const segment = m[0];
    // A UTF-8 sequence is at least two bytes, all of them non-ASCII.
    if (segment.length < 2) continue;
    const best = bestReading(text, m.index, segment);
    for (const r of best) runs.push(r);
  }
  return runs;
}

function bestReading(text: string, offset: number, segment: string): GarbledRun[] {
  const a = readSegment(text, offset, segment, 'windows-1252');
  const b = readSegment(text, offset, segment, 'macintosh');
  return covered(b) > covered(a) ? b : a;
}

function covered(runs: GarbledRun[]): number {
  let n = 0;
  for (const r of runs) n += r.end - r.start;
  return n;
}

function readSegment(text: string, offset: number, segment: string, codePage: CodePage): GarbledRun[] {
  const bytes = toBytes(segment, codePage);
  const pieces = decodePieces(bytes);
  const runs: GarbledRun[] = [];
  for (let i = 0; i < pieces.length;) {
    let j = i + 1;
    while (j < pieces.length && pieces[j].at === pieces[j - 1].at + pieces[j - 1].length) j++;
    const stretch = pieces.slice(i, j);
    const start = offset + stretch[0].at;
    const last = stretch[stretch.length - 1];
    const end = offset + last.at + last.length;
    if (plausible(stretch, text.slice(start, end), text.charAt(start - 1), text.charAt(end))) {
      runs.push({ start, end, text: text.slice(start, end), repaired: String.fromCodePoint(...stretch.map((p) => p.codePoint)), codePage });
    }
    i = j;
  }
  return runs;
}

/** One byte per character; -1 where the character does not exist in the code page. */
function toBytes(segment: string, codePage: CodePage): number[] {
  const table = ENCODERS[codePage];
  const bytes: number[] = [];
  for (let i = 0; i < segment.length; i++) bytes.push(table.get(segment.charCodeAt(i)) ?? -1);
  return bytes;
}

/** Every well-formed UTF-8 multi-byte sequence, left to right (no overlongs, surrogates or > U+10FFFF). */
function decodePieces(bytes: number[]): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < bytes.length;) {
    const piece = decodeAt(bytes, i);
    if (piece) {
      pieces.push(piece);
      i += piece.length;
    } else i++;
  }
  return pieces;
}

function decodeAt(bytes: number[], i: number): Piece | undefined {
  const b0 = bytes[i];
  const length = b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return undefined;
  let cp = b0 & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k];
    if (b < 0x80 || b > 0xbf) return undefined;
    cp = (cp << 6) | (b & 0x3f);
  }
  const min = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  const strength = strengthOf(b0, length, cp);
  // An implausible reading (`ß“` as an NKo letter) is no sequence at all: its bytes stay as they are.
  return strength === 'none' ? undefined : { at: i, length, codePoint: cp, strength };
}

/**
 * How much a decoded sequence says "this was mojibake". Strong: patterns correct text never shows
 * (`Ã`/`Â` + symbol, `â€…`, four-byte emoji). Weak: a letter of another script or Latin Extended-A, which
 * correct text can produce by chance (`„Ä“` would read as `ē`), so it needs support from its neighbours.
 */
function strengthOf(lead: number, length: number, cp: number): Piece['strength'] | 'none' {
  if (NOT_TEXT.test(String.fromCodePoint(cp))) return 'none';
  if (length === 4) return cp >= 0x1f000 && cp <= 0x1fbff ? 'strong' : 'weak';
  if (length === 3) return lead === 0xe2 || lead === 0xef ? 'strong' : 'weak';
  if (lead === 0xc2 || lead === 0xc3) return cp >= 0xa0 ? 'strong' : 'none';
  if (lead === 0xc4 || lead === 0xc5) return 'weak';
  if ((lead === 0xce || lead === 0xcf) && cp >= 0x386 && cp <= 0x3ce) return 'weak';
  if ((lead === 0xd0 || lead === 0xd1) && cp >= 0x400 && cp <= 0x45f) return 'weak';
  return 'none';
}

function plausible(stretch: Piece[], original: string, before: string, after: string): boolean {
  // `“NÃO”`: an upper-case word ending in Ã/Â right before a closing mark reads as Ô/Ó, but it is correct text.
  const lone = stretch.length === 1 ? stretch[0] : undefined;
  if (lone && CLOSING.includes(original[1]) && LETTER.test(String.fromCodePoint(lone.codePoint)) && UPPER.test(before) && !LETTER.test(after)) return false;
  if (stretch.some((p) => p.strength === 'strong')) return true;
  if (stretch.length >= 2) return true;
  // A lone Latin Extended-A letter (Polish `Å‚`, Czech `Å¡`) sits inside a lower-case word.
  const p = stretch[0];
  return p.length === 2 && p.codePoint <= 0x17f && (LOWER.test(before) || LOWER.test(after));
}
