// Types of vscode-install.mjs, for the unit tests that import it.
export const CODE_SERVER_VERSION: string;
export const PLAYWRIGHT_VERSION: string;
export const CACHE_DIR: string;
export const NODE24_BIN: string;
export const CODE_SERVER_BIN: string;
export class SetupError extends Error {}
export function isInstalled(): boolean;
export function ensureCodeServer(): Promise<void>;
export function cleanEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
