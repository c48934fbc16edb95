import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { lintDeck } from '../../../server/src/core/rules/engine';
import { deckSnippets } from '../../../server/src/core/features/completion/snippets';
import { expandSnippet } from '../../../server/src/core/features/completion/snippetText';
import { deriveTemplate } from '../../../server/src/core/features/templateStructure';
import { deckFixture, TEMPLATE } from '../../deckFixtures';

const BASE = readFileSync(join(__dirname, '../../fixtures/authoring/clean-call.md'), 'utf8');
const PATH = 'community-call/20261126.md';
const lint = (text: string) => lintDeck(parseDeck(text), { environment: { path: PATH } });

describe('snippets expanded with their defaults pass the linter', () => {
  it('the base deck is clean', () => {
    assert.deepEqual(lint(BASE).map((d) => `${d.rule}: ${d.message}`), []);
  });
  const structures = { 'built-in template': deriveTemplate(), 'SCS template': deriveTemplate(deckFixture(TEMPLATE)) };
  for (const [name, structure] of Object.entries(structures)) {
    for (const s of deckSnippets({ structure, handles: ['ops-lead'] })) {
      if (s.prefix === 'scs-deck') continue;
      it(`${s.prefix} (${name})`, () => {
        const text = `${BASE}\n${expandSnippet(s.body)}`;
        assert.deepEqual(lint(text).map((d) => `${d.rule}: ${d.message}`), []);
      });
    }
  }
});
