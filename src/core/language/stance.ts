import type { Token } from './types';

/**
 * The speaker's stance beyond the plain "I want / I need" words (see `reading.ts`): questions
 * put to the interviewer, conditions the speaker sets, the speaker describing themself, and
 * whose want a want word is.
 */
export interface StanceReading {
  /** The sentence asks something (ends in "?", or "I'd ask / I wonder whether…"). */
  readonly question: boolean;
  /** Token indexes of cues these readings add: condition openers, self-descriptions, "like". */
  readonly cues: readonly number[];
  /** Cues that reach no further than a token: "I'm a stability person, …" describes only up to "person". */
  readonly cueEnds: ReadonlyMap<number, number>;
  /** Token indexes of verbs whose subject is someone else ("artists need…", "it can rely on…"): no want of the speaker. */
  readonly othersWant: ReadonlySet<number>;
  /**
   * Token indexes from which an obligation put as a question reads as reluctance: "Do I have to
   * work with the studio?" asks not to; "Will I be expected to answer email at night?" too.
   * The clause after such a cue is what the speaker would rather not do.
   */
  readonly reluctantFrom: readonly number[];
  /**
   * Token indexes of the speaker's habits and own rules, told in the present: "I don't work
   * nights", "I never check email after work", "I always log off at six".
   */
  readonly habitCues: readonly number[];
}

/** Openers that set a condition: "as long as I can leave at five", "provided the role is secure". */
const CONDITION_PAIRS = new Set(['long as', 'provided that', 'providing that', 'only if', 'on condition', 'condition that']);
const CONDITION_OPENERS = new Set(['provided', 'providing']);
/** Stance words written with a hyphen, which the model reads as three tokens ("must - have"). */
const HYPHENED = new Set(['must-have', 'must-haves', 'non-negotiable', 'non-negotiables', 'deal-breaker', 'no-go', 'off-limits', 'non-starter', 'top-priority']);
/** Adverbs that make a present verb a habit: "I always leave at six", "I never answer…". */
const HABITUAL = new Set(['always', 'never', 'usually', 'normally', 'generally', 'typically', 'strictly', 'only', 'just', 'simply', 'rarely', 'seldom']);
/** Nouns a self-description names the speaker by: "I'm someone who…", "the kind of engineer that…". */
const SELF_NOUNS = new Set(['someone', 'somebody', 'person', 'one', 'type', 'kind', 'sort', 'guy', 'girl', 'engineer', 'researcher', 'scientist', 'developer', 'people']);
/** Subjects that are not the speaker: a want word after one is someone else's want. */
const OTHER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'everyone', 'everybody', 'nobody', 'anyone', 'anybody', 'people', 'this', 'that', 'these', 'those', 'which']);
const SPEAKER = new Set(['i', 'we', 'me', 'my', 'us', 'our', 'myself']);
/** Verbs of wanting whose subject decides whose want it is. */
const WANT_VERBS = new Set(['want', 'need', 'prefer', 'value', 'seek', 'crave', 'wish', 'hope', 'desire', 'require', 'love', 'enjoy', 'appreciate', 'miss', 'expect', 'like', 'cherish', 'insist', 'demand', 'rely', 'depend', 'thrive', 'protect', 'guard', 'search', 'care', 'request']);
/**
 * Obligations a question asks about grudgingly: "do I have to", "will I be forced to". ("Will I
 * be expected to work with artists?" may hope so: it asks, it does not refuse.)
 */
const OBLIGATION_AFTER_TO = new Set(['have', 'has', 'obliged', 'forced', 'need']);

