import type { PartOfSpeech, SentenceAnalysis, Token } from './types';

/** A sentence's analysis in a compact, JSON-safe form: per token [start, end, lemma, pos]. */
export type PackedAnalysis = readonly (readonly [number, number, string, string])[];

/** Packs an analysis for a cache (the token texts come back from the sentence). */
export function packAnalysis(analysis: SentenceAnalysis): PackedAnalysis {
  return analysis.tokens.map((t) => [t.start, t.end, t.lemma, t.pos] as const);
}

/** Unpacks a cached analysis of `sentence`; undefined when it does not fit the sentence (a corrupt cache). */
export function unpackAnalysis(sentence: string, packed: unknown): SentenceAnalysis | undefined {
  if (!Array.isArray(packed)) return undefined;
  const tokens: Token[] = [];
  for (const entry of packed as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 4) return undefined;
    const [start, end, lemma, pos] = entry as [unknown, unknown, unknown, unknown];
    if (typeof start !== 'number' || typeof end !== 'number' || typeof lemma !== 'string' || typeof pos !== 'string') return undefined;
    if (!(start >= 0 && end >= start && end <= sentence.length)) return undefined;
    const text = sentence.slice(start, end);
    tokens.push({ text, lower: text.toLowerCase().replace(/[‘’]/g, "'"), lemma, pos: pos as PartOfSpeech, start, end });
  }
  return { tokens };
}
