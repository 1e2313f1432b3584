import { readQuantityAt, type Quantity } from '../language';

/** What makes a Result measurable, what makes one vague, and whose voice a part speaks in. */

const UNIT = String.raw`(?:ms|milliseconds?|seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|sprints?|months?|quarters?|years?)`;
const TIME_UNIT = String.raw`(?:milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?)`;

/** Amounts the language layer's quantity reader leaves to us: spans of time and changes said in words. */
const SPANS: readonly RegExp[] = [
  // "within a week", "per month", "in a day", "overnight", "minutes instead of hours".
  new RegExp(String.raw`\b(?:a|an|within|in)\s+(?:single\s+|few\s+|couple of\s+)?${UNIT}\b|\bovernight\b|\b${TIME_UNIT}\s+(?:instead of|rather than|down from|not)\s+(?:\w+\s+)?${TIME_UNIT}\b`, 'i'),
  /\b(?:halved|cut in half|by half|percent|zero)\b/i,
  // "now ships in their first week": a time, said by its place.
  new RegExp(String.raw`\b(?:in|within) (?:the|their|my|our|his|her|its) first ${TIME_UNIT}\b`, 'i'),
];

/** A quantity that measures something: not a year ("in 2021"), not an ordinal ("the first"). */
function measures(q: Quantity): boolean {
  if (q.kind === 'ordinal') return false;
  if (q.kind === 'number' && /^(?:19|20)\d\d$/.test(q.text)) return false;
  return true;
}

/** Where an amount may start: a digit, a currency sign, a number word, a fraction or a multiple. */
const CANDIDATE = /(?<![\w.,$€£¥₹])[$€£¥₹]?\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an|half|dozens?|twice|double|doubled|triple|tripled|quadruple|quadrupled|threefold|twofold|tenfold)\b/gi;
const FOLLOWS_A = /^an?\s+(?:third|quarter|fourth|fifth|tenth|half|dozen|hundred|thousand|million|billion)\b/i;

/**
 * A measurable amount in `text[from, to)`: a number, a percentage, a multiple, a fraction, a time.
 * The language layer's quantity reader reads a short window at each place an amount may start, so
 * a long Result costs a regular expression scan, not a tokenisation of every word.
 */
export function findMeasure(text: string, from: number, to: number): { start: number; end: number } | undefined {
  const region = text.slice(from, to);
  let best: { start: number; end: number } | undefined;
  const q = firstQuantity(region);
  if (q) best = { start: from + q.start, end: from + q.end };
  for (const re of SPANS) {
    const m = re.exec(region);
    if (m && (!best || from + m.index < best.start)) best = { start: from + m.index, end: from + m.index + m[0].length };
  }
  return best;
}

/** Whether `text[from, to)` holds a measurable amount: `findMeasure(…) !== undefined`, without placing it. */
export function hasMeasure(text: string, from: number, to: number): boolean {
  const region = text.slice(from, to);
  return firstQuantity(region) !== undefined || SPANS.some((re) => re.test(region));
}

/** The first measuring quantity in `region`, offsets in `region`. */
function firstQuantity(region: string): { start: number; end: number } | undefined {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(region); m; m = CANDIDATE.exec(region)) {
    if ((m[0] === 'a' || m[0] === 'an' || m[0] === 'A' || m[0] === 'An') && !FOLLOWS_A.test(region.slice(m.index, m.index + 16))) continue;
    const end = Math.min(region.length, m.index + 48);
    const q = readQuantityAt(region.slice(m.index, end));
    if (q && measures(q)) return { start: m.index, end: m.index + q.end };
  }
  return undefined;
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
