/**
 * The language layer: pure, browser-safe (no `vscode`, no Node built-ins), and it knows nothing
 * of packs, rules or the quiz.
 *
 * Without the model (cheap, any time):
 * - `splitSentences(text)`: markdown-aware sentences with offsets (bullets, headings and table
 *   cells end one; a line break inside a paragraph does not).
 * - `readQuantities(text)`: numbers and quantities ("three days", "a third", "$2M", "11%", "3x").
 * - `mayPointBack(text)`: whether a sentence may take a stance on the one before it ("I'd want
 *   the same here."), so a host knows which pairs to read together.
 *
 * With the model (a `LanguageModel`: tokens, lemmas, parts of speech of one sentence):
 * - `readSentence(model.analyse(s.text), s.text)`: negation scope per token, quotes, stance
 *   (wants / proposes / reports / describes / advice), tense and person.
 * - `tenseOf(tokens)`, `personOf(tokens)`.
 *
 * The model itself is created by `createLanguageModel()` in `./winkModel` — import that file
 * only where the model is wanted: it pulls wink-nlp and its English model (~4 MB) into a bundle
 * and takes a few hundred milliseconds to load. Hosts load it lazily (see docs/language-layer.md).
 */
export type { Sentence, Token, PartOfSpeech, SentenceAnalysis, LanguageModel, Quantity } from './types';
export { splitSentences } from './sentences';
export { readQuantities, readQuantityAt } from './quantities';
export { readSentence, tenseOf, personOf, type SentenceReading, type Stance } from './reading';
export { mayAnnounce, mayPointBack, refusesWhatCameBefore, speakersCue, wantsWhatCameBefore } from './pointingBack';
export { LANGUAGE_MODEL_VERSION } from './modelVersion';
export { packAnalysis, unpackAnalysis, type PackedAnalysis } from './packedAnalysis';
