import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { snapshot } from './lintHelpers';

const dir = mkdtempSync(join(tmpdir(), 'scs-deck-snapshot-'));
const actual = [{ rule: 'empty-slide', line: 3 }];

describe('snapshot()', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));
  it('fails under CI when the expected file is missing, and writes nothing', () => {
    const path = join(dir, 'missing-ci.json');
    assert.throws(() => snapshot(path, actual, { CI: 'true' }), /does not exist \(CI\).*UPDATE_SNAPSHOTS=1/);
    assert.equal(existsSync(path), false);
  });
  it('fails outside CI too when the expected file is missing, saying how to write it', () => {
    const path = join(dir, 'missing-local.json');
    assert.throws(() => snapshot(path, actual, {}), /does not exist: run the tests with UPDATE_SNAPSHOTS=1/);
    assert.equal(existsSync(path), false);
  });
  it('returns what the file holds, so a difference fails the comparison', () => {
    const path = join(dir, 'present.json');
    writeFileSync(path, JSON.stringify([{ rule: 'empty-slide', line: 4 }]));
    assert.deepEqual(snapshot(path, actual, { CI: 'true' }), [{ rule: 'empty-slide', line: 4 }]);
    assert.notDeepEqual(snapshot(path, actual, {}), actual);
  });
  it('writes the file with UPDATE_SNAPSHOTS=1', () => {
    const path = join(dir, 'updated.json');
    assert.deepEqual(snapshot(path, actual, { UPDATE_SNAPSHOTS: '1' }), actual);
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), actual);
  });
  it('refuses UPDATE_SNAPSHOTS=1 under CI, which would accept any output', () => {
    const path = join(dir, 'updated-ci.json');
    assert.throws(() => snapshot(path, actual, { CI: 'true', UPDATE_SNAPSHOTS: '1' }), /under CI/);
    assert.equal(existsSync(path), false);
  });
});
