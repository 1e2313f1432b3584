/**
 * The language model's Web Worker, for the web worker extension host (vscode.dev, github.dev,
 * code-server in a browser). The extension host starts it from one script: dist/language-model.js
 * (which sets the global named by __LANGUAGE_MODEL_GLOBAL__) followed by this file
 * (see src/extension/platform/webLanguageWorker.ts). It then loads the model off the extension
 * host's thread and answers batches of sentences as the desktop's worker thread does
 * (./languageWorker.ts, protocol: ./languageWorkerProtocol.ts).
 */
import type { LanguageModel } from '../../core/language/types';
import { answerRequest, type AnalyseRequest } from './languageWorkerProtocol';

declare const __LANGUAGE_MODEL_GLOBAL__: string;

/** The worker's global scope, as far as this file uses it (the project's types are the DOM's, not a worker's). */
const scope = globalThis as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: AnalyseRequest }) => void) | null;
} & Record<string, unknown>;

let model: LanguageModel | undefined;
try {
  const loaded = scope[__LANGUAGE_MODEL_GLOBAL__] as { createLanguageModel(): LanguageModel } | undefined;
  if (!loaded) throw new Error(`the language model's script did not run before the worker (no global ${__LANGUAGE_MODEL_GLOBAL__})`);
  model = loaded.createLanguageModel();
} catch (err) {
  scope.postMessage({ error: (err as Error).message });
}

scope.onmessage = (event) => {
  if (model) scope.postMessage(answerRequest(model, event.data));
};
