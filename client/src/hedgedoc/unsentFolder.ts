import * as vscode from 'vscode';

/** The folder of the files that keep unconfirmed live-note edits, in the extension's global storage. */
export function unsentFolder(context: vscode.ExtensionContext): vscode.Uri {
  return vscode.Uri.joinPath(context.globalStorageUri, 'hedgedoc-unsent');
}
