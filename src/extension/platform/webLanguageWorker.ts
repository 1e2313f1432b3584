import type { Uri } from 'vscode';
import type { LanguageWorker } from './host';

/**
 * The language model's worker in the web worker extension host (vscode.dev, github.dev,
 * code-server in a browser): a Web Worker nested in the extension host's own worker, so the model
 * (~3.5 MB of script, a few hundred milliseconds to load) never runs on the extension host's
 * thread, as on the desktop.
 *
 * Its script is dist/language-model.js (the same file the desktop and the CLI `require`: it also
 * sets a global) followed by dist/web/language-worker.js, fetched from wherever the workbench
 * serves the extension and started from one Blob URL. A Blob because the extension's files may
 * sit on another origin (vscode.dev's CDN) or behind a scheme only the extension host's `fetch`
 * understands (code-server's `vscode-remote:`, which VS Code's `Worker` refuses outright), while
 * a worker's script must be same-origin; the web worker host's CSP allows `blob:` workers.
 * Messages posted before the worker exists wait for it; a failure to fetch or start reaches
 * `onError`.
 */
export function startWebLanguageWorker(dist: Uri): LanguageWorker {
  const messageListeners: ((message: unknown) => void)[] = [];
  const errorListeners: ((error: Error) => void)[] = [];
  const queued: unknown[] = [];
  let worker: Worker | undefined;
  let scriptUrl: string | undefined;
  let terminated = false;

  const release = (): void => {
    if (scriptUrl) URL.revokeObjectURL(scriptUrl);
    scriptUrl = undefined;
  };
  const fail = (err: unknown): void => {
    release();
    const error = err instanceof Error ? err : new Error(String(err));
    for (const listener of errorListeners) listener(error);
  };

  void (async () => {
    if (typeof Worker !== 'function') throw new Error('this extension host has no Web Worker');
    const [model, code] = await Promise.all([fetchScript(child(dist, 'language-model.js')), fetchScript(child(dist, 'web/language-worker.js'))]);
    if (terminated) return;
    scriptUrl = URL.createObjectURL(new Blob([model, '\n;\n', code], { type: 'text/javascript' }));
    const started = new Worker(scriptUrl, { name: 'Interview Coach language model' });
    started.onmessage = (event: MessageEvent) => {
      // The worker has run its script by the time it answers: the Blob is no longer needed.
      release();
      for (const listener of messageListeners) listener(event.data);
    };
    started.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      fail(new Error(event.message || 'the language worker failed to start'));
    };
    worker = started;
    for (const message of queued.splice(0)) started.postMessage(message);
  })().catch(fail);

  return {
    kind: 'web worker',
    post: (message) => (worker ? worker.postMessage(message) : queued.push(message)),
    onMessage: (listener) => void messageListeners.push(listener),
    onError: (listener) => void errorListeners.push(listener),
    terminate: () => {
      terminated = true;
      worker?.terminate();
      release();
    },
  };
}

/** A file under `dist`, without importing `vscode` (Uri.joinPath) into this module. */
function child(dist: Uri, path: string): Uri {
  return dist.with({ path: `${dist.path.replace(/\/$/, '')}/${path}` });
}

/**
 * A script's bytes. The web worker host's `fetch` maps the extension's `file:` and `vscode-remote:`
 * URIs to the URLs the workbench serves them at; `https:` ones (vscode.dev) it fetches as they are.
 */
async function fetchScript(uri: Uri): Promise<Blob> {
  const res = await fetch(uri.toString(true));
  if (!res.ok) throw new Error(`fetching ${uri.path} answered HTTP ${res.status}`);
  return res.blob();
}
