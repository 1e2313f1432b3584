/**
 * The language model's worker thread on the desktop: loads wink-nlp and its model (a few hundred
 * milliseconds) off the extension host's thread, then analyses the sentences it is sent
 * (protocol: ./languageWorkerProtocol.ts). The web's counterpart is ./webLanguageWorker.ts.
 */
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { LanguageModel } from '../../core/language/types';
import { answerRequest, type AnalyseRequest } from './languageWorkerProtocol';

let model: LanguageModel | undefined;
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  model = (require(join(__dirname, 'language-model.js')) as { createLanguageModel(): LanguageModel }).createLanguageModel();
} catch (err) {
  parentPort?.postMessage({ error: (err as Error).message });
}

parentPort?.on('message', (message: AnalyseRequest) => {
  if (model) parentPort!.postMessage(answerRequest(model, message));
});
