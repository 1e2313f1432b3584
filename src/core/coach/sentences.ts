/** A sentence of spoken prose: offsets into the text it was read from. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
}

/**
 * The sentences of `text[from, to)`: split after `.`, `!` or `?` followed by a space, and at blank
 * lines, list items and line breaks between blanked-out markup (the spoken text keeps offsets, so
 * a heading is a run of spaces). Abbreviations like "e.g." and "Dr." and decimals do not end one.
 */
export function sentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let start = -1;
  let lastNonSpace = -1;
  const close = (end: number) => {
    if (start >= 0) out.push({ start, end });
    start = -1;
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (c === 10) {
      // A blank line, or a line that starts a list item, ends the sentence.
      let j = i + 1;
      while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
      if (j >= to || text.charCodeAt(j) === 10 || /^(?:[-*+]|\d{1,3}[.)])[ \t]/.test(text.slice(j, j + 5))) close(lastNonSpace + 1);
      continue;
    }
    if (space) continue;
    if (start < 0) start = i;
    lastNonSpace = i;
    if (c === 46 || c === 33 || c === 63) {
      const next = text.charCodeAt(i + 1);
      if (i + 1 < to && next !== 32 && next !== 10 && next !== 13 && next !== 9 && next !== 34 && next !== 0x201d && next !== 41) continue;
      if (c === 46 && ABBREVIATION.test(text.slice(Math.max(start, i - 6), i + 1))) continue;
      let end = i + 1;
      while (end < to && /["”')\]*_]/.test(text[end]!)) end++;
      lastNonSpace = end - 1;
      i = end - 1;
      close(end);
    }
  }
  close(lastNonSpace + 1);
  return out;
}

const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|approx|incl|[A-HJ-Z])\.$/;
