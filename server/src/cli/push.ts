import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { storedForm, storageChanges } from '../hedgedoc/storedText';
import { configuredServer } from '../hedgedoc/settings';
import { parseArgs } from './args';
import { UsageError } from './errors';
import { connect, reportingErrors, toStderr, type CommandIo } from './hedgedocAccess';

/**
 * `scs-deck push <file> [--server URL]`: a new note from the deck (`POST /new`); prints its URL and slide URL.
 * The note is read back, so a difference from the deck (beyond what HedgeDoc always changes) is reported.
 */
export async function runPush(argv: string[], out: (s: string) => void, io: CommandIo = {}): Promise<number> {
  const { cwd = process.cwd(), env = process.env, err = toStderr } = io;
  const args = parseArgs(argv, { server: true }, {});
  if (args.positionals.length !== 1) throw new UsageError('push needs exactly one deck file (scs-deck push <deck.md>)');
  const path = args.positionals[0];
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path)).toString('utf8');
  } catch (err) {
    throw new UsageError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return reportingErrors(async () => {
    const server = configuredServer(args.flags.get('server')?.at(-1), env);
    const client = await connect(server, server, env);
    const sent = storedForm(text);
    const note = await client.create(sent);
    out(`note:   ${note.url}`);
    out(`slides: ${note.slideUrl}`);
    for (const change of storageChanges(text)) err(`note: ${change}`);
    const stored = (await client.download(note.id)).toString('utf8');
    if (stored !== sent) {
      err('the note HedgeDoc stored differs from the deck; compare it with scs-deck pull');
      return 1;
    }
    return 0;
  });
}
