/**
 * Present mode and the way back: Present maximises the preview's group and hides the side bar; while it
 * lasts a status-bar item and a button in the preview offer "Stop presenting", which restores the layout.
 * Closing the presented preview stops too.
 */
import * as vscode from 'vscode';
import type { DeckPreview } from './panel';

export const PRESENTING_CONTEXT = 'scsDeck.presenting';
export const STOP_PRESENTING_COMMAND = 'scsDeck.stopPresenting';

export class Presenting implements vscode.Disposable {
  private preview: DeckPreview | undefined;
  private closed: vscode.Disposable | undefined;
  private readonly item = vscode.window.createStatusBarItem('scsDeck.presenting', vscode.StatusBarAlignment.Left, 1000);
  private readonly command = vscode.commands.registerCommand(STOP_PRESENTING_COMMAND, () => this.stop());

  constructor() {
    this.item.name = 'SCS Deck: Presenting';
    this.item.text = '$(screen-normal) Stop presenting';
    this.item.tooltip = 'Restore the editor layout (side bar, editor groups)';
    this.item.command = STOP_PRESENTING_COMMAND;
  }

  get active(): boolean {
    return this.preview !== undefined;
  }

  async start(preview: DeckPreview): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.maximizeEditorHideSidebar').then(undefined, () =>
      vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup'));
    this.closed?.dispose();
    this.preview = preview;
    this.closed = preview.panel.onDidDispose(() => void this.stop());
    this.item.show();
    await vscode.commands.executeCommand('setContext', PRESENTING_CONTEXT, true);
    preview.setPresenting(true);
  }

  /** Undoes what `start` changed: the group is no longer maximised and the side bar is back. */
  async stop(): Promise<void> {
    const preview = this.preview;
    if (!preview) return;
    this.preview = undefined;
    this.closed?.dispose();
    this.closed = undefined;
    this.item.hide();
    await vscode.commands.executeCommand('setContext', PRESENTING_CONTEXT, false);
    preview.setPresenting(false);
    const run = (id: string) => vscode.commands.executeCommand(id).then(undefined, () => undefined);
    // Arranging the groups evenly ends a maximised group; then the side bar is shown again.
    await run('workbench.action.evenEditorWidths');
    await run('workbench.action.focusSideBar');
    await run('workbench.action.focusActiveEditorGroup');
  }

  dispose(): void {
    this.closed?.dispose();
    this.item.dispose();
    this.command.dispose();
  }
}
