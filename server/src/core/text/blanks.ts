/** The offset of the first character at or after `from` (and before `to`) that is not a space or tab. */
export function skipBlanks(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}
