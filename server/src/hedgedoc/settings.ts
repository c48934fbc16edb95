/** Which HedgeDoc server the CLI and the extension talk to by default, and how a note's server is trusted. */
import { normalizeServerUrl } from './noteUrl';

export const DEFAULT_SERVER = 'https://input.scs.community';
export const SERVER_ENV = 'SCS_DECK_HEDGEDOC_URL';

/** `--server`, else `$SCS_DECK_HEDGEDOC_URL`, else input.scs.community. */
export function configuredServer(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return normalizeServerUrl(flag || env[SERVER_ENV] || DEFAULT_SERVER);
}

/**
 * A local or private address is only acceptable when it is the server the user configured; a note URL alone
 * (pasted, or found in a document) cannot point the client at the local network.
 */
export function mayUsePrivateAddresses(server: string, configured: string): boolean {
  return normalizeServerUrl(server) === normalizeServerUrl(configured);
}
