import type { Fence } from './model';

const OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;

/** Tracks fenced code blocks line by line, as markdown-it would for one continuous text. */
export class FenceTracker {
  private marker = '';
  private startLine = -1;
  private startOffset = 0;
  readonly fences: Fence[] = [];

  get inFence(): boolean {
    return this.marker !== '';
  }

  /** Feeds one line; returns true if the line belongs to a fence (its delimiters included). */
  push(line: string, lineNo: number, offset: number): boolean {
    if (this.marker) {
      if (isClosing(line, this.marker)) {
        this.fences.push({ start: this.startOffset, end: offset + line.length, startLine: this.startLine, endLine: lineNo, closed: true });
        this.marker = '';
      }
      return true;
    }
    if (!mayOpen(line)) return false;
    const m = OPEN.exec(line);
    if (!m || (m[1][0] === '`' && m[2].includes('`'))) return false;
    this.marker = m[1];
    this.startLine = lineNo;
    this.startOffset = offset;
    return true;
  }

  /** Closes a fence left open at the end of the text. */
  finish(lineNo: number, endOffset: number): Fence[] {
    if (this.marker) {
      this.fences.push({ start: this.startOffset, end: endOffset, startLine: this.startLine, endLine: lineNo, closed: false });
      this.marker = '';
    }
    return this.fences;
  }
}

/** Cheap pre-check before the regex: the first character after blanks is a backtick or tilde. */
function mayOpen(line: string): boolean {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  const c = line.charCodeAt(i);
  return c === 96 || c === 126;
}

function isClosing(line: string, marker: string): boolean {
  const t = line.trim();
  if (t.length < marker.length || t[0] !== marker[0]) return false;
  for (let i = 0; i < t.length; i++) if (t[i] !== marker[0]) return false;
  return true;
}
