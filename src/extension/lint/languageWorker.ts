/**
 * The language model's worker thread: loads wink-nlp and its model (a few hundred milliseconds)
 * off the extension host's thread, then analyses the sentences it is sent.
 * Protocol: in `{ id, sentences: string[] }`; out `{ id, analyses: PackedAnalysis[] }`, or
 * `{ error }` once if the model cannot load.
 */
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { LanguageModel } from '../../core/language/types';
import { packAnalysis } from '../../core/language/packedAnalysis';

let model: LanguageModel | undefined;
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  model = (require(join(__dirname, 'language-model.js')) as { createLanguageModel(): LanguageModel }).createLanguageModel();
} catch (err) {
  parentPort?.postMessage({ error: (err as Error).message });
}

parentPort?.on('message', (message: { id: number; sentences: string[] }) => {
  if (!model) return;
  const analyses = message.sentences.map((s) => {
    try {
      return packAnalysis(model!.analyse(s));
    } catch {
      return [];
    }
  });
  parentPort!.postMessage({ id: message.id, analyses });
});
