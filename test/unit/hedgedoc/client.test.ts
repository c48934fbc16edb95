import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { HedgeDocClient } from '../../../server/src/hedgedoc/client';

/** A stand-in for HedgeDoc's answers (on loopback), to pin the client's error mapping. */
type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const server = createServer((req, res) => {
  const h = routes.get(`${req.method} ${req.url}`);
  if (!h) {
    res.writeHead(404).end('Not Found');
    return;
  }
  h(req, res);
});
let base = '';

function hedgedoc(version = '1.12.0'): Handler {
  return (_req, res) => res.writeHead(200, { 'HedgeDoc-Version': version, 'content-type': 'application/json' }).end('{"onlineNotes":0}');
}

before(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

describe('HedgeDocClient against a stand-in server', () => {
  it('refuses a configured loopback server unless private addresses are allowed', async () => {
    await assert.rejects(new HedgeDocClient(base).checkServer(), { code: 'refused-address' });
  });

  it('recognises HedgeDoc 1.x by its header, and refuses other servers and versions', async () => {
    routes.set('GET /status', hedgedoc());
    assert.equal(await new HedgeDocClient(base, { allowPrivate: true }).checkServer(), '1.12.0');
    routes.set('GET /status', hedgedoc('2.0.0'));
    await assert.rejects(new HedgeDocClient(base, { allowPrivate: true }).checkServer(), { code: 'not-hedgedoc', message: /HedgeDoc 2\.0\.0/ });
    routes.set('GET /status', (_q, res) => res.writeHead(200).end('<html>hello</html>'));
    await assert.rejects(new HedgeDocClient(base, { allowPrivate: true }).checkServer(), { code: 'not-hedgedoc' });
  });

  it('downloads bytes unchanged and maps 404 and the login redirect to clear errors', async () => {
    routes.set('GET /status', hedgedoc());
    const bytes = Buffer.from('\uFEFF# a\r\nb', 'utf8');
    routes.set('GET /ok/download', (_q, res) => res.writeHead(200).end(bytes));
    routes.set('GET /secret/download', (_q, res) => res.writeHead(302, { location: `${base}/` }).end());
    routes.set('GET /away/download', (_q, res) => res.writeHead(302, { location: 'https://elsewhere.example/x' }).end());
    const client = new HedgeDocClient(base, { allowPrivate: true });
    assert.deepEqual(await client.download('ok'), bytes);
    await assert.rejects(client.download('gone'), { code: 'not-found', message: /does not exist/ });
    await assert.rejects(client.download('secret'), { code: 'forbidden', message: /needs permission.*log in/ });
    await assert.rejects(client.download('away'), { code: 'redirect', message: /another host/ });
  });

  it('asks a busy server (503) again, and says so when it stays busy', async () => {
    routes.set('GET /status', hedgedoc());
    let calls = 0;
    routes.set('GET /busy/download', (_q, res) => (++calls < 3 ? res.writeHead(503).end('busy') : res.writeHead(200).end('ok')));
    const client = new HedgeDocClient(base, { allowPrivate: true });
    assert.equal((await client.download('busy')).toString(), 'ok');
    assert.equal(calls, 3);
    routes.set('GET /always/download', (_q, res) => res.writeHead(503).end('busy'));
    await assert.rejects(client.download('always'), { code: 'unreachable', message: /too busy.*503/ });
  });

  it('stops reading a response over the size cap', async () => {
    routes.set('GET /status', hedgedoc());
    routes.set('GET /uploads/huge.png', (_q, res) => {
      res.writeHead(200);
      const chunk = Buffer.alloc(1024 * 1024);
      let n = 0;
      const pump = (): void => {
        while (n < 30 && res.write(chunk)) n++;
        if (n >= 30) res.end();
        else res.once('drain', () => { n++; pump(); });
      };
      res.on('error', () => undefined);
      pump();
    });
    await assert.rejects(new HedgeDocClient(base, { allowPrivate: true }).upload('huge.png'), { code: 'too-large' });
  });

  it('refuses a deck over HedgeDoc\'s length limit before sending it', async () => {
    await assert.rejects(new HedgeDocClient(base, { allowPrivate: true }).create('x'.repeat(100001)), { code: 'too-large', message: /100000/ });
  });

  it('reports an unreachable server', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await assert.rejects(new HedgeDocClient(`http://127.0.0.1:${port}`, { allowPrivate: true }).checkServer(), { code: 'unreachable', message: /refused/ });
  });
});
