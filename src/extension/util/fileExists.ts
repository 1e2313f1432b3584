import * as vscode from 'vscode';

/** Whether `uri` names something on its file system (any scheme, through `vscode.workspace.fs`). */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
