import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedOrigins, mayFetchRemote } from '../../../server/src/core/url/fetchPolicy';

const OFF = { allowRemote: false };
const ON = { allowRemote: true };

describe('url: what an export may fetch', () => {
  it('fetches nothing remote by default', () => {
    for (const url of ['https://example.org/a.png', 'http://example.org/a.png', 'https://8.8.8.8/x']) assert.equal(mayFetchRemote(url, OFF), false, url);
  });

  it('with remote content allowed, fetches only https from public hosts', () => {
    const allowed = ['https://example.org/a.png', 'https://cdn.example.com:8443/v.mp4', 'https://8.8.8.8/x', 'https://user:pw@example.org/x'];
    const refused = [
      'http://example.org/a.png', 'ftp://example.org/a', 'ws://example.org/', 'wss://example.org/', 'file:///etc/passwd', 'data:image/png;base64,AA',
      'https://127.0.0.1/x', 'https://localhost/x', 'https://0x7f.1/x', 'https://2130706433/x', 'https://[::1]/x', 'https://169.254.169.254/latest/meta-data/',
      'https://10.0.0.1/', 'https://192.168.1.1/', 'https://[fd00::1]/', 'https://example.org@127.0.0.1/', 'https://intranet/', 'not a url', 'https://',
    ];
    for (const url of allowed) assert.equal(mayFetchRemote(url, ON), true, url);
    for (const url of refused) assert.equal(mayFetchRemote(url, ON), false, url);
  });

  it('lists CSP origins only for public https hosts the deck names', () => {
    const texts = [
      '<img src="https://images.example.org/a.png"><img src="http://plain.example.org/b.png">',
      'background:url(https://127.0.0.1:8080/x) url(https://fonts.example.com:8443/f.woff) url("https://0x7f.1/y")',
      '{"parallaxBackgroundImage":"x%22%29,%20url%28%22https://169.254.169.254/"}',
      '<iframe src="https://*.example.net/"></iframe><a href="https://8.8.8.8/">x</a><img src="https://user@images.example.org/c.png">',
    ];
    assert.deepEqual(allowedOrigins(texts, OFF), []);
    assert.deepEqual(allowedOrigins(texts, ON), ['https://fonts.example.com:8443', 'https://images.example.org']);
  });
});
