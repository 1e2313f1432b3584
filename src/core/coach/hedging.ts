/** A hedge found in spoken prose. */
export interface Hedge {
  /** The hedge as the guide of hedges names it: "I think", "kind of", "just"... */
  readonly hedge: string;
  readonly start: number;
  readonly end: number;
  /** True when it opens a sentence (deleting it would leave a lower-case start). */
  readonly sentenceStart: boolean;
}

const HEDGES: readonly { readonly hedge: string; readonly re: RegExp }[] = [
  { hedge: 'I think', re: /\bI think\b/gi },
  { hedge: 'I guess', re: /\bI guess\b/gi },
  { hedge: 'kind of', re: /\b(?:kind of|kinda)\b/gi },
  { hedge: 'sort of', re: /\b(?:sort of|sorta)\b/gi },
  { hedge: 'just', re: /\bjust\b/gi },
  { hedge: 'maybe', re: /\bmaybe\b/gi },
];

/** "the kind of problem", "what sort of model": a noun, not a hedge. */
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|these|those|what|which|any|some|every|each|same|one|my|our|your|their|his|her|its|no|other|another|of|certain|particular|new|right|wrong|first)\s+$/i;
/** "just-in-time", "just as", "not just", "just in case": not a softener. */
const JUST_LOOKALIKE_AFTER = /^(?:[-\u2010\u2011]in[-\u2010\u2011]time|\s+in\s+(?:time|case)|\s+as\b)/i;
const JUST_LOOKALIKE_BEFORE = /\bnot\s+$/i;
/** "what I think", "how I think about": reporting a view when asked, not hedging. */
const THINK_REPORTED = /\b(?:what|how|why|when|where)\s+$/i;

export function findHedges(spoken: string, from: number, to = spoken.length): Hedge[] {
  const out: Hedge[] = [];
  for (const { hedge, re } of HEDGES) {
    re.lastIndex = from;
    for (let m = re.exec(spoken); m && m.index < to; m = re.exec(spoken)) {
      const before = spoken.slice(Math.max(0, m.index - 30), m.index);
      const after = spoken.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if ((hedge === 'kind of' || hedge === 'sort of') && /^(?:kind|sort) of$/i.test(m[0]) && DETERMINER_BEFORE.test(before)) continue;
      if (hedge === 'just' && (JUST_LOOKALIKE_AFTER.test(after) || JUST_LOOKALIKE_BEFORE.test(before))) continue;
      if ((hedge === 'I think' || hedge === 'I guess') && THINK_REPORTED.test(before)) continue;
      // "I think" at the start is "I" regardless of case; "i think" in "Hawaii think" is not a word start.
      const sentenceStart = /(?:^|[.!?]\s+|\n\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)?|\*\*\s*|"\s*)$/.test(spoken.slice(Math.max(from, m.index - 12), m.index)) || m.index === from;
      out.push({ hedge, start: m.index, end: m.index + m[0].length, sentenceStart });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
