import { type Connection, createConnection, DidChangeConfigurationNotification, ProposedFeatures } from 'vscode-languageserver/node';
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
import { registerNewDeckRequests } from './lsp/newDeckRequests';
import { WorkspaceDecks } from './lsp/workspaceDecks';
import { createStdioConnection } from './lsp/stdioTransport';

/**
 * The SCS Deck language server. The transport is picked from the command line: `--stdio` for other editors
 * (our own tolerant reader), anything else (IPC from VS Code) by vscode-languageserver.
 */
export function startServer(): void {
  serve(process.argv.includes('--stdio') ? createStdioConnection() : createConnection(ProposedFeatures.all));
}

/** Wires every feature to `connection` and starts listening. Tests serve an in-memory connection this way. */
export function serve(connection: Connection): ServerContext {
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
    ctx.configurationChanged();
    linting.settingsChanged();
    deckState.refreshAll();
  });

  registerOutline(ctx);
  registerOutlineChanges(ctx);
  registerSlidesRequest(ctx);
  registerRenderRequest(ctx);
  registerExportRequest(ctx);
  const workspace = new WorkspaceDecks(ctx);
  registerCompletion(ctx, workspace);
  registerNewDeckRequests(ctx, workspace);
  registerHover(ctx);
  registerMemoryRequest(ctx);

  ctx.documents.listen(connection);
  connection.listen();
  return ctx;
}

declare const VERSION: string;