/** Reads the stance cues of a sentence's tokens (pure, a few microseconds). */
export function readStance(tokens: readonly Token[]): StanceReading {
  const n = tokens.length;
  const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE');
  const lastWord = [...tokens].reverse().find((t) => t.pos !== 'SPACE' && !/^["”’)\]*_]+$/.test(t.text));
  // A question, or one put indirectly: "I'd ask whether…", "I wonder if…", "I'd want to know how often…".
  const question =
    lastWord?.text.endsWith('?') === true ||
    words.some((t, i) => (t.lower === 'ask' || t.lower === 'wonder' || t.lower === 'curious' || (t.lemma === 'know' && words[i - 1]?.lower === 'to' && /^(?:want|like|love)$/.test(words[i - 2]?.lemma ?? ''))) && ['whether', 'if', 'about', 'how', 'what', 'when'].includes(words[i + 1]?.lower ?? '') && words.slice(0, i).some((w) => w.lower === 'i'));
  const cues: number[] = [];
  const cueEnds = new Map<number, number>();
  const othersWant = new Set<number>();
  const reluctantFrom: number[] = [];
  const habitCues: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const pair = next ? `${t.lower} ${next.lower}` : '';
    // Conditions: "as long as…", "provided (that)…", "only if…", "on condition that…".
    if (CONDITION_PAIRS.has(pair) || (CONDITION_OPENERS.has(t.lower) && (i === 0 || tokens[i - 1]!.pos === 'PUNCT') && next && (next.pos === 'PRON' || next.pos === 'DET' || next.lower === 'that'))) cues.push(i);
    // "must-have: …", "non-negotiable": a stance word the model split at its hyphens.
    if (next?.text === '-' && HYPHENED.has(`${t.lower}-${tokens[i + 2]?.lower ?? ''}`)) cues.push(i);
    // "…would suit me", "a must for me".
    if ((t.lemma === 'suit' && t.pos === 'VERB' && (next?.lower === 'me' || next?.lower === 'us')) || (t.lower === 'must' && tokens[i - 1]?.lower === 'a')) cues.push(i);
    // "Give me a proof and a pot of coffee": an imperative "give me" at the start of a clause asks for it.
    if (t.lemma === 'give' && next?.lower === 'me' && (i === 0 || tokens[i - 1]!.pos === 'PUNCT' || /^(?:just|simply|please|so)$/.test(tokens[i - 1]!.lower))) cues.push(i);
    // "… over a kubernetes cluster any day": a preference, cued from the start of its part of the sentence.
    if (t.lower === 'any' && next?.lower === 'day' && (i + 2 >= n || tokens[i + 2]!.pos === 'PUNCT')) {
      let from = i;
      while (from > 0 && !/^[;:.!?—]$/.test(tokens[from - 1]!.text)) from--;
      cues.push(from);
    }
    // "X has to be healthy, otherwise I don't take the offer", "…, or else I walk": X is a condition the speaker sets.
    if ((t.lower === 'otherwise' || (t.lower === 'or' && next?.lower === 'else')) && i > 2) {
      const rest = tokens.slice(i + 1, i + 8);
      if (rest.some((w) => w.lower === 'i' || w.lower === 'we') && rest.some((w) => w.lemma === 'not' || w.lower === 'never' || /^(?:walk|leave|decline|refuse|quit|pass|look)$/.test(w.lemma))) {
        let from = i;
        while (from > 0 && !/^[;:.!?—]$/.test(tokens[from - 1]!.text)) from--;
        cues.push(from);
      }
    }
    // "It helps me a lot if someone tells me…", "it really helps us when…": a condition the speaker asks for.
    if (t.lemma === 'help' && /^(?:me|us)$/.test(next?.lower ?? '') && tokens.slice(i + 2, i + 6).some((w) => w.lower === 'if' || w.lower === 'when')) cues.push(i);
    // "…, and I'd like to keep it that way", "I want to keep things like that": the speaker approves
    // of what the sentence told, so the cue stands at the start of its part of the sentence.
    if (t.lemma === 'keep' && /^(?:it|things|that|this)$/.test(next?.lower ?? '') && keepsAsIs(tokens, i + 2) && tokens.slice(Math.max(0, i - 4), i).some((w) => /^(?:want|like|love|prefer|rather|'d|would|wish|hope|plan|intend)$/.test(w.lemma) || /^(?:'d|would)$/.test(w.lower)) && tokens.slice(Math.max(0, i - 5), i).some((w) => w.lower === 'i' || w.lower === 'we') && !tokens.slice(Math.max(0, i - 4), i).some((w) => w.lemma === 'not' || w.lower === 'never' || w.lower === "n't")) {
      let from = i;
      while (from > 0 && !/^[;:.!?—]$/.test(tokens[from - 1]!.text)) from--;
      cues.push(from);
    }
    // "…, and I like it that way": the same approval, in the present.
    if (/^(?:like|love|prefer|enjoy)$/.test(t.lemma) && /^(?:it|things)$/.test(next?.lower ?? '') && keepsAsIs(tokens, i + 2) && tokens.slice(Math.max(0, i - 3), i).some((w) => w.lower === 'i' || w.lower === 'we') && !tokens.slice(Math.max(0, i - 3), i).some((w) => w.lemma === 'not' || w.lower === 'never' || w.lower === "n't")) {
      let from = i;
      while (from > 0 && !/^[;:.!?—]$/.test(tokens[from - 1]!.text)) from--;
      cues.push(from);
    }
    // "I see myself doing the maths", "I picture myself as a theorist": the speaker's picture of their role.
    if (/^(?:see|picture|imagine|envision|envisage)$/.test(t.lemma) && t.pos === 'VERB' && next?.lower === 'myself' && subjectOf(tokens, i) === 'speaker') cues.push(i);
    // "…so I could do research without ever thinking about production", "so that I can focus on…":
    // a purpose the speaker gives is what they want.
    if (t.lower === 'so' && (next?.lower === 'i' || next?.lower === 'we' || (next?.lower === 'that' && /^(?:i|we)$/.test(tokens[i + 2]?.lower ?? ''))) && /^(?:can|could)$/.test(tokens[i + (next?.lower === 'that' ? 3 : 2)]?.lower ?? '') && !pastBefore(tokens, i)) cues.push(i);
    // "My family time comes first": a priority.
    if (t.lemma === 'come' && (next?.lower === 'first' || next?.lower === 'before')) cues.push(i);
    // "…, no exceptions", "full stop": the speaker insists.
    // It insists on what came before it too, so the cue stands at the start of its part of the sentence.
    // "…, period." and "…, that's my rule." / "…, that's non-negotiable." insist the same way.
    const period = t.lower === 'period' && tokens[i - 1]?.text === ',' && (!next || /^[.!]$/.test(next.text));
    const thatsRule = (t.lower === 'that' || t.lower === 'this') && tokens[i - 1]?.text === ',' && next?.lemma === 'be' && /^(?:my|a|non)$/.test(tokens[i + 2]?.lower ?? '') && /^(?:rule|rules|policy|principle|boundary|boundaries|non-negotiable|negotiable|must|line)$/.test(tokens[i + 3]?.lower ?? tokens[i + 2]?.lower ?? '');
    if ((t.lower === 'no' && /^exceptions?$/.test(next?.lower ?? '')) || (t.lower === 'full' && next?.lower === 'stop') || (t.lower === 'without' && next?.lower === 'exception') || period || thatsRule) {
      let from = i;
      while (from > 0 && !/^[;:.!?—]$/.test(tokens[from - 1]!.text) && !/^(?:but|because|although|though|while|whereas|so|yet|however)$/.test(tokens[from - 1]!.lower)) from--;
      cues.push(from);
    }
    // "I'd avoid…", "I would skip…": a preference put as what the speaker would do.
    if (/^(?:avoid|skip|decline|refuse|hate|dislike)$/.test(t.lemma) && t.pos === 'VERB' && (tokens[i - 1]?.lower === "'d" || tokens[i - 1]?.lower === 'would') && tokens[i - 2]?.lower === 'i') cues.push(i);
    // "I'd accept a lower salary if it meant…", "I'd trade some pay for…", "I'd take a pay cut for…": what the speaker would pay for.
    const cost = t.lemma === 'take' && tokens.slice(i + 1, i + 4).some((w) => /^(?:smaller|lower|less|cut|hit|demotion|step)$/.test(w.lower));
    if ((/^(?:accept|trade|sacrifice|settle)$/.test(t.lemma) || cost) && t.pos === 'VERB' && /^(?:would|'d)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === 'i' && tokens.slice(i + 1, i + 8).some((w) => /^(?:if|for|in)$/.test(w.lower) && (w.lower !== 'in' || tokens[tokens.indexOf(w) + 1]?.lower === 'exchange'))) cues.push(i);
    // "… would be perfect", "'d be ideal": what the speaker would welcome.
    if (/^(?:perfect|ideal|great|best|a dream)$/.test(t.lower) && tokens[i - 1]?.lemma === 'be' && /^(?:would|'d)$/.test(tokens[i - 2]?.lower ?? '')) cues.push(i);
    // "My rule is…", "I make a point of…": a rule the speaker holds to.
    if ((t.lower === 'my' && /^(?:rule|rules|policy|principle|boundary|boundaries)$/.test(next?.lower ?? '')) || (t.lemma === 'make' && next?.lower === 'a' && /^(?:point|rule)$/.test(tokens[i + 2]?.lower ?? '') && subjectOf(tokens, i) === 'speaker')) cues.push(i);
    // "I work better with…", "I do my best work when…", "I perform best under…": the conditions the speaker asks for.
    if ((t.lemma === 'work' || t.lemma === 'perform' || t.lemma === 'function' || t.lemma === 'operate') && /^(?:better|best)$/.test(next?.lower ?? '') && subjectOf(tokens, i) === 'speaker') cues.push(i);
    if (t.lower === 'best' && tokens[i + 1]?.lower === 'work' && tokens[i - 1]?.lower === 'my' && tokens[i - 2]?.lemma === 'do') cues.push(i);
    // "The main reason I'm applying", "the reason why I'd join": a motive.
    if (t.lemma === 'reason' && (/^(?:main|biggest|big|primary|real|key|only|one)$/.test(tokens[i - 1]?.lower ?? '') || /^(?:i|why)$/.test(next?.lower ?? '')) && tokens.slice(i + 1, i + 5).some((w) => /^(?:apply|applying|join|joining|interested|here|looking|leave|leaving)$/.test(w.lower))) cues.push(i);
    // Choosing where to work: "I'm only taking roles with fixed hours", "I apply to companies that…".
    if (SELECT_VERBS.has(t.lemma) && t.pos === 'VERB' && !(t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s')) && subjectOf(tokens, i) === 'speaker' && picksPlace(tokens, i)) cues.push(i);
    // A habit or rule of the speaker's, in the present: "I don't work nights", "I always leave at six".
    if (t.pos === 'VERB' && t.lower === t.lemma && isHabit(tokens, i)) habitCues.push(i);
    // Self-description: "I'm someone who…", "I am the kind of person that…", "I'm a nine-to-five person".
    if (SELF_NOUNS.has(t.lemma) && isSelfDescribed(tokens, i)) {
      cues.push(i);
      if (!/^(?:who|that|of)$/.test(next?.lower ?? '')) cueEnds.set(i, i);
    }
    // "I would not like to…", "I'd not love…": a polite refusal is a want too (of not doing it).
    if ((t.lemma === 'like' || t.lemma === 'love') && t.pos === 'VERB' && (tokens[i - 1]?.lemma === 'not') && /^(?:would|'d)$/.test(tokens[i - 2]?.lower ?? '') && subjectOf(tokens, i) === 'speaker') cues.push(i);
    // "like" as a verb of the speaker or of a self-description ("someone who likes…"), not the preposition.
    // ("I don't like…" is left to the negation it carries: not a cue of its own.)
    if (t.lemma === 'like' && t.pos === 'VERB' && !tokens.slice(Math.max(0, i - 3), i).some((p) => p.lemma === 'not' || p.lower === 'never')) {
      const subject = subjectOf(tokens, i);
      if (subject === 'speaker' || subject === 'relative') cues.push(i);
    }
    if (WANT_VERBS.has(t.lemma) && t.pos === 'VERB' && subjectOf(tokens, i) === 'other' && !objectIsSpeaker(tokens, i)) othersWant.add(i);
    // A request put as a question: "Can I focus on research?", "Will I be able to…?", "Is it possible to…?".
    if (question && isRequest(tokens, i)) cues.push(i);
    // A question about an obligation of the speaker: "Do I have to…?", "Will I be expected to…?".
    if (question && OBLIGATION_AFTER_TO.has(t.lower) && next?.lower === 'to' && tokens.slice(Math.max(0, i - 4), i).some((p) => p.lower === 'i' || p.lower === 'we')) reluctantFrom.push(i + 2);
    if (question && t.lower === 'must' && (next?.lower === 'i' || next?.lower === 'we')) reluctantFrom.push(i + 2);
  }
  return { question, cues, cueEnds, othersWant, reluctantFrom, habitCues };
}

/** Whether the sentence part before `i` tells a past action ("We automated the on-call so we could sleep"): its purpose was then. */
function pastBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && !/^[;:.!?]$/.test(tokens[k]!.text); k--) {
    const w = tokens[k]!;
    if ((w.pos === 'VERB' || w.pos === 'AUX') && (/^(?:was|were|did|had|built|made|took|left|set|ran|wrote|got|went|moved|kept|spent)$/.test(w.lower) || (w.lower !== w.lemma && w.lower.endsWith('ed')))) return true;
  }
  return false;
}

/** Whether the words from `k` say "as it is": "that way", "like that", "as is", "the same". */
function keepsAsIs(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k]?.lower ?? '';
  const b = tokens[k + 1]?.lower ?? '';
  return (a === 'that' && b === 'way') || (a === 'like' && (b === 'that' || b === 'this')) || (a === 'as' && /^(?:is|it|they)$/.test(b)) || (a === 'the' && b === 'same') || (a === 'this' && b === 'way');
}

/** Verbs of choosing a job: "taking", "applying to", "considering", "accepting". */
const SELECT_VERBS = new Set(['take', 'apply', 'consider', 'accept', 'target', 'choose', 'pick', 'join', 'interview']);
const PLACES = /^(?:role|roles|job|jobs|position|positions|company|companies|offer|offers|team|teams|employer|employers|place|places|workplace|workplaces|opportunity|opportunities)$/;

/** Whether the verb at `i` picks a place of work by a criterion: "…roles with fixed hours", "…companies that…", "only…". */
function picksPlace(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    if (!PLACES.test(tokens[k]!.lower)) continue;
    const only = tokens.slice(Math.max(0, i - 3), i).some((w) => w.lower === 'only');
    return only || /^(?:with|that|where|which|offering|who)$/.test(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/** Modals that ask leave of the interviewer when the speaker is their subject: "Can I…?", "Could we…?". */
const LEAVE_MODALS = new Set(['can', 'could', 'may']);
/** Modals that ask about the future; a request only with a chance word after them: "Will I be able to…?", "Would I get to…?". */
const FUTURE_MODALS = new Set(['will', 'would', "'ll", "'d"]);

/**
 * Whether the token at `i` opens a request put as a question, which states what the speaker
 * wants: "Can I focus on research?", "Will I be able to / get to / be allowed to…?", "Is it
 * possible to…?", "Would it be OK for me to…?". ("Do I have to…?" is reluctance, read apart;
 * "Will I work with the studio?" only asks.)
 */
function isRequest(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const subject = tokens[i + 1]?.lower;
  const speaker = subject === 'i' || subject === 'we';
  // "Will the role let me stay on the theory?", "Would you allow us to skip…?".
  if ((t.lemma === 'let' || t.lemma === 'allow') && t.pos === 'VERB' && speaker === false && /^(?:me|us)$/.test(subject ?? '')) return true;
  if (LEAVE_MODALS.has(t.lower) && speaker && tokens[i + 2]?.pos === 'VERB' && tokens[i + 2]!.lemma !== 'ask') return true;
  if ((FUTURE_MODALS.has(t.lower) || LEAVE_MODALS.has(t.lower)) && speaker) {
    const rest = tokens.slice(i + 2, i + 6).map((w) => w.lower).join(' ');
    return /^(?:be able to|get to|be allowed to|be free to|have the (?:chance|freedom|option) to)\b/.test(rest);
  }
  // "Is it possible to…", "Would it be OK (for me) to…", "Is there a way to…".
  if ((t.lemma === 'be' || FUTURE_MODALS.has(t.lower)) && (i === 0 || tokens[i - 1]!.pos === 'PUNCT')) {
    const rest = tokens.slice(i + 1, i + 5).map((w) => w.lower).join(' ');
    return /^(?:(?:it be|it) (?:possible|ok|okay|fine|allowed)|there (?:a way|room|any way))\b/.test(rest);
  }
  return false;
}

/**
 * Whether the base-form verb at `i` tells a habit of the speaker's: "I" right before it (with
 * "don't", "never", "always"… between), and either a negation or a habitual adverb; or a
 * habitual time after it ("I leave at six every day", "… anymore").
 */
function isHabit(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  let marked = false;
  let cannot = false;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' || tokens[k]!.lower === 'do' || tokens[k]!.lemma === 'not' || ((tokens[k]!.lower === 'can' || tokens[k]!.lower === 'ca') && tokens[k + 1]?.lemma === 'not'))) {
    const w = tokens[k]!;
    if (w.lemma === 'not' || HABITUAL.has(w.lower)) marked = true;
    // "I can't stay late", "I cannot work weekends": a limit the speaker holds to, as "I don't" is.
    if (w.lower === 'can' || w.lower === 'ca') cannot = true;
    // A modal or past auxiliary is no habit ("I don't", not "I didn't", "I wouldn't").
    if (w.lower === 'did' || w.lower === 'would' || w.lower === 'could') return false;
    k--;
  }
  if (k < 0 || tokens[k]!.lower !== 'i') return false;
  if (marked || cannot) return true;
  // "…, so now I keep clear boundaries": the speaker's practice now, set against a past.
  if (/^(?:now|nowadays)$/.test(tokens[k - 1]?.lower ?? '')) return true;
  // After a time that recurs: "Once the workday ends, I unplug", "Whenever the clock hits six, I log off".
  const first = tokens.findIndex((w) => w.pos !== 'PUNCT' && w.pos !== 'SPACE');
  if (first >= 0 && first < k && /^(?:once|whenever|when|after)$/.test(tokens[first]!.lower) && tokens.slice(first + 1, k).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return true;
  for (let j = i + 1; j < tokens.length; j++) {
    const w = tokens[j]!;
    const unit = tokens[j + 1]?.lower === 'single' ? tokens[j + 2]?.lower : tokens[j + 1]?.lower;
    if (w.lower === 'anymore' || (w.lower === 'every' && /^(?:day|night|evening|week|weekend)$/.test(unit ?? '')) || w.lower === 'sharp') return true;
  }
  return false;
}

/** Whether the noun at `i` names the speaker: "I'm someone who", "I am the kind of engineer that", "I'm a weekend person". */
function isSelfDescribed(tokens: readonly Token[], i: number): boolean {
  // "I'm", "I am", "I've always been": the speaker and a form of "be" within a few words before.
  let be = -1;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = tokens[k]!;
    // "I'm not someone who answers Slack at midnight" describes the speaker too; "not only a theory person" does not.
    if ((w.lemma === 'not' || w.lower === 'never') && /^(?:only|just|merely|simply)$/.test(tokens[k + 1]?.lower ?? '')) return false;
    if (w.lemma === 'be' && (tokens[k - 1]?.lower === 'i' || (tokens[k - 1]?.pos === 'ADV' && tokens[k - 2]?.lower === 'i') || tokens[k - 1]?.lower === "'ve" || tokens[k - 2]?.lower === "'ve")) {
      be = k;
      break;
    }
    if (w.pos === 'VERB' || w.pos === 'PUNCT') return false;
  }
  if (be < 0) return false;
  const after = tokens[i + 1];
  // "someone who…", "the kind of engineer that…", "a weekend person." / "a person." at the end.
  if (after && (after.lower === 'who' || after.lower === 'that' || after.lower === 'of')) return true;
  return tokens[i]!.lemma === 'person' || tokens[i]!.lemma === 'guy' || tokens[i]!.lemma === 'girl' || tokens[i]!.lemma === 'type';
}

/**
 * Whose verb the token at `i` is: the speaker's ("I really want"), a relative pronoun's
 * ("someone who likes"), someone else's ("artists need", "it needs"), or unknown.
 */
function subjectOf(tokens: readonly Token[], i: number): 'speaker' | 'relative' | 'other' | 'unknown' {
  for (let k = i - 1; k >= 0; k--) {
    const w = tokens[k]!;
    if (w.pos === 'AUX' || w.pos === 'PART' || w.pos === 'ADV' || w.lemma === 'not') continue;
    if (SPEAKER.has(w.lower)) return 'speaker';
    if (w.lower === 'who' || w.lower === 'that') {
      // "someone who likes", "I'm the type that needs": the speaker's when the antecedent describes them.
      if (k > 0 && SELF_NOUNS.has(tokens[k - 1]!.lemma) && isSelfDescribed(tokens, k - 1)) return 'relative';
      // "experiments that need the whole cluster": a thing's need, not the speaker's.
      return k > 0 && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN') && !SELF_NOUNS.has(tokens[k - 1]!.lemma) ? 'other' : 'unknown';
    }
    if (w.pos === 'PRON' && OTHER_PRONOUNS.has(w.lower)) return 'other';
    if (w.pos === 'NOUN' || w.pos === 'PROPN') {
      // "my family needs": someone of the speaker's; "the studio needs", "our users want": someone else.
      for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
        const d = tokens[j]!;
        if (d.lower === 'my') return 'speaker';
        if (d.pos !== 'ADJ' && d.pos !== 'NOUN' && d.pos !== 'PROPN' && d.pos !== 'DET') break;
      }
      return 'other';
    }
    return 'unknown';
  }
  return 'unknown';
}

/** "…needs me home by six": the want is about the speaker, whoever has it. */
function objectIsSpeaker(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && (next.lower === 'me' || next.lower === 'us');
}
