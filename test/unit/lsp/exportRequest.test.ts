import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { EXPORT_REQUEST, NO_BROWSER, type ExportResult } from '../../../server/src/protocol';
import { startInProcessServer, type InProcessServer } from './harness';
import { openDocument } from './lspClient';

// A 1×1 PNG beside the deck, and one outside its folders that the export must refuse.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64');

describe('lsp: scsDeck/export writes the file the editor asks for', () => {
  let server: InProcessServer;
  const dir = mkdtempSync(join(tmpdir(), 'scs-export-req-'));
  const deck = join(dir, 'decks', 'community-call', '20261126.md');
  const uri = pathToFileURL(deck).toString();
  before(async () => {
    mkdirSync(join(dir, 'decks', 'community-call'), { recursive: true });
    writeFileSync(join(dir, 'decks', 'community-call', 'logo.png'), PNG);
    writeFileSync(join(dir, 'outside.png'), PNG);
    server = await startInProcessServer();
    // Unsaved text: only the editor's copy has the second slide.
    await openDocument(server, uri, '---\ntype: slide\n---\n# One :tada:\n\n![](./logo.png)\n\n---\n\n# Two\n\n![](../../outside.png)\n', 3);
  });
  after(() => server.close());

  it('renders the open document, inlines allowed images once and reports refused ones', async () => {
    const target = join(dir, 'out.html');
    const result = await server.connection.sendRequest<ExportResult>(EXPORT_REQUEST, {
      uri, version: 3, format: 'html', target, allowRemote: false, workspaceFolder: join(dir, 'decks'),
    });
    assert.equal(result.slides, 2);
    assert.equal(result.html, undefined);
    assert.deepEqual(result.refused.map((r) => r.url), ['../../outside.png']);
    const html = readFileSync(target, 'utf8');
    assert.match(html, /<h1>Two<\/h1>/);
    assert.equal(html.split(PNG.toString('base64')).length - 1, 1, 'the allowed image is inlined once');
    assert.match(html, /data:image\/webp;base64,/, 'the emoji is inlined');
  });

  it('answers with the text when the target is not a local file', async () => {
    const result = await server.connection.sendRequest<ExportResult>(EXPORT_REQUEST, { uri, version: 3, format: 'html', allowRemote: false });
    assert.match(result.html ?? '', /^<!DOCTYPE html>/);
  });

  it('says plainly when no browser can print the PDF', async () => {
    await assert.rejects(
      server.connection.sendRequest(EXPORT_REQUEST, { uri, version: 3, format: 'pdf', target: join(dir, 'out.pdf'), browserPath: join(dir, 'no-such-browser'), allowRemote: false }),
      (err: { message: string; data?: unknown }) => err.data === NO_BROWSER && /browserPath .*does not exist/.test(err.message),
    );
  });
});
