import { UsageError } from './errors';
import { startServer } from '../server';
import { runOutline } from './outline';
import { runLint } from './lint';
import { runNew } from './new';
import { runRender } from './render';
import { runPull } from './pull';
import { runPush } from './push';
import { printable } from './terminalSafe';

declare const VERSION: string;

const HELP = `scs-deck: HedgeDoc slide decks for the Sovereign Cloud Stack community calls

Usage:
  scs-deck outline [--json] <files|dirs...>   print the slide structure HedgeDoc will show
  scs-deck lint [--format text|json|github] [--fix] [--rule <name>]... [--layout [--browser path] [--uploads dir]] <files|dirs...>
                                              report what will look wrong on HedgeDoc; --fix repairs it;
                                              --layout lays the slides out in a local Chromium to find
                                              slides too tall for the screen (slide-overflow)
  scs-deck new [--date YYYY-MM-DD] [-o file|dir] [--template file]
                                              start a deck from the template (never overwrites)
  scs-deck render [--pdf] [--allow-remote] [--browser path] [--uploads dir] <deck.md> -o <out>
                                              one self-contained HTML file (or a PDF) as HedgeDoc shows it;
                                              loads nothing remote unless --allow-remote (https, public hosts)
  scs-deck pull <note-url> [-o file] [--server URL] [--force]
                                              download a HedgeDoc note as community-call/YYYYMMDD.md
                                              (date from its title) with its uploaded images beside it
  scs-deck push <deck.md> [--server URL]      create a HedgeDoc note from the deck; prints its URLs
  scs-deck lsp --stdio                        start the language server on stdin/stdout
  scs-deck --help | --version

HedgeDoc: the server is --server, else $SCS_DECK_HEDGEDOC_URL, else https://input.scs.community (for
pull, the note URL names it). To log in set $SCS_DECK_HEDGEDOC_COOKIE (the connect.sid session cookie) or
$SCS_DECK_HEDGEDOC_EMAIL and $SCS_DECK_HEDGEDOC_PASSWORD.

Exit codes: 0 ok, 1 problems found, 2 usage or I/O error.`;

type Command = (argv: string[], out: (s: string) => void) => number | Promise<number>;

/** Subcommands; each module adds itself here. */
export const COMMANDS: Record<string, Command> = {
  outline: runOutline,
  render: runRender,
  lint: (argv, out) => runLint(argv, out),
  new: (argv, out) => runNew(argv, out),
  pull: (argv, out) => runPull(argv, out),
  push: (argv, out) => runPush(argv, out),
  lsp: (argv) => {
    if (!argv.includes('--stdio')) throw new UsageError('lsp needs --stdio');
    // The server picks its transport from process.argv.
    startServer();
    return -1;
  },
};

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(HELP + '\n');
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-v') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const command = COMMANDS[cmd];
  if (Object.hasOwn(COMMANDS, cmd) && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(commandHelp(cmd) + '\n');
    return 0;
  }
  try {
    if (!command) throw new UsageError(`unknown command '${cmd}' (see scs-deck --help)`);
    return await command(rest, (s) => process.stdout.write(s + '\n'));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`scs-deck: ${printable(err.message)}\n`);
      return 2;
    }
    throw err;
  }
}

/** The usage lines of one command, cut from the overall help (its line and the indented ones under it). */
export function commandHelp(cmd: string): string {
  const lines = HELP.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`  scs-deck ${cmd} `) || l === `  scs-deck ${cmd}`);
  if (at === -1) return HELP;
  let end = at + 1;
  while (end < lines.length && /^ {20,}\S/.test(lines[end])) end++;
  return ['Usage:', ...lines.slice(at, end), '', 'Exit codes: 0 ok, 1 problems found, 2 usage or I/O error.'].join('\n');
}

/** Entry point for `bin/scs-deck.js`. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`scs-deck: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}

