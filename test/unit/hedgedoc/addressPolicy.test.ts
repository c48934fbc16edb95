import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLocalHostName, isOnServer, isPrivateAddress } from '../../../server/src/hedgedoc/addressPolicy';
import { HedgeDocClient } from '../../../server/src/hedgedoc/client';
import { httpRequest } from '../../../server/src/hedgedoc/http';
import { mayUsePrivateAddresses } from '../../../server/src/hedgedoc/settings';

describe('address policy', () => {
  it('knows loopback, private, link-local and mapped addresses', () => {
    for (const ip of ['127.0.0.1', '127.9.9.9', '10.0.0.1', '172.16.5.5', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
      '0.0.0.0', '::1', '[::1]', '::', 'fd00::1', 'fe80::1%eth0', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '224.0.0.1',
      // The export's public-host check is the one policy: documentation ranges are not the public internet either.
      '2001:db8::1', '192.0.2.1']) {
      assert.equal(isPrivateAddress(ip), true, ip);
    }
    for (const ip of ['8.8.8.8', '172.32.0.1', '193.0.0.1', '2a00:1450:4001::1', '::ffff:8.8.8.8', 'example.org']) {
      assert.equal(isPrivateAddress(ip), false, ip);
    }
    assert.equal(isLocalHostName('LOCALHOST.'), true);
    assert.equal(isLocalHostName('a.localhost'), true);
    assert.equal(isLocalHostName('localhost.example'), false);
  });

  it('keeps URLs on the server: same origin and under its base path', () => {
    assert.equal(isOnServer('https://hd.example/uploads/a.png', 'https://hd.example'), true);
    assert.equal(isOnServer('https://hd.example/pad/x', 'https://hd.example/pad'), true);
    assert.equal(isOnServer('https://hd.example/padx', 'https://hd.example/pad'), false);
    assert.equal(isOnServer('http://hd.example/x', 'https://hd.example'), false);
    assert.equal(isOnServer('https://hd.example:8443/x', 'https://hd.example'), false);
    assert.equal(isOnServer('https://evil@hd.example/x', 'https://hd.example'), false);
    assert.equal(isOnServer('https://hd.example.evil/x', 'https://hd.example'), false);
  });

  it('allows private addresses only for the configured server', () => {
    assert.equal(mayUsePrivateAddresses('http://127.0.0.1:3311/', 'http://127.0.0.1:3311'), true);
    assert.equal(mayUsePrivateAddresses('http://127.0.0.1:3311', 'https://input.scs.community'), false);
  });

  it('refuses a loopback or private address before connecting', async () => {
    for (const url of ['http://127.0.0.1:9/status', 'http://localhost:9/status', 'http://[::1]:9/', 'http://10.1.1.1/', 'http://169.254.169.254/latest']) {
      await assert.rejects(httpRequest({ url, maxBytes: 10, allowPrivate: false }), { code: 'refused-address' }, url);
    }
  });

  it('never requests a URL outside its server', async () => {
    const client = new HedgeDocClient('https://hd.example');
    await assert.rejects(client.raw('GET', '@evil.example/x', 10), { code: 'refused-address' });
  });
});
