import { completeAt } from '../core/features/completion';
import { WORKSPACE_TRUST_NOTIFICATION, type WorkspaceTrustParams } from '../protocol';
import type { CancellationToken, CompletionParams } from 'vscode-languageserver/node';
import type { ServerContext } from './context';
import { isMarkdownUri } from '../host/uriPath';
import { guarded } from './guard';
import { WorkspaceDecks } from './workspaceDecks';

/** Characters after which completion opens by itself (Markdown has quick suggestions off by default). */
export const COMPLETION_TRIGGERS = [':', ' ', '@', '"', '/'];

/** Completion in decks: one core call over the shared parse, with the workspace's template and handles. */
export function registerCompletion(ctx: ServerContext, workspace = new WorkspaceDecks(ctx)): void {
  ctx.connection.onNotification(WORKSPACE_TRUST_NOTIFICATION, (params: WorkspaceTrustParams) => {
    workspace.trusted = params.trusted;
    workspace.clear();
  });
  // A deck or the template saved, created or deleted: scan again on the next completion, not a minute later.
  ctx.onFilesChanged((changes) => {
    if (changes.some((c) => isMarkdownUri(c.uri))) workspace.clear();
  });
  ctx.connection.onCompletion(guarded(ctx, 'completion', null, async (params: CompletionParams, token: CancellationToken) => {
    const deck = await ctx.deck(params.textDocument.uri);
    if (!deck || token.isCancellationRequested) return null;
    const [structure, handles] = await Promise.all([workspace.template(params.textDocument.uri), workspace.handles(params.textDocument.uri)]);
    if (token.isCancellationRequested) return null;
    const items = completeAt(deck, deck.lines.offsetAt(params.position), {
      structure,
      handles,
      today: new Date(),
      triggerCharacter: params.context?.triggerCharacter,
    });
    return { isIncomplete: false, items };
  }));
}
