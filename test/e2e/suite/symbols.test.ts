import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, openInEditor, slideSymbols, waitFor } from './helpers';

/** `2.1 Team IaaS` with its children, as a compact tree for readable assertions. */
function tree(symbols: vscode.DocumentSymbol[]): unknown[] {
  return symbols.map((s) => (s.children.length ? { [s.name]: tree(s.children) } : s.name));
}

describe('outline', () => {
  before(async () => {
    await activateExtension();
  });

  it('shows the slide tree with vertical slides nested under their stack', async () => {
    const editor = await openInEditor('community-call/20261126.md');
    const symbols = await waitFor('slide symbols', async () => {
      const s = await slideSymbols(editor.document.uri);
      return s.length ? s : undefined;
    });
    assert.deepEqual(tree(symbols), [
      '1 Sovereign Cloud Stack',
      { '2.1 Team IaaS': ['2.2 Team IaaS - Release 9', '2.3 Team IaaS - Network'] },
      { '3.1 Team Container': ['3.2 Team Container - Cluster stacks'] },
      '4 General Topics',
    ]);
  });

  it('puts each symbol on its slide: the selection is the title, the range covers the stack', async () => {
    const editor = await openInEditor('community-call/20261126.md');
    const doc = editor.document;
    const symbols = await waitFor('slide symbols', async () => {
      const s = await slideSymbols(doc.uri);
      return s.length ? s : undefined;
    });
    const iaas = symbols[1];
    assert.equal(doc.getText(iaas.selectionRange), '# Team IaaS');
    assert.equal(doc.lineAt(iaas.range.start.line).text, '---');
    assert.ok(iaas.range.contains(iaas.children[1].range), 'the stack covers its last vertical slide');
    assert.equal(doc.getText(iaas.children[0].selectionRange), '## Team IaaS - Release 9');
  });

  it('folds per slide', async () => {
    const editor = await openInEditor('community-call/20261126.md');
    const ranges = await waitFor('folding ranges', async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
      return r?.length ? r : undefined;
    });
    const iaasLine = editor.document.getText().split('\n').indexOf('# Team IaaS') - 2;
    assert.ok(ranges.some((r) => r.start === iaasLine), `a folding range starts at the separator on line ${iaasLine}`);
  });
});
