import { type CodeAction, CodeActionKind, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { Deck } from '../core';
import { applyEdits } from '../core/rules/applyEdits';
import { checkSeverities } from '../core/rules/config';
import { fixAll, preferredEdits } from '../core/rules/fixAll';
import { RULES } from '../core/rules/registry';
import type { ServerContext } from './context';
import { type DiagnosticData, SOURCE } from './diagnostics';
import type { DocumentState } from './documentState';
import type { LintService } from './lintService';

/** `source.fixAll.scsDeck`: what `editor.codeActionsOnSave` asks for. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.scsDeck`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/**
 * Quick fixes chosen by `diagnostic.code` (the fixes travel in `diagnostic.data`), "Fix all <rule> problems",
 * and the source action that applies every preferred fix. `context.only` is respected.
 */
export function registerCodeActions(ctx: ServerContext, lint: LintService): void {
  ctx.connection.onCodeAction(async (params) => {
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    // Source actions only when asked for (Source Action… menu, codeActionsOnSave): not on every cursor move.
    const wantsFixAll = !!only && wants(FIX_ALL_KIND);
    const uri = params.textDocument.uri;
    const doc = ctx.documents.get(uri);
    const deck = doc && (await ctx.deck(uri));
    if (!doc || !deck) return [];
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
      for (const d of ours) actions.push(...quickFixes(uri, d));
      for (const rule of new Set(ours.map((d) => String(d.code)))) {
        const all = await fixAllAction(ctx, lint, doc, deck, [rule], `Fix all ${rule} problems`, CodeActionKind.QuickFix, false);
        if (all && all.count > 1) actions.push(all.action);
      }
    }
    if (wantsFixAll) {
      const all = await fixAllAction(ctx, lint, doc, deck, undefined, 'Fix all SCS Deck problems', FIX_ALL_KIND, true);
      if (all) actions.push(all.action);
    }
    return actions;
  });
}

function quickFixes(uri: string, d: Diagnostic): CodeAction[] {
  const data = d.data as DiagnosticData | undefined;
  return (data?.fixes ?? []).map((f) => ({
    title: f.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    isPreferred: f.preferred,
    edit: { changes: { [uri]: f.edits } },
  }));
}

/**
 * One action applying the preferred fixes of `rules` (all rules when undefined). With `iterate`, fixes are
 * repeated to a fixed point: when one round reaches it its edits are used as they are, otherwise one edit
 * covers the changed span. Without, one round (cheap enough to offer beside every quick fix).
 */
async function fixAllAction(ctx: ServerContext, lint: LintService, doc: DocumentState, deck: Deck, rules: string[] | undefined, title: string, kind: string, iterate: boolean): Promise<{ action: CodeAction; count: number } | undefined> {
  const settings = await ctx.settings.get(doc.uri);
  const { diagnostics, config } = lint.lint(doc, deck, settings, rules);
  const applied: Record<string, number> = {};
  // With the text's length, a fix reaching outside the text is left out, as in fixAll, instead of breaking the action.
  const edits = preferredEdits(diagnostics, applied, deck.text.length);
  const count = Object.values(applied).reduce((a, b) => a + b, 0);
  if (edits.length === 0) return undefined;
  const text = doc.getText();
  const options = { only: rules, repo: config.rules, settings: checkSeverities(settings.rules, RULES, []) };
  const final = iterate ? fixAll(text, options).text : '';
  const once = iterate ? applyEdits(deck.text, edits) : '';
  const lspEdits: TextEdit[] = !iterate || once === final || text !== deck.text
    ? edits.map((e) => ({ range: deck.range(e.start, e.end), newText: e.newText }))
    : [spanEdit(doc.document, text, final)];
  return { action: { title, kind, edit: { changes: { [doc.uri]: lspEdits } } }, count };
}

/** One edit replacing only the span where `before` and `after` differ. */
function spanEdit(doc: DocumentState['document'], before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { range: { start: doc.positionAt(start), end: doc.positionAt(before.length - end) }, newText: after.slice(start, after.length - end) };
}
