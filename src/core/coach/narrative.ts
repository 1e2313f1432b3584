import { splitSentences, type Sentence } from '../language';
import { hasMeasure } from './measures';
import { STAR_PARTS, type StarPart } from './parts';

/**
 * Reading STAR parts from a story told without labels, sentence by sentence: what sets the scene
 * and the stakes (Situation), the speaker's goal or assignment (Task), what the speaker did, in the
 * first person and the past tense (Action), and what came of it (Result). Each sentence gets a
 * score for each part from what it says; the parts are then laid out in STAR order (a story may
 * skip a part, never go back to one) so that the total score is highest.
 */

/** Past-tense verbs that are not "-ed" forms, said of what someone did. */
const IRREGULAR_PAST =
  'built|wrote|led|ran|took|made|set|found|spent|gave|told|sat|went|got|broke|brought|chose|drove|held|kept|met|put|sent|split|taught|thought|rewrote|rebuilt|began|fought|caught|dug|drew|flew|grew|hid|hung|knew|laid|left|lent|lost|paid|rode|rose|said|saw|sold|shut|sought|spoke|stood|struck|swore|threw|understood|undertook|won|withdrew|did|cut|let|quit|read|oversaw|forgot|became|came|shot';
/** Past forms that state rather than act: "I was", "we had", "I wanted", "I needed". */
const STATIVE = /^(?:was|were|had|wanted|needed|used|seemed|felt|knew|thought|believed|remember|loved|liked|hoped|realized|realised|noticed|learned|learnt|owned|managed to)$/;

const SUBJECT_VERB = new RegExp(
  String.raw`\b(I|we)\b(?:\s+(?:\w+ly|then|also|first|finally|quickly|personally|immediately|eventually|later|together|each|both|all|actually|just|still|even|again|never|always|ourselves|myself))*\s+(\w+ed|${IRREGULAR_PAST})\b`,
  'gi',
);

interface Cue {
  readonly re: RegExp;
  readonly weight: number;
}

const SITUATION: readonly Cue[] = [
  { re: /\b(?:at the time|back (?:in|when|then)|a (?:few|couple of) (?:years|months|weeks) ago|(?:last|that) (?:year|quarter|summer|spring|autumn|fall|winter)|in my (?:previous|last|current|first|old|former) (?:role|job|team|position|company)|when i (?:was|joined|worked|started|ran)|while i was|i remember when|when we|during (?:a|an|my|our|the)|halfway through|(?:two|three|a few) (?:days|weeks) before|our team (?:was|had|inherited)|the team was|the situation|the context|the problem was|there (?:was|were) (?:a|an|no)\b|had no owner|(?:kept|keeps) (?:failing|breaking|crashing|changing)|nobody (?:read|used|knew|owned)|no one (?:knew|owned|to)|were waiting|was (?:stuck|struggling|failing|slow|late|behind)|took (?:almost |about |nearly )?(?:a|an|\w+) (?:full )?(?:day|days|hours|weeks))/i, weight: 2 },
  { re: /\b(?:our|the|my|a|an|two|three)\s+(?:\w+\s+){0,3}(?:was|were|had|took|kept|used|needed)\b/i, weight: 0.8 },
];

const TASK: readonly Cue[] = [
  { re: /\b(?:my (?:task|job|goal|role|responsibility|mandate|mission|assignment) (?:was|became)|i was (?:asked|tasked|responsible|expected|given|hired|supposed|assigned|put in charge|the one)|i (?:needed|had) to|we (?:needed|had) to|the goal was|the task was|the challenge was|i was in charge|it was (?:up to me|my job|my call|my responsibility)|i owned|i took (?:it|this|that|ownership) on|i took ownership|i wanted (?:to|the|my|our)|my manager asked me|asked me to|i offered to|i volunteered to|nobody had asked me)/i, weight: 3 },
];

const RESULT: readonly Cue[] = [
  { re: /\b(?:as a result|in the end|thanked|ended up|the (?:result|outcome|impact) was|by the end|eventually|since then|after that|afterwards|from then on|it worked|it paid off|this led|that led|which led|went (?:really |very |pretty |quite )?well|the next (?:\w+ )?(?:launch|release|quarter|year|\w+s)|i learned|i learnt|taught me|lesson)\b/i, weight: 3 },
  { re: /\b(?:now|today)\b(?! that)/i, weight: 1.5 },
  { re: /\b(?:(?:dropped|fell|rose|grew|went|shrank|improved|increased|decreased|reduced|cut|doubled|halved|tripled|saved|recovered)\b(?:\s+\S+){0,5}\s+(?:from|to|by|instead of)\b|instead of|doubled|halved|tripled|on time|ahead of|before the deadline|within (?:a|an|\w+) (?:day|week|month|quarter|hour|minutes?)|(?:was|were|got) (?:approved|adopted|promoted|launched|shipped|accepted|pleased|happy|happier))/i, weight: 2 },
  { re: /\b(?:adopted|launched|shipped|kept|agreed|won|held up|stayed|became|took the|asked me to share)\b/i, weight: 0.8 },
];

function score(cues: readonly Cue[], s: string): number {
  let total = 0;
  for (const c of cues) if (c.re.test(s)) total += c.weight;
  return total;
}

