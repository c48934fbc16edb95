import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURES, lintText, SHARED, snapshot } from './lintHelpers';

const SEEDS = ['template.md', 'seed-000-community-call-2024-09-12.md', 'seed-001-community-call-2024-05-30.md'];
const available = existsSync(join(SHARED, 'seeds'));

/**
 * Pins every diagnostic of the shared template and seed decks. Rules added or changed on purpose change these:
 * regenerate with `UPDATE_SNAPSHOTS=1 npm run test:unit` and review the diff.
 */
describe('seed deck snapshots', () => {
  for (const name of SEEDS) {
    it(`diagnostics of ${name}`, { skip: available ? false : '../shared/seeds is not there: seed snapshots need the shared folder' }, () => {
      const text = readFileSync(join(SHARED, 'seeds', name), 'utf8');
      const actual = lintText(text, { environment: { path: `community-call/${name}` } });
      assert.deepEqual(actual, snapshot(join(FIXTURES, 'snapshots', `${name}.json`), actual));
    });
  }
});
