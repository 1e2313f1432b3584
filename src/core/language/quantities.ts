import type { Quantity } from './types';

/** A word table with no prototype: "constructor" or "toString" are words, not entries. */
function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const SMALL: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const SCALES: Record<string, number> = table({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
const SUFFIX: Record<string, number> = table({ k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9, t: 1e12 });
const FRACTIONS: Record<string, number> = table({ half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 });
const ORDINALS: Record<string, number> = table({ first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 });
const WORD_MULTIPLIERS: Record<string, number> = table({ double: 2, doubled: 2, twice: 2, triple: 3, tripled: 3, threefold: 3, quadruple: 4, quadrupled: 4, tenfold: 10, twofold: 2 });
const CURRENCY: Record<string, string> = table({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' });
const UNITS = new Set([
  'ms', 'millisecond', 'second', 'sec', 's', 'minute', 'min', 'hour', 'hr', 'h', 'day', 'week', 'month', 'quarter', 'year', 'yr',
  'user', 'customer', 'member', 'subscriber', 'engineer', 'person', 'people', 'team', 'model', 'request', 'query', 'title', 'video',
  'image', 'frame', 'gpu', 'node', 'server', 'job', 'experiment', 'paper', 'release', 'service', 'country', 'language',
  'kb', 'mb', 'gb', 'tb', 'pb', 'k', 'point', 'pp', 'bps', 'fps', 'qps', 'rps',
]);

/** Singular of a unit word ("days" → "day", "people" stays). */
function unitOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (UNITS.has(w)) return w;
  if (w.endsWith('ies') && UNITS.has(w.slice(0, -3) + 'y')) return w.slice(0, -3) + 'y';
  if (w.endsWith('es') && UNITS.has(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith('s') && UNITS.has(w.slice(0, -1))) return w.slice(0, -1);
  return undefined;
}

const TOKEN = /[$€£¥₹]?\d[\d,]*(?:\.\d+)?(?:\s?(?:[kKmMbBtT][mMnN]?)\b)?(?:\s?%|[xX×]\b|×)?|[A-Za-z]+(?:-[A-Za-z]+)?/g;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The numbers and quantities in a text, in order: figures ("2,000", "1.5", "$2M", "€3.5k",
 * "11%", "3x"), number words ("three", "twenty-five", "two hundred", "a dozen"), fractions
 * ("a third", "half", "two thirds"), multipliers ("twice", "tripled"), ordinals ("the third"),
 * and a unit noun right after the number ("three days", "40 ms", "2M users"). No model needed.
 */
export function readQuantities(text: string): Quantity[] {
  const words = tokenize(text);
  const out: Quantity[] = [];
  let i = 0;
  while (i < words.length) {
    const q = readAt(text, words, i);
    if (!q) {
      i++;
      continue;
    }
    out.push(q.quantity);
    i = q.next;
  }
  return out;
}

/**
 * The quantity `text` opens with, if any: the first of `readQuantities(text)` when it starts at
 * offset 0. Reads only that one, so a caller probing many places (a short window at each) does
 * not read every quantity of every window.
 */
export function readQuantityAt(text: string): Quantity | undefined {
  const words = tokenize(text);
  if (words.length === 0 || words[0]!.start !== 0) return undefined;
  // ("the first" reads as the ordinal "first", which does not open the text.)
  const q = readAt(text, words, 0)?.quantity;
  return q && q.start === 0 ? q : undefined;
}

function tokenize(text: string): Word[] {
  const words: Word[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return words;
}

function adjacent(text: string, a: Word, b: Word | undefined): boolean {
  return b !== undefined && /^[\s-]{0,3}$/.test(text.slice(a.end, b.start)) && !text.slice(a.end, b.start).includes('\n\n');
}

function readAt(text: string, words: readonly Word[], i: number): { quantity: Quantity; next: number } | undefined {
  const w = words[i]!;
  const lower = w.text.toLowerCase();
  const make = (end: number, value: number, kind: Quantity['kind'], next: number, unit?: string): { quantity: Quantity; next: number } => {
    // A unit noun right after a plain number ("three days", "40 ms").
    if (kind === 'number' && !unit) {
      const u = words[next];
      const unitWord = u && adjacent(text, words[next - 1]!, u) ? unitOf(u.text) : undefined;
      if (unitWord) return make(u!.end, value, 'unit', next + 1, unitWord);
    }
    return { quantity: { start: w.start, end, text: text.slice(w.start, end), value, kind, ...(unit ? { unit } : {}) }, next };
  };
  if (/^[$€£¥₹]?\d/.test(w.text)) {
    const fig = /^([$€£¥₹])?([\d,]*\d(?:\.\d+)?)(?:\s?([kKmMbBtT][mMnN]?))?(\s?%|[xX×])?$/.exec(w.text);
    if (!fig) return undefined;
    let value = Number(fig[2]!.replace(/,/g, ''));
    if (!Number.isFinite(value)) return undefined;
    const suffix = fig[3]?.toLowerCase();
    if (suffix && SUFFIX[suffix] !== undefined) value *= SUFFIX[suffix]!;
    let next = i + 1;
    let end = w.end;
    // "$2 million", "3 thousand".
    const scale = words[next];
    if (scale && adjacent(text, w, scale) && SCALES[scale.text.toLowerCase()] !== undefined && !fig[4]) {
      value *= SCALES[scale.text.toLowerCase()]!;
      end = scale.end;
      next++;
    }
    const trailingPercent = /^\s?(?:percent|per cent|pct)\b/i.exec(text.slice(end, end + 9));
    if (fig[1]) return make(end, value, 'money', next, CURRENCY[fig[1]]);
    if (fig[4]?.trim() === '%') return make(end, value, 'percent', next);
    if (trailingPercent) return make(end + trailingPercent[0].length, value, 'percent', next + 1);
    if (fig[4]) return make(end, value, 'multiplier', next);
    const times = words[next];
    if (times && adjacent(text, words[next - 1]!, times) && /^(?:times|fold)$/i.test(times.text)) return make(times.end, value, 'multiplier', next + 1);
    return make(end, value, 'number', next);
  }
  if (WORD_MULTIPLIERS[lower] !== undefined) return make(w.end, WORD_MULTIPLIERS[lower]!, 'multiplier', i + 1);
  if (lower === 'dozen' || lower === 'dozens') return make(w.end, 12, 'number', i + 1);
  // "a third", "a quarter", "half", "one half", "two thirds".
  if ((lower === 'a' || lower === 'an' || lower === 'one') && words[i + 1] && adjacent(text, w, words[i + 1])) {
    const n = words[i + 1]!.text.toLowerCase();
    if (FRACTIONS[n] !== undefined && !n.endsWith('s')) return make(words[i + 1]!.end, 1 / FRACTIONS[n]!, 'fraction', i + 2);
    if (n === 'dozen') return make(words[i + 1]!.end, 12, 'number', i + 2);
    if (n === 'hundred' || n === 'thousand' || n === 'million' || n === 'billion') return make(words[i + 1]!.end, SCALES[n]!, 'number', i + 2);
  }
  if (lower === 'half') return make(w.end, 0.5, 'fraction', i + 1);
  if (lower === 'the' && words[i + 1] && adjacent(text, w, words[i + 1]) && ORDINALS[words[i + 1]!.text.toLowerCase()] !== undefined) {
    const o = words[i + 1]!;
    return { quantity: { start: o.start, end: o.end, text: o.text, value: ORDINALS[o.text.toLowerCase()]!, kind: 'ordinal' }, next: i + 2 };
  }
  if (!(lower in SMALL) && !/^[a-z]+-[a-z]+$/.test(lower)) return undefined;
  // Number words: "twenty-five", "two hundred and fifty thousand".
  let total = 0;
  let current = 0;
  let j = i;
  let end = w.end;
  let any = false;
  while (j < words.length) {
    const t = words[j]!.text.toLowerCase();
    if (j > i && !adjacent(text, words[j - 1]!, words[j]!)) break;
    // (Split only a hyphenated word: most words are not.)
    const parts = t.includes('-') ? t.split('-') : undefined;
    if (parts ? parts.every((p) => p in SMALL) : t in SMALL) {
      current += parts ? parts.reduce((s, p) => s + SMALL[p]!, 0) : 0 + SMALL[t]!;
    } else if (t in SCALES && any) {
      const scale = SCALES[t]!;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else if (t === 'and' && any && words[j + 1] && (words[j + 1]!.text.toLowerCase() in SMALL)) {
      j++;
      continue;
    } else break;
    any = true;
    end = words[j]!.end;
    j++;
  }
  if (!any) return undefined;
  const value = total + current;
  // "two thirds".
  const frac = words[j];
  if (frac && adjacent(text, words[j - 1]!, frac) && FRACTIONS[frac.text.toLowerCase()] !== undefined && value > 0 && value < 20) {
    return make(frac.end, value / FRACTIONS[frac.text.toLowerCase()]!, 'fraction', j + 1);
  }
  // "one" alone is usually a pronoun ("the one I built"); keep it only before a unit.
  if (lower === 'one' && j === i + 1) {
    const u = words[j];
    const unitWord = u && adjacent(text, w, u) ? unitOf(u.text) : undefined;
    if (!unitWord) return undefined;
  }
  return make(end, value, 'number', j);
}
