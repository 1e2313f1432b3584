import type { StarPart } from './parts';

/**
 * The names people give STAR parts, in headings and lead-in labels. "Challenge" and "Problem" set
 * the scene (Situation) unless a letter says otherwise ("T: The challenge").
 */
const NAMES: readonly [StarPart, string][] = [
  ['situation', 'situation|context|background|setting|the problem|problem|the challenge|challenge|challenges'],
  ['task', 'task|tasks|goal|goals|objective|objectives|responsibility|responsibilities|my role|role|mission|my task|my goal'],
  ['action', 'action|actions|actions taken|what i did|approach|my approach|what i did about it|steps|steps taken|the steps|how i did it|my actions'],
  ['result', 'result|results|outcome|outcomes|impact|what happened|the outcome|learned|what i learned|lessons learned'],
];

/** Names that may stand for a second part when a letter picks it. */
const ALSO: Readonly<Record<string, StarPart>> = { challenge: 'task', 'the challenge': 'task', problem: 'task', 'the problem': 'task' };

const NAME_PATTERNS: readonly [StarPart, RegExp][] = NAMES.map(([part, names]) => [part, new RegExp(`^(?:${names})(?![A-Za-z0-9])`)]);
const LETTERS: Readonly<Record<string, StarPart>> = { s: 'situation', t: 'task', a: 'action', r: 'result' };

function partByName(text: string): StarPart | undefined {
  return NAME_PATTERNS.find(([, re]) => re.test(text))?.[0];
}

/** The STAR part a heading names: "Situation", "S — Situation", "2. Task", "(A) Approach", "Outcome". */
export function headingPart(heading: string): StarPart | undefined {
  const text = heading
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/^\s*(?:\d+[.)]|step \d+:?)\s*/, '')
    .trim();
  const letter = /^\(?([star])\)?(?:\s*(?:[:.)—–-]|$)|(?<=\))\s)\s*(.*)$/.exec(text);
  if (letter) {
    const part = LETTERS[letter[1]!]!;
    const rest = letter[2]!.replace(/[:.]\s*$/, '').trim();
    if (rest === '' || partByName(rest) === part || ALSO[rest] === part) return part;
  }
  return partByName(text.replace(/^the\s+(?!problem|challenge)/, ''));
}

const LABEL_NAMES = NAMES.map(([, n]) => n).join('|');

/**
 * A lead-in label at the start of a line (after an optional list marker): a name or a STAR letter,
 * optionally emphasised (`**…**`, `__…__`, `*…*`, `_…_`) and in parentheses, then a colon or a
 * period inside or outside the emphasis, a spaced dash, or nothing (for a parenthesised letter, or
 * an emphasised label alone on its line). Groups: 1 emphasis, 2 "(", 3 name, 4 ")", 5 punctuation
 * inside, 6 what follows the emphasis.
 */
const LABEL = new RegExp(
  String.raw`^[ \t]*(?:>[ \t]?)*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(\*\*|__|\*|_)?(\()?(?:(?:the|my)[ \t]+)?(${LABEL_NAMES}|[STAR])(\))?(?:[ \t]+\((?:${LABEL_NAMES}|[STAR])\))?([:.])?\1(?:[ \t]*([:.](?=\s|$)|[—–]|--?(?=[ \t]))|(?=[ \t]|\r?$))[ \t]*`,
  'gim',
);

export interface Label {
  readonly part: StarPart;
  /** The name or letter as written. */
  readonly nameStart: number;
  readonly nameEnd: number;
  /** The whole label (marker, emphasis, punctuation, spaces after it). */
  readonly start: number;
  readonly end: number;
  /** A one-letter label (`S:`, `(T)`): it counts only when another part is lettered too. */
  readonly letter: boolean;
}

/**
 * Every lead-in label of a draft from `from`: `**Situation:**`, `**Situation.**`, `**Situation**:`,
 * `_Task._`, `S:`, `(S)`, `- Result —`. Read in the source (the markup tells a label from a word),
 * kept only where `spoken` (the same text with code, comments and headings blanked) still has the
 * name. A label word that opens an ordinary sentence ("Actions speak louder…") is not one.
 */
export function findLabels(text: string, spoken: string, from: number): Label[] {
  const out: Label[] = [];
  LABEL.lastIndex = from;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    if (m[0].length === 0) {
      LABEL.lastIndex++;
      continue;
    }
    const [whole, emphasis, open, name, close, inner, after] = m as unknown as (string | undefined)[];
    const isLetter = name!.length === 1;
    if (isLetter && name !== name!.toUpperCase()) continue;
    if (!!open !== !!close) continue;
    const period = inner === '.' || after === '.';
    const colon = inner === ':' || after === ':';
    const dash = !!after && !colon && !period;
    const after0 = m.index + whole!.length;
    const lineEnd = text.indexOf('\n', after0);
    const restOfLine = text.slice(after0, lineEnd < 0 ? text.length : lineEnd);
    const alone = !/\S/.test(restOfLine);
    // What makes it a label rather than a word opening a sentence.
    let ok: boolean;
    if (isLetter) ok = colon || dash || !!open || (!!emphasis && (alone || period));
    else if (period) ok = !!emphasis;
    else ok = colon || dash || !!open || (!!emphasis && alone);
    // `**Situation** The job kept failing`: an emphasised name followed by a capitalised sentence.
    if (!ok && emphasis && !isLetter && /^[A-Z]/.test(restOfLine)) ok = true;
    if (!ok) continue;
    const part = isLetter ? LETTERS[name!.toLowerCase()]! : headingPart(name!);
    if (!part) continue;
    const nameStart = m.index + whole!.indexOf(name!, emphasis ? emphasis.length : 0);
    if (spoken.charCodeAt(nameStart) !== text.charCodeAt(nameStart)) continue;
    out.push({ part, nameStart, nameEnd: nameStart + name!.length, start: m.index, end: m.index + whole!.length, letter: isLetter });
  }
  // One lettered part is an answer ("A: yes") or an initial, not STAR: letters count in pairs.
  const lettered = new Set(out.filter((l) => l.letter).map((l) => l.part));
  return lettered.size >= 2 ? out : out.filter((l) => !l.letter);
}
