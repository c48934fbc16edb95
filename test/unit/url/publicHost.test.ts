import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPublicAddress, isPublicHost } from '../../../server/src/core/url/publicHost';

const PRIVATE_HOSTS = [
  // loopback, in every spelling the URL parser accepts
  '127.0.0.1', '127.1', '127.0.0.1.', '127.255.255.254', '2130706433', '0x7f000001', '0x7f.1', '0177.0.0.1', '0177.1', '017700000001',
  '0x7f.0.0.0x1', '%31%32%37.0.0.1', '１２７.0.0.1', '[::1]', '[0:0:0:0:0:0:0:1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[::127.0.0.1]',
  '[64:ff9b::127.0.0.1]', '[2002:7f00:1::]',
  'localhost', 'LOCALHOST', 'localhost.', 'api.localhost', 'x.y.localhost',
  // unspecified
  '0.0.0.0', '0', '0x0', '0.1.2.3', '[::]',
  // private
  '10.0.0.1', '10.255.255.255', '167772161', '172.16.0.1', '172.31.255.255', '192.168.0.1', '192.168.255.255', '0xc0a80001', '100.64.0.1',
  // link-local and cloud metadata
  '169.254.169.254', '169.254.0.1', '0xa9fea9fe', '2852039166', '[::ffff:169.254.169.254]', '[fe80::1]', '[febf::1]', 'metadata.google.internal', 'instance-data',
  // unique local, site-local, multicast, documentation, NAT64 to private, Teredo
  '[fc00::1]', '[fd12:3456::1]', '[fec0::1]', '[ff02::1]', '[2001:db8::1]', '[64:ff9b::a00:1]', '[2001:0:4136:e378::1]',
  '224.0.0.1', '239.255.255.250', '255.255.255.255', '240.0.0.1', '192.0.2.1', '198.51.100.1', '203.0.113.1', '198.18.0.1',
  // local-only names and things that are no host
  'intranet', 'printer.local', 'nas.home.arpa', 'router.lan', 'db.internal', 'x.test', '', ' ', 'a b.org', 'evil.org@127.0.0.1', 'a/b', '1.2.3.4.5', '999.1.1.1',
];

const PUBLIC_HOSTS = ['example.org', 'EXAMPLE.org.', 'cdn.example.com', 'example.org:8443', '8.8.8.8', '1.1.1.1', '172.15.255.255', '172.32.0.1', '192.169.0.1', '100.128.0.1', '169.255.0.1', '[2606:4700:4700::1111]', '[::ffff:8.8.8.8]', '[2a00:1450:4001::200e]', 'xn--bcher-kva.de', 'bücher.example.org'];

describe('url: isPublicHost, the one address check for exports', () => {
  for (const host of PRIVATE_HOSTS) {
    it(`refuses ${JSON.stringify(host)}`, () => assert.equal(isPublicHost(host), false));
  }
  for (const host of PUBLIC_HOSTS) {
    it(`accepts ${host}`, () => assert.equal(isPublicHost(host), true));
  }

  it('checks resolved addresses the same way', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '169.254.169.254', '::1', '::', 'fe80::1%eth0', 'fd00::1', '::ffff:192.168.1.1', '0.0.0.0', 'nonsense']) assert.equal(isPublicAddress(a), false, a);
    for (const a of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '::ffff:93.184.216.34']) assert.equal(isPublicAddress(a), true, a);
  });
});
