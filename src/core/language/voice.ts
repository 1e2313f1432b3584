import type { Token } from './types';

/**
 * Whose voice a stretch of a sentence is: the speaker's own, or someone else's the speaker
 * reports. "Someone once told me research and production are separate worlds", "My old manager
 * insisted on a sign-off for every experiment", "Our CI requires an approval from a code owner":
 * what follows the verb is another person's claim or want, or a system's requirement, not the
 * speaker's stance.
 *
 * A verb of saying, thinking or wanting counts when its subject is someone else: a third-person
 * pronoun ("he", "they", "someone") or a particular noun phrase ("my manager", "the recruiter",
 * "our pipeline"). A generic or quantified subject ("every change requires…", "a good
 * team needs…") states a rule in the speaker's voice, and so do "I", "we" and the speaker's own
 * group ("my team", "our org"). The other voice runs from the subject to the end of its segment,
 * or to a later clause the speaker opens in their own voice ("…, and I disagreed").
 */
export function othersVoice(tokens: readonly Token[], clause: readonly number[], segment: readonly number[]): boolean[] {
  const n = tokens.length;
  const other: boolean[] = new Array(n).fill(false);
  concession(tokens, segment, other);
  addressed(tokens, segment, other);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !VOICE_VERBS.has(t.lemma)) continue;
    // Only a finite verb has a voice of its own: in "I need someone to tell me…" the want is mine.
    if (tokens[i - 1]?.lower === 'to' || (tokens[i - 1]?.pos === 'ADV' && tokens[i - 2]?.lower === 'to') || (t.lower.endsWith('ing') && !isProgressive(tokens, i))) continue;
    const subject = subjectOf(tokens, clause, i);
    // "A friend told me…" is someone's words; "a manager tells me what to do" is the speaker's general claim.
    if (subject >= 0 && /^(?:a|an|one)$/.test(tokens[subject - 1]?.lower ?? '') && (t.lower === t.lemma || t.lower.endsWith('s'))) continue;
    // Saying and naming is someone else's voice whoever says it ("people say…", "a colleague
    // said…", "some candidates pitch themselves as…"); wanting and requiring only of a particular one.
    // Wishing, too, is other people's voice when they are a quantified group ("some candidates ask
    // for step-by-step instructions; I prefer context"); needing and requiring stay a judgement ("most teams need…").
    const elsewhere = subject >= 0 && (isOtherSubject(tokens, subject) || (SAYING.has(t.lemma) && isSomeoneElse(tokens, subject)) || (WISHING.has(t.lemma) && quantifiedOthers(tokens, subject)));
    if (!elsewhere || (t.lemma === 'need' && tokens[subject]!.pos === 'PRON')) continue;
    // "In my ideal job nobody expects replies on Saturday": wanting or requiring by nobody or everybody states a norm, in the speaker's voice.
    if (!SAYING.has(t.lemma) && /^(?:nobody|everyone|everybody)$/.test(tokens[subject]!.lower)) continue;
    // "My hours need to stay manageable": what the speaker's own things need is the speaker's want.
    if (t.lemma === 'need' && tokens[subject - 1]?.lower === 'my' && !PEOPLE.has(tokens[subject]!.lemma) && !HOUSEHOLD.has(tokens[subject]!.lemma)) continue;
    // "My kids need me home by six": what the speaker's own household needs of them binds the speaker.
    // (What they say or advise is their voice all the same: "My parents always told me to find a safe job".)
    if (isHousehold(tokens, subject) && !SAYING.has(t.lemma)) continue;
    // "I think the studio side needs more bureaucracy": a need the speaker judges, in the speaker's voice.
    if (!SAYING.has(t.lemma) && judgedBySpeaker(tokens, subject)) continue;
    // "I work best when my manager tells me what to do": a condition the speaker sets, in the speaker's voice.
    if (inCondition(tokens, clause, subject)) continue;
    // "I don't care what the artists think": an embedded question the speaker's own verb governs.
    if (embeddedQuestion(tokens, clause, subject)) continue;
    let from = subject;
    while (from > 0 && clause[from - 1] === clause[subject] && (tokens[from - 1]!.pos === 'DET' || tokens[from - 1]!.pos === 'ADJ' || tokens[from - 1]!.pos === 'PRON' || tokens[from - 1]!.pos === 'NOUN' || tokens[from - 1]!.pos === 'PROPN')) from--;
    for (let k = from; k < n && segment[k] === segment[i]; k++) {
      // "…, and I disagreed": the speaker speaks again.
      if (k > i && clause[k] !== clause[k - 1] && opensOwnClause(tokens, k)) break;
      other[k] = true;
    }
  }
  return other;
}

