import type { Token } from './types';

/**
 * Negation that states a condition or a contrast rather than denying: reshapes the per-token
 * polarity a reading counted clause by clause, and returns the tokens that make a condition the
 * speaker needs (a stance cue, like "need").
 *
 * - "I can't work without detailed instructions", "I never start without a spec": a negated
 *   "without" needs what it takes.
 * - "Without detailed instructions I don't know where to start": a fronted "without" before a
 *   negated clause needs what it takes too; its phrase is not negated, and it does not reach
 *   into the clause after it.
 * - "I won't start until the spec is final", "I can't start unless someone explains the approach":
 *   "not … until" and "not … unless" need what follows.
 * - "Writing papers motivates me; building systems doesn't.", "Theory is my thing, production
 *   is not.": a clause that ends in a negated auxiliary (an ellipsis) negates its subject.
 * - "I prefer context over detailed instructions", "I believe in people over process": what a
 *   preference sets "over" or "above" is the one not wanted.
 */
export function reshapeNegation(tokens: readonly Token[], negated: boolean[], clause: readonly number[], segment: readonly number[]): Set<number> {
  const n = tokens.length;
  const cues = new Set<number>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.lower === 'without') {
      if (negated[i]) cues.add(i);
      else if (i === 0 || (tokens[i - 1]!.pos === 'PUNCT' && tokens[i - 1]!.text !== '-')) frontedWithout(tokens, negated, clause, segment, i, cues);
    } else if ((t.lower === 'until' || t.lower === 'unless') && i > 0 && negated[i - 1] && tokens[i + 1] && tokens[i + 1]!.pos !== 'PUNCT' && tokens[i + 1]!.pos !== 'ADV') {
      cues.add(i);
    } else if (t.lower === 'only' && i > 0 && tokens[i - 1]!.lemma === 'not') {
      // "I'm not only a theory person": "only" is what is denied, not what follows.
      negated[i] = !negated[i];
    } else if (((t.lower === 'over' || t.lower === 'above') && t.pos === 'ADP' && prefersBefore(tokens, clause, i)) || (t.lower === 'to' && contrastTo(tokens, clause, i))) {
      for (let k = i + 1; k < n && clause[k] === clause[i]; k++) negated[k] = !negated[k];
    }
  }
  ellipsis(tokens, negated, clause);
  return cues;
}

const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'nothing', 'nobody', 'no', 'it']);
const NEGATIONS = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'cannot']);

/** "Without X[,] I don't…": X is needed, not negated; the clause after it keeps its own polarity. */
function frontedWithout(tokens: readonly Token[], negated: boolean[], clause: readonly number[], segment: readonly number[], w: number, cues: Set<number>): void {
  const n = tokens.length;
  let end = w + 1;
  while (end < n && !(tokens[end]!.text === ',' || SUBJECTS.has(tokens[end]!.lower)) && segment[end] === segment[w]) end++;
  if (end >= n || segment[end] !== segment[w]) return;
  let deny = -1;
  for (let k = end; k < n && segment[k] === segment[w]; k++) if (NEGATIONS.has(tokens[k]!.lemma) || NEGATIONS.has(tokens[k]!.lower)) { deny = k; break; }
  if (deny < 0) return;
  cues.add(w);
  for (let k = w + 1; k < end; k++) negated[k] = false;
  // Without a comma, the count of "without" ran on into the main clause: take it back out.
  if (tokens[end]!.text !== ',') for (let k = end; k < n && clause[k] === clause[end]; k++) negated[k] = !negated[k];
}

const PREFER = new Set(['prefer', 'value', 'favour', 'favor', 'choose', 'pick', 'prioritise', 'prioritize', 'put', 'rank', 'take', 'believe']);

function prefersBefore(tokens: readonly Token[], clause: readonly number[], at: number): boolean {
  for (let k = at - 1; k >= 0 && clause[k] === clause[at]; k--) if (PREFER.has(tokens[k]!.lemma) && (tokens[k]!.pos === 'VERB')) return true;
  return false;
}

/** "I prefer reading papers to building infrastructure": "to" after a preference and its object, before a noun or an -ing form. */
function contrastTo(tokens: readonly Token[], clause: readonly number[], at: number): boolean {
  const next = tokens[at + 1];
  // "I prefer tasks to be spelled out", "I prefer my lead to decide": an infinitive, no contrast.
  if (!next || ((next.pos === 'VERB' || next.pos === 'AUX') && !next.lower.endsWith('ing')) || next.pos === 'PUNCT') return false;
  const prev = tokens[at - 1];
  if (!prev || prev.pos === 'VERB' || prev.pos === 'AUX' || prev.pos === 'PART') return false;
  return prefersBefore(tokens, clause, at);
}

/** "…, building systems doesn't.": an auxiliary and "not" closing a clause negate the clause's subject. */
function ellipsis(tokens: readonly Token[], negated: boolean[], clause: readonly number[]): void {
  const n = tokens.length;
  for (let i = 1; i + 1 < n; i++) {
    const t = tokens[i]!;
    const not = tokens[i + 1]!;
    if (t.pos !== 'AUX' || !(not.lemma === 'not' || not.lower === 'never')) continue;
    const after = tokens[i + 2];
    if (after && !(after.pos === 'PUNCT' && after.text !== '-') && clause[i + 2] === clause[i]) continue;
    let start = i;
    while (start > 0 && clause[start - 1] === clause[i] && tokens[start - 1]!.pos !== 'PUNCT') start--;
    const subject = tokens.slice(start, i);
    // "I don't.", "we won't.": no subject worth negating. "X is not." is already read by the copula rule when X is a plain noun.
    if (!subject.some((s) => s.pos === 'NOUN' || s.pos === 'PROPN' || s.pos === 'VERB')) continue;
    if (t.lemma === 'be' && !subject.some((s) => s.pos === 'VERB')) continue;
    for (let k = start; k < i; k++) negated[k] = !negated[k];
  }
}
