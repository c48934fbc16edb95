import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { exportHtml } from '../../../server/src/export/exportHtml';
import { findMedia } from '../../../server/src/export/media';
import { checkLocalImage, findWorkspaceRoot, localImageCheck } from '../../../server/src/host/localImageFiles';
import { previewUrlResolver } from '../../../server/src/lsp/previewUrls';
import { cliInProcess } from '../cli/run';

/** A 1×1 PNG; `tail` makes each copy's bytes (and base64) distinct, so a test can tell which file got in. */
function png(tail: string): Buffer {
  const onePixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  return Buffer.concat([onePixel, Buffer.from(tail)]);
}

// The tree a hostile pull request could bring: a repository with a deck, and files outside it.
const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'scs-deck-hostile-')));
after(() => rmSync(tmp, { recursive: true, force: true }));
const repo = join(tmp, 'repo');
const decks = join(repo, 'decks');
const outside = join(tmp, 'outside');
const uploads = join(repo, 'uploads');
mkdirSync(join(repo, '.git'), { recursive: true });
mkdirSync(decks, { recursive: true });
mkdirSync(join(repo, 'common'));
mkdirSync(outside);
mkdirSync(uploads);
const GOOD = png('good-image-inside');
const SHARED = png('common-image-inside-repo');
const SECRET = png('secret-image-outside');
const UPLOAD = png('upload-copy');
writeFileSync(join(decks, 'good.png'), GOOD);
writeFileSync(join(repo, 'common', 'ok.png'), SHARED);
writeFileSync(join(outside, 'secret.png'), SECRET);
writeFileSync(join(uploads, 'real-upload.png'), UPLOAD);
writeFileSync(join(decks, 'fake.png'), '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n');
symlinkSync('/etc/passwd', join(decks, 'logo.png'));
symlinkSync(join(outside, 'secret.png'), join(decks, 'key.png'));
symlinkSync(outside, join(decks, 'linked'));
symlinkSync('/proc/self/environ', join(decks, 'env.png'));
symlinkSync('/etc/passwd', join(decks, 'up-beside.png'));
symlinkSync(join(outside, 'secret.png'), join(uploads, 'up-link.png'));

const media = findMedia();
const emojiEscape = media ? `${media.emojiDir}/${'../'.repeat(20)}etc/passwd` : '/etc/passwd';
const HOSTILE = [
  './logo.png', // symlink to /etc/passwd
  './key.png', // symlink to an image outside the repository
  './linked/secret.png', // through a symlinked folder
  '../../outside/secret.png', // `..` out of the repository
  './%2e%2e/%2e%2e/outside/secret.png', // the same, percent-encoded
  `${outside}/secret.png`, // absolute
  './fake.png', // named like an image, holds a key
  '/proc/self/environ',
  './env.png', // symlink into /proc
  emojiEscape, // starts like the emoji folder
  'https://input.scs.community/uploads/up-beside.png', // upload copy beside the deck: a symlink
  'https://input.scs.community/uploads/up-link.png', // upload copy in the uploads folder: a symlink
];
const FINE = ['./good.png', '../common/ok.png', 'https://input.scs.community/uploads/real-upload.png'];
const deckText = ['---', 'title: Hostile', 'type: slide', '---', '', '# Images', '', ...[...HOSTILE, ...FINE].map((u, i) => `![i${i}](${u})`), ''].join('\n');
const deckPath = join(decks, 'deck.md');
writeFileSync(deckPath, deckText);

