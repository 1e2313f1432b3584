import type { Finding } from './finding';

/**
 * A suggestion shaped like the text it replaces: capitalised at the start of a sentence or when
 * the flagged words are capitalised (but not just because they open with an acronym such as
 * "ML"), upper-case when they are all upper-case. Suggestions that open with a capital (a proper
 * name such as "Dream Team") keep it.
 */
export function adaptCase(replaced: string, suggestion: string, sentenceStart: boolean): string {
  if (suggestion.length === 0) return suggestion;
  const letters = replaced.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return suggestion.toUpperCase();
  const firstWord = /\p{L}[\p{L}'’]*/u.exec(replaced)?.[0] ?? '';
  const first = firstWord[0] ?? '';
  const startsUpper = first !== '' && first === first.toUpperCase() && first !== first.toLowerCase();
  const acronym = firstWord.length >= 2 && firstWord === firstWord.toUpperCase();
  if (sentenceStart || (startsUpper && !acronym)) return suggestion[0]!.toUpperCase() + suggestion.slice(1);
  return suggestion;
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
