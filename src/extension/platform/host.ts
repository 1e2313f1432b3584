import type { Uri } from 'vscode';
import type { SharedTextFile } from '../storage/sharedTextFile';
import { startWebLanguageWorker } from './webLanguageWorker';

/**
 * What the extension needs of its host beyond the `vscode` API. The extension's code is one
 * bundle for both extension hosts (dist/web/extension.js, built for the browser: no `process`,
 * no `Buffer`, no Node module). The desktop entry (src/extension/node.ts) hands it what only Node
 * has through `setHost`; in the web worker host (vscode.dev, github.dev) the defaults apply.
 */
export interface Host {
  /** The user's home folder, for `~/…` in settings; undefined when there is none (the web). */
  homeDirectory(): string | undefined;
  /**
   * A file in a local folder that several windows share, with a lock between them (Node's `fs`);
   * undefined where the host has no local file system (the web).
   */
  openLocalSharedFile?(folderPath: string, name: string, what: string): SharedTextFile;
  /**
   * Starts the language model's worker from the extension's `dist` folder: on the desktop a Node
   * worker thread (dist/language-worker.js), on the web (the default) a Web Worker
   * (./webLanguageWorker.ts); undefined where the host cannot (then red flags are matched by
   * phrase only).
   */
  startLanguageWorker?(dist: Uri): LanguageWorker;
}

/** The language model's worker, as the editor's sentence analyser talks to it. */
export interface LanguageWorker {
  /** What runs it, for the log: "worker thread", "web worker". */
  readonly kind: string;
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onError(listener: (error: Error) => void): void;
  terminate(): void;
}

let host: Host = { homeDirectory: () => undefined, startLanguageWorker: startWebLanguageWorker };

export function setHost(next: Host): void {
  host = next;
}

export function homeDirectory(): string | undefined {
  return host.homeDirectory();
}

export function startLanguageWorker(dist: Uri): LanguageWorker | undefined {
  return host.startLanguageWorker?.(dist);
}

export function openLocalSharedFile(folderPath: string, name: string, what: string): SharedTextFile | undefined {
  return host.openLocalSharedFile?.(folderPath, name, what);
}

/**
 * Lets the extension host run other work before continuing (between slices of a long lint).
 * Node's setImmediate where there is one; the web worker host has none, so a zero timeout there.
 */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/** Bytes as base64, without Node's Buffer. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
