import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runPull } from '../../server/src/cli/pull';
import { runPush } from '../../server/src/cli/push';
import { UsageError } from '../../server/src/cli/errors';
import { BASE, createNote, pngBytes, SKIP, startHedgeDoc, stopHedgeDoc, uploadImage } from './oracle';

function run(cmd: typeof runPull, argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return cmd(argv, (s) => out.push(s), { cwd, env: { SCS_DECK_HEDGEDOC_URL: BASE, ...env }, err: (s) => err.push(s) }).then((code) => ({ code, out, err }));
}

async function download(id: string): Promise<Buffer> {
  return Buffer.from(await (await fetch(`${BASE}/${id}/download`)).arrayBuffer());
}

describe('scs-deck pull and push against HedgeDoc 1.12', { skip: SKIP }, () => {
  before(async () => {
    await startHedgeDoc();
  });
  after(() => stopHedgeDoc());

  it('pull saves the note byte for byte as community-call/YYYYMMDD.md', async () => {
    const text = '---\ntype: slide\n---\n\n# SCS Community Call</br> 2024-05-30\n\n---\n\n## Ünïcödé 🚀\n\ttab  \n\nno final newline';
    const id = await createNote(text);
    const cwd = mkdtempSync(join(tmpdir(), 'hd-pull-'));
    for (const url of [`${BASE}/${id}`, `${BASE}/${id}?both`]) {
      const r = await run(runPull, [url, '--force'], cwd);
      assert.equal(r.code, 0, r.err.join('\n'));
      assert.deepEqual(r.out, [join(cwd, 'community-call', '20240530.md')]);
      assert.deepEqual(readFileSync(join(cwd, 'community-call/20240530.md')), Buffer.from(text, 'utf8'));
    }
  });

  it('pull by /s/ and /p/ URLs names the same note, and never overwrites without --force', async () => {
    const text = '# Community Call 2025-01-09\n';
    const id = await createNote(text);
    const slide = (await fetch(`${BASE}/${id}/slide`, { redirect: 'manual' })).headers.get('location')!;
    const shortid = new URL(slide).pathname.split('/')[2];
    const cwd = mkdtempSync(join(tmpdir(), 'hd-pull-'));
    const r = await run(runPull, [`${BASE}/p/${shortid}`, '-o', 'a.md'], cwd);
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.equal(readFileSync(join(cwd, 'a.md'), 'utf8'), text);
    assert.equal((await run(runPull, [`${BASE}/s/${shortid}`, '-o', 'b.md'], cwd)).code, 0);
    assert.equal(readFileSync(join(cwd, 'b.md'), 'utf8'), text);
    await assert.rejects(run(runPull, [`${BASE}/s/${shortid}`, '-o', 'b.md'], cwd), (e: Error) => e instanceof UsageError && /already exists/.test(e.message));
  });

  it('pull fetches every upload of the server beside the deck and reports what it could not fetch', async () => {
    const a = pngBytes('first');
    const b = pngBytes('second');
    const linkA = await uploadImage(a, 'a.png', 'image/png');
    const linkB = await uploadImage(b, 'b.png', 'image/png');
    const missing = `${BASE}/uploads/00000000-0000-0000-0000-000000000000.png`;
    const text = [
      '# Community Call 2024-09-12', '', `![logo](${linkA})`, '', '---', '',
      `<!-- .slide: data-background-image="${linkB}" -->`, `<img src="${linkA}">`, `![gone](${missing})`,
      '![elsewhere](https://other.example/uploads/x.png)', '',
    ].join('\n');
    const id = await createNote(text);
    const cwd = mkdtempSync(join(tmpdir(), 'hd-pull-'));
    const r = await run(runPull, [`${BASE}/${id}`], cwd);
    assert.equal(r.code, 1, 'an upload could not be fetched');
    const dir = join(cwd, 'community-call');
    assert.deepEqual(readFileSync(join(dir, new URL(linkA).pathname.split('/').pop()!)), a);
    assert.deepEqual(readFileSync(join(dir, new URL(linkB).pathname.split('/').pop()!)), b);
    assert.equal(existsSync(join(dir, '00000000-0000-0000-0000-000000000000.png')), false);
    assert.match(r.out[1], /^2 upload\(s\) saved/);
    assert.equal(r.err.length, 2);
    assert.match(r.err[0], /could not fetch upload 00000000-0000-0000-0000-000000000000\.png: .*does not exist.*404/);
    assert.match(r.err[1], /not on this server.*other\.example/);
  });

  it('push creates a note whose stored text is the deck, and prints its note and slide URLs', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hd-push-'));
    const text = '# Community Call 2024-05-30\n\n---\n\n## Slide 2 ✓\n\n\n';
    writeFileSync(join(cwd, 'deck.md'), text);
    const r = await run(runPush, ['deck.md'], cwd);
    assert.equal(r.code, 0, r.err.join('\n'));
    const [note, slides] = r.out;
    assert.match(note, new RegExp(`^note: +${BASE}/[A-Za-z0-9_-]+$`));
    assert.match(slides, new RegExp(`^slides: ${BASE}/p/[A-Za-z0-9_-]+$`));
    const id = note.split('/').pop()!;
    assert.deepEqual(await download(id), Buffer.from(text, 'utf8'));
    assert.equal((await fetch(slides.replace(/^slides: /, ''))).status, 200);
    // Round trip: pull gives back the file's bytes.
    const back = await run(runPull, [note.replace(/^note: +/, ''), '-o', 'back.md'], cwd);
    assert.equal(back.code, 0);
    assert.deepEqual(readFileSync(join(cwd, 'back.md')), readFileSync(join(cwd, 'deck.md')));
  });

  it('push of a CRLF deck with a BOM stores what HedgeDoc keeps (LF, no BOM) and says so', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hd-push-'));
    writeFileSync(join(cwd, 'deck.md'), '\uFEFF# Community Call 2024-05-30\r\n\r\n---\r\n\r\n## B\r\n');
    const r = await run(runPush, ['deck.md'], cwd);
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.equal(r.err.length, 2);
    assert.match(r.err.join('\n'), /byte order mark/);
    assert.match(r.err.join('\n'), /CRLF/);
    assert.deepEqual(await download(r.out[0].split('/').pop()!), Buffer.from('# Community Call 2024-05-30\n\n---\n\n## B\n', 'utf8'));
  });

  it('HedgeDoc itself drops the BOM and carriage returns of a posted note (why push sends the stored form)', async () => {
    const id = await createNote(Buffer.from('\uFEFFa\r\nb\rc', 'utf8'));
    assert.deepEqual(await download(id), Buffer.from('a\nbc', 'utf8'));
  });

  it('a note that does not exist is a clear 404 message', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hd-pull-'));
    await assert.rejects(run(runPull, [`${BASE}/no-such-note-${Date.now()}`], cwd), (e: Error) => e instanceof UsageError && /does not exist on http:\/\/127\.0\.0\.1:\d+ \(404\)/.test(e.message));
  });

  it('a loopback server that is not the configured one is refused', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hd-pull-'));
    await assert.rejects(run(runPull, [`${BASE}/abc`], cwd, { SCS_DECK_HEDGEDOC_URL: 'https://input.scs.community' }), (e: Error) => e instanceof UsageError && /local or private address/.test(e.message));
  });

  it('an unreachable server and a server that is not HedgeDoc get clear messages', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hd-pull-'));
    await assert.rejects(run(runPull, ['http://127.0.0.1:9/abc'], cwd, { SCS_DECK_HEDGEDOC_URL: 'http://127.0.0.1:9' }), (e: Error) => /Cannot reach the HedgeDoc server/.test(e.message));
  });
});
