import { ABBREVIATIONS, isEnglishWord, sameFamily } from './english';

/**
 * The key facts of an answer: numbers with their units, names (proper nouns, acronyms, product
 * names) and negations. A typed or recited answer is right only when every one of these matches,
 * whatever the overlap of its other words: "50TB/month" for "5TB/month", "Google" for
 * "Salesforce", a dropped "not" are wrong answers however close the rest is.
 *
 * Self-contained (no pack knowledge): the bank lists each question's facts with `extractFacts`,
 * the checker compares a typed answer with `compareFacts`.
 */
export type FactType = 'number' | 'name' | 'negation';

export interface Fact {
  readonly type: FactType;
  /** As written in the guide: "5TB/month", "Eyeline Research", "not top-down". */
  readonly text: string;
}

export interface FactWrong {
  readonly typed: string;
  readonly expected: string;
}

export interface FactComparison {
  /** Facts of the guide's answer the typed one has right. */
  readonly matched: readonly Fact[];
  /** A fact typed in place of one of the guide's: "50TB/month" for "5TB/month". */
  readonly wrong: readonly FactWrong[];
  /** Facts of the guide's answer the typed one leaves out. */
  readonly missing: readonly Fact[];
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** First word of a sentence (after . ! ? : or a dash, or the start of the text). */
  readonly initial: boolean;
}

const TOKEN = /\$?\d[\d,]*(?:\.\d+)?(?:[A-Za-z%]+(?:\/[A-Za-z]+)?)?|[A-Za-z][A-Za-z0-9+#]*(?:['’][A-Za-z]+)?|%|&/g;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    const before = text.slice(0, start).trimEnd();
    const initial = before === '' || /[.!?:;–—•"“(]$/.test(before) || /\s-$/.test(text.slice(0, start).trimEnd().slice(-2));
    out.push({ text: m[0], start, end: start + m[0].length, initial });
  }
  return out;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const SCALE: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };
const NEGATIONS = new Set(['not', 'no', 'never', 'without', 'nor', 'none', 'nothing', 'neither']);
const PRONOUNS = new Set(['i', "i'm", 'i’m', "i've", 'i’ve', "i'd", 'i’d', "i'll", 'i’ll']);
/** Words that start a sentence and are never part of a name. */
const SENTENCE_WORDS = new Set('my our your their his her its the a an this that these those we they you he she it when what where why how which who if as at in on for with by from to and or but so'.split(' '));
/** Words too small to carry a negation's meaning: "not a family" negates "family". */
const MINOR = new Set(['a', 'an', 'the', 'to', 'be', 'is', 'are', 'was', 'of', 'any', 'just', 'only', 'so', 'very', 'really', 'that', 'it']);

