import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missingImage } from '../../../server/src/core/rules/missingImage';
import { fixture, runRule } from './helpers';
import { deckFixture, MAC_ROMAN, WINDOWS_1252 } from '../../deckFixtures';

const present = new Set(['img/present one.png', 'present-upload.png']);
const fileExists = (p: string): boolean => present.has(p.replace(/^\.\//, ''));

describe('missing-image', () => {
  it('reports missing relative files and uploads without a copy beside the deck', () => {
    const found = runRule(missingImage, fixture('missing-image.md'), { fileExists });
    assert.deepEqual(found.map((f) => [f.text, f.severity]), [
      ['https://input.scs.community/uploads/missing-background.jpg', 'info'],
      ['./img/missing.png', undefined],
      ['../common/also-missing.png', undefined],
      ['https://input.scs.community/uploads/missing-upload.png', 'info'],
    ]);
    assert.match(found[1].message, /"\.\/img\/missing.png" does not exist beside the deck/);
    assert.match(found[0].message, /community-call\/missing-background.jpg/);
  });
  it('stays silent without fileExists, on present files (URL-decoded), remote images and code', () => {
    assert.deepEqual(runRule(missingImage, fixture('missing-image.md')), []);
    assert.deepEqual(runRule(missingImage, fixture('missing-image.silent.md'), { fileExists }), []);
  });
  it('reports uploads only in community calls', () => {
    assert.deepEqual(runRule(missingImage, '![](https://h.example/uploads/a.png)', { fileExists, isCommunityCall: false }), []);
  });
  it('lists the uploads of the call decks that have no copy', () => {
    const none = (): boolean => false;
    assert.equal(runRule(missingImage, deckFixture(WINDOWS_1252.file), { fileExists: none }).length, 1);
    assert.equal(runRule(missingImage, deckFixture(MAC_ROMAN.file), { fileExists: none }).length, 1);
  });
});
