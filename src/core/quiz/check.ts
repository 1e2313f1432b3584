import type { DiffToken, Grade, OptionMark } from './protocol';

/**
 * Answer checking. Typed answers are tolerant of case, punctuation, accents, "&"/"and", a leading
 * article and a small typo, and strict about a wrong word: a typed word that is itself another word
 * the guide uses (a confusable) is wrong however close it is, a short word (4 letters or fewer)
 * only forgives two swapped letters, and numbers must match exactly.
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

function contentWords(text: string): string[] {
  const all = words(text);
  const kept = all.filter((w, i) => !(i === 0 && ARTICLES.has(w)));
  return kept.length > 0 ? kept : all;
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

/** One typed word against the guide's word. */
export function matchWord(expected: string, typed: string, known: ReadonlySet<string> = new Set()): WordMatch {
  if (expected === typed) return 'exact';
  if (known.has(typed)) return 'wrong';
  return isTypo(expected, typed) ? 'typo' : 'wrong';
}

export interface ShortVerdict {
  readonly verdict: 'correct' | 'typo' | 'wrong';
  /** For a typo: the words as typed and as the guide has them. */
  readonly typos: readonly { typed: string; expected: string }[];
  /** The accepted form it matched. */
  readonly matched?: string;
}

/**
 * A typed short answer against every accepted form. `confusables` are other words of the same kind
 * of fact (other values, other phrases): typing one of them is a wrong word, never a typo.
 */
export function checkShort(input: string, accepted: readonly string[], confusables: readonly string[] = []): ShortVerdict {
  const typed = contentWords(input);
  if (typed.length === 0) return { verdict: 'wrong', typos: [] };
  let best: ShortVerdict = { verdict: 'wrong', typos: [] };
  for (const form of accepted) {
    const expected = contentWords(form);
    if (expected.length !== typed.length) continue;
    const expectedSet = new Set(expected);
    const known = new Set(confusables.flatMap(words).filter((w) => !expectedSet.has(w)));
    const typos: { typed: string; expected: string }[] = [];
    let ok = true;
    for (let i = 0; i < expected.length && ok; i++) {
      const m = matchWord(expected[i]!, typed[i]!, known);
      if (m === 'wrong') ok = false;
      else if (m === 'typo') typos.push({ typed: typed[i]!, expected: expected[i]! });
    }
    if (!ok) continue;
    if (typos.length === 0) return { verdict: 'correct', typos: [], matched: form };
    // A typo in every word of a long answer is not "a small typo".
    if (typos.length > Math.max(1, Math.floor(expected.length / 3))) continue;
    if (best.verdict === 'wrong' || typos.length < best.typos.length) best = { verdict: 'typo', typos, matched: form };
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
  /** 0–100: the Dice overlap of the typed words and the guide's words. */
  readonly score: number;
  readonly grade: Grade;
  readonly correct: boolean;
}

function reciteKey(token: string): string {
  return words(token).join('');
}

/**
 * A word-level diff of a recitation against the guide (longest common subsequence, a word with a
 * forgivable typo counting as kept) and a score. 95+ is Good, 80+ Hard, anything less Again.
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
  let kept = 0;
  while (i < n || j < m) {
    if (i < n && j < m && match(i, j) !== 'wrong' && lcs[i]![j] === lcs[i + 1]![j + 1]! + 1) {
      const typo = match(i, j) === 'typo';
      diff.push(typo ? { op: 'typo', text: got[j]!, expected: want[i]! } : { op: 'same', text: want[i]! });
      kept++;
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
  const score = n + m === 0 ? 0 : Math.round((200 * kept) / (n + m));
  const grade: Grade = score >= 95 ? 3 : score >= 80 ? 2 : 1;
  return { diff, score, grade, correct: score >= 80 };
}
