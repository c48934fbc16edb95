import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { deckSnippets } from '../../../server/src/core/features/completion/snippets';
import { choice, expandSnippet, snippetEscape } from '../../../server/src/core/features/completion/snippetText';
import { deriveTemplate } from '../../../server/src/core/features/templateStructure';
import { deckFixture, TEMPLATE } from '../../deckFixtures';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/authoring', name), 'utf8');
const snippet = (prefix: string, env = { structure: deriveTemplate() }) => deckSnippets(env).find((s) => s.prefix === prefix)!;

describe('snippet syntax helpers', () => {
  it('escapes $, } and \\ in text and , | in choices', () => {
    assert.equal(snippetEscape('cost $5 {x}'), 'cost \\$5 {x\\}');
    assert.equal(choice(1, ['Team IaaS', 'a,b|c']), '${1|Team IaaS,a\\,b\\|c|}');
  });
  it('expands placeholders, choices and mirrors with their defaults', () => {
    assert.equal(expandSnippet('# ${1|Team A,Team B|}\n## $1 - ${2:Topic} \\$x$0'), '# Team A\n## Team A - Topic $x');
  });
});

describe('template structure', () => {
  it('takes the built-in structure without a workspace template', () => {
    const s = deriveTemplate();
    assert.equal(s.fromWorkspace, false);
    assert.deepEqual(s.teams.slice(0, 4), ['Team IaaS', 'Team IAM & Security', 'Team Ops', 'Team Container']);
    assert.equal(s.reportStyle, 'link');
  });
  it('reads team names, report style, bullet skeleton and general topics from a workspace template', () => {
    const s = deriveTemplate(fixture('template-small.md'));
    assert.equal(s.fromWorkspace, true);
    assert.deepEqual(s.teams.slice(0, 3), ['Team Storage', 'SIG Documentation', 'SIG Community'], 'split on "or", known spelling wins');
    assert.ok(s.teams.includes('Team IaaS'), 'known sections the template lacks follow');
    assert.equal(s.reportStyle, 'plain');
    assert.deepEqual(s.topicBullets, ['- ', '  - ', '- ']);
    assert.deepEqual(s.generalTopics, ['News', 'Meetups']);
  });
  it('follows the real SCS template', () => {
    const s = deriveTemplate(deckFixture(TEMPLATE));
    assert.equal(s.fromWorkspace, true);
    assert.equal(s.teams[0], 'Team IaaS');
    assert.ok(s.teams.includes('SIG Standardization and Certification'));
    assert.deepEqual(s.topicBullets, ['* ', '    * ', '* ', '    * 1. ']);
    assert.deepEqual(s.generalTopics, ['Project Announcements', 'Visibility & adoption', 'Events']);
  });
  it('falls back to the built-in structure for a template without team sections', () => {
    assert.equal(deriveTemplate('# Just a note\n').fromWorkspace, false);
  });
});

describe('community-call snippets', () => {
  it('team section: choice of teams, mirrored handle, real separators, one topic slide', () => {
    const body = snippet('scs-team').body;
    assert.match(body, /^---\n\n# \$\{1\|Team IaaS,Team IAM & Security,Team Ops,Team Container,/);
    assert.match(body, /Report by <a href="https:\/\/github.com\/\$\{2:handle\}">@\$2<\/a>/);
    assert.equal(expandSnippet(body), '---\n\n# Team IaaS\n\nReport by <a href="https://github.com/handle">@handle</a>\n\n----\n\n## Team IaaS - Topic\n\n* Point\n    * Detail\n\n');
  });
  it('offers the workspace handles as a choice', () => {
    const body = snippet('scs-team', { structure: deriveTemplate(), handles: ['alice', 'bob'] } as never).body;
    assert.match(body, /github\.com\/\$\{2\|alice,bob\|\}/);
  });
  it('team section from the small template uses its report style and bullets', () => {
    const body = snippet('scs-team', { structure: deriveTemplate(fixture('template-small.md')) }).body;
    assert.equal(expandSnippet(body), '---\n\n# Team Storage\n\nReport by @handle\n\n----\n\n## Team Storage - Topic\n\n- Point\n  - Detail\n- Point\n\n');
  });
  it('topic slide takes the current section short name', () => {
    const body = snippet('scs-topic', { structure: deriveTemplate(), section: 'SIG Standardization and Certification' } as never).body;
    assert.equal(expandSnippet(body), '----\n\n## SIG Std/Cert - Topic\n\n* Point\n    * Detail\n\n');
  });
  it('whole deck: the template with the date as first tab stop and $ escaped', () => {
    const body = snippet('scs-deck', { structure: deriveTemplate('# Call 202X-XX-XX $x\n\n---\n\n# Team A\n\n----\n\n## Team A - B\n\n* c\n'), date: '2026-11-26' } as never).body;
    assert.equal(body.split('\n')[0], '# Call ${1:2026-11-26} \\$x');
  });
  it('every separator in every snippet is a real one once expanded', () => {
    for (const s of deckSnippets({ structure: deriveTemplate(), handles: ['a'] })) {
      const whole = s.prefix === 'scs-deck';
      const text = whole ? expandSnippet(s.body) : `# Before\n\n${expandSnippet(s.body)}\n# After\n`;
      const deck = parseDeck(text);
      const dashLines = text.split('\n').filter((l) => /^-{3,4}$/.test(l)).length - (whole ? 2 : 0);
      assert.equal(deck.slides.filter((x) => x.separator).length, dashLines, s.prefix);
      assert.equal(deck.nearMisses.length, 0, s.prefix);
      if (whole) assert.equal(deck.frontMatter?.recognised, true);
    }
  });
});

describe('workspace handles', () => {
  it('collects reporter and presenter handles, most used first, without placeholders', async () => {
    const { collectHandles } = await import('../../../server/src/core/features/handles');
    assert.deepEqual(collectHandles([
      'Report by <a href="https://github.com/bob">@bob</a>\nReport by @todo',
      'Report by @alice\nPresented by <a href="https://github.com/alice">@alice</a>\nmail me@example.org',
    ]), ['alice', 'bob']);
  });
});
