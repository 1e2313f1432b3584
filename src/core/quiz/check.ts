import { isEnglishWord, PLACE_QUALIFIERS, sameFamily } from './english';
import { compareFacts, normalWords, type FactWrong } from './facts';
import type { DiffToken, Grade, OptionMark } from './protocol';
import { replaceParenthesised } from '../text/parentheses';

/**
 * Answer checking, on the facts. Typed answers are tolerant of case, punctuation, accents,
 * "&"/"and", a leading article, word forms (curious / curiosity), common abbreviations (LA / Los
 * Angeles), the order of the parts of a multi-part answer, and a small typo; and strict about a
 * wrong word: a typed word that is itself an English word, or another word the guide uses (a
 * confusable), is never "a typo" of the guide's word; a short word (4 letters or fewer) only
 * forgives two swapped letters; numbers, names and negations (the key facts, see `facts.ts`) must
 * match whatever the overlap of the other words.
 */

const ARTICLES = new Set(['the', 'a', 'an']);

/** Lowercase words without punctuation: "Don't  Stop—Now!" → ["dont", "stop", "now"]. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** Whether `typed` is `expected` with a typo small enough to forgive (never a different number). */
export function isTypo(expected: string, typed: string): boolean {
  if (expected === typed) return false;
  if (/\d/.test(expected) || /\d/.test(typed)) return false;
  if (expected.length <= 4) return isSwap(expected, typed);
  const allowed = expected.length <= 7 ? 1 : 2;
  const sameStart = expected[0] === typed[0] || isSwap(expected.slice(0, 2), typed.slice(0, 2));
  if (!sameStart || Math.abs(expected.length - typed.length) > allowed) return false;
  return editDistance(expected, typed) <= allowed;
}

export type WordMatch = 'exact' | 'typo' | 'wrong';

/**
 * One typed word against the guide's word: the same word or a form of it (curious / curiosity) is
 * exact; a near miss is a typo only when the typed word is no English word and no confusable.
 */
export function matchWord(expected: string, typed: string, known: ReadonlySet<string> = new Set()): WordMatch {
  if (expected === typed) return 'exact';
  if (known.has(typed)) return 'wrong';
  const word = isEnglishWord(typed);
  if (!word && isTypo(expected, typed)) return 'typo';
  if (word && sameFamily(expected, typed)) return 'exact';
  return 'wrong';
}

export interface ShortVerdict {
  readonly verdict: 'correct' | 'typo' | 'wrong';
  /** For a typo: the words as typed and as the guide has them. */
  readonly typos: readonly { typed: string; expected: string }[];
  /** The accepted form it matched. */
  readonly matched?: string;
  /** Key facts typed in place of the guide's (a wrong answer). */
  readonly wrong: readonly FactWrong[];
  /** Key facts of the guide's answer left out (a wrong answer). */
  readonly missing: readonly string[];
}

/** The parts of a multi-part answer: "Studio Media Algorithms & Eyeline Research" → two. */
export function answerParts(text: string): string[] {
  return replaceParenthesised(text, (m) => (/[,&]/.test(m) ? m : ' '))
    .split(/\s*(?:[,;&]|\band\b)\s*/i)
    .map((p) => p.trim())
    .filter((p) => words(p).length > 0);
}

function partWords(text: string): string[] {
  const all = normalWords(text).map((w) => w.replace(/[$%.]/g, (c) => (c === '.' ? '' : c))).filter(Boolean);
  const kept = all.filter((w, i) => !(i === 0 && ARTICLES.has(w)));
  return kept.length > 0 ? kept : all;
}

type PartMatch = { typos: { typed: string; expected: string }[] } | undefined;

function matchPart(expected: readonly string[], typed: readonly string[], known: ReadonlySet<string>): PartMatch {
  if (expected.length !== typed.length) return undefined;
  const typos: { typed: string; expected: string }[] = [];
  for (let i = 0; i < expected.length; i++) {
    const m = matchWord(expected[i]!, typed[i]!, known);
    if (m === 'wrong') return undefined;
    if (m === 'typo') typos.push({ typed: typed[i]!, expected: expected[i]! });
  }
  return { typos };
}

/**
 * A typed short answer against every accepted form. `confusables` are other words of the same kind
 * of fact (other values, other phrases): typing one of them is a wrong word, never a typo. The
 * parts of a multi-part answer may come in any order; a place may carry its state ("Los Angeles,
 * CA").
 */
export function checkShort(input: string, accepted: readonly string[], confusables: readonly string[] = []): ShortVerdict {
  const typedParts = answerParts(input).map(partWords);
  const facts = accepted.length > 0 ? compareFacts(accepted[0]!, input, isTypo) : { wrong: [], missing: [] };
  const wrongOf = { wrong: facts.wrong, missing: facts.missing.map((f) => f.text) };
  if (typedParts.length === 0) return { verdict: 'wrong', typos: [], ...wrongOf };
  let best: ShortVerdict = { verdict: 'wrong', typos: [], ...wrongOf };
  for (const form of accepted) {
    const expectedParts = answerParts(form).map(partWords);
    if (expectedParts.length === 0 || typedParts.length < expectedParts.length) continue;
    const expectedSet = new Set(expectedParts.flat());
    const known = new Set(confusables.flatMap((c) => normalWords(c)).filter((w) => !expectedSet.has(w)));
    // Each part of the guide's answer against a distinct typed part (exact matches first).
    const used = new Set<number>();
    const typos: { typed: string; expected: string }[] = [];
    let ok = true;
    for (const want of expectedParts) {
      let found = -1;
      let foundTypos: { typed: string; expected: string }[] = [];
      for (let j = 0; j < typedParts.length; j++) {
        if (used.has(j)) continue;
        const m = matchPart(want, typedParts[j]!, known);
        if (m && (found < 0 || m.typos.length < foundTypos.length)) {
          found = j;
          foundTypos = m.typos;
          if (m.typos.length === 0) break;
        }
      }
      if (found < 0) {
        ok = false;
        break;
      }
      used.add(found);
      typos.push(...foundTypos);
    }
    if (!ok) continue;
    // Parts typed beyond the guide's: only a place's qualifier ("CA", "Onsite") may be left over.
    if (typedParts.some((p, j) => !used.has(j) && !PLACE_QUALIFIERS.has(p.join(' ')))) continue;
    const length = expectedParts.flat().length;
    if (typos.length === 0) return { verdict: 'correct', typos: [], matched: form, wrong: [], missing: [] };
    // A typo in every word of a long answer is not "a small typo".
    if (typos.length > Math.max(1, Math.floor(length / 3))) continue;
    if (best.verdict === 'wrong' || typos.length < best.typos.length) best = { verdict: 'typo', typos, matched: form, wrong: [], missing: [] };
  }
  return best;
}

