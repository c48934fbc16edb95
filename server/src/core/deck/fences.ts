import { skipBlanks } from '../text/blanks';
import type { Fence } from './model';

const OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;

/** Tracks fenced code blocks line by line, as markdown-it would for one continuous text. */
export class FenceTracker {
  private marker = '';
  private startLine = -1;
  private startOffset = 0;
  readonly fences: Fence[] = [];

  /** Starts over for another text. */
  reset(): this {
    this.marker = '';
    if (this.fences.length) this.fences.length = 0;
    return this;
  }

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
    if (!leadsWithFenceMark(line, 0, line.length)) return false;
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

/**
 * Whether the first character of `text[from, to)` after spaces and tabs is a backtick or tilde: only such a
 * line can open or close a fence, so scanners hand the tracker no other line's text.
 */
export function leadsWithFenceMark(text: string, from: number, to: number): boolean {
  const i = skipBlanks(text, from, to);
  const c = text.charCodeAt(i);
  return i < to && (c === 96 || c === 126);
}

/** A closing fence as markdown-it reads one: blanks, at least as many marker characters, blanks (spaces and tabs only). */
function isClosing(line: string, marker: string): boolean {
  let i = skipBlanks(line, 0, line.length);
  const from = i;
  while (i < line.length && line.charCodeAt(i) === marker.charCodeAt(0)) i++;
  return i - from >= marker.length && skipBlanks(line, i, line.length) === line.length;
}