/**
 * Verbs whose subject's voice their complement is: saying, thinking, wanting, requiring. "Need"
 * only of a particular thing or person ("the camera tracking needs to be stable"): "they need
 * more process" is the speaker's own judgement of what others need.
 */
const VOICE_VERBS = new Set([
  'say', 'tell', 'warn', 'advise', 'insist', 'claim', 'argue', 'suggest', 'recommend', 'believe', 'think', 'ask', 'push', 'want',
  'need', 'require', 'expect', 'demand', 'prefer', 'mandate', 'enforce', 'love', 'like', 'call', 'pitch', 'describe', 'label', 'brand',
]);
/** An -ing form with a finite helper before it: "was telling", "kept calling us a family". */
function isProgressive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  const w = tokens[k];
  return w !== undefined && ((w.lemma === 'be' && w.pos === 'AUX') || w.lemma === 'keep');
}

/** Quantifiers that make a subject other people in general: "some teams", "many companies". */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'other', 'few', 'lots', 'plenty']);
const CONCESSIVE = new Set(['but', 'whereas', 'while', 'though', 'although', 'however', 'yet']);

/**
 * What other people in general do, conceded before the speaker's own view: "Some teams keep
 * research and production apart, but I've seen how much gets lost". The segment whose subject
 * is quantified others ("some teams", "many companies") is their practice, not the speaker's
 * stance, when a later segment opens with "but"/"whereas"… and the speaker.
 */
function concession(tokens: readonly Token[], segment: readonly number[], other: boolean[]): void {
  const n = tokens.length;
  let k = 0;
  while (k < n && tokens[k]!.pos === 'PUNCT') k++;
  if (!QUANTIFIERS.has(tokens[k]?.lower ?? '') || !/^(?:NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '')) return;
  // The quantified noun is the subject, a verb right after it ("some teams keep…"), not a time ("some days I…").
  if (!/^(?:VERB|AUX|ADV)$/.test(tokens[k + 2]?.pos ?? '')) return;
  const first = segment[k]!;
  let turn = -1;
  for (let j = k + 1; j < n; j++) if (segment[j] !== first && CONCESSIVE.has(tokens[j]!.lower)) {
    turn = j;
    break;
  }
  if (turn < 0 || !tokens.slice(turn + 1, turn + 4).some((w) => w.lower === 'i' || w.lower === 'we')) return;
  for (let j = k; j < turn; j++) other[j] = true;
}

/** Wishes the speaker puts to the listener in a condition: "if you're looking for stability, …", "if you want a nine-to-five, …". */
const YOUR_WISH = new Set(['want', 'look', 'need', 'prefer', 'seek', 'value', 'crave', 'expect', 'like', 'love']);

/**
 * A condition on the listener's (or anyone's) wish is theirs, not the speaker's: "If you're
 * looking for stability, Netflix isn't the place". ("If you give me a clear spec, …" sets the
 * speaker's own condition: only a wish counts.)
 */
function addressed(tokens: readonly Token[], segment: readonly number[], other: boolean[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!/^(?:if|when|whenever|unless)$/.test(tokens[i]!.lower) || tokens[i + 1]!.lower !== 'you') continue;
    let v = i + 2;
    while (v < tokens.length && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'PART')) v++;
    if (!YOUR_WISH.has(tokens[v]?.lemma ?? '')) continue;
    // The condition runs to its comma ("…, this team isn't it").
    for (let k = i; k < tokens.length && segment[k] === segment[i] && !/^[,;:.!?]$/.test(tokens[k]!.text); k++) other[k] = true;
  }
}

/** Verbs of wishing and asking for: a quantified group's wish is theirs ("many candidates want a stable job"). */
const WISHING = new Set(['want', 'ask', 'prefer', 'like', 'love', 'push']);

