import { readAversions } from './aversion';
import { readEndorsements } from './endorsement';
import { reshapeNegation } from './conditions';
import { formerStretch } from './former';
import { readLeavingReasons } from './leaving';
import { readFronted, REFUSING_VERBS } from './fronted';
import { readStance } from './stance';
import type { SentenceAnalysis, Token } from './types';
import { othersVoice } from './voice';

/**
 * What a sentence does, read from its tokens: which words are negated, which are quoted, whose
 * voice it is (the speaker wanting something, proposing a rule, reporting a past action,
 * describing a system, or repeating advice), its tense and person.
 */
export interface SentenceReading {
  readonly tokens: readonly Token[];
  /**
   * Per token: whether it lies in the scope of an odd number of negations in its clause
   * ("not", "never", "no longer", "without", "don't need"; and privative verbs: "lose", "cut",
   * "stop", "avoid"…). So in "I don't want to lose my evenings", "evenings" is not negated.
   */
  readonly negated: readonly boolean[];
  /** Per token: whether it is inside quotation marks. */
  readonly quoted: readonly boolean[];
  /** Per token: its clause (a new one after a comma, a conjunction, a semicolon…). */
  readonly clause: readonly number[];
  /** Per token: its segment; segments end only at hard breaks ("because", "but", ";", "although"…). */
  readonly segment: readonly number[];
  /**
   * Per token: whether it lies in a stretch the speaker places in a past they have left ("I used
   * to wait for final specs; now…", "years ago", "at my old job…, but here"): history, not stance.
   */
  readonly former: readonly boolean[];
  /**
   * Per token: whether it is someone else's voice the speaker reports ("someone told me X",
   * "my manager insisted on X", "our CI requires X"), not the speaker's own stance.
   */
  readonly othersVoice: readonly boolean[];
  /** Per segment (see `segment`): its tense; a segment without a verb has the sentence's. */
  readonly segmentTense: readonly ('past' | 'present' | 'future')[];
  /**
   * Token indexes of the words that make the speaker's stance (want, need, would rather, matters
   * to me…; and a negated "without": "I can't work without a spec" needs one). Cues in a former
   * stretch or in someone else's voice are not the speaker's and are left out.
   */
  readonly wantCues: readonly number[];
  /** Want cues that reach no further than a token ("I'm a stability person, …" says nothing of what follows). */
  readonly cueEnds: ReadonlyMap<number, number>;
  /**
   * Cues that reach back over commas to a token: the speaker's verb after a thing named first
   * ("Predictability, permanence and a slow career ladder are what I care about").
   */
  readonly cueFrom: ReadonlyMap<number, number>;
  /** Token indexes of proposal cues (should, must, have to, I'd push for…). */
  readonly proposalCues: readonly number[];
  /** The sentence repeats advice rather than saying something of the speaker ("my notes say", an imperative "Don't…"). */
  readonly reportedAdvice: boolean;
  readonly tense: 'past' | 'present' | 'future';
  /** Who the sentence is about: the speaker (I), the speaker's team (we), or someone or something else. */
  readonly person: 'first-singular' | 'first-plural' | 'other';
  /** The sentence's stance, most telling first. */
  readonly stance: Stance;
  /**
   * A note-style fragment with no verb ("- predictable hours, no late nights", a heading, a table
   * cell): it states the speaker's own position, so it reads as a want or a proposal.
   */
  readonly fragment: boolean;
  /** Token indexes of the speaker's habits or own rules in the present ("I don't work nights", "I always log off at six"). */
  readonly habitCues: readonly number[];
  /** The sentence asks something: a question to the interviewer ("Will I…?", "Is there…?", "I'd ask whether…"). */
  readonly question: boolean;
}

/**
 * `wants`: the speaker wants, needs, prefers, values, looks for, is happiest with, would rather…
 * `proposes`: the speaker proposes how things should be ("every change should…").
 * `reports`: the speaker reports a past action ("we cut the review board").
 * `describes`: a statement in the present about the speaker, the team or a system.
 * `advice`: quoted or reported advice, or an imperative to oneself.
 * `asks`: a question to the interviewer with no want word ("Is there a risk of layoffs?").
 */
export type Stance = 'wants' | 'proposes' | 'reports' | 'describes' | 'advice' | 'asks';

const NEGATORS = new Set(['not', 'never', 'no', 'without', 'than', 'nobody', 'nothing', 'none', 'neither', 'nor', 'hardly', 'barely', 'rarely', 'seldom', 'zero', 'cannot', 'unlike', 'minus',
  // "I argued against an extra approval layer", "insurance against layoffs".
  'against']);
/** What an amount is measured against when it is too much: "more X than (it) needed / was useful / anyone could remember". */
const EXCESS_MEASURES = new Set(['need', 'needed', 'necessary', 'required', 'useful', 'warranted', 'justified', 'reasonable', 'sensible', 'healthy', 'remember', 'handle', 'follow', 'track', 'bear', 'helpful', 'productive']);
/** Verbs (lemmas) that negate what they take: "lose my evenings" is about not having them. */
const PRIVATIVE = new Set([
  'lose', 'stop', 'quit', 'avoid', 'drop', 'cut', 'remove', 'eliminate', 'reduce', 'skip', 'abandon', 'sacrifice', 'ditch',
  'scrap', 'kill', 'end', 'lack', 'resist', 'reject', 'escape', 'outgrow', 'unlearn', 'retire', 'replace', 'remove', 'minimize',
  'minimise', 'shrink', 'trim', 'streamline', 'simplify', 'loosen', 'relax', 'strip', 'fewer', 'less', 'dismantle', 'automate', 'question',
  'challenge', 'hate', 'dislike', 'mind', 'fight', 'undo', 'abolish', 'leave', 'exclude', 'shun', 'dodge',
  // Removing a divide: "bridge research and production", "tear down the silos".
  'bridge', 'demolish', 'dissolve', 'blur', 'tear',
  // Giving something up for something else (WordNet: trade, forgo, forfeit, surrender) and refusing it:
  // "I'm not willing to trade my personal time for a deadline", "my startup refused to put any process in place".
  'trade', 'forgo', 'forego', 'forfeit', 'surrender', 'refuse', 'decline',
]);
/** Verbs and adjectives of keeping something away: "shield me from X" does not want X. */
const PROTECTING = new Set(['shield', 'protect', 'shelter', 'spare', 'insulate', 'guard', 'safe', 'secure', 'immune', 'exempt', 'keep', 'prevent']);
/** Two-word negators. */
const NEGATOR_PAIRS = new Set(['instead of', 'rather than', 'no longer', 'get rid', 'got rid', 'give up', 'gave up', 'move away', 'moved away', 'away from', 'free of', 'free from', 'tired of', 'sick of', 'fed up', 'as opposed', 'far from', 'opt out', 'opted out', 'opting out',
  // Moving off something: "led the migration off a rigid approval process".
  'migration off', 'migrate off', 'migrated off', 'migrating off', 'move off', 'moved off', 'moving off',
  // Wariness and opposition: "I'm wary of adding more approval layers".
  'wary of', 'skeptical of', 'sceptical of', 'suspicious of', 'allergic to', 'opposed to', 'cautious about',
  // "I'm done with jobs that take over my evenings".
  'done with']);