interface NumberFact {
  readonly value: number;
  readonly unit?: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function isNegation(word: string): boolean {
  const w = word.toLowerCase().replace(/’/g, "'");
  return NEGATIONS.has(w) || /n't$/.test(w);
}

/** Numbers and their units: "5TB/month" → 5 tb/month; "283M members" → 283e6 members; "two weeks" → 2 weeks. */
function numbers(tokens: readonly Token[]): NumberFact[] {
  const out: NumberFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let value: number | undefined;
    let unit: string | undefined;
    const m = /^(\$?)(\d[\d,]*(?:\.\d+)?)([A-Za-z%]+(?:\/[A-Za-z]+)?)?$/.exec(t.text);
    if (m) {
      value = Number(m[2]!.replace(/,/g, ''));
      let suffix: string | undefined = m[3]?.toLowerCase();
      if (suffix && SCALE[suffix] !== undefined && !suffix.includes('/')) {
        value *= SCALE[suffix]!;
        suffix = undefined;
      }
      unit = m[1] ? '$' : suffix;
    } else if (NUMBER_WORDS[t.text.toLowerCase()] !== undefined && t.text.toLowerCase() !== 'hundred') {
      // "one hundred ninety", "twenty five": number words add up, "hundred" multiplies.
      value = NUMBER_WORDS[t.text.toLowerCase()]!;
      while (i + 1 < tokens.length) {
        const w = tokens[i + 1]!.text.toLowerCase();
        const n = NUMBER_WORDS[w];
        if (w === 'hundred') value *= 100;
        else if (n !== undefined && (n < 10 || value % 100 === 0) && n < value) value += n;
        else if (w === 'and' && NUMBER_WORDS[tokens[i + 2]?.text.toLowerCase() ?? ''] !== undefined && value % 100 === 0) {
          i++;
          continue;
        } else break;
        i++;
      }
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    let end = tokens[i]!.end;
    const next = tokens[i + 1];
    if (next && next.text === '%') {
      unit = '%';
      end = next.end;
      i++;
    } else if (next && SCALE[next.text.toLowerCase()] !== undefined && unit === undefined) {
      value *= SCALE[next.text.toLowerCase()]!;
      end = next.end;
      i++;
    }
    const after = tokens[i + 1];
    // "2 weeks", "14-hour days", "3 techs": the word after a bare number is its unit.
    if (!unit && after && /^[A-Za-z]/.test(after.text) && !isNegation(after.text) && !MINOR.has(after.text.toLowerCase()) && after.text.toLowerCase() !== 'and') {
      unit = after.text.toLowerCase() === 'percent' ? '%' : after.text.toLowerCase();
      end = after.end;
    }
    out.push({ value, ...(unit ? { unit } : {}), text: '', start: t.start, end });
  }
  return out;
}

function nameLike(t: Token, next: Token | undefined): boolean {
  const w = t.text;
  if (PRONOUNS.has(w.toLowerCase())) return false;
  if (/[+#]/.test(w) || (/\d/.test(w) && /[A-Za-z]/.test(w) && !/^\$?\d/.test(w))) return true;
  if (/^[A-Z]/.test(w) && /[A-Z]/.test(w.slice(1))) return true; // AI, LLM, MLOps
  if (!/^[A-Z]/.test(w)) return false;
  if (!t.initial) return true;
  // First word of a sentence: a name when it is no English word, or starts a run of capitals
  // ("Studio Media Algorithms"), unless it is a small word ("My MLOps experience").
  if (SENTENCE_WORDS.has(w.toLowerCase())) return false;
  return !isEnglishWord(w) || (next !== undefined && /^[A-Z]/.test(next.text) && !PRONOUNS.has(next.text.toLowerCase()));
}

interface NameFact {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Runs of name-like words, split at "&", "and", commas and slashes: "Studio Media Algorithms & Eyeline Research" is two. */
function names(text: string, tokens: readonly Token[]): NameFact[] {
  const out: NameFact[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length) out.push({ text: text.slice(run[0]!.start, run[run.length - 1]!.end), start: run[0]!.start, end: run[run.length - 1]!.end });
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const joined = run.length > 0 && /^[ \t]+$/.test(text.slice(run[run.length - 1]!.end, t.start));
    if (/^\$?\d/.test(t.text) || t.text === '&' || t.text === '%') {
      flush();
      continue;
    }
    const isName = run.length > 0 && joined ? /^[A-Z0-9]/.test(t.text) && !PRONOUNS.has(t.text.toLowerCase()) : nameLike(t, tokens[i + 1]);
    if (!isName || (run.length > 0 && !joined)) flush();
    if (isName) run.push(t);
  }
  flush();
  return out;
}

/**
 * Who does what: the people an answer names by their role are names too, and their order counts
 * ("researchers … creators can use" is not "creators … researchers can use").
 */
const ROLES = new Set(
  'researcher researchers creator creators engineer engineers scientist scientists artist artists stakeholder stakeholders member members user users customer customers manager managers interviewer interviewers candidate candidates'.split(' '),
);

function isRole(text: string): boolean {
  return ROLES.has(text.toLowerCase());
}

/** The key facts of a text, in reading order. */
export function extractFacts(text: string): Fact[] {
  const tokens = tokenize(text);
  const nums = numbers(tokens);
  const inNumber = (s: number) => nums.some((n) => s >= n.start && s < n.end);
  const facts: { fact: Fact; at: number }[] = nums.map((n) => ({ fact: { type: 'number', text: text.slice(n.start, n.end) }, at: n.start }));
  const nameList = names(text, tokens);
  for (const n of nameList) {
    if (!inNumber(n.start)) facts.push({ fact: { type: 'name', text: n.text }, at: n.start });
  }
  for (const t of tokens) {
    if (isRole(t.text) && !inNumber(t.start) && !nameList.some((n) => t.start >= n.start && t.start < n.end)) facts.push({ fact: { type: 'name', text: t.text }, at: t.start });
  }
  tokens.forEach((t, i) => {
    if (!isNegation(t.text)) return;
    const target = tokens.slice(i + 1).find((x) => !MINOR.has(x.text.toLowerCase()));
    facts.push({ fact: { type: 'negation', text: target ? text.slice(t.start, target.end) : t.text }, at: t.start });
  });
  return facts.sort((a, b) => a.at - b.at).map((f) => f.fact);
}

// --- comparing -------------------------------------------------------------------------------

/** Lowercase words with abbreviations spelled out: "LA" → los angeles. */
export function normalWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9+#$%.]+/)) {
    const w = raw.replace(/^\.+|\.+$/g, '');
    if (!w) continue;
    const expanded = ABBREVIATIONS[w];
    if (expanded) out.push(...expanded);
    else out.push(w);
  }
  return out;
}

function numberKey(n: NumberFact): string {
  return String(n.value);
}

function unitsAgree(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  const wa = normalWords(a.replace(/\//g, ' per '));
  const wb = normalWords(b.replace(/\//g, ' per '));
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => sameFamily(w, wb[i]!));
}

/** Whether `typed` has the guide's name: its words in order (abbreviations spelled out), a non-word typo forgiven. */
function hasName(typedWords: readonly string[], name: string, isTypo: (expected: string, typed: string) => boolean, used: Set<number> = new Set()): boolean {
  const want = normalWords(name);
  if (want.length === 0) return true;
  outer: for (let i = 0; i + want.length <= typedWords.length; i++) {
    // A name the guide says twice ("AI … AI/CV") must be there twice.
    if (used.has(i)) continue;
    for (let j = 0; j < want.length; j++) {
      const t = typedWords[i + j]!;
      const e = want[j]!;
      // A name is the same name, a plural of it, or a typo that is no English word: "create" is not "creators".
      if (t !== e && !samePlural(t, e) && (isEnglishWord(t) || !isTypo(e, t))) continue outer;
    }
    used.add(i);
    return true;
  }
  return false;
}

function samePlural(a: string, b: string): boolean {
  return a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`;
}

function negationTargets(text: string): string[] {
  const tokens = tokenize(text);
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!isNegation(t.text)) return;
    const target = tokens.slice(i + 1).find((x) => !MINOR.has(x.text.toLowerCase()) && !isNegation(x.text));
    out.push(target ? target.text.toLowerCase() : '');
  });
  return out;
}

/**
 * The guide's facts against a typed answer. Names and numbers may sit anywhere in it; a number
 * must have the same value (and, when both give one, the same unit); a negation must negate the
 * same word, and a negation the guide does not have is wrong too.
 */
export function compareFacts(expected: string, typed: string, isTypo: (expected: string, typed: string) => boolean): FactComparison {
  const facts = extractFacts(expected);
  const typedTokens = tokenize(typed);
  const typedNumbers = numbers(typedTokens);
  const typedWords = normalWords(typed);
  const expectedNumbers = numbers(tokenize(expected));
  const usedNumbers = new Set<number>();
  const matched: Fact[] = [];
  const missing: Fact[] = [];
  let numberIndex = 0;
  const usedNames = new Set<number>();
  for (const f of facts) {
    if (f.type === 'number') {
      const n = expectedNumbers[numberIndex++]!;
      const at = typedNumbers.findIndex((t, i) => !usedNumbers.has(i) && numberKey(t) === numberKey(n) && unitsAgree(t.unit, n.unit));
      if (at >= 0) {
        usedNumbers.add(at);
        matched.push(f);
      } else missing.push(f);
    } else if (f.type === 'name') {
      (hasName(typedWords, f.text, isTypo, usedNames) ? matched : missing).push(f);
    }
  }
  // Roles in the guide's order: swapping who does what is wrong.
  let cursor = 0;
  for (const f of facts.filter((x) => x.type === 'name' && isRole(x.text) && matched.includes(x))) {
    const role = f.text.toLowerCase();
    const at = typedWords.findIndex((w, i) => i >= cursor && (w === role || samePlural(w, role) || (!isEnglishWord(w) && isTypo(role, w))));
    if (at >= 0) cursor = at + 1;
    else {
      matched.splice(matched.indexOf(f), 1);
      missing.push(f);
    }
  }
  // Negations: as many, on the same words.
  const want = negationTargets(expected);
  const got = negationTargets(typed);
  const gotLeft = [...got];
  const negFacts = facts.filter((f) => f.type === 'negation');
  want.forEach((target, i) => {
    const at = gotLeft.findIndex((g) => g === target || (g !== '' && target !== '' && sameFamily(g, target)));
    if (at >= 0) {
      gotLeft.splice(at, 1);
      matched.push(negFacts[i]!);
    } else missing.push(negFacts[i]!);
  });
  const wrong: FactWrong[] = [];
  // Pair what was typed in place of a missing fact of the same kind.
  const typedFacts = extractFacts(typed);
  const stillMissing: Fact[] = [];
  const spare = {
    number: typedNumbers.filter((_, i) => !usedNumbers.has(i)).map((n) => typed.slice(n.start, n.end)),
    name: typedFacts.filter((f) => f.type === 'name' && !facts.some((e) => e.type === 'name' && normalWords(e.text).join(' ') === normalWords(f.text).join(' '))).map((f) => f.text),
  };
  for (const m of missing) {
    if (m.type === 'name' && isRole(m.text)) {
      // Present, but out of the guide's order.
      if (typedWords.some((w) => w === m.text.toLowerCase() || samePlural(w, m.text.toLowerCase()))) {
        wrong.push({ typed: `${m.text} (in another place)`, expected: m.text });
        continue;
      }
    }
    const pool = m.type === 'number' ? spare.number : m.type === 'name' && !isRole(m.text) ? spare.name : [];
    const instead = pool.shift();
    if (instead !== undefined) wrong.push({ typed: instead, expected: m.text });
    else stillMissing.push(m);
  }
  // A negation the guide does not have flips the meaning.
  for (const g of gotLeft) wrong.push({ typed: `not ${g}`.trim(), expected: g ? `${g} (no negation)` : '(no negation)' });
  return { matched, wrong, missing: stillMissing };
}