/** A subject that is some of other people: "some candidates", "many engineers", "most applicants". */
function quantifiedOthers(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!(t.pos === 'NOUN' || t.lower === 'people') || OWN_GROUP.has(t.lower)) return false;
  for (let d = k - 1; d >= 0 && k - d <= 3 && /^(?:ADJ|DET|PROPN)$/.test(tokens[d]!.pos); d--) if (QUANTIFIERS.has(tokens[d]!.lower)) return true;
  return false;
}

/** Verbs of saying, advising and naming: their complement is the subject's words, whoever the subject is. */
const SAYING = new Set(['say', 'tell', 'warn', 'advise', 'claim', 'argue', 'suggest', 'recommend', 'call', 'pitch', 'describe', 'label', 'brand', 'ask']);

/** Any subject but the speaker and the speaker's own group: "people", "a colleague", "some candidates". */
function isSomeoneElse(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // "My ideal lead tells me…": a person the speaker imagines speaks for the speaker's want.
  for (let d = k - 1; d >= 0 && (tokens[d]!.pos === 'ADJ' || tokens[d]!.pos === 'DET' || tokens[d]!.pos === 'PRON'); d--) {
    if (/^(?:ideal|perfect|dream|preferred)$/.test(tokens[d]!.lower)) return false;
  }
  if (t.pos === 'PRON' || t.lower === 'i') return OTHER_PRONOUNS.has(t.lower);
  if (OWN_GROUP.has(t.lower) || OWN_GROUP.has(t.lemma)) return false;
  return t.pos === 'NOUN' || t.pos === 'PROPN';
}
/** People an indefinite article still makes someone else: "a friend said…", "a mentor once told me…". */
const PEOPLE = new Set(['friend', 'colleague', 'coworker', 'co-worker', 'mentor', 'recruiter', 'manager', 'boss', 'teacher', 'professor', 'relative', 'coach', 'lead', 'senior', 'peer', 'classmate', 'neighbour', 'neighbor', 'interviewer']);
/** Words that open a condition or a relative clause: what is said inside is the speaker's framing. */
const CONDITION_OPENERS = new Set(['when', 'whenever', 'if', 'once', 'unless', 'until', 'where', 'who', 'that', 'which', 'as', 'so']);
const OTHER_PRONOUNS = new Set(['he', 'she', 'they', 'someone', 'somebody', 'everyone', 'everybody', 'people', 'nobody', 'others', 'one']);
const DEFINITE = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'your']);
/** The speaker's own group: what it wants the speaker (a member) wants too. */
const OWN_GROUP = new Set(['team', 'teams', 'group', 'org', 'organisation', 'organization', 'department', 'squad', 'lab', 'company', 'ideal', 'job', 'role', 'work', 'place', 'workplace']);

/** The speaker's household ("my kids", "our family"): its needs are the speaker's commitments, not another voice. */
const HOUSEHOLD = new Set(['kid', 'kids', 'child', 'children', 'family', 'wife', 'husband', 'partner', 'son', 'daughter', 'baby', 'parents', 'spouse', 'toddler', 'dog']);

function isHousehold(tokens: readonly Token[], subject: number): boolean {
  const t = tokens[subject]!;
  const owner = tokens[subject - 1]?.lower;
  return (owner === 'my' || owner === 'our') && (HOUSEHOLD.has(t.lower) || HOUSEHOLD.has(t.lemma));
}

/** The nearest noun or pronoun before a verb in its clause (skipping auxiliaries, adverbs, negation); -1 if none. */
function subjectOf(tokens: readonly Token[], clause: readonly number[], verb: number): number {
  for (let k = verb - 1; k >= 0 && clause[k] === clause[verb]; k--) {
    const p = tokens[k]!.pos;
    // ("kept calling": the helper verb of a progressive stands between too.)
    if (p === 'AUX' || p === 'ADV' || p === 'PART' || (tokens[k]!.lemma === 'keep' && k === verb - 1)) continue;
    if (p === 'PRON' || p === 'NOUN' || p === 'PROPN') return headOf(tokens, clause, k);
    return -1;
  }
  return -1;
}