export interface MultiVerdict {
  readonly correct: boolean;
  readonly right: number;
  readonly wrongPicks: number;
  readonly missed: number;
  readonly marks: readonly OptionMark[];
}

/** Which of the shown options were picked, against which are right. */
export function checkChoices(options: readonly string[], answers: readonly string[], picked: readonly number[]): MultiVerdict {
  const answerSet = new Set(answers);
  const pickedSet = new Set(picked.filter((i) => i >= 0 && i < options.length));
  let right = 0;
  let wrongPicks = 0;
  let missed = 0;
  const marks = options.map((option, i): OptionMark => {
    const isAnswer = answerSet.has(option);
    const isPicked = pickedSet.has(i);
    if (isAnswer && isPicked) {
      right++;
      return 'correct';
    }
    if (isPicked) {
      wrongPicks++;
      return 'wrong';
    }
    if (isAnswer) {
      missed++;
      return 'missed';
    }
    return 'none';
  });
  return { correct: wrongPicks === 0 && missed === 0 && right > 0, right, wrongPicks, missed, marks };
}

export interface ReciteResult {
  readonly diff: readonly DiffToken[];
  /**
   * 0–100: half the share of the guide's key facts recited right, half the share of its content
   * words (its key phrases) covered, a word form counting as the word.
   */
  readonly score: number;
  readonly grade: Grade;
  readonly correct: boolean;
  /** Key facts recited wrong: what was typed in place of the guide's. */
  readonly wrong: readonly FactWrong[];
  /** Key facts left out. */
  readonly missing: readonly string[];
  /** Share of the guide's content words covered, 0–1. */
  readonly coverage: number;
}

function reciteKey(token: string): string {
  return words(token).join('');
}

/** Words that carry no content of their own: a recitation is not graded on them. */
const FUNCTION_WORDS = new Set(
  'a an the and or but of to in on at for with by from as is are was were be been am i im ive id me my we our you your it its this that these those how what when where who which would will can could should so than then there their they them about into over both see'.split(' '),
);

/**
 * A recitation against the guide: a word-level diff (longest common subsequence, a word with a
 * forgivable typo or in another form counting as kept), the key facts (every number, name and
 * negation must be right) and the share of the guide's content words covered. Right when no fact
 * is wrong or missing and 70 % of the content is there; Good from 90 %.
 */
export function checkRecite(input: string, target: string): ReciteResult {
  const want = target.split(/\s+/).filter((t) => reciteKey(t) !== '');
  const got = input.split(/\s+/).filter((t) => reciteKey(t) !== '').slice(0, 3000);
  const wantKeys = want.map(reciteKey);
  const gotKeys = got.map(reciteKey);
  const n = want.length;
  const m = got.length;
  // Each pair is compared once (the fill and the walk back both read it).
  const memo = new Map<number, WordMatch>();
  const match = (i: number, j: number): WordMatch => {
    const k = i * (m + 1) + j;
    let v = memo.get(k);
    if (v === undefined) memo.set(k, (v = matchWord(wantKeys[i]!, gotKeys[j]!)));
    return v;
  };
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = match(i, j) !== 'wrong' ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const diff: DiffToken[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && match(i, j) !== 'wrong' && lcs[i]![j] === lcs[i + 1]![j + 1]! + 1) {
      const typo = match(i, j) === 'typo';
      diff.push(typo ? { op: 'typo', text: got[j]!, expected: want[i]! } : { op: 'same', text: want[i]! });
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      diff.push({ op: 'extra', text: got[j]! });
      j++;
    } else {
      diff.push({ op: 'missing', text: want[i]! });
      i++;
    }
  }
  // Content words covered, in any order, a form or a typo of the word counting.
  const content = [...new Set(normalWords(target).filter((w) => !FUNCTION_WORDS.has(w) && !/\d/.test(w)))];
  const typedContent = new Set(normalWords(input));
  const covered = content.filter((w) => [...typedContent].some((t) => matchWord(w, t) !== 'wrong')).length;
  const coverage = content.length === 0 ? 1 : covered / content.length;
  const facts = compareFacts(target, input, isTypo);
  const total = facts.matched.length + facts.wrong.length + facts.missing.length;
  const factShare = total === 0 ? 1 : facts.matched.length / total;
  const factsRight = facts.wrong.length === 0 && facts.missing.length === 0;
  const score = m === 0 ? 0 : Math.round(50 * factShare + 50 * coverage);
  const correct = m > 0 && factsRight && coverage >= 0.7;
  const grade: Grade = correct && coverage >= 0.9 ? 3 : correct ? 2 : 1;
  return { diff, score, grade, correct, wrong: facts.wrong, missing: facts.missing.map((f) => f.text), coverage };
}