/** Actions said in the first person, past tense: "I rewrote", "we then added". Stative verbs aside. */
export function firstPersonActs(s: string): number {
  let n = 0;
  SUBJECT_VERB.lastIndex = 0;
  for (let m = SUBJECT_VERB.exec(s); m; m = SUBJECT_VERB.exec(s)) {
    const verb = m[2]!.toLowerCase();
    if (STATIVE.test(verb)) continue;
    // "we needed", "I asked myself": fine; "I used to": habit, not an act.
    if (/^used$/.test(verb)) continue;
    // "what I did", "how we fixed it": a clause about an act, not the act.
    if (/\b(?:what|how|why|where|whatever|if|unless)\s+$/i.test(s.slice(Math.max(0, m.index - 10), m.index))) continue;
    n++;
  }
  // Coordinated verbs after an act: "I traced …, rewrote …, and added …".
  if (n > 0) n += (s.match(/,\s+(?:and\s+)?(?:\w+ed|built|wrote|ran|took|made|set|found|spent|gave|told|sat|broke|brought|held|kept|met|put|sent|split)\b/gi)?.length ?? 0) * 0.5;
  return n;
}

export interface SentenceReading extends Omit<Sentence, 'text'> {
  readonly part: StarPart;
  /** True when the sentence itself says something of its part (not only its place in the story). */
  readonly evidence: boolean;
}

/** A cheap look before reading quantities: a digit, a number word, a multiple, a span of time. */
const MAY_MEASURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|third|quarter|tenth|twice|double|doubled|triple|tripled|halved|percent|zero|overnight|minutes?|hours?|days?|weeks?|months?|years?)\b/i;

/** A sentence that opens with someone or something other than the speaker, in the past tense. */
const THIRD_PERSON_PAST = new RegExp(
  String.raw`^\W*(?:(?:he|she|they|it|this|that|the\s+\w+(?:\s+\w+)?|our\s+\w+(?:\s+\w+)?|my\s+(?:manager|director|lead|team|boss|colleague|mentee)|[A-Z]\w+)\s+(?:\w+ly\s+)?(?:was|were|had|\w+ed|${IRREGULAR_PAST})\b)(?<!\bit turned)`,
  'i',
);

const PAST = /\b(?:was|were|had|did|\w+ed|went|took|built|wrote|led|ran|made|found|spent|told|got|kept|began|became|came|knew|thought|saw)\b/i;

/** The score each part gets for one sentence. `index` is its place in the story, `acted` whether an Action came before. */
function partScores(s: string, index: number, measure: boolean, acted: boolean): Record<StarPart, number> {
  const acts = firstPersonActs(s);
  const task = score(TASK, s);
  // After the speaker acted, what someone or something else then did is what came of it.
  const someoneElse = THIRD_PERSON_PAST.test(s);
  const consequence = acted && someoneElse ? 2 : 0;
  const result = score(RESULT, s) + (measure ? 1 : 0) + consequence;
  // The first sentence sets the scene when it tells of the past.
  const situation = score(SITUATION, s) + (index === 0 && PAST.test(s) ? 1.5 : 0) - (acts > 0 ? 1 : 0);
  // "She picked the later date, and we delivered on it": an act, but told as what followed.
  const action = acts > 0 ? (1.5 + acts) / (someoneElse ? 2 : 1) : 0;
  return { situation, task, action, result: result - (acts > 0 && !someoneElse && result < 2 ? 1 : 0) };
}

/**
 * Reads the sentences of `text[from, to)` as STAR parts. Sentences with nothing to tell them apart
 * stay with the part before them.
 */
export function readNarrative(text: string, from: number, to: number, list: readonly Sentence[] = splitSentences(text, from, to)): SentenceReading[] {
  if (list.length === 0) return [];
  let acted = false;
  const scores = list.map((sn, i) => {
    const s = sn.text;
    const scored = partScores(s, i, MAY_MEASURE.test(s) && hasMeasure(text, sn.start, sn.end), acted);
    if (scored.action > 0) acted = true;
    return scored;
  });
  // Best layout in STAR order: best[i][k] = the best total for sentences 0..i with sentence i in part k.
  const K = STAR_PARTS.length;
  const STAY = 0.25;
  const best: number[][] = [];
  const from_: number[][] = [];
  list.forEach((_, i) => {
    best.push(new Array<number>(K).fill(-Infinity));
    from_.push(new Array<number>(K).fill(-1));
    for (let k = 0; k < K; k++) {
      const own = scores[i]![STAR_PARTS[k]!];
      if (i === 0) {
        best[0]![k] = own - k * 0.5;
        continue;
      }
      for (let j = 0; j <= k; j++) {
        const v = best[i - 1]![j]! + own + (j === k ? STAY : 0);
        if (v > best[i]![k]!) {
          best[i]![k] = v;
          from_[i]![k] = j;
        }
      }
    }
  });
  let k = 0;
  const last = list.length - 1;
  for (let j = 1; j < K; j++) if (best[last]![j]! > best[last]![k]!) k = j;
  const parts: StarPart[] = new Array(list.length);
  for (let i = last; i >= 0; i--) {
    parts[i] = STAR_PARTS[k]!;
    k = from_[i]![k]!;
  }
  return list.map((sn, i) => ({ start: sn.start, end: sn.end, part: parts[i]!, evidence: scores[i]![parts[i]!] > 0 }));
}

/**
 * True when prose reads as a story told in the first person, in the past tense. `strict` (the
 * draft answers a question that asks for no story, like "What's your biggest strength?") wants
 * the story to be the whole answer, not an example inside it.
 */
export function isNarrative(text: string, from: number, to: number, strict = false, list: readonly Sentence[] = splitSentences(text, from, to)): boolean {
  if (list.length < 3) return false;
  let acts = 0;
  let past = 0;
  for (const sn of list) {
    const s = sn.text;
    if (firstPersonActs(s) > 0) acts++;
    if (PAST.test(s)) past++;
  }
  return strict ? acts >= 2 && past / list.length >= 0.75 : acts >= 1 && past / list.length >= 0.6;
}
