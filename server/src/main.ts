/**
 * The one server-side bundle (`dist/server.js`): VS Code forks it as the language server, and `bin/scs-deck.js`
 * requires it for the CLI. One bundle, so the core ships once.
 */
import { startServer } from './server';

export { run } from './cli/main';
export { startServer };

if (require.main === module) startServer();
