import iconv from 'iconv-lite';
import type { CodePage } from '../../../server/src/core/text/codePages';

/**
 * Independent decoders for the tests: iconv-lite for Windows-1252 (Node's TextDecoder reads that label as
 * Latin-1), the platform's WHATWG decoder for Mac Roman. Undefined Windows-1252 bytes become the C1
 * control of the same value, as most tools keep them.
 */
export function decodeByte(byte: number, codePage: CodePage): string {
  if (codePage === 'macintosh') return new TextDecoder('macintosh').decode(Uint8Array.of(byte));
  const ch = iconv.decode(Buffer.of(byte), 'windows-1252');
  return ch === '\ufffd' ? String.fromCharCode(byte) : ch;
}

/** Garbles correct text the way a tool does: UTF-8 bytes read in a single-byte code page. */
export function garble(text: string, codePage: CodePage): string {
  return Array.from(new TextEncoder().encode(text), (b) => decodeByte(b, codePage)).join('');
}

/** Undoes `garble` for a whole text: each character back to its byte, then UTF-8 (throws on invalid bytes). */
export function ungarble(text: string, codePage: CodePage): string {
  const toByte = new Map<string, number>();
  for (let b = 0; b < 256; b++) toByte.set(decodeByte(b, codePage), b);
  const bytes = Array.from(text, (ch) => toByte.get(ch) ?? Array.from(new TextEncoder().encode(ch))).flat();
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
}
