import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { deckFixture, GARBLED, TEMPLATE } from '../../deckFixtures';
import { FIXTURES, lintText, snapshot } from './lintHelpers';

const DECKS = [{ file: TEMPLATE, path: 'community-call/template.md' }, ...GARBLED];

/**
 * Pins every diagnostic of the SCS template and the two garbled call decks. Rules added or changed on purpose
 * change these: regenerate with `UPDATE_SNAPSHOTS=1 npm run test:unit` and review the diff.
 */
describe('deck snapshots', () => {
  for (const { file, path } of DECKS) {
    it(`diagnostics of ${file}`, () => {
      const actual = lintText(deckFixture(file), { environment: { path } });
      assert.deepEqual(actual, snapshot(join(FIXTURES, 'snapshots', `${file}.json`), actual));
    });
  }
});