/** Words that open a new clause (a negation before them does not reach past). Relative pronouns do not: "not the kind who throws…". */
const CLAUSE_BREAK_WORDS = new Set(['but', 'because', 'although', 'though', 'while', 'whereas', 'so', 'yet', 'however', 'since', 'unless', 'if', 'when', 'and', 'then', 'until']);

/** Clause breaks that also end a segment: a stance before one does not reach past it. */
const HARD_BREAKS = new Set(['but', 'because', 'although', 'though', 'while', 'whereas', 'so', 'yet', 'however', 'since', 'unless']);
const WANT_LEMMAS = new Set(['want', 'need', 'prefer', 'value', 'seek', 'crave', 'wish', 'hope', 'desire', 'require', 'love', 'enjoy', 'appreciate', 'miss', 'expect', 'thrive', 'rely', 'depend', 'cherish', 'protect', 'guard', 'insist', 'demand', 'search', 'care',
  // Asking for it (WordNet: request, ask for): "I would request that no meetings are scheduled after 5 pm" (the verb only: "work requests" ask nothing).
  'request']);
const WANT_WORDS = new Set(['happiest', 'happy', 'comfortable', 'ideally', 'ideal', 'priority', 'priorities', 'sacred', 'non-negotiable', 'essential', 'important', 'matter', 'matters', 'dream', 'must-have', 'negotiable', 'dealbreaker', 'deal-breaker', 'best', 'heart', 'passion', 'motivated', 'interests', 'prefer', 'preferably', 'rather', 'looking', 'attracted', 'drawn', 'excite', 'excites', 'appeal', 'appeals',
  // Preferences and refusals: "I'm not willing to…", "off-limits for me", "please no…".
  'willing', 'unwilling', 'off-limits', 'please', 'refuse', 'hoping', 'dealbreaker', 'deal-breaker', 'non-starter', 'no-go', 'productive',
  // The adjectives of wanting and guarding: "I'm protective of my evenings", "keen on…".
  'protective', 'keen', 'eager', 'precious',
  // Interest as a stance: "I'm mostly interested in…", "passionate about…".
  'interested', 'passionate', 'excited', 'fond']);
const WANT_PAIRS = new Set(['look for', 'looking for', 'looked for', 'would rather', "'d rather", 'would like', "'d like", 'would love', "'d love", 'matter to', 'matters to', 'important to', 'means a', 'mean a', 'work best', 'i like', 'happiest when', 'happiest with', 'happy when', 'happy with', 'comfortable with', 'comfortable when', 'counting on', 'count on', 'my priority', 'my goal', 'my heart', 'my passion', 'into theory', 'key factor', 'deciding factor', 'must have', 'fun part', 'favorite part', 'favourite part', "'m after", 'am after', 'are after', "'re after",
  // "I won't do X" refuses X; "what I look for", "for me is important", "I'm a X person" state preferences.
  "wo n't", 'will not', 'for me', 'i look', 'i expect', 'my ideal', 'red line', 'done with',
  // "The interesting part is the theory": what the speaker finds best in the work.
  'interesting part', 'exciting part', 'best part', 'cool part',
  // "What drives me is…", "what excites me…".
  'drives me', 'motivates me', 'excites me', 'energizes me', 'energises me', 'inspires me',
  // What pulls the speaker in (WordNet: attract, draw, appeal, pull, tempt): "part of what attracts me is…".
  'attracts me', 'attract me', 'draws me', 'draw me', 'appeals to', 'appeal to', 'pulls me', 'tempts me']);
/** Verbs whose negation ("X doesn't interest me") is about their subject. */
const INTEREST_VERBS = new Set(['interest', 'appeal', 'excite', 'matter', 'motivate', 'thrill', 'attract']);

/** An interest verb in any form; the tagger may read "interested" in "has never interested me" as an adjective. */
function isInterestVerb(t: Token): boolean {
  if (INTEREST_VERBS.has(t.lemma)) return true;
  const m = /^(.+?)(?:ed|d|s|ing)$/.exec(t.lower);
  return m !== null && (INTEREST_VERBS.has(m[1]!) || INTEREST_VERBS.has(`${m[1]!}e`));
}
/** Words that reject what the rest of their segment names: "dealbreaker: late meetings" wants no late meetings. */
const REJECTORS = new Set(['dealbreaker', 'deal-breaker', 'non-starter', 'no-go']);
const PROPOSAL_WORDS = new Set(['proposal', 'should', 'would', "'d", 'must', 'ought', 'mandatory', 'required', 'require', 'requires', 'let\'s', 'suggest', 'propose', 'recommend', 'advocate', 'insist', 'push', 'introduce', 'add', 'enforce', 'impose', 'mandate', 'formalize', 'formalise', 'standardize', 'standardise', 'need', 'needs', 'always', 'every', 'each', 'needed',
  // Bringing a practice in (WordNet: establish, institute, implement): "I will bring the same process maturity to your team".
  'bring', 'establish', 'institute', 'implement']);
