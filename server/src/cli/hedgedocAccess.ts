import { HedgeDocClient } from '../hedgedoc/client';
import { HedgeDocError } from '../hedgedoc/errors';
import { NoteUrlError } from '../hedgedoc/noteUrl';
import { mayUsePrivateAddresses } from '../hedgedoc/settings';
import { UsageError } from './errors';

/** Credentials come from the environment only, never from the command line (shell history, `ps`). */
export const COOKIE_ENV = 'SCS_DECK_HEDGEDOC_COOKIE';
export const EMAIL_ENV = 'SCS_DECK_HEDGEDOC_EMAIL';
export const PASSWORD_ENV = 'SCS_DECK_HEDGEDOC_PASSWORD';

/** Where a command reads and reports; tests pass their own. */
export interface CommandIo {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** One problem line, without the `scs-deck: ` prefix. */
  readonly err?: (line: string) => void;
}

export const toStderr = (line: string): void => {
  process.stderr.write(`scs-deck: ${line}\n`);
};

/** A client for `server`, logged in when the environment holds a cookie or an email and password. */
export async function connect(server: string, configured: string, env: NodeJS.ProcessEnv): Promise<HedgeDocClient> {
  const client = new HedgeDocClient(server, { allowPrivate: mayUsePrivateAddresses(server, configured), cookie: env[COOKIE_ENV] });
  await client.checkServer();
  const email = env[EMAIL_ENV];
  const password = env[PASSWORD_ENV];
  if (email && password) await client.login(email, password);
  else if (email || password) throw new UsageError(`set both ${EMAIL_ENV} and ${PASSWORD_ENV} to log in`);
  return client;
}

/** HedgeDoc and URL errors become one-line CLI errors (exit code 2). */
export async function reportingErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof HedgeDocError || err instanceof NoteUrlError) throw new UsageError(err.message);
    throw err;
  }
}
