/**
 * `scsDeck/export`: Export to HTML/PDF for the editor. The server renders from the document it already holds
 * and writes the file, the same code path as `scs-deck render`; the extension only asks and reports.
 */
import * as path from 'node:path';
import { ResponseError } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { findBrowser } from '../export/browser';
import { exportHtml, writeExportFile } from '../export/exportHtml';
import { findMedia } from '../export/media';
import { printPdf } from '../export/pdf';
import { EXPORT_REQUEST, NO_BROWSER, type ExportParams, type ExportResult } from '../protocol';
import type { ServerContext } from './context';

export function registerExportRequest(ctx: ServerContext): void {
  ctx.connection.onRequest(EXPORT_REQUEST, async (params: ExportParams): Promise<ExportResult> => {
    await ctx.atVersion(params.uri, params.version);
    const doc = ctx.documents.get(params.uri);
    if (!doc) throw new ResponseError(-32602, 'the deck is not open');
    const media = findMedia();
    if (!media) throw new ResponseError(-32603, 'reveal.js and the emoji images are missing from the extension');
    const browser = params.format === 'pdf' ? browserFor(params.browserPath) : undefined;
    const uri = URI.parse(params.uri);
    const result = exportHtml(doc.getText(), {
      // Decks outside the file system (untitled, virtual) get no local images.
      deckPath: uri.scheme === 'file' ? uri.fsPath : path.join(media.revealDir, 'no-deck-folder', 'deck.md'),
      media,
      uploadDirs: params.uploadsFolder ? [params.uploadsFolder] : [],
      workspaceDir: params.workspaceFolder,
      allowRemote: params.allowRemote,
    });
    const summary = { slides: result.rendered.slides.length, remoteImages: result.remoteImages.length, refused: result.refused.map(({ url, reason }) => ({ url, reason })) };
    if (browser) {
      if (!params.target) throw new ResponseError(-32602, 'PDF export needs a file on this machine');
      await printPdf(result.html, params.target, browser, { allowRemote: params.allowRemote, note: (s) => ctx.connection.console.info(s) });
      return summary;
    }
    if (!params.target) return { ...summary, html: result.html };
    writeExportFile(result, params.target);
    return summary;
  });
}

/** The browser that prints PDFs, or an error the extension turns into "set scsDeck.export.browserPath". */
function browserFor(setting: string | undefined): string {
  const browser = findBrowser(setting?.trim() || undefined);
  if (browser) return browser;
  const why = setting?.trim() ? `The browser in scsDeck.export.browserPath (${setting}) does not exist or cannot be run.` : 'No Chromium, Chrome or Edge was found.';
  throw new ResponseError(-32603, why, NO_BROWSER);
}
