// What every integration test needs of the running extension and its workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension/activate';

export const EXTENSION_ID = 'interview-coach.interview-coach';

/** The extension's API (what `activate` returns), with its content pack loaded. */
export async function api(): Promise<InterviewCoachApi> {
  const ext = vscode.extensions.getExtension<InterviewCoachApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  const coach = await ext.activate();
  await coach.packs.get();
  return coach;
}

/** A path in the (temporary copy of the) fixture workspace. */
export function workspaceUri(...path: string[]): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, ...path);
}

/** The next event that satisfies `test`. */
export function next<T>(event: vscode.Event<T>, test: (value: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const sub = event((value) => {
      if (!test(value)) return;
      sub.dispose();
      resolve(value);
    });
  });
}

/** Whether a file exists in the workspace: the extension's own check. */
export { fileExists as exists } from '../../src/extension/util/fileExists';
