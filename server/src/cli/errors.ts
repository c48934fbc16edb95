/** An error the CLI reports as one line and exit code 2 (usage, missing or unreadable input). */
export class UsageError extends Error {}
