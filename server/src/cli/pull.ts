import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deckFileNameFromTitle } from '../hedgedoc/deckName';
import { parseNoteUrl } from '../hedgedoc/noteUrl';
import { pullUploads, uploadProblems } from '../hedgedoc/pullUploads';
import { configuredServer } from '../hedgedoc/settings';
import { parseArgs } from './args';
import { UsageError } from './errors';
import { connect, reportingErrors, toStderr, type CommandIo } from './hedgedocAccess';

/**
 * `scs-deck pull <url> [-o file] [--server URL] [--force]`: the note's Markdown, byte for byte, saved as
 * `community-call/YYYYMMDD.md` (date from the title) or `-o`, and every upload of that server it references
 * saved beside it. Exit 1 when an upload could not be fetched.
 */
export async function runPull(argv: string[], out: (s: string) => void, io: CommandIo = {}): Promise<number> {
  const { cwd = process.cwd(), env = process.env, err = toStderr } = io;
  const args = parseArgs(argv, { output: true, server: true, force: false }, { o: 'output' });
  if (args.positionals.length !== 1) throw new UsageError('pull needs exactly one note URL (scs-deck pull https://…/<id>)');
  return reportingErrors(async () => {
    const configured = configuredServer(args.flags.get('server')?.at(-1), env);
    const ref = parseNoteUrl(args.positionals[0], configured);
    const client = await connect(ref.server, configured, env);
    const bytes = await client.download(ref.id);
    const text = bytes.toString('utf8');
    const file = outputFile(args.flags.get('output')?.at(-1), text, cwd);
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, bytes, { flag: args.flags.has('force') ? 'w' : 'wx' });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new UsageError(`${file} already exists; not overwriting it (use --force or -o)`);
      throw new UsageError(`${file}: cannot write (${code ?? 'error'})`);
    }
    out(file);
    const dir = dirname(file);
    const report = await pullUploads(client, text, {
      exists: async (name) => existsSync(join(dir, name)),
      write: async (name, data) => writeFileSync(join(dir, name), data, { flag: 'wx' }),
    });
    if (report.saved.length || report.present.length) {
      out(`${report.saved.length} upload(s) saved beside the deck${report.present.length ? `, ${report.present.length} already there` : ''}`);
    }
    for (const line of uploadProblems(report)) err(line);
    return report.failed.length ? 1 : 0;
  });
}

function outputFile(flag: string | undefined, text: string, cwd: string): string {
  if (flag) return resolve(cwd, flag);
  const name = deckFileNameFromTitle(text);
  if (!name) throw new UsageError('the note has no date in its title (Community Call YYYY-MM-DD); name the file with -o');
  return join(cwd, 'community-call', name);
}
