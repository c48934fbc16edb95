import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** The `fileExists` the core's rules get: paths relative to the deck's folder, or absolute. */
export function fileExistsFrom(dir: string): (path: string) => boolean {
  return (p) => existsSync(isAbsolute(p) ? p : join(dir, p));
}
