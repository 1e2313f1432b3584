import type * as vscode from 'vscode';
import { openLocalSharedFile } from '../platform/host';
import type { SharedTextFile } from './sharedTextFile';
import { WorkspaceFsTextFile } from './workspaceFsTextFile';

/** Stored files shared by every window, in the extension's global storage. */
export const SHARED_FILES = {
  quizProgress: { name: 'quiz-progress.json', what: 'quiz progress' },
  practiceRounds: { name: 'practice-rounds.json', what: 'practice rounds' },
} as const;

/**
 * The shared file `name` in `folder`: on the local disk with a lock between windows where the
 * host can (the desktop), otherwise through `vscode.workspace.fs`.
 */
export function openSharedFile(folder: vscode.Uri, file: { readonly name: string; readonly what: string }): SharedTextFile {
  return (folder.scheme === 'file' ? openLocalSharedFile(folder.fsPath, file.name, file.what) : undefined) ?? new WorkspaceFsTextFile(folder, file.name, file.what);
}
