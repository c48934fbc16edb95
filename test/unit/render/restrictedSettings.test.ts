import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as {
  capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
};

describe('workspace trust: settings that reach outside the workspace', () => {
  it('an untrusted workspace cannot set the uploads folder (it would open any folder to the preview)', () => {
    assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('scsDeck.preview.uploadsFolder'));
  });
});
