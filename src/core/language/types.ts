/** A sentence (or a bullet, heading or table cell that stands for one) of a text. */
export interface Sentence {
  /** UTF-16 offsets into the text it was read from; `end` exclusive. */
  readonly start: number;
  readonly end: number;
  /** The sentence as written (line breaks inside it kept). */
  readonly text: string;
}

/** Universal part-of-speech tags (https://universaldependencies.org/u/pos/), as the model gives them. */
export type PartOfSpeech =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** As written. */
  readonly text: string;
  /** Lower case, curly apostrophes made straight. */
  readonly lower: string;
  /** Dictionary form, lower case ("went" → "go", "evenings" → "evening", "n't" → "not"). */
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  /** Offsets into the analysed sentence's text. */
  readonly start: number;
  readonly end: number;
}

/** A sentence read by the language model: plain data, so it can be cached (see `SentenceAnalyser`). */
export interface SentenceAnalysis {
  readonly tokens: readonly Token[];
}

/** The model: tokens with lemmas and parts of speech for a sentence. Synchronous once loaded. */
export interface LanguageModel {
  /** Changes whenever the model (or how we read it) changes what `analyse` returns; part of every cache key. */
  readonly version: string;
  analyse(sentence: string): SentenceAnalysis;
}

/** A number or quantity in a text ("three days", "a third", "$2M", "11%", "3x"). */
export interface Quantity {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The number it stands for: "a third" → 1/3, "11%" → 11, "$2M" → 2000000, "3x" → 3. */
  readonly value: number;
  /** number, percent, money, multiplier, fraction, or a unit noun in the singular ("day", "user", "ms"). */
  readonly kind: 'number' | 'percent' | 'money' | 'multiplier' | 'fraction' | 'ordinal' | 'unit';
  /** For `unit`: the unit ("day", "hour", "ms", "user"…); for money: the currency sign or code. */
  readonly unit?: string;
}
