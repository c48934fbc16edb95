import * as vscode from 'vscode';
import { CloseAction, type ErrorHandler, ErrorAction } from 'vscode-languageclient/node';

/** How many restarts in a row we allow before giving up (each within `WINDOW_MS` of the last). */
const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60 * 1000;

/**
 * Restarts the language server when its process dies, and tells the user once per session rather than on
 * every crash. After repeated crashes in a short time it stops and says how to get help.
 */
export function restartingErrorHandler(output: () => vscode.OutputChannel | undefined): ErrorHandler {
  let restarts: number[] = [];
  let told = false;
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      restarts = restarts.filter((t) => now - t < WINDOW_MS);
      restarts.push(now);
      if (restarts.length > MAX_RESTARTS) {
        const message = 'The SCS Deck language server keeps stopping; it will not be restarted. See the "SCS Deck" output for details and reload the window to try again.';
        void vscode.window.showErrorMessage(message, 'Show Output').then((pick) => pick && output()?.show());
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      if (!told) {
        told = true;
        void vscode.window.showWarningMessage('The SCS Deck language server stopped unexpectedly and was restarted.');
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
