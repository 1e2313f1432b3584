import type { LanguageModel } from '../../core/language/types';
import { packAnalysis, type PackedAnalysis } from '../../core/language/packedAnalysis';

/**
 * What the editor and the language model's worker (a Node worker thread on the desktop, a Web
 * Worker on the web) say to each other. In: a batch of sentences. Out: their analyses in the same
 * order, or `{ error }` once if the model cannot load.
 */
export interface AnalyseRequest {
  id: number;
  sentences: string[];
}

export type WorkerAnswer = { id: number; analyses: PackedAnalysis[] } | { error: string };

/** The answer to one batch: a sentence the model chokes on gets an empty analysis, not a lost batch. */
export function answerRequest(model: LanguageModel, request: AnalyseRequest): WorkerAnswer {
  const analyses = request.sentences.map((s) => {
    try {
      return packAnalysis(model.analyse(s));
    } catch {
      return [];
    }
  });
  return { id: request.id, analyses };
}