const b64 = (bytes: Buffer) => bytes.toString('base64');
const leaks = (bytes: Buffer) => b64(bytes);
function readable(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
const FORBIDDEN = [SECRET, readable('/etc/passwd'), readable('/proc/self/environ'), readFileSync(join(decks, 'fake.png'))].filter((b): b is Buffer => !!b && b.length > 0);

const runCli = cliInProcess;

describe('local files: a hostile deck cannot inline files outside its folders', () => {
  it('scs-deck render inlines only images inside the repository and names every refused file on stderr', async (t) => {
    if (!media) return t.skip('media not built');
    const target = join(tmp, 'out.html');
    const r = await runCli('render', '--uploads', uploads, deckPath, '-o', target);
    assert.equal(r.code, 0, r.err);
    const html = readFileSync(target, 'utf8');
    for (const bytes of FORBIDDEN) assert.ok(!html.includes(leaks(bytes)), `leaked ${bytes.subarray(0, 20).toString()}`);
    for (const bytes of [GOOD, SHARED, UPLOAD]) assert.ok(html.includes(b64(bytes)), 'an allowed image is inlined');
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, HOSTILE.length, r.err);
    for (const url of HOSTILE) assert.equal(lines.filter((l) => l.includes(`not inlined: ${url} (`)).length, 1, `${url} reported once in:\n${r.err}`);
    assert.match(r.err, /logo\.png.*outside the deck's folder.*it leads to \/etc\/passwd/);
    assert.match(r.err, /fake\.png.*not an image/);
    assert.match(r.err, /environ.*system folders/);
    assert.match(r.out, new RegExp(`${HOSTILE.length} local file\\(s\\) not inlined`));
  });

  it('the export API reports each refused file once and keeps a refused upload remote', (t) => {
    if (!media) return t.skip('media not built');
    const result = exportHtml(deckText + `\n![again](./logo.png) ![again](./logo.png)\n`, { deckPath, media, uploadDirs: [uploads], workspaceDir: repo });
    assert.equal(result.refused.length, HOSTILE.length);
    assert.deepEqual(result.remoteImages.sort(), ['https://input.scs.community/uploads/up-beside.png', 'https://input.scs.community/uploads/up-link.png']);
    for (const bytes of FORBIDDEN) assert.ok(!result.html.includes(leaks(bytes)));
  });

  it('without a workspace only the deck folder counts', (t) => {
    if (!media) return t.skip('media not built');
    const result = exportHtml(deckText, { deckPath, media });
    assert.ok(result.refused.some((r) => r.url === '../common/ok.png' && /outside/.test(r.reason)));
    assert.ok(!result.html.includes(b64(SHARED)));
    assert.ok(result.html.includes(b64(GOOD)));
  });

  it('the preview maps the same files, and nothing else, to local URLs', () => {
    const resolve = previewUrlResolver({ deckDir: decks, workspaceDir: repo, uploadDirs: [uploads] });
    for (const url of HOSTILE) {
      const mapped = resolve(url, 'image');
      assert.ok(mapped === '' || mapped === undefined, `${url} → ${mapped}`);
    }
    assert.equal(resolve('./good.png', 'image'), `scs-deck-file:${encodeURI(join(decks, 'good.png'))}`);
    assert.equal(resolve('../common/ok.png', 'background'), `scs-deck-file:${encodeURI(join(repo, 'common/ok.png'))}`);
    assert.equal(resolve('https://input.scs.community/uploads/real-upload.png', 'image'), `scs-deck-file:${encodeURI(join(uploads, 'real-upload.png'))}`);
  });

  it('the preview refuses webview resource URLs the deck writes itself, but not the emoji', () => {
    const base = 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/media/emoji';
    const resolve = previewUrlResolver({ deckDir: decks }, base);
    assert.equal(resolve(`https://file%2B.vscode-resource.vscode-cdn.net${decks}/logo.png`, 'image'), '');
    assert.equal(resolve(`${base}/../../../../etc/passwd`, 'image'), '');
    assert.equal(resolve(`${base}/tada.webp`, 'image'), undefined);
    assert.equal(resolve(`${base}/tada.png`, 'image'), '');
  });

  it('the checker resolves symlinks before deciding, and never reads /proc, /sys or /dev', () => {
    const check = localImageCheck({ deckDir: decks });
    assert.deepEqual(check(join(decks, 'good.png')), { ok: true, file: join(decks, 'good.png'), mime: 'image/png' });
    assert.equal(check(join(decks, 'missing.png')), undefined);
    for (const p of ['/proc/self/environ', '/proc/self/root/etc/passwd', '/sys/kernel/notes', '/dev/zero', '/dev/stdin']) {
      const verdict = checkLocalImage(p, ['/']);
      assert.ok(verdict === undefined || !verdict.ok, p);
      if (existsSync(p)) assert.ok(verdict && !verdict.ok && /system folders|outside/.test(verdict.reason), p);
    }
    // Even a root of `/` allows only image bytes.
    const passwd = checkLocalImage('/etc/passwd', ['/']);
    assert.ok(passwd && !passwd.ok && /not an image/.test(passwd.reason));
  });

  it('the CLI workspace is the nearest folder with .git or .scs-deck.json, else the deck folder', () => {
    assert.equal(findWorkspaceRoot(decks), repo);
    assert.equal(findWorkspaceRoot(outside), outside);
  });
});
