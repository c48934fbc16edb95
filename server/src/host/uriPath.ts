import { URI } from 'vscode-uri';

/** The file-system path of a `file:` URI; undefined for other schemes (virtual workspaces) or a bad URI. */
export function fsPath(uri: string): string | undefined {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a URI (or path) names a Markdown file. */
export function isMarkdownUri(uri: string): boolean {
  return /\.(md|markdown)$/i.test(uri);
}
