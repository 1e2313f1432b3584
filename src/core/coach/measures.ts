/** What makes a Result measurable, and whose voice an Action speaks in. */

const NUMBER_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half)`;
const UNIT = String.raw`(?:ms|milliseconds?|seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|sprints?|months?|quarters?|years?|times|x|fold|percent|per\s?cent|percentage points?)`;

const MEASURES: readonly RegExp[] = [
  // Any figure: 40%, 3x, $2M, 5TB, 16-week, 2.5 years, 10,000.
  /(?<![\p{L}])\d[\d,.]*(?:\s?%|\s?x\b|[\p{L}]*)/u,
  // Number words with something counted: "five minutes", "two weeks", "three engineers", "half the time".
  new RegExp(String.raw`\b${NUMBER_WORD}(?:[\s-]+${NUMBER_WORD})*\s+(?:of\s+(?:the|our|my)\s+)?[\p{L}]+`, 'iu'),
  // A time: "a day", "an hour", "within a week", "per month", "overnight".
  new RegExp(String.raw`\b(?:a|an|one|per|each|every)\s+(?:single\s+)?${UNIT}\b|\bovernight\b`, 'i'),
  // Multipliers and percentages in words.
  /\b(?:doubled|halved|tripled|quadrupled|twice|thrice|percent)\b/i,
];

/** The first measurable outcome in `text[from, to)`: a number, a percentage, a time. */
export function findMeasure(text: string, from: number, to: number): { start: number; end: number } | undefined {
  const region = text.slice(from, to);
  let best: { start: number; end: number } | undefined;
  for (const re of MEASURES) {
    const m = re.exec(region);
    if (m && (!best || m.index < best.start - from)) best = { start: from + m.index, end: from + m.index + m[0].length };
  }
  return best;
}

export interface Voice {
  /** "I", "I'm", "I've", "I'd", "I'll", "me", "my", "mine", "myself". */
  readonly i: number;
  /** "we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves". */
  readonly we: number;
}

/** First person singular against plural in `text[from, to)`. "US" in capitals is the country. */
export function countVoice(text: string, from: number, to: number): Voice {
  const region = text.slice(from, to);
  const i = region.match(/\b(?:I(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b/g)?.length ?? 0;
  const we = region.match(/\b(?:[Ww]e(?:['’](?:re|ve|d|ll))?|us|Us|[Oo]urs?|[Oo]urselves)\b/g)?.length ?? 0;
  return { i, we };
}
