/**
 * Typo tolerance for the meaning tier: a long word one edit away (a letter added, dropped or
 * changed, or two neighbours swapped) from a long concept word reads as that word
 * ("stabillity", "instrucions"). A mid-length word (five to seven letters) reads as a concept
 * word only when two neighbours after its third letter are swapped ("famliy", "balacne"): a swap
 * so late rarely makes another real word, where any other edit of a short word often does. Words
 * under five letters are never corrected. The first three letters must be right, which keeps a
 * lookup to a handful of candidates and keeps the cost off the many words no concept starts like.
 */
export class TypoIndex {
  private readonly byPrefix = new Map<string, string[]>();
  private readonly known: ReadonlySet<string>;

  constructor(
    words: Iterable<string>,
    private readonly minLength = 8,
    private readonly minSwapLength = 5,
  ) {
    const known = new Set<string>();
    for (const w of words) {
      if (w.length < Math.min(minLength, minSwapLength) || !/^[a-z]+$/.test(w) || known.has(w)) continue;
      known.add(w);
      const key = w.slice(0, 3);
      const list = this.byPrefix.get(key);
      if (list) list.push(w);
      else this.byPrefix.set(key, [w]);
    }
    this.known = known;
  }

  /** The concept word `word` is a typo of, or undefined (also for a word that is one already). */
  correct(word: string): string | undefined {
    const long = word.length >= this.minLength;
    if ((!long && word.length < this.minSwapLength) || this.known.has(word)) return undefined;
    const candidates = this.byPrefix.get(word.slice(0, 3));
    if (!candidates) return undefined;
    for (const c of candidates) if (long ? c.length >= this.minLength && withinOneEdit(word, c) : lateSwap(word, c)) return c;
    return undefined;
  }
}

/** Whether two different strings are one insertion, deletion, substitution or adjacent swap apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One substitution, or one swap of neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter more in the longer string.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether `b` is `a` with two neighbours after the third letter swapped ("famliy" → "family"). */
export function lateSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i >= 3 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
