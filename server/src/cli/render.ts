import { basename, dirname, resolve } from 'node:path';
import { exportHtml, writeExportFile } from '../export/exportHtml';
import { findWorkspaceRoot } from '../host/localImageFiles';
import { findBrowser } from '../export/browser';
import { findMedia } from '../export/media';
import { printPdf } from '../export/pdf';
import { parseArgs } from './args';
import { UsageError } from './errors';
import { maxSizeKb, readDeckFile } from './files';

/**
 * `scs-deck render [--pdf] [--allow-remote] [--browser <path>] [--uploads <dir>] <deck.md> -o <out>`: one
 * self-contained HTML file, or a PDF printed by a local Chromium. Local images are inlined only from the deck's
 * folder, its repository (`findWorkspaceRoot`) and `--uploads`; each file refused is named on stderr. Neither loads
 * anything from the network unless `--allow-remote` lets https from public hosts through.
 */
export async function runRender(argv: string[], out: (s: string) => void, warn: (s: string) => void = (s) => process.stderr.write(s + '\n')): Promise<number> {
  const args = parseArgs(argv, { output: true, pdf: false, 'allow-remote': false, browser: true, uploads: true, 'max-size-kb': true }, { o: 'output' });
  if (args.positionals.length !== 1) throw new UsageError('render needs exactly one deck file (scs-deck render <deck.md> -o <out>)');
  const deckPath = args.positionals[0];
  const pdf = args.flags.has('pdf');
  const allowRemote = args.flags.has('allow-remote');
  const output = args.flags.get('output')?.at(-1) ?? deckPath.replace(/\.md$/i, '') + (pdf ? '.pdf' : '.html');
  const text = readDeckFile(deckPath, maxSizeKb(args.flags));
  const media = findMedia();
  if (!media) throw new UsageError('reveal.js and the emoji images were not found (run npm run build)');
  const workspaceDir = findWorkspaceRoot(dirname(resolve(deckPath)));
  const result = exportHtml(text, { deckPath, media, uploadDirs: args.flags.get('uploads') ?? [], workspaceDir, allowRemote });
  for (const r of result.refused) warn(`scs-deck: ${deckPath}: not inlined: ${r.url} (${r.path}): ${r.reason}`);
  let what = `${result.rendered.slides.length} slides`;
  if (pdf) {
    const browser = findBrowser(args.flags.get('browser')?.at(-1));
    if (!browser) throw new UsageError('no Chromium, Chrome or Edge found: pass --browser <path> or set $CHROMIUM');
    try {
      what = `${await printPdf(result.html, output, browser, { allowRemote, note: (m) => process.stderr.write(`scs-deck: ${m}\n`) })} pages`;
    } catch (err) {
      throw new UsageError(`printing ${basename(deckPath)} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  } else {
    try {
      writeExportFile(result, output);
    } catch (err) {
      throw new UsageError(`${output}: cannot write (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const n = result.remoteImages.length;
  const remote = n === 0 ? '' : allowRemote ? `, ${n} remote image(s) without a local copy` : `, ${n} remote image(s) without a local copy left out (--allow-remote loads them over https)`;
  const refused = result.refused.length ? `, ${result.refused.length} local file(s) not inlined (see above)` : '';
  out(`${output}: ${what}${remote}${refused}`);
  return 0;
}
