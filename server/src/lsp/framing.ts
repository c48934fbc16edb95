/**
 * Splits the LSP byte stream (`Content-Length: N\r\n\r\n` + N bytes of JSON) into messages, and keeps going after
 * bad input. vscode-jsonrpc's own reader stops reading the buffer after a header without `Content-Length`, so a
 * valid request right behind it waited for more input that might never come, and it answered a body that is not
 * JSON with nothing at all.
 */

export type Frame =
  | { readonly kind: 'message'; readonly message: object }
  /** The body is not JSON (`parse-error`, JSON-RPC -32700) or not a JSON object (`invalid`, -32600). */
  | { readonly kind: 'parse-error' | 'invalid'; readonly detail: string }
  /** Bytes skipped to find the next header; nothing to answer, since no id could be read. */
  | { readonly kind: 'skipped'; readonly detail: string };

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const LENGTH_NAME = /content-length[ \t]*:/i;
/** A header block longer than this is garbage: real ones are two short lines. */
const MAX_HEADER_BYTES = 8192;
/** A remainder smaller than this is copied, so it does not keep a large chunk (a whole document) alive. */
const COPY_BELOW = 64 * 1024;

export class FrameSplitter {
  private chunks: Buffer[] = [];
  private size = 0;
  /** Length of the body being read, or -1 while reading a header. */
  private bodyLength = -1;
  /** After bad input: the next header starts at the next `Content-Length:`, wherever that is. */
  private hunting = false;

  /** Bytes the splitter holds (tests: nothing is kept once a message is through). */
  get buffered(): number {
    return this.size;
  }

  /** Adds bytes from the stream and returns every frame they complete, in order. */
  push(data: Buffer): Frame[] {
    if (data.length) {
      this.chunks.push(data);
      this.size += data.length;
    }
    const frames: Frame[] = [];
    for (;;) {
      if (this.bodyLength < 0 && !this.readHeader(frames)) break;
      if (this.size < this.bodyLength) break;
      const body = this.take(this.bodyLength);
      this.bodyLength = -1;
      frames.push(decode(body));
    }
    return frames;
  }

  /** Reads header blocks until one gives a body length; false when more bytes are needed. */
  private readHeader(frames: Frame[]): boolean {
    for (;;) {
      if (this.hunting && !this.hunt(frames)) return false;
      const head = this.joined(Math.min(this.size, MAX_HEADER_BYTES + HEADER_END.length));
      const end = head.indexOf(HEADER_END);
      if (end === -1) {
        if (this.size <= MAX_HEADER_BYTES) return false;
        this.take(1);
        this.hunting = true;
        frames.push({ kind: 'skipped', detail: 'skipped a header without an end' });
        continue;
      }
      const text = head.subarray(0, end).toString('latin1');
      this.take(end + HEADER_END.length);
      const length = contentLength(text);
      if (length !== undefined) {
        this.bodyLength = length;
        return true;
      }
      // The body's length is unknown: what follows is skipped up to the next header.
      this.hunting = true;
      frames.push({ kind: 'skipped', detail: `skipped a header without a valid Content-Length: ${JSON.stringify(text.slice(0, 200))}` });
    }
  }

  /** Drops bytes up to the next `Content-Length:`; false if none is buffered yet (a short tail is kept). */
  private hunt(frames: Frame[]): boolean {
    const text = this.joined(this.size).toString('latin1');
    const at = text.search(LENGTH_NAME);
    const skip = at === -1 ? Math.max(0, this.size - 32) : at;
    if (skip > 0) {
      this.take(skip);
      frames.push({ kind: 'skipped', detail: `skipped ${skip} bytes up to the next header` });
    }
    if (at === -1) return false;
    this.hunting = false;
    return true;
  }

  /** The first `n` buffered bytes as one buffer (the chunks are merged so the next call is free). */
  private joined(n: number): Buffer {
    if (this.chunks.length > 1 && this.chunks[0].length < n) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks.length ? this.chunks[0].subarray(0, n) : Buffer.alloc(0);
  }

  /** Removes and returns the first `n` buffered bytes. */
  private take(n: number): Buffer {
    const out = this.joined(n);
    if (n === 0 || !this.chunks.length) return out;
    const rest = this.chunks[0].subarray(n);
    const tail = this.chunks.slice(1);
    this.chunks = rest.length ? [rest.length < COPY_BELOW ? Buffer.from(rest) : rest, ...tail] : tail;
    this.size -= n;
    return out;
  }
}

function contentLength(header: string): number | undefined {
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon === -1 || line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    return /^\d{1,10}$/.test(value) ? Number(value) : undefined;
  }
  return undefined;
}

function decode(body: Buffer): Frame {
  let message: unknown;
  try {
    message = JSON.parse(body.toString('utf8'));
  } catch (err) {
    return { kind: 'parse-error', detail: err instanceof Error ? err.message : String(err) };
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return { kind: 'invalid', detail: 'the message is not a JSON object' };
  return { kind: 'message', message };
}
