import * as vscode from 'vscode';

const cache = new Map<string, Promise<string | undefined>>();

/**
 * The text of one of the extension's own files (a webview's stylesheet or script), read once per
 * session through `vscode.workspace.fs` (so the web host can too); undefined when it cannot be
 * read, and then the page links the file instead.
 */
export function webviewAsset(extensionUri: vscode.Uri, path: string): Promise<string | undefined> {
  const key = vscode.Uri.joinPath(extensionUri, path).toString();
  let text = cache.get(key);
  if (!text) {
    text = Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, path))).then(
      (bytes) => new TextDecoder().decode(bytes),
      () => {
        cache.delete(key);
        return undefined;
      },
    );
    cache.set(key, text);
  }
  return text;
}
