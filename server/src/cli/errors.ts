/** An error the CLI reports as one line and exit code 2 (usage, missing or unreadable input). */
export class UsageError extends Error {}

/**
 * One file could not be read or written. `lint` reports it for that file and goes on with the others;
 * commands that handle a single file treat it as a usage error.
 */
export class FileError extends UsageError {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}