/**
 * The head of a subject that ends in a prepositional phrase: "someone on my old team said",
 * "a friend of mine told me", "the head of the studio insisted" (the person, not the team).
 */
function headOf(tokens: readonly Token[], clause: readonly number[], k: number): number {
  let j = k;
  while (j > 0 && clause[j - 1] === clause[k] && /^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[j - 1]!.pos)) j--;
  if (j > 0 && tokens[j - 1]!.pos === 'PRON' && /^(?:my|our|his|her|their|your)$/.test(tokens[j - 1]!.lower)) j--;
  const adp = tokens[j - 1];
  const before = tokens[j - 2];
  if (adp && before && adp.pos === 'ADP' && /^(?:of|on|in|from|at)$/.test(adp.lower) && clause[j - 2] === clause[k] && (before.pos === 'PRON' || before.pos === 'NOUN' || before.pos === 'PROPN')) return j - 2;
  return k;
}

function isOtherSubject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'PRON' || t.lower === 'i') return OTHER_PRONOUNS.has(t.lower);
  if (OWN_GROUP.has(t.lower)) return false;
  // A name ("Alice insisted…"), or a particular thing or person ("the recruiter", "our CI").
  let d = k - 1;
  while (d >= 0 && (tokens[d]!.pos === 'ADJ' || tokens[d]!.pos === 'NOUN' || tokens[d]!.pos === 'PROPN')) d--;
  // "My ideal lead tells me…": a person the speaker imagines speaks for the speaker's want.
  if (tokens.slice(d + 1, k).some((w) => /^(?:ideal|perfect|dream|preferred)$/.test(w.lower))) return false;
  const det = d >= 0 ? tokens[d]!.lower : '';
  return DEFINITE.has(det) || ((det === 'a' || det === 'an' || det === 'one') && PEOPLE.has(t.lemma) && d === k - 1);
}

/** Whether "I think / I believe / I feel / I reckon" stands just before the subject (with "that" or an adverb between). */
function judgedBySpeaker(tokens: readonly Token[], subject: number): boolean {
  let k = subject - 1;
  while (k >= 0 && /^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos) && tokens[k]!.lower !== 'that') k--;
  if (tokens[k]?.lower === 'that') k--;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  const verb = tokens[k];
  if (!verb || !/^(?:think|believe|feel|reckon|guess|suspect)$/.test(verb.lemma)) return false;
  let s = k - 1;
  while (s >= 0 && (tokens[s]!.pos === 'ADV' || tokens[s]!.pos === 'AUX' || tokens[s]!.pos === 'PART')) s--;
  return tokens[s]?.lower === 'i' || tokens[s]?.lower === 'we';
}

/** Whether the subject stands in a condition or relative clause ("when my manager tells me…", "a lead who tells me…"). */
function inCondition(tokens: readonly Token[], clause: readonly number[], subject: number): boolean {
  for (let k = subject - 1; k >= 0 && subject - k <= 4; k--) {
    if (CONDITION_OPENERS.has(tokens[k]!.lower)) return true;
    if (clause[k] !== clause[subject] && tokens[k]!.pos === 'PUNCT') return false;
  }
  return false;
}

/** Words that open an embedded question: "what the artists think", "how the studio feels". */
const WH_WORDS = new Set(['what', 'whatever', 'how', 'whether', 'why']);

/** Whether the subject (with its determiners and adjectives) follows a wh-word that opens an embedded question. */
function embeddedQuestion(tokens: readonly Token[], clause: readonly number[], subject: number): boolean {
  let k = subject - 1;
  while (k >= 0 && clause[k] === clause[subject] && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN' || (tokens[k]!.pos === 'PRON' && !WH_WORDS.has(tokens[k]!.lower)))) k--;
  return k >= 0 && WH_WORDS.has(tokens[k]!.lower);
}

/** A clause that opens with the speaker as subject ("and I disagreed", "but we shipped"). */
function opensOwnClause(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && (tokens[j]!.pos === 'PUNCT' || tokens[j]!.pos === 'CCONJ' || tokens[j]!.pos === 'ADV')) j++;
  const w = tokens[j]?.lower;
  return w === 'i' || w === 'we';
}
