import { DidChangeWatchedFilesNotification } from 'vscode-languageserver/node';
import { isMarkdownUri } from '../host/uriPath';
import { registerCodeActions } from './codeActions';
import type { ServerContext } from './context';
import { registerDiagnostics } from './diagnostics';
import { LintService } from './lintService';
import { registerPreviewReport } from './previewReport';

/**
 * Diagnostics and code actions for decks. `initialized()` asks the client to watch `.scs-deck.json` files, images and Markdown;
 * `settingsChanged()` re-lints every open document. The preview's reports (`scsDeck/previewReport`) re-lint theirs.
 */
export function registerLinting(ctx: ServerContext): { initialized(canWatch: boolean): void; settingsChanged(): void } {
  const service = new LintService((m) => ctx.connection.console.error(m));
  const diagnostics = registerDiagnostics(ctx, service);
  registerCodeActions(ctx, service);
  registerPreviewReport(ctx, (state) => diagnostics.refresh(state));
  ctx.onFilesChanged((changes) => {
    // Markdown files are watched for completion's handles and template; they change no lint result.
    if (changes.every((c) => isMarkdownUri(c.uri))) return;
    service.filesChanged();
    diagnostics.refreshAll();
  });
  return {
    initialized(canWatch) {
      if (!canWatch) return;
      void ctx.connection.client.register(DidChangeWatchedFilesNotification.type, {
        // Images too: slide rules asked `fileExists` about them, and their cached answers must go.
        // Markdown too: completion offers the handles and template sections found in the workspace's decks.
        watchers: [{ globPattern: '**/.scs-deck.json' }, { globPattern: '**/*.{png,jpg,jpeg,gif,svg,webp}' }, { globPattern: '**/*.md' }],
      });
    },
    settingsChanged: () => diagnostics.refreshAll(),
  };
}
