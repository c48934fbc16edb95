import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayLoad } from '../../../server/src/export/requestFilter';

const OFF = { allowRemote: false };
const ON = { allowRemote: true };

describe('url: the PDF printer\'s request filter', () => {
  it('the PDF printer lets through the page itself and data:, and with remote allowed only https resolving to public addresses', async () => {
    const page = 'file:///tmp/scs-deck-pdf-1/deck.html';
    const dns: Record<string, string[]> = { 'example.org': ['93.184.216.34'], 'rebind.example.org': ['93.184.216.34', '127.0.0.1'], 'v6.example.org': ['::1'] };
    const resolve = async (host: string) => {
      const found = dns[host] ?? (/^[\d.:]+$/.test(host) ? [host] : undefined);
      if (!found) throw new Error('ENOTFOUND');
      return found;
    };
    const decide = (url: string, policy = ON) => mayLoad(url, page, policy, resolve);
    assert.equal(await decide(`${page}?print-pdf`, OFF), true);
    assert.equal(await decide('data:image/png;base64,AA', OFF), true);
    assert.equal(await decide('file:///etc/passwd', ON), false);
    assert.equal(await decide('file:///tmp/scs-deck-pdf-1/other.html', ON), false);
    assert.equal(await decide('https://example.org/a.png', OFF), false);
    assert.equal(await decide('https://example.org/a.png'), true);
    assert.equal(await decide('http://example.org/a.png'), false);
    assert.equal(await decide('https://rebind.example.org/a.png'), false, 'one private address is enough to refuse');
    assert.equal(await decide('https://v6.example.org/a.png'), false);
    assert.equal(await decide('https://unknown.example.org/a.png'), false);
    assert.equal(await decide('https://127.0.0.1/latest/meta-data/'), false);
    assert.equal(await decide('https://8.8.8.8/x'), true);
  });
});
