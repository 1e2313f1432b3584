/**
 * The desktop entry (`main`): the Node extension host runs the same bundle as the browser
 * (`browser`: dist/web/extension.js), so the .vsix carries the extension's code once. This file
 * only gives that bundle what Node alone has: the home folder, for `~/…` in interviewCoach.contentPath,
 * files in the global storage that windows share under a lock (quiz progress, practice rounds),
 * and a worker thread for the language model, so it never loads on the extension host's thread.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as Extension from './activate';
import { LockedTextFile } from './storage/lockedTextFile';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const extension = require('./web/extension.js') as typeof Extension;

extension.setHost({
  homeDirectory: () => process.env['HOME'] ?? process.env['USERPROFILE'],
  openLocalSharedFile: (folderPath, name, what) => new LockedTextFile(folderPath, name, what),
  startLanguageWorker: (dist) => {
    const worker = new Worker(join(dist.fsPath, 'language-worker.js'));
    worker.unref();
    return {
      kind: 'worker thread',
      post: (message) => worker.postMessage(message),
      onMessage: (listener) => worker.on('message', listener),
      onError: (listener) => worker.on('error', listener),
      terminate: () => void worker.terminate(),
    };
  },
});

export const activate = extension.activate;
export const deactivate = extension.deactivate;
