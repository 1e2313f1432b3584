import { sectionOfKind, type Pack, type Skill } from '../content/types';
import { guideValues, type DraftMeta, type GuideValue } from './draft';
import { splitSentences, type Sentence } from '../language';
import { firstMatchIn, matchesIn, phrasePattern } from './text';
import { valuesShownIn } from './valueMeaning';

/** Why the coach thinks a draft shows a value. */
export interface ValueEvidence {
  /**
   * `story`: the story the draft tells maps to it; `phrase`: a key phrase that signals it; `name`:
   * its name; `meaning`: a sentence says the speaker did what the value means ("I pushed back").
   */
  readonly via: 'story' | 'phrase' | 'name' | 'meaning';
  /** What was said (the phrase, name or act as written), or the story's evidence from the guide. */
  readonly text: string;
  /** Where, for all but `story`. */
  readonly start?: number;
  readonly end?: number;
  /** The sentence that shows it, for all but `story`. */
  readonly sentence?: { readonly start: number; readonly end: number; readonly text: string; readonly line?: number };
}

export interface ValueHit {
  readonly id: string;
  readonly name: string;
  readonly kind: GuideValue['kind'];
  readonly evidence: readonly ValueEvidence[];
}

interface Matchers {
  readonly phrases: readonly { readonly re: RegExp; readonly text: string; readonly signals: readonly string[] }[];
  readonly names: readonly { readonly re: RegExp; readonly value: GuideValue }[];
  readonly values: readonly GuideValue[];
}

const cache = new WeakMap<Pack, Matchers>();

function matchers(pack: Pack): Matchers {
  let m = cache.get(pack);
  if (m) return m;
  const values = guideValues(pack);
  const known = new Set(values.map((v) => v.id));
  const phrases = (sectionOfKind(pack, 'phrases')?.groups ?? [])
    .flatMap((g) => g.phrases)
    .map((ph) => ({ re: phrasePattern(ph.text), text: ph.text, signals: ph.signals.filter((s) => known.has(s)) }))
    .filter((ph) => ph.signals.length > 0);
  const names = values.flatMap((value) =>
    nameVariants(value.name).map((variant) => ({ re: phrasePattern(variant, { plural: false }), value })),
  );
  m = { phrases, names, values };
  cache.set(pack, m);
  return m;
}

/** "The Dream Team" is said "Dream Team"; "Judgment" is also spelt "Judgement". */
function nameVariants(name: string): string[] {
  const base = name.replace(/^the\s+/i, '').trim();
  const variants = [base];
  if (/judgment/i.test(base)) variants.push(base.replace(/judgment/i, 'judgement'));
  return variants;
}