const ADVICE_OPENERS = /^(?:[-*>#|\s]*)(?:don'?t|do not|never|avoid|remember|note to self|reminder|tip|careful|watch out|be careful|make sure|stop saying|no mention|steer clear)\b/i;
const REPORTED = /\b(?:my notes (?:say|said)|notes? to self|the guide (?:says|said)|(?:the |my )?recruiter (?:says|said|told|warned|mentioned)|i was told|(?:they|she|he|someone|people) (?:told|warned|advised) me|advice(?: was)?|the memo (?:says|said)|coach(?:ing)? (?:says|said)|(?:as|like) (?:a |the )?(?:red flag|warning)|red[- ]flag|never say|don'?t say|do not say|avoid saying|instead of saying|rather than saying|(?:phrases?|words?|lines?) to (?:avoid|drop|cut|remove|ditch|lose|replace)|things? not to say|would be a red flag|(?:that|it|this|which)(?:'s| would| might| could| will)? sounds? like|comes across as|could read as|might read as|reads as)\b/i;
/** Verdicts after a note's colon that reject what it labels. */
const NOTE_REJECTIONS = new Set(['no', 'none', 'never', 'not', 'nope', 'pass', 'avoid', 'skip', 'nah', 'meh']);
/** The speaker as a subject. */
const SPEAKER_SUBJECTS = new Set(['i', 'we']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "didn't", 'wasn', 'weren']);
const MODALS = new Set(['would', "'d", 'could', 'should', 'might', 'may', 'can', 'must', 'will', 'shall']);
const FUTURE = new Set(['will', "'ll", 'shall', 'gonna']);

/** Whether the tokens from `from` up to the next punctuation are a noun phrase: at least one word, none a verb or auxiliary. */
function nounPhraseOnly(tokens: SentenceAnalysis['tokens'], from: number): boolean {
  let k = from;
  while (k < tokens.length && tokens[k]!.pos !== 'PUNCT' && !CLAUSE_BREAK_WORDS.has(tokens[k]!.lower)) {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
    k++;
  }
  return k > from;
}

