import { createConnection, DidChangeConfigurationNotification, ProposedFeatures } from 'vscode-languageserver/node';
import { CAPABILITIES } from './lsp/capabilities';
import { ServerContext } from './lsp/context';
import { registerOutline } from './lsp/outlineFeatures';
import { registerSlidesRequest } from './lsp/slidesRequest';
import { registerDeckState } from './lsp/deckState';
import { registerOutlineChanges } from './lsp/outlineChanges';
import { registerRenderRequest } from './lsp/renderRequest';
import { registerExportRequest } from './lsp/exportRequest';
import { registerCompletion } from './lsp/completion';
import { registerHover } from './lsp/hover';
import { registerLinting } from './lsp/linting';
import { registerMemoryRequest } from './lsp/memoryRequest';
import { createStdioConnection } from './lsp/stdioTransport';

/**
 * The SCS Deck language server. The transport is picked from the command line: `--stdio` for other editors
 * (our own tolerant reader), anything else (IPC from VS Code) by vscode-languageserver.
 */
export function startServer(): void {
  const connection = process.argv.includes('--stdio') ? createStdioConnection() : createConnection(ProposedFeatures.all);
  const ctx = new ServerContext(connection);
  let dynamicConfig = false;
  let watchFiles = false;
  const linting = registerLinting(ctx);
  const deckState = registerDeckState(ctx);

  connection.onInitialize((params) => {
    const caps = params.capabilities;
    ctx.settings.enable(!!caps.workspace?.configuration);
    dynamicConfig = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    watchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return { capabilities: CAPABILITIES, serverInfo: { name: 'scs-deck', version: VERSION } };
  });
  connection.onInitialized(() => {
    if (dynamicConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'scsDeck' });
    linting.initialized(watchFiles);
  });
  connection.onDidChangeConfiguration(() => {
    ctx.settings.clear();
    ctx.resetDetection();
    linting.settingsChanged();
    deckState.refreshAll();
  });

  registerOutline(ctx);
  registerOutlineChanges(ctx);
  registerSlidesRequest(ctx);
  registerRenderRequest(ctx);
  registerExportRequest(ctx);
  registerCompletion(ctx);
  registerHover(ctx);
  registerMemoryRequest(ctx);

  ctx.documents.listen(connection);
  connection.listen();
}

declare const VERSION: string;