/** "not a Dream Team", "wasn't about courage", "without candor": the value is named, not shown. */
const NEGATION = /(?:\b(?:not|never|no|without|instead of|rather than|lack(?:ed|s|ing)? of|absence of)|n['’]t)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$/iu;

function negated(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const clause = before.split(/[.!?;:\n]|,\s*(?:but|and)\b/).pop() ?? before;
  return NEGATION.test(clause);
}

/**
 * The guide's principles and values a draft demonstrates, in the guide's order: from the story its
 * frontmatter says it tells (once there is something written), the key phrases that signal a value, and the values'
 * own names, in spoken prose only and not when negated.
 */
export function findValues(
  spoken: string,
  from: number,
  pack: Pack,
  meta: DraftMeta,
  hasProse: boolean,
  /** The sentence around an offset; by default from one reading of all of `spoken`. */
  sentenceAround?: (offset: number) => Sentence | undefined,
): ValueHit[] {
  let all: readonly Sentence[] | undefined;
  const sentenceAt = sentenceAround ?? ((offset: number) => (all ??= splitSentences(spoken, from)).find((s) => s.start <= offset && offset < s.end));
  const { phrases, names, values } = matchers(pack);
  const known = new Set(values.map((v) => v.id));
  const sentenceOf = (offset: number) => {
    const s = sentenceAt(offset);
    return s ? { start: s.start, end: s.end, text: s.text } : undefined;
  };
  const evidence = new Map<string, ValueEvidence[]>();
  const add = (id: string, e: ValueEvidence) => {
    const list = evidence.get(id) ?? [];
    const sentence = e.start !== undefined ? sentenceOf(e.start) : undefined;
    list.push(sentence ? { ...e, sentence } : e);
    evidence.set(id, list);
  };
  // Only a story the draft says it tells (`story:`): the guide suggesting one for the question is
  // no sign the draft tells it.
  if (meta.story && meta.storySource === 'frontmatter' && hasProse) for (const d of meta.story.demonstrates) add(d.value, { via: 'story', text: d.why });
  for (const ph of phrases) {
    for (const hit of matchesIn(ph.re, spoken, from)) {
      if (negated(spoken, hit.start)) continue;
      for (const id of ph.signals) add(id, { via: 'phrase', text: hit.text, start: hit.start, end: hit.end });
    }
  }
  for (const { re, value } of names) {
    for (const hit of matchesIn(re, spoken, from)) {
      if (negated(spoken, hit.start)) continue;
      // A key phrase that already covers this span ("Great and always better") says it once.
      if (evidence.get(value.id)?.some((e) => e.start !== undefined && e.start <= hit.start && hit.end <= e.end!)) continue;
      add(value.id, { via: 'name', text: hit.text, start: hit.start, end: hit.end });
    }
  }
  // What the sentences say the speaker did.
  for (const hit of hasProse ? valuesShownIn(spoken, from, spoken.length, sentenceAt) : []) {
    if (!known.has(hit.value) || negated(spoken, hit.start)) continue;
    add(hit.value, { via: 'meaning', text: hit.text.trim(), start: hit.start, end: hit.end });
  }
  return values.filter((v) => evidence.has(v.id)).map((v) => ({ id: v.id, name: v.name, kind: v.kind, evidence: evidence.get(v.id)! }));
}

/** Job description skills: which a draft mentions. */
export interface SkillMention {
  readonly skill: Skill;
  readonly level: 'required' | 'bonus' | 'non-technical';
  /** What was said. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const FILLER = /\s+(?:basics|fundamentals|experience|skills|knowledge)$/i;
const EXPANSIONS: readonly [RegExp, string][] = [
  [/\bML\b/, 'machine learning'],
  [/\bAI\b/, 'artificial intelligence'],
  [/\bCV\b/, 'computer vision'],
];

interface SkillMatcher {
  readonly skill: Skill;
  readonly level: SkillMention['level'];
  readonly patterns: readonly RegExp[];
  /** Multi-word alternatives: every significant word in one sentence also counts. */
  readonly wordSets: readonly (readonly string[])[];
}

const skillCache = new WeakMap<Pack, readonly SkillMatcher[]>();

function skillMatchers(pack: Pack): readonly SkillMatcher[] {
  let cached = skillCache.get(pack);
  if (cached) return cached;
  const jd = sectionOfKind(pack, 'job-description');
  const all: [Skill, SkillMention['level']][] = jd
    ? [...jd.requiredSkills.map((s) => [s, 'required'] as [Skill, 'required']), ...jd.bonusSkills.map((s) => [s, 'bonus'] as [Skill, 'bonus']), ...jd.nonTechnicalSkills.map((s) => [s, 'non-technical'] as [Skill, 'non-technical'])]
    : [];
  cached = all.map(([skill, level]) => {
    const alternatives = skill.text
      .split(/\s*\/\s*/)
      .map((a) => a.replace(FILLER, '').trim())
      .filter(Boolean);
    const phrases = new Set<string>();
    for (const alt of alternatives) {
      phrases.add(alt);
      for (const [re, expansion] of EXPANSIONS) if (re.test(alt)) phrases.add(alt.replace(re, expansion));
    }
    const wordSets = alternatives
      .map((alt) => alt.split(/\s+/).map(stem).filter((w) => w.length > 1 && !STOP.has(w)))
      .filter((set) => set.length > 1);
    return { skill, level, patterns: [...phrases].map((ph) => phrasePattern(ph)), wordSets };
  });
  skillCache.set(pack, cached);
  return cached;
}

const STOP = new Set(['and', 'or', 'the', 'a', 'an', 'of', 'to', 'in', 'for', 'with', 'across', 'into']);

function stem(word: string): string {
  const w = word.toLowerCase().replace(/[^\p{L}\p{N}+#]/gu, '');
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

export function findSkills(spoken: string, from: number, pack: Pack): SkillMention[] {
  const out: SkillMention[] = [];
  for (const matcher of skillMatchers(pack)) {
    let hit: { start: number; end: number; text: string } | undefined;
    for (const re of matcher.patterns) {
      hit = firstMatchIn(re, spoken, from);
      if (hit) break;
    }
    for (let i = 0; !hit && i < matcher.wordSets.length; i++) hit = wordsInOneSentence(spoken, from, matcher.wordSets[i]!);
    if (hit) out.push({ skill: matcher.skill, level: matcher.level, text: hit.text, start: hit.start, end: hit.end });
  }
  return out;
}

const wordPatterns = new Map<string, RegExp>();

/** A pattern for a stemmed word: the word, its plural, never inside a longer word. */
function wordPattern(word: string): RegExp {
  let re = wordPatterns.get(word);
  if (!re) {
    re = new RegExp(`(?<![A-Za-z0-9])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?(?![A-Za-z0-9+#])`, 'gi');
    wordPatterns.set(word, re);
  }
  return re;
}

/** The first sentence holding every word of `set` ("trained on GPUs" for GPU training), if any. */
function wordsInOneSentence(spoken: string, from: number, set: readonly string[]): { start: number; end: number; text: string } | undefined {
  const [first, ...rest] = set;
  const re = wordPattern(first!);
  re.lastIndex = from;
  for (let m = re.exec(spoken); m; m = re.exec(spoken)) {
    let start = m.index;
    while (start > from && !/[.!?\n]/.test(spoken[start - 1]!)) start--;
    let end = m.index + m[0].length;
    while (end < spoken.length && !/[.!?\n]/.test(spoken[end]!)) end++;
    const sentence = spoken.slice(start, end);
    if (rest.every((w) => {
      const r = wordPattern(w);
      r.lastIndex = 0;
      return r.test(sentence);
    })) {
      const text = sentence.trim();
      const offset = start + sentence.indexOf(text);
      return { start: offset, end: offset + text.length, text };
    }
    re.lastIndex = end;
  }
  return undefined;
}
