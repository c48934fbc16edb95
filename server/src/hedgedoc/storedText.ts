/**
 * What HedgeDoc 1.x stores for a posted deck: `POST /new` removes every carriage return, and its UTF-8 body
 * decoder drops a leading byte order mark. Pushing sends exactly this form, so the note read back equals what
 * was sent, and the user is told what changed. Pure.
 */

const BOM = '\uFEFF';

/** @example storedForm('\uFEFF# a\r\nb') // '# a\nb' */
export function storedForm(text: string): string {
  return (text.startsWith(BOM) ? text.slice(1) : text).replace(/\r/g, '');
}

/** Sentences naming each difference between a deck and its stored form. */
export function storageChanges(text: string): string[] {
  const changes: string[] = [];
  if (text.startsWith(BOM)) changes.push('HedgeDoc does not keep the byte order mark (BOM) at the start of the deck; the note has none.');
  if (text.includes('\r\n')) changes.push('HedgeDoc stores LF line endings; the deck\'s CRLF line endings are LF in the note.');
  else if (text.includes('\r')) changes.push('HedgeDoc drops carriage returns; the note has none.');
  return changes;
}