/** Reads a sentence the model has analysed. Pure and fast (a few microseconds a sentence). */
export function readSentence(analysis: SentenceAnalysis, text: string): SentenceReading {
  const tokens = analysis.tokens;
  const n = tokens.length;
  const negated: boolean[] = new Array(n).fill(false);
  const quoted: boolean[] = new Array(n).fill(false);
  const wantCues: number[] = [];
  const proposalCues: number[] = [];

  // Quotes: straight or curly double quotes, and single curly quotes that are not apostrophes.
  let inQuote = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text;
    if (t === '"' || t === '“' || t === '”' || t === '‘' || (t === '’' && (i === n - 1 || tokens[i + 1]!.pos === 'PUNCT')) || t === '«' || t === '»') {
      inQuote = t === '“' || t === '‘' || t === '«' ? true : t === '”' || t === '»' || t === '’' ? false : !inQuote;
      continue;
    }
    quoted[i] = inQuote;
  }
  // An unclosed quote quotes nothing (a stray mark).
  if (inQuote) {
    let i = n - 1;
    while (i >= 0 && quoted[i]) quoted[i--] = false;
  }

  // Negation: each clause counts its negations left to right; a token's polarity is the parity.
  let count = 0;
  // How many of `count` are privative verbs: their scope is their object, not a next verb ("leave X to others and stick to Y").
  let privative = 0;
  // A "without" that modifies the subject ("teams without strict procedures make more mistakes") reaches only to the verb.
  let withoutSubject = false;
  const clause: number[] = new Array(n).fill(0);
  const segment: number[] = new Array(n).fill(0);
  let clauseId = 0;
  let segmentId = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    clause[i] = clauseId;
    segment[i] = segmentId;
    const pair = i + 1 < n ? `${t.lower} ${tokens[i + 1]!.lower}` : '';
    const spacedDash = t.text === '-' && /\s/.test(text[t.start - 1] ?? ' ') && /\s/.test(text[t.end] ?? ' ');
    if (spacedDash || (t.pos === 'PUNCT' && /^[,;:()—–]$|^--$/.test(t.text))) {
      // "a stable, predictable role": a comma between adjectives is no new clause.
      if (t.text === ',' && tokens[i - 1]?.pos === 'ADJ' && (tokens[i + 1]?.pos === 'ADJ' || tokens[i + 1]?.pos === 'ADV')) continue;
      count = 0;
      privative = 0;
      withoutSubject = false;
      clauseId++;
      if (t.text !== ',' && t.text !== ':') segmentId++;
      continue;
    }
    if (CLAUSE_BREAK_WORDS.has(t.lower) && (t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.lower === 'when' || t.lower === 'but' || t.lower === 'until' || t.lower === 'unless')) {
      // "and"/"so"/"when" only break a clause when a new subject follows ("…, and I want…").
      const nextPos = tokens[i + 1]?.pos;
      // "until" opens a condition whatever follows ("not until requirements are frozen"), but not "until recently".
      // "…never have to touch X and can just do research": a modal after "and" opens a verb phrase of its own.
      const modalAfter = t.lower === 'and' && nextPos === 'AUX' && MODALS.has(tokens[i + 1]!.lower);
      // "all theory and no production work": "and no" joins a noun phrase, with no verb of its own, to what came before; a negation before it still reaches it.
      const andNo = t.lower === 'and' && tokens[i + 1]?.lower === 'no' && nounPhraseOnly(tokens, i + 2);
      if (t.lower === 'until' ? nextPos === 'ADV' : (t.lower === 'and' || t.lower === 'so' || t.lower === 'when') && ((nextPos !== 'PRON' && nextPos !== 'PROPN' && nextPos !== 'DET') || andNo) && !modalAfter) {
        if (t.lower === 'and' && (nextPos === 'VERB' || (nextPos === 'ADV' && tokens[i + 2]?.pos === 'VERB'))) {
          count -= privative;
          privative = 0;
        }
        // "no pager duty and no after-hours calls": a "no" that negated only the noun phrase before "and no" does not reach past it.
        if (andNo) for (let k = i - 1; k >= 0 && clause[k] === clauseId && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX'; k--) if (tokens[k]!.lower === 'no') count--;
        negated[i] = count % 2 === 1;
        continue;
      }
      count = 0;
      privative = 0;
      withoutSubject = false;
      clauseId++;
      if (HARD_BREAKS.has(t.lower)) segmentId++;
      clause[i] = clauseId;
      segment[i] = segmentId;
      continue;
    }
    if (withoutSubject && (t.pos === 'VERB' || t.pos === 'AUX')) {
      count--;
      withoutSubject = false;
    }
    negated[i] = count % 2 === 1;
    if (NEGATOR_PAIRS.has(pair)) {
      negated[i + 1] = negated[i]!;
      // The pair's second word is in the same clause as its first ("no longer", "instead of").
      clause[i + 1] = clauseId;
      segment[i + 1] = segmentId;
      count++;
      // Like a privative verb, "tired of", "instead of"… reach their object, not a next verb
      // ("tired of building infrastructure and want to do theory"); "no longer" reaches on.
      if (pair !== 'no longer') privative++;
      i++;
      continue;
    }
    if (NEGATORS.has(t.lemma) || NEGATORS.has(t.lower)) {
      // "no" as an answer ("No, I…") negates nothing; "not only" does not negate.
      if (t.lower === 'no' && (tokens[i + 1]?.pos === 'PUNCT' || i === n - 1)) continue;
      if (t.lemma === 'not' && tokens[i + 1]?.lower === 'only') continue;
      count++;
      // After a noun, with no verb yet in its clause, "without" belongs to the subject.
      if (t.lower === 'without' && /^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '') && !tokens.slice(0, i).some((w, k) => clause[k] === clauseId && (w.pos === 'VERB' || w.pos === 'AUX'))) withoutSubject = true;
    } else if (t.pos === 'VERB' && t.lemma === 'miss' && missesOut(tokens, i)) {
      // "rather ship less than miss another of my kid's games": missing an event loses it.
      count++;
      privative++;
    } else if (t.pos === 'VERB' && (PRIVATIVE.has(t.lemma) || ((t.lemma === 'break' || t.lemma === 'knock') && tokens[i + 1]?.lower === 'down' && /^(?:DET|NOUN|PRON|ADJ)$/.test(tokens[i + 2]?.pos ?? ''))) && !(t.lemma === 'end' && /^(?:up|in)$/.test(tokens[i + 1]?.lower ?? '')) && tokens[i + 1]?.text !== '-' && text[t.end] !== '-' && !(t.lemma === 'leave' && leavesRoom(tokens, i)) && takesObject(tokens, i)) {
      // ("leaves me time with my family" gives; it takes nothing away; "end up", "end in chaos" take nothing either.)
      // A privative verb, but not inside a compound ("cutting-edge").
      count++;
      privative++;
    } else if (t.lower === 'from' && tokens.slice(Math.max(0, i - 4), i).some((w) => PROTECTING.has(w.lemma))) {
      // "shield me from reorgs", "protect my team from churn", "safe from layoffs": what follows is kept away.
      count++;
      privative++;
    } else if (((t.lower === 'less' || t.lower === 'fewer') && t.pos !== 'VERB' && !(tokens[i + 1]?.lower === 'than' && tokens[i + 2]?.pos === 'VERB')) || (t.lower === 'little' && /^(?:very|so|too|only|relatively|fairly|quite)$/.test(tokens[i - 1]?.lower ?? ''))) {
      // "very little direction" is next to none ("a little" is some). ("ship less than miss my kid's
      // games" compares two actions: "less" ends there, and "than" turns what follows alone.)
      count++;
    } else if ((t.lemma === 'problem' || t.lemma === 'issue') && /^(?:not|no|never|n't)$/.test((tokens[i - 1]?.pos === 'DET' ? tokens[i - 2] : tokens[i - 1])?.lemma ?? '')) {
      // "not a problem to work evenings", "no issue with weekends": not minding it (a double negation).
      count++;
    }
  }

  // A thing named first, then what the speaker does with it: "Working past six is something I
  // avoid" does not want it; "Staying late is not something I do anymore" neither.
  const fronted = readFronted(tokens);
  if (fronted?.refused) for (let k = fronted.from; k < fronted.to; k++) negated[k] = !negated[k];

  // A negated copula negates its subject too: "Job security isn't what drives me",
  // "Stability was never what I wanted".
  let clauseStart = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if ((t.pos === 'PUNCT' && /^[,;:()—–]$/.test(t.text)) || (CLAUSE_BREAK_WORDS.has(t.lower) && (t.pos === 'CCONJ' || t.pos === 'SCONJ'))) {
      clauseStart = i + 1;
      continue;
    }
    if (i === fronted?.be) continue;
    const next = tokens[i + 1];
    // "Deploying models doesn't interest me": a negated verb of interest negates its subject.
    if (t.lemma === 'do' && next && (next.lemma === 'not' || next.lower === 'never') && INTEREST_VERBS.has(tokens[i + 2]?.lemma ?? '') && i > clauseStart) {
      for (let k = clauseStart; k < i; k++) negated[k] = !negated[k];
      continue;
    }
    // "Job security never crossed my mind", "Stability never mattered to me": the same without "do".
    // ("The work-life balance question never came up", "job security never entered into it": the topic never arose.)
    if (t.lower === 'never' && next && (INTEREST_VERBS.has(next.lemma) || next.lemma === 'cross' || next.lemma === 'occur' || next.lemma === 'drive' || next.lemma === 'arise' || next.lemma === 'enter' || next.lemma === 'figure' || (next.lemma === 'come' && /^(?:up|into)$/.test(tokens[i + 2]?.lower ?? ''))) && i > clauseStart && tokens.slice(clauseStart, i).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN') && !tokens.slice(clauseStart, i).some((w) => w.pos === 'VERB' || w.pos === 'PRON')) {
      for (let k = clauseStart; k < i; k++) negated[k] = !negated[k];
      continue;
    }
    // The same in the perfect, and with a gerund or a list as the subject: "Writing production code
    // has never appealed to me", "building pipelines, containers and cluster jobs has never interested me".
    if ((t.lemma === 'have' || t.lemma === 'do') && t.pos === 'AUX' && next && (next.lemma === 'not' || next.lower === 'never')) {
      const verb = tokens[i + 2]?.pos === 'ADV' && tokens[i + 2]!.lemma !== 'not' ? tokens[i + 3] : tokens[i + 2];
      // (Read by the rules above: "doesn't interest me", and "never" right before the verb after a plain noun subject.)
      const plainNever = next.lower === 'never' && verb === tokens[i + 2] && INTEREST_VERBS.has(verb?.lemma ?? '') && tokens.slice(clauseStart, i).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN') && !tokens.slice(clauseStart, i).some((w) => w.pos === 'VERB' || w.pos === 'PRON');
      const alreadyRead = plainNever || (t.lemma === 'do' && verb === tokens[i + 2] && INTEREST_VERBS.has(verb?.lemma ?? ''));
      if (verb && !alreadyRead && isInterestVerb(verb) && /^(?:me|us|to)$/.test(tokens[tokens.indexOf(verb) + 1]?.lower ?? '')) {
        const from = Math.min(clauseStart, listSubjectStart(tokens, i));
        const subject = tokens.slice(from, i);
        const gerund = subject[0]?.pos === 'VERB' && subject[0].lower.endsWith('ing');
        if (from < i && (gerund || subject.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN')) && !subject.some((w) => w.pos === 'PRON' || (w.pos === 'VERB' && !w.lower.endsWith('ing')))) {
          for (let k = from; k < i; k++) negated[k] = !negated[k];
          continue;
        }
      }
    }
    // "…is just not…", "…is really not…": an adverb may stand between.
    const deny = next?.pos === 'ADV' && next.lemma !== 'not' && next.lower !== 'never' ? tokens[i + 2] : next;
    // "…has never been…", "…won't be…", "…would never be…": a perfect or modal before the negated copula.
    const copula = t.lemma === 'be' || ((t.lemma === 'have' || MODALS.has(t.lower) || MODALS.has(t.lemma) || FUTURE.has(t.lower)) && tokens[i + 2]?.lemma === 'be');
    if (copula && t.pos === 'AUX' && deny && (deny.lemma === 'not' || deny.lower === 'never') && i > 0) {
      // The subject may be a list the clause breaks cut ("Coding up pipelines, containers, GPU
      // clusters and so on is not…", "building pipelines and all is not…").
      const from = Math.min(clauseStart, listSubjectStart(tokens, i));
      if (from >= i) continue;
      const subject = tokens.slice(from, i);
      // Only a noun subject ("the artistic side", "job security") or a gerund ("staying late"), not "I"/"we"/"it" or "what I want".
      const gerund = subject[0]?.pos === 'VERB' && subject[0].lower.endsWith('ing');
      if (gerund || (subject.some((s) => s.pos === 'NOUN' || s.pos === 'PROPN') && !subject.some((s) => s.pos === 'VERB' && !s.lower.endsWith('ing')))) {
        for (let k = from; k < i; k++) negated[k] = !negated[k];
      }
    }
  }

  // The speaker's dislikes: "I try to avoid X", "I can't stand X", "X stresses me out" (X not wanted).
  const aversions = readAversions(tokens, clause);
  for (const a of aversions) if (a.turn) for (let k = a.turn[0]; k < a.turn[1]; k++) negated[k] = !negated[k];
  // What pushed the speaker out of a job, or made them turn an offer down, is what they do not want:
  // "I left because it stopped feeling like a family", "the reason I'm leaving is X". (Read here
  // alone; the endorsements below are stories told approvingly and refusals.)
  const leaving = readLeavingReasons(tokens, clause, segment);
  for (const l of leaving) for (let k = l.turn[0]; k < l.turn[1]; k++) negated[k] = !negated[k];
  // A story told approvingly ("…, and I'd want the same here") is a want now, whoever's and whenever
  // it was; a refusal ("…, and I'm not doing that again") wants its opposite.
  const endorsements = readEndorsements(tokens, clause);

  // A fronted object of a privative verb that ends its clause: "the engineering side I'd rather
  // skip", "meetings like that I can do without" negate what comes before the speaker.
  for (let i = 1; i < n; i++) {
    const t = tokens[i]!;
    const privativeVerb = t.pos === 'VERB' && PRIVATIVE.has(t.lemma);
    const doWithout = t.lower === 'without' && tokens[i - 1]?.lemma === 'do';
    // ("Late nights are not something I mind": a thing named first, read above.)
    if ((!privativeVerb && !doWithout) || i === fronted?.verb) continue;
    const after = tokens[i + 1];
    if (after && !(after.pos === 'PUNCT' && clause[i + 1] !== clause[i]) && !/^[.!?]$/.test(after.text)) continue;
    let k = i - 1;
    while (k >= 0 && clause[k] === clause[i] && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' || tokens[k]!.lemma === 'do' || tokens[k]!.lower === 'to' || tokens[k]!.lemma === 'want' || tokens[k]!.lemma === 'can')) k--;
    if (k <= 0 || clause[k] !== clause[i] || !SPEAKER_SUBJECTS.has(tokens[k]!.lower)) continue;
    let from = k;
    while (from > 0 && clause[from - 1] === clause[k]) from--;
    if (!tokens.slice(from, k).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN')) continue;
    for (let j = from; j < k; j++) negated[j] = !negated[j];
  }

  // Excess: "more process than it needed", "more rules than anyone could remember" is too much of it
  // ("more process than we have now" is still more).
  for (let i = 0; i < n; i++) {
    if (!/^(?:more|extra)$/.test(tokens[i]!.lower)) continue;
    let than = i + 1;
    while (than < n && than - i <= 5 && clause[than] === clause[i] && tokens[than]!.lower !== 'than') than++;
    if (tokens[than]?.lower !== 'than' || than === i + 1) continue;
    const rest = tokens.slice(than + 1, than + 7);
    // A wish for more is a wish, whatever it is measured against: "I'd like more structure than my last team needed".
    if (tokens.slice(0, i).some((w, k) => clause[k] === clause[i] && /^(?:want|like|love|prefer|need|wish|would|'d|should|must)$/.test(w.lemma))) continue;
    if (!rest.some((w) => EXCESS_MEASURES.has(w.lemma) || EXCESS_MEASURES.has(w.lower))) continue;
    for (let j = i; j < than; j++) negated[j] = !negated[j];
  }

  // A thing the speaker took away, named as the subject: "the stable job I left was dull", "the
  // approval layers we removed were slowing us down" (a relative clause with no "that").
  for (let i = 2; i < n - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !PRIVATIVE.has(t.lemma) || !SPEAKER_SUBJECTS.has(tokens[i - 1]!.lower) || tokens[i - 1]!.lower === 'me') continue;
    if (!(tokens[i - 2]!.pos === 'NOUN' || tokens[i - 2]!.pos === 'PROPN') || tokens[i + 1]!.lemma !== 'be') continue;
    let from = i - 2;
    while (from > 0 && (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[from - 1]!.pos) || tokens[from - 1]!.text === '-')) from--;
    for (let j = from; j < i - 1; j++) negated[j] = !negated[j];
  }

  // "The client sent exact specifications, which I challenged": a relative "which" whose verb is the
  // speaker's privative one takes away the clause before it.
  for (let i = 2; i < n - 2; i++) {
    if (tokens[i]!.lower !== 'which' || tokens[i - 1]!.text !== ',' || !SPEAKER_SUBJECTS.has(tokens[i + 1]!.lower)) continue;
    let v = i + 2;
    while (v < n && (tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'AUX')) v++;
    const verb = tokens[v];
    if (!verb || verb.pos !== 'VERB' || !PRIVATIVE.has(verb.lemma)) continue;
    let from = i - 1;
    while (from > 0 && clause[from - 1] === clause[i - 2]) from--;
    for (let k = from; k < i - 1; k++) negated[k] = !negated[k];
  }

  const noteCues: number[] = [];
  // A note that rejects what it labels: "studio collaboration: avoid if possible", "on-call: no".
  for (let i = 1; i < n - 1; i++) {
    if (tokens[i]!.text !== ':') continue;
    const verdict = tokens[i + 1]!;
    if (!(NOTE_REJECTIONS.has(verdict.lower) || (verdict.pos === 'VERB' && PRIVATIVE.has(verdict.lemma)))) continue;
    let from = i;
    while (from > 0 && !/^[;:.!?]$/.test(tokens[from - 1]!.text)) from--;
    for (let k = from; k < i; k++) negated[k] = !negated[k];
    // The note states the speaker's position: a stance cue where it starts.
    noteCues.push(from);
  }

  // A rejector negates the rest of its segment ("dealbreaker: being pinged after dinner",
  // "long hours are a dealbreaker for me").
  for (let i = 0; i < n; i++) {
    // "An approval queue is the last thing a team needs" rejects it as "dealbreaker" does.
    // Its own relative clause ("a creative team needs", "I want") is not what it rejects.
    if (tokens[i]!.lower === 'last' && tokens[i - 1]?.lower === 'the' && /^(?:thing|things)$/.test(tokens[i + 1]?.lower ?? '')) {
      let skip = i + 2;
      while (skip < n && segment[skip] === segment[i] && tokens[skip]!.pos !== 'VERB') skip++;
      for (let k = 0; k < n; k++) if (segment[k] === segment[i] && (k < i - 1 || k > skip)) negated[k] = !negated[k];
      continue;
    }
    if (!REJECTORS.has(tokens[i]!.lower)) continue;
    for (let k = 0; k < n; k++) if (k !== i && segment[k] === segment[i]) negated[k] = !negated[k];
  }

  // Negation that sets a condition or a contrast: "can't work without a spec", "won't start until…", "X doesn't."
  const conditions = reshapeNegation(tokens, negated, clause, segment);
  const former = formerStretch(tokens, clause, segment);
  const others = othersVoice(tokens, clause, segment);
  for (const e of endorsements) {
    for (let k = e.from; k < e.to; k++) {
      former[k] = false;
      others[k] = false;
      if (e.turn) negated[k] = !negated[k];
    }
  }
  // Stance cues.
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (former[i] || others[i]) continue;
    const pair = i + 1 < n ? `${t.lower} ${tokens[i + 1]!.lower}` : '';
    if (conditions.has(i) || aversions.some((a) => a.cue === i)) wantCues.push(i);
    // "my main goal", "my number one priority", "my biggest wish", "my number one criterion": a goal of the speaker's with words between.
    if (t.lower === 'my' && tokens.slice(i + 1, i + 4).some((w, j) => /^(?:goal|goals|priority|priorities|aim|wish|dream|ambition|criterion|criteria|requirement|requirements|condition|conditions)$/.test(w.lower) && tokens.slice(i + 1, i + 1 + j).every((x) => x.pos === 'ADJ' || x.pos === 'NUM' || x.pos === 'NOUN' && x.lower === 'number'))) wantCues.push(i);
    // "I'm at my best when…", "at my happiest with…" (not "at my last job").
    if (pair === 'at my' && /^(?:best|happiest|most)$/.test(tokens[i + 2]?.lower ?? '')) wantCues.push(i);
    // ("I don't care about X" is left to the negation it carries, as "I don't like X" is.)
    const indifferent = t.lemma === 'care' && tokens.slice(Math.max(0, i - 3), i).some((p) => p.lemma === 'not' || p.lower === 'never');
    // "priorities" is the speaker's only when it is theirs or ranked ("my priorities", "top priority"), not "how the team decides priorities".
    // (A label "| Priority | …" or "Priorities: …" states the speaker's own.)
    const priority = (t.lower === 'priority' || t.lower === 'priorities') && i > 0 && !/^(?:PUNCT|SYM)$/.test(tokens[i - 1]!.pos) && !/^(?:my|our|top|main|first|biggest|key|real|one|number|only|absolute|highest)$/.test(tokens[i - 1]!.lower) && !/^(?:my|our)$/.test(tokens[i - 2]?.lower ?? '');
    if (priority) continue;
    if (WANT_PAIRS.has(pair) || (WANT_LEMMAS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NOUN' && t.lemma !== 'request')) && !indifferent) || WANT_WORDS.has(t.lower)) wantCues.push(i);
    if (PROPOSAL_WORDS.has(t.lower) || PROPOSAL_WORDS.has(t.lemma) || pair === 'have to' || pair === 'has to' || pair === 'got to' || pair === 'need to' || pair === 'push for') proposalCues.push(i);
  }

  for (const c of noteCues) if (!wantCues.includes(c) && !former[c] && !others[c]) wantCues.push(c);
  for (const e of endorsements) if (!wantCues.includes(e.cue) && !former[e.cue] && !others[e.cue]) wantCues.push(e.cue);
  for (const l of leaving) if (!wantCues.includes(l.cue) && !former[l.cue] && !others[l.cue]) wantCues.push(l.cue);
  // Stance beyond the want words: conditions, self-descriptions, questions, and whose want it is.
  const more = readStance(tokens);
  for (const c of more.cues) if (!wantCues.includes(c)) wantCues.push(c);
  for (const from of more.reluctantFrom) {
    // "Do I have to work with the studio?": what the speaker is asked to do reads as not wanted.
    for (let k = from; k < n && segment[k] === segment[from - 1]; k++) negated[k] = !negated[k];
    if (!wantCues.includes(from - 2)) wantCues.push(from - 2);
  }
  // The speaker's verb of a fronted thing in the present: a refusal is a stance ("…is something
  // I avoid"), any other verb a habit ("…is not something I do anymore"); and "mind" or "avoid"
  // with "not" takes it as it comes.
  for (let k = wantCues.length - 1; k >= 0; k--) if (fronted && wantCues[k] === fronted.verb && !fronted.refused && REFUSING_VERBS.has(tokens[fronted.verb]!.lemma)) wantCues.splice(k, 1);
  const habitCues = [...more.habitCues];
  const cueFrom = new Map<number, number>();
  if (fronted) cueFrom.set(fronted.verb, fronted.from);
  // An endorsement reaches back over what it endorses, and no further ("this is the safer way" wants no safety).
  const cueEnds = new Map(more.cueEnds);
  for (const e of endorsements) {
    if (e.cue >= e.to) cueFrom.set(e.cue, e.from);
    if (e.closed) cueEnds.set(e.cue, e.to - 1);
  }
  if (fronted?.present && !former[fronted.verb] && !others[fronted.verb]) {
    if (REFUSING_VERBS.has(tokens[fronted.verb]!.lemma)) {
      // "…is not something I mind" accepts the thing: no stance.
      if (fronted.refused && !wantCues.includes(fronted.verb)) wantCues.push(fronted.verb);
    } else if (!habitCues.includes(fronted.verb)) habitCues.push(fronted.verb);
  }
  for (let k = wantCues.length - 1; k >= 0; k--) if (more.othersWant.has(wantCues[k]!)) wantCues.splice(k, 1);
  wantCues.sort((a, b) => a - b);

  // Quoted words are mentioned, not meant, when the sentence says, names or edits them ('cut "job security" from the intro').
  const reportedAdvice = REPORTED.test(text) || ADVICE_OPENERS.test(text) || (quoted.some((q) => q) && /\b(?:say|said|says|saying|write|wrote|mention|mentioned|call|called|word|words|phrase|phrasing|wording|remove|removed|delete|deleted|drop|dropped|cut|replace|replaced|rephrase|rephrased|reword|reworded|strike|swap|swapped|pitch|line|cliche|cliché|buzzword|slogan|mantra|label)\b/i.test(text));
  const tense = tenseOf(tokens);
  const segmentTense: ('past' | 'present' | 'future')[] = [];
  for (let i = 0, from = 0; i <= n; i++) {
    if (i < n && segment[i] === segment[from]) continue;
    const part = mainClause(tokens.slice(from, i));
    segmentTense[segment[from] ?? 0] = part.some((t) => t.pos === 'VERB' || t.pos === 'AUX') ? tenseOf(part) : tense;
    from = i;
  }
  const person = personOf(tokens);
  // A one-word heading ("# Stability") names a topic; it takes two words to state a position.
  const words = tokens.filter((t) => /\w/.test(t.text)).length;
  // A list of "no …" with no subject, auxiliary or past ("no on-call, no weekend deploys") is a note too, whatever the model tags "deploys".
  const listNote = tokens.find((t) => /\w/.test(t.text))?.lower === 'no' && tense !== 'past' && !tokens.some((t) => t.pos === 'PRON' || t.pos === 'AUX');
  const fragment = !reportedAdvice && words >= 2 && (listNote || !tokens.some((t, i) => (t.pos === 'VERB' || t.pos === 'AUX') && !isAttributive(tokens, i)));
  let stance: Stance;
  if (reportedAdvice) stance = 'advice';
  else if (wantCues.length > 0 || fragment) stance = 'wants';
  else if (proposalCues.length > 0 && tense !== 'past') stance = 'proposes';
  else if (more.question && tense !== 'past') stance = 'asks';
  else if (tense === 'past') stance = 'reports';
  else stance = 'describes';
  // A reason for leaving is a stance over its own range only ("…because I was answering Slack at 2 a.m. and I promised…").
  for (const l of leaving) if (!cueEnds.has(l.cue)) cueEnds.set(l.cue, l.turn[1] - 1);
  return { tokens, negated, quoted, clause, segment, former, othersVoice: others, segmentTense, wantCues, proposalCues, reportedAdvice, tense, person, stance, fragment, question: more.question, cueEnds, cueFrom, habitCues };
}


/**
 * Whether a privative verb at `i` takes something away: not when it has no object ("once the
 * workday ends, I…", "the meeting stopped.") nor in the passive ("I'd rather not be left on my
 * own": nothing after it is removed).
 */
function takesObject(tokens: readonly Token[], i: number): boolean {
  // A quoted object is an object: 'cut "job security" from the intro'.
  const quote = /^["“‘]$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2] !== undefined && tokens[i + 2]!.pos !== 'PUNCT';
  const next = quote ? tokens[i + 2] : tokens[i + 1];
  // ("The reason I left was the commute": an auxiliary right after it starts the main clause; a
  // gerund one is its object: "it stopped being a family".)
  if (!next || next.pos === 'PUNCT' || (next.pos === 'AUX' && !next.lower.endsWith('ing')) || /^(?:i|we|he|she|they|you)$/.test(next.lower)) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  const before = tokens[k];
  if (before && (before.lemma === 'be' || before.lemma === 'get') && tokens[i]!.lower !== tokens[i]!.lemma && !tokens[i]!.lower.endsWith('ing')) return false;
  return true;
}

/**
 * Whether "miss" at `i` loses something ("than miss my kid's games", "I missed every family
 * dinner") rather than longs for it ("I miss having a clear spec"): not right after the speaker in
 * the present, and with an object after it.
 */
function missesOut(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !/^(?:DET|PRON|NOUN|PROPN|ADJ|NUM)$/.test(next.pos) || /^(?:i|we|he|she|they|you)$/.test(next.lower)) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  const before = tokens[k];
  return !(before && /^(?:i|we)$/.test(before.lower) && tokens[i]!.lower === 'miss');
}

/**
 * Whether "leave" at `i` gives rather than takes: "leaves me time with my family", "leaves
 * plenty of room for life outside work", "leaves enough energy for…".
 */
function leavesRoom(tokens: readonly Token[], i: number): boolean {
  if (/^(?:me|us|you|him|her|them)$/.test(tokens[i + 1]?.lower ?? '') && /^(?:NOUN|DET|ADJ|NUM)$/.test(tokens[i + 2]?.pos ?? '')) return true;
  // "leave me to work out the details" hands the task over.
  if (/^(?:me|us)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'to' && tokens[i + 3]?.pos === 'VERB') return true;
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (/^(?:room|time|space|energy|headroom|capacity|bandwidth)$/.test(w.lower)) return /^(?:for|to)$/.test(tokens[k + 1]?.lower ?? '') || k > i + 1;
    if (!(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'PRON' || /^(?:plenty|of|enough|lots|a|lot|some)$/.test(w.lower))) return false;
  }
  return false;
}

/** Words a listed subject may hold besides nouns: "pipelines, containers and so on", "building pipelines and all". */
const LIST_WORDS = new Set([',', 'and', 'or', 'so', 'on', 'all', 'stuff', 'such', 'etc', 'up', 'of', '/', '&']);

/**
 * Where a listed subject before the copula at `i` starts, or `i` when there is none: nouns,
 * gerunds and list words back to a comma ("…, building pipelines and all"), and across commas
 * only when the list runs back to the start of the sentence or a hard break.
 */
function listSubjectStart(tokens: readonly Token[], i: number): number {
  const listy = (w: Token): boolean => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ' || w.pos === 'DET' || w.pos === 'NUM' || (w.pos === 'VERB' && w.lower.endsWith('ing')) || LIST_WORDS.has(w.lower);
  let j = i - 1;
  while (j >= 0 && tokens[j]!.text !== ',' && listy(tokens[j]!)) j--;
  const near = j + 1;
  const boundary = (k: number): boolean => k < 0 || /^[;:.!?—–-]$/.test(tokens[k]!.text) || HARD_BREAKS.has(tokens[k]!.lower);
  if (near < i && boundary(j)) return near;
  while (j >= 0 && listy(tokens[j]!)) j--;
  if (boundary(j) && tokens.slice(j + 1, i).some((w) => w.text === ',')) return j + 1;
  // Back to a comma: the list's last item alone, when it names something ("…, building pipelines and all").
  return near < i && tokens[j + 1] !== undefined && tokens[near - 1]?.text === ',' ? near : i;
}

const LEADING_CONDITIONS = new Set(['once', 'when', 'whenever', 'after', 'before', 'if', 'as']);

/**
 * A segment without its leading time or condition clause, which sets the scene and not the
 * tense: "Once I've trained it, I hand it off" is the present habit of "I hand it off".
 */
function mainClause(part: readonly Token[]): readonly Token[] {
  let k = 0;
  while (k < part.length && (part[k]!.pos === 'PUNCT' || part[k]!.pos === 'SYM')) k++;
  if (!LEADING_CONDITIONS.has(part[k]?.lower ?? '')) return part;
  const comma = part.findIndex((t, j) => j > k && t.text === ',');
  return comma > 0 && comma < part.length - 1 ? part.slice(comma + 1) : part;
}

/**
 * A participle used as an adjective ("well-defined tasks", "clearly specified tickets"): before
 * a noun, with no subject before it. It is no finite verb: it makes neither a tense nor a clause.
 */
function isAttributive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('ing') || tokens[i + 1]?.pos !== 'NOUN') return false;
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.text === '-')) k--;
  const before = tokens[k]?.pos;
  return before === undefined || before === 'DET' || before === 'ADJ' || before === 'ADP' || before === 'PUNCT' || before === 'CCONJ';
}

