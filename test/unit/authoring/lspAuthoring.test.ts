import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CompletionList, Hover, TextEdit } from 'vscode-languageserver-types';
import { startInProcessServer, type InProcessServer } from '../lsp/harness';
import { openDocument } from '../lsp/lspClient';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/authoring', name), 'utf8');

describe('authoring over LSP (completion, hover)', () => {
  let server: InProcessServer;
  let deckUri: string;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'scs-authoring-'));
    mkdirSync(join(root, 'community-call'));
    writeFileSync(join(root, 'community-call/template.md'), fixture('template-small.md'));
    writeFileSync(join(root, 'community-call/20261119.md'), '# Call\n\nPresented by @carol\n\n---\n\n# Team Ops\n\nReport by @dave\n');
    deckUri = pathToFileURL(join(root, 'community-call/20261126.md')).href;
    server = await startInProcessServer();
    await openDocument(server, deckUri, '---\ntype: slide\n---\n\n# Call\n\n---\n\n# \n\nReport by @\n\nscs\n\nDone :tada:\n');
  });
  after(async () => server.close());

  const complete = (line: number, character: number, triggerCharacter?: string) =>
    server.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: deckUri },
      position: { line, character },
      context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 },
    }) as Promise<CompletionList>;

  it('offers team names from the workspace template after "# "', async () => {
    const list = await complete(8, 2, ' ');
    assert.deepEqual(list.items.slice(0, 2).map((i) => i.label), ['Team Storage', 'SIG Documentation']);
  });
  it('offers the handles of the workspace decks after "Report by @"', async () => {
    const list = await complete(10, 11, '@');
    assert.deepEqual(list.items.map((i) => i.label).sort(), ['carol', 'dave']);
  });
  it('builds the team snippet from the workspace template', async () => {
    const list = await complete(12, 3);
    const team = list.items.find((i) => i.label === 'scs-team')!;
    assert.match((team.textEdit as TextEdit).newText, /^---\n\n# \$\{1\|Team Storage,SIG Documentation,/);
    assert.match((team.textEdit as TextEdit).newText, /Report by @\$\{2\|carol,dave\|\}|Report by @\$\{2\|dave,carol\|\}/);
  });
  it('answers hover on an emoji', async () => {
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: deckUri }, position: { line: 14, character: 7 } })) as Hover;
    assert.equal((hover.contents as { value: string }).value, '🎉 HedgeDoc shows `:tada:` as its emojify.js image.');
  });
  it('finds the handles of a deck saved later once the client reports the file', async () => {
    const later = join(root, 'community-call/20261203.md');
    writeFileSync(later, '# Call\n\nPresented by @erin\n');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(later).href, type: 1 }] });
    const list = await complete(10, 11, '@');
    assert.deepEqual(list.items.map((i) => i.label).sort(), ['carol', 'dave', 'erin']);
  });
});

describe('authoring over LSP in an untrusted workspace', () => {
  it('does not read the workspace template once told the workspace is untrusted', async () => {
    const root = mkdtempSync(join(tmpdir(), 'scs-untrusted-'));
    mkdirSync(join(root, 'community-call'));
    writeFileSync(join(root, 'community-call/template.md'), fixture('template-small.md'));
    const uri = pathToFileURL(join(root, 'community-call/20261126.md')).href;
    const server = await startInProcessServer();
    try {
      await server.connection.sendNotification('scsDeck/workspaceTrust', { trusted: false });
      await openDocument(server, uri, '# Call\n\n---\n\n# \n');
      const list = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 2 }, context: { triggerKind: 2, triggerCharacter: ' ' } })) as CompletionList;
      assert.equal(list.items[0].label, 'Team IaaS', 'the built-in sections, not the template\'s Team Storage');
    } finally {
      await server.close();
    }
  });
});
