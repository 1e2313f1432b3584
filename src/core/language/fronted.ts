import type { Token } from './types';

/**
 * A thing the speaker names first and then says what they do with it: "Working past six is
 * something I try to avoid", "Staying late is just not something I do anymore", "Weekends are
 * the one thing I protect". The named thing is the object of the speaker's verb, though it
 * stands before it, so the verb's stance and polarity reach back to it.
 */
export interface Fronted {
  /** Token index of the speaker's verb ("avoid", "do", "protect"). */
  readonly verb: number;
  /** Token index of the "is" that joins the thing to "something I…". */
  readonly be: number;
  /** Token range [from, to) of the named thing, before "is". */
  readonly from: number;
  readonly to: number;
  /** Whether the thing reads as not wanted: an odd number of "not", "never" and privative verbs ("avoid", "refuse"). */
  readonly refused: boolean;
  /** The verb is in the present: a habit or rule of the speaker's, not a report. */
  readonly present: boolean;
}

/** Words for the thing that stand for the fronted object: "something", "a thing", "the one thing", "what". */
const STAND_INS = new Set(['something', 'thing', 'what', 'one']);
/** Verbs that refuse their object ("avoid", "skip"): they turn its polarity, and say what the speaker would rather not. */
export const REFUSING_VERBS: ReadonlySet<string> = new Set(['avoid', 'skip', 'refuse', 'decline', 'resist', 'hate', 'dislike', 'dread', 'stop', 'quit', 'drop', 'mind']);
/** Verbs before the real one: "something I try to avoid", "something I tend to skip". */
const LEAD_INS = new Set(['try', 'tend', 'want', 'plan', 'like', 'aim', 'intend', 'prefer', 'choose', 'learn', 'learned', 'learnt']);

/** Reads a fronted object in the tokens, or undefined. */
export function readFronted(tokens: readonly Token[]): Fronted | undefined {
  for (let b = 1; b < tokens.length; b++) {
    const be = tokens[b]!;
    if (be.lemma !== 'be') continue;
    let k = b + 1;
    let flips = 0;
    // "is just not", "is really never", "isn't".
    while (k < tokens.length && (tokens[k]!.pos === 'ADV' || tokens[k]!.lemma === 'not')) {
      if (tokens[k]!.lemma === 'not' || tokens[k]!.lower === 'never') flips++;
      k++;
    }
    // "a thing", "the one thing", "something", "what".
    while (k < tokens.length && (tokens[k]!.pos === 'DET' || tokens[k]!.lower === 'only' || tokens[k]!.lower === 'last' || tokens[k]!.lower === 'first')) k++;
    if (!STAND_INS.has(tokens[k]?.lower ?? '')) continue;
    if (tokens[k]!.lower === 'one' && tokens[k + 1]?.lower === 'thing') k++;
    k++;
    if (tokens[k]?.lower === 'that') k++;
    if (tokens[k]?.lower !== 'i' && tokens[k]?.lower !== 'we') continue;
    k++;
    // "I don't", "I never", "I always", "I try (hard) to", "I have learned to".
    let verb = -1;
    let lastDo = -1;
    for (; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.lemma === 'do') lastDo = k;
      if (t.lemma === 'not' || t.lower === 'never') {
        flips++;
        continue;
      }
      if (t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'ADJ' || t.lower === 'do' || t.lower === 'does' || t.lower === 'have' || t.lower === "'ve") continue;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && LEAD_INS.has(t.lemma) && tokens.slice(k + 1, k + 4).some((w) => w.lower === 'to')) continue;
      if (t.pos === 'VERB' || t.pos === 'AUX') verb = k;
      break;
    }
    // "Staying late is not something I do (anymore)": a "do" with no verb after it stands for the verb.
    if (verb < 0 && lastDo >= 0 && tokens[lastDo + 1]?.lemma !== 'not') verb = lastDo;
    if (verb < 0) continue;
    const v = tokens[verb]!;
    if (REFUSING_VERBS.has(v.lemma)) flips++;
    // The named thing: back from "is" to the start of its part of the sentence (a list's commas are inside it).
    let from = b;
    while (from > 0 && !opensPart(tokens, from - 1)) from--;
    // "Honestly, late nights are…": an opener before a comma is not part of it.
    while (from < b && (tokens[from]!.pos === 'ADV' || tokens[from]!.pos === 'INTJ' || tokens[from]!.pos === 'CCONJ' || tokens[from]!.text === ',')) from++;
    if (from === b) continue;
    const past = v.lower !== v.lemma && !v.lower.endsWith('s') && !v.lower.endsWith('ing');
    return { verb, be: b, from, to: b, refused: flips % 2 === 1, present: !past && be.lower !== 'was' && be.lower !== 'were' };
  }
  return undefined;
}

/** Whether the token at `k` ends the stretch before it: a hard stop, a contrast or condition, or "and"/"," before a new subject. */
function opensPart(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (/^[;:.!?—()]$/.test(t.text)) return true;
  if (/^(?:but|because|although|though|while|whereas|so|yet|however|if|when|once|since|unless)$/.test(t.lower)) return true;
  if (t.lower !== 'and' && t.text !== ',') return false;
  if (tokens[k + 1]?.pos === 'PRON' && tokens[k + 1]?.lower !== 'what') return true;
  // "I'm done with startups, and stability is…": the stretch before has a verb of its own, so it is a clause, not a list item.
  for (let j = k - 1; j >= 0 && !/^[,;:.!?—()]$/.test(tokens[j]!.text) && tokens[j]!.lower !== 'and'; j--) if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return true;
  return false;
}
