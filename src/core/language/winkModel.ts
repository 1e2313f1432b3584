import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { LanguageModel, PartOfSpeech, SentenceAnalysis, Token } from './types';

import { LANGUAGE_MODEL_VERSION } from './modelVersion';
export { WINK_MODEL_VERSION, WINK_NLP_VERSION } from './modelVersion';

/**
 * The language model: wink-nlp with its English "lite web" model (pure JavaScript, no Node
 * built-ins: it runs in a web worker as well as in Node). Loading costs a few hundred
 * milliseconds, so only hosts call this, lazily, when a sentence needs reading (see
 * docs/language-layer.md); importing this file is what pulls the model into a bundle.
 */
export function createLanguageModel(): LanguageModel {
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  const version = LANGUAGE_MODEL_VERSION;
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
        // The model sometimes keeps "I'm" or "we're" whole: split it as it splits the others.
        const glued = /^(i|you|we|they|he|she|it)('m|'re|'s|'ve|'d|'ll)$/.exec(lower);
        if (glued) {
          const cut = start + glued[1]!.length;
          const clitic = glued[2]!;
          const cliticLemma = clitic === "'m" || clitic === "'re" || clitic === "'s" ? 'be' : clitic === "'ve" ? 'have' : clitic === "'d" ? 'would' : 'will';
          tokens.push({ text: sentence.slice(start, cut), lower: glued[1]!, lemma: glued[1]!, pos: 'PRON', start, end: cut });
          tokens.push({ text: sentence.slice(cut, end), lower: clitic, lemma: cliticLemma, pos: 'AUX', start: cut, end });
          continue;
        }
        tokens.push({ text, lower, lemma, pos: (pos[i] ?? 'X') as PartOfSpeech, start, end });
      }
      return { tokens };
    },
  };
}
