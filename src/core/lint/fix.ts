import type { Finding } from './finding';

/** How a replacement is cased: 0 as written, 1 capitalised, 2 upper case. */
export type CaseShape = 0 | 1 | 2;

/**
 * The case a replacement for `replaced` should take: capitalised at the start of a sentence or
 * when the flagged words are capitalised (but not just because they open with an acronym such as
 * "ML"), upper case when they are all upper case.
 */
export function caseShape(replaced: string, sentenceStart: boolean): CaseShape {
  const upper = replaced.toUpperCase();
  if (replaced.length >= 2 && replaced === upper && replaced !== replaced.toLowerCase()) return 2;
  const first = replaced[0] ?? '';
  const startsUpper = first !== first.toLowerCase();
  if (sentenceStart) return 1;
  if (!startsUpper) return 0;
  let end = 1;
  while (end < replaced.length && /[^\s\-/\u2010-\u2015]/.test(replaced[end]!)) end++;
  const firstWord = replaced.slice(0, end);
  const acronym = firstWord.length >= 2 && firstWord === firstWord.toUpperCase();
  return acronym ? 0 : 1;
}

/** A suggestion in the given shape. Suggestions that open with a capital (a proper name such as "Dream Team") keep it. */
export function shapeSuggestion(suggestion: string, shape: CaseShape): string {
  if (shape === 2) return suggestion.toUpperCase();
  if (shape === 1 && suggestion.length > 0) return suggestion[0]!.toUpperCase() + suggestion.slice(1);
  return suggestion;
}

/** A suggestion shaped like the text it replaces (see `caseShape`). */
export function adaptCase(replaced: string, suggestion: string, sentenceStart: boolean): string {
  return shapeSuggestion(suggestion, caseShape(replaced, sentenceStart));
}

/** The text with every finding's first suggestion applied (what "fix all" does). */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const fixes = preferredFixes(findings);
  let out = '';
  let at = 0;
  for (const f of fixes) {
    out += text.slice(at, f.start) + f.suggestions[0];
    at = f.end;
  }
  return out + text.slice(at);
}

/** The findings with a replacement, sorted, without overlaps (the earlier one wins). */
export function preferredFixes(findings: readonly Finding[]): Finding[] {
  const sorted = findings.filter((f) => f.suggestions.length > 0 && f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  let end = -1;
  for (const f of sorted) {
    if (f.start < end) continue;
    out.push(f);
    end = f.end;
  }
  return out;
}
