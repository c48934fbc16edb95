import { createConnection, DidChangeConfigurationNotification, ProposedFeatures } from 'vscode-languageserver/node';
import { CAPABILITIES } from './lsp/capabilities';
import { ServerContext } from './lsp/context';
import { registerOutline } from './lsp/outlineFeatures';
import { registerSlidesRequest } from './lsp/slidesRequest';
import { registerRenderRequest } from './lsp/renderRequest';
import { registerCompletion } from './lsp/completion';
import { registerHover } from './lsp/hover';
import { registerLinting } from './lsp/linting';

/**
 * The SCS Deck language server. The transport (IPC from VS Code, or `--stdio` for other editors) is picked
 * from the command line by vscode-languageserver.
 */
export function startServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  const ctx = new ServerContext(connection);
  let dynamicConfig = false;
  let watchFiles = false;
  const linting = registerLinting(ctx);

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
  });

  registerOutline(ctx);
  registerSlidesRequest(ctx);
  registerRenderRequest(ctx);
  registerCompletion(ctx);
  registerHover(ctx);

  ctx.documents.listen(connection);
  connection.listen();
}

declare const VERSION: string;

