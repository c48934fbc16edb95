import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PREVIEW_REPORT_NOTIFICATION, type PreviewReportParams, type RenderResult } from '../../../server/src/protocol';
import { startInProcessServer, type InProcessServer } from './harness';
import { eventually, openDocument, publications } from './lspClient';


const URI = 'file:///tmp/lsp-preview-report/deck.md';
// The unknown key keeps one diagnostic in every publication, so each version publishes.
const DECK = '---\ntitle: Report test\ntype: slide\nunknownKey: 1\n---\n\n# One\n\n---\n\n# Two\n\n- a\n- b\n\n---\n\n# Three\n';
const TALL = { contentHeight: 812, slideHeight: 700, lineHeight: 52 };
const FITS = { contentHeight: 640, slideHeight: 700, lineHeight: 52 };

describe('scsDeck/previewReport', () => {
  let server: InProcessServer;
  let published = 0;
  before(async () => {
    server = await startInProcessServer();
  });
  after(() => server.close());

  const all = () => publications(server);
  /** The next diagnostics published for URI at `version`, after those seen so far. */
  const next = async (version: number) => {
    const hit = await eventually(() => all().slice(published).find((p) => p.uri === URI && p.version === version), `diagnostics v${version}`);
    published = all().indexOf(hit) + 1;
    return hit.diagnostics.filter((d) => d.code === 'slide-overflow');
  };
  /** Renders `version` for a preview, as the panel does, and returns the slides' rendered hashes. */
  const hashes = async (version: number) => ((await server.connection.sendRequest('scsDeck/render', { uri: URI, version, preview: 'p1', known: [], emojiBase: 'emoji' })) as RenderResult).frame!.hashes;
  const report = (params: PreviewReportParams) => server.connection.sendNotification(PREVIEW_REPORT_NOTIFICATION, params);
  const change = (version: number, text: string) => server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ text }] });

  it('turns a report into a warning on the measured slide\'s separator', async () => {
    await openDocument(server, URI, DECK);
    assert.deepEqual(await next(1), []);
    const [one, two] = await hashes(1);
    await report({ uri: URI, version: 1, slides: [{ h: 0, v: 0, hash: one, layout: FITS }, { h: 1, v: 0, hash: two, layout: TALL }] });
    const found = await next(1);
    assert.deepEqual(found.map((d) => [d.range.start.line, d.severity]), [[8, 2]]);
    assert.equal(found[0].message, 'Slide 2 is 112 px taller than the 700 px slide: about 2 lines at the bottom are cut off for the audience.');
  });

  it('keeps a measurement on its slide when lines above it move, and ignores a report for an older version', async () => {
    await change(2, DECK.replace('# One\n', '# One\n\nMore text\n\nand more\n'));
    const moved = await next(2);
    assert.deepEqual(moved.map((d) => d.range.start.line), [12], 'the unchanged slide keeps its measurement, on its new line');
    const [, , three] = await hashes(2);
    // Version 1 is gone: a report measured there must not land on version 2's lines.
    await report({ uri: URI, version: 1, slides: [{ h: 2, v: 0, hash: three, layout: TALL }] });
    await report({ uri: URI, version: 3, slides: [{ h: 2, v: 0, hash: three, layout: TALL }] });
    // A position and hash that do not name the same slide are ignored too.
    await report({ uri: URI, version: 2, slides: [{ h: 0, v: 0, hash: three, layout: TALL }] });
    const state = server.ctx.documents.get(URI)!;
    assert.equal(state.previewReports?.has(three), false);
    // A valid report for version 2 is taken.
    await report({ uri: URI, version: 2, slides: [{ h: 2, v: 0, hash: three, layout: TALL }] });
    assert.deepEqual((await next(2)).map((d) => d.range.start.line), [12, 19]);
  });

  it('drops the measurement of a slide whose text changed, until the preview measures it again', async () => {
    await change(3, DECK.replace('# One\n', '# One\n\nMore text\n\nand more\n').replace('- b\n', '- b\n- c\n'));
    const [, two, three] = await hashes(3);
    assert.deepEqual((await next(3)).map((d) => d.range.start.line), [20], 'only the unchanged slide keeps its finding');
    await report({ uri: URI, version: 3, slides: [{ h: 1, v: 0, hash: two, layout: { ...TALL, contentHeight: 866 } }, { h: 2, v: 0, hash: three, layout: FITS }] });
    const found = await next(3);
    assert.deepEqual(found.map((d) => d.range.start.line), [12]);
    assert.match(String(found[0].message), /166 px taller/);
  });

  it('keeps nothing once the document closes', async () => {
    const state = server.ctx.documents.get(URI)!;
    assert.ok(state.previewReports && state.previewReports.size > 0);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    await eventually(() => (server.ctx.documents.get(URI) ? undefined : true), 'the close');
    assert.deepEqual(server.ctx.documentStateSizes(), { 'open documents': 0, 'waits before open': 0 });
    // A report that arrives after the close is dropped, not kept for a document that is not open.
    await report({ uri: URI, version: 3, slides: [{ h: 0, v: 0, hash: 'x', layout: TALL }] });
    await server.connection.sendRequest('scsDeck/slides', { uri: 'file:///tmp/none.md' }).catch(() => undefined);
    assert.deepEqual(server.ctx.documentStateSizes(), { 'open documents': 0, 'waits before open': 0 });
  });
});
