import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { LanguageModel, PartOfSpeech, SentenceAnalysis, Token } from './types';

/** Bump when how we read the model's output changes (it is part of every analysis cache key). */
const READER_VERSION = 1;
/** The installed versions (a unit test checks them against node_modules). */
export const WINK_NLP_VERSION = '2.4.0';
export const WINK_MODEL_VERSION = '1.8.1';

/**
 * The language model: wink-nlp with its English "lite web" model (pure JavaScript, no Node
 * built-ins: it runs in a web worker as well as in Node). Loading costs a few hundred
 * milliseconds, so only hosts call this, lazily, when a sentence needs reading (see
 * docs/language-layer.md); importing this file is what pulls the model into a bundle.
 */
export function createLanguageModel(): LanguageModel {
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  const version = `wink-nlp@${WINK_NLP_VERSION}+wink-eng-lite-web-model@${WINK_MODEL_VERSION}+reader@${READER_VERSION}`;
  return {
    version,
    analyse(sentence: string): SentenceAnalysis {
      const doc = nlp.readDoc(sentence);
      const values = doc.tokens().out(its.value) as string[];
      const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
      const pos = doc.tokens().out(its.pos) as string[];
      const tokens: Token[] = [];
      let at = 0;
      for (let i = 0; i < values.length; i++) {
        const text = values[i]!;
        let start = sentence.indexOf(text, at);
        // The model may normalise a token (rare); then it keeps its place without an exact span.
        if (start < 0) start = at;
        const end = Math.min(sentence.length, start + text.length);
        at = end;
        const lower = text.toLowerCase().replace(/[‘’]/g, "'");
        let lemma = (lemmas[i] ?? lower).toLowerCase().replace(/[‘’]/g, "'");
        if (lower === "n't" || lower === 'nt') lemma = 'not';
        tokens.push({ text, lower, lemma, pos: (pos[i] ?? 'X') as PartOfSpeech, start, end });
      }
      return { tokens };
    },
  };
}
