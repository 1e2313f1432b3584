/** What makes a Result measurable, what makes one vague, and whose voice a part speaks in. */

const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|a third|a quarter|a fifth|a tenth|two thirds|three quarters)`;
const UNIT = String.raw`(?:ms|milliseconds?|seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|sprints?|months?|quarters?|years?|times|x|fold|percent|per\s?cent|percentage points?|points?)`;
const TIME_UNIT = String.raw`(?:milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?)`;

/** Words that count something but say no amount: "one of them", "the first", "ten of us" stay. */
const NOT_A_COUNT = /^(?:one|half)\s+(?:of|another|more|day|thing|side|way|team|reason|question|hand|another)\b/i;

const MEASURES: readonly RegExp[] = [
  // Any figure other than a year: 40%, 3x, $2M, 5TB, 16-week, 2.5 years, 10,000, 800 ms.
  /(?<![\p{L}\d])(?:[$€£]\s?)?\d(?:[\d,.]*\d)?(?:\s?%|\s?x\b|\s?[kKmMbB]\b|[\p{L}-]*)(?<!\b(?:19|20)\d\d)(?!\d)/u,
  // Number words with something counted: "five minutes", "two engineers", "a third", "half the time", "twice as long".
  new RegExp(String.raw`(?<![\p{L}])(?<!\b(?:no|any|some|every|this|that|the|which|each|no-)\s)${NUMBER_WORD}(?:[\s-]+${NUMBER_WORD})*(?:\s+(?:of\s+)?(?:the|our|my|its|their)?\s*[\p{L}]+)?`, 'iu'),
  // A span of time: "a day", "an hour", "within a week", "per month", "overnight", "minutes instead of hours".
  new RegExp(String.raw`\b(?:a|an|per|each|every|within|in)\s+(?:single\s+|few\s+|couple of\s+)?${UNIT}\b|\bovernight\b|\b${TIME_UNIT}\s+(?:instead of|rather than|down from|not)\s+(?:\w+\s+)?${TIME_UNIT}\b`, 'i'),
  // Multipliers and percentages in words.
  /\b(?:doubled|halved|tripled|quadrupled|twice|thrice|tenfold|percent|zero)\b/i,
];

/** A measurable amount in `text[from, to)`: a number, a percentage, a multiple, a time. */
export function findMeasure(text: string, from: number, to: number): { start: number; end: number } | undefined {
  const region = text.slice(from, to);
  let best: { start: number; end: number } | undefined;
  for (const re of MEASURES) {
    const m = re.exec(region);
    if (!m) continue;
    if (re === MEASURES[1] && NOT_A_COUNT.test(m[0]) && !MEASURES[1]!.exec(region.slice(m.index + m[0].length))) continue;
    if (!best || m.index < best.start - from) best = { start: from + m.index, end: from + m.index + m[0].length };
  }
  return best;
}

/** How people say a result went without saying what changed: "it went well", "things got a lot better". */
const VAGUE =
  /\b(?:(?:it|things|everything|this|that|the \w+) (?:went|turned out|worked out) (?:really |very |pretty |quite |super |so )?(?:well|great|fine|ok|okay)|(?:a lot|much|way|far|so much) (?:better|faster|smoother|happier|easier)|(?:was|were) (?:a )?(?:really |very |huge |big |great |real )?(?:success|successful|great|happy|happier|pleased|satisfied|thrilled|impressed)|(?:everyone|everybody|people|the team|they|stakeholders) (?:was|were|felt|seemed) (?:\w+ )?(?:happy|happier|pleased|satisfied|better)|(?:really |very )?pleased|positive feedback|(?:improved|helped|worked) (?:a lot|significantly|greatly|dramatically|massively|tremendously)|made a (?:big|huge|real) (?:difference|impact)|strong engineer)\b/i;

/** The first vague claim of success in `text[from, to)`, when there is one. */
export function findVagueResult(text: string, from: number, to: number): { start: number; end: number; text: string } | undefined {
  const m = VAGUE.exec(text.slice(from, to));
  return m ? { start: from + m.index, end: from + m.index + m[0].length, text: m[0] } : undefined;
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

/** The hint's rule: an Action said mostly as "we" (at least twice, more than "I"). */
export function mostlyWe(v: Voice): boolean {
  return v.we >= 2 && v.we > v.i;
}