/** Whether a verb token is in the past: an "-ed" form or an irregular past the lemma differs from. */
function isPastForm(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  if (PAST_AUX.has(t.lower)) return true;
  if (MODALS.has(t.lemma) || MODALS.has(t.lower)) return false;
  if (t.lower === t.lemma) return false;
  if (t.lower.endsWith('ing') || t.lower.endsWith('s') && t.lower.slice(0, -1) === t.lemma) return false;
  if (t.lower.endsWith('es') && t.lower.slice(0, -2) === t.lemma) return false;
  if (t.lemma === 'be' || t.lemma === 'have' || t.lemma === 'do') return false;
  return true;
}

/**
 * The tense of a sentence's first finite verb: "will"/"'ll"/"going to" make it future, a past
 * form (or "have" + participle) past, anything else present.
 */
export function tenseOf(tokens: readonly Token[]): 'past' | 'present' | 'future' {
  // A time in the past settles forms that read both ways ("we cut", "I put", "we set").
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    const next = tokens[i + 1]?.lower ?? '';
    if (w === 'ago' || w === 'yesterday' || w === 'previously' || (w === 'last' && /^(?:year|quarter|month|week|sprint|time|summer|spring|fall|autumn|winter)$/.test(next)) || (w === 'used' && next === 'to') || (w === 'back' && next === 'then')) return 'past';
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (FUTURE.has(t.lower) || (t.lower === 'going' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB')) return 'future';
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || isAttributive(tokens, i)) continue;
    // "Provided I can leave at five…" sets a condition; it is no past.
    if ((t.lower === 'provided' || t.lower === 'providing') && (i === 0 || tokens[i - 1]!.pos === 'PUNCT') && /^(?:PRON|DET)$/.test(tokens[i + 1]?.pos ?? '')) continue;
    if (isPastForm(t)) return 'past';
    if (t.lemma === 'have' && (t.lower === "'ve" || t.lower === 'have' || t.lower === 'has' || t.lower === "'s") && tokens[i + 1] && isPastForm(tokens[i + 1]!) ) return 'past';
    if (t.pos === 'AUX' && (t.lower === "'d" || t.lower === 'would' || t.lower === 'could' || t.lower === 'can' || t.lower === 'should' || t.lower === 'must' || t.lower === 'might' || t.lower === 'may')) return 'present';
    if (t.pos === 'AUX' && tokens[i + 1]?.pos !== 'VERB' && t.lemma === 'be') return 'present';
    if (t.pos === 'VERB' || t.pos === 'AUX') return 'present';
  }
  return 'present';
}

/** Who a sentence is about, from its pronouns: "I/me/my" first, else "we/our", else other. */
export function personOf(tokens: readonly Token[]): 'first-singular' | 'first-plural' | 'other' {
  let plural = false;
  for (const t of tokens) {
    if (t.pos !== 'PRON' && t.lower !== 'i') continue;
    if (t.lower === 'i' || t.lower === 'me' || t.lower === 'my' || t.lower === 'mine' || t.lower === 'myself') return 'first-singular';
    if (t.lower === 'we' || t.lower === 'us' || t.lower === 'our' || t.lower === 'ours' || t.lower === 'ourselves') plural = true;
  }
  return plural ? 'first-plural' : 'other';
}
