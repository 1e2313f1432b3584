import { findLabels, headingPart } from './labels';
import { readNarrative, type SentenceReading } from './narrative';
import { STAR_PARTS, type StarPart } from './parts';
import type { Prose } from './prose';
import { spokenSentences, words, type Word } from './prose';
import { sentenceAt } from './text';

export { headingPart } from './labels';
export { STAR_NAMES, STAR_PARTS, type StarPart } from './parts';

export interface FoundPart {
  readonly part: StarPart;
  /**
   * How it was recognised: a heading, a lead-in label (`**Result:**`, `S:`, `(A)`), a cue phrase
   * in an otherwise labelled story, or a reading of unlabelled narrative sentence by sentence.
   */
  readonly via: 'heading' | 'label' | 'cue' | 'narrative';
  /** The heading text, label, cue phrase, or (narrative) the part's first sentence. */
  readonly markerStart: number;
  readonly markerEnd: number;
  /** What belongs to the part: after its marker, up to the next part or section. */
  readonly start: number;
  readonly end: number;
  /** Spoken words in the part. */
  readonly words: number;
  /** For a narrative reading: the sentences read as this part. */
  readonly sentences?: readonly { readonly start: number; readonly end: number }[];
}

export type StarParts = Readonly<Record<StarPart, FoundPart | undefined>>;

/** Cue phrases that fill a part a labelled story leaves out ("As a result, …" inside the Action). */
const CUES: Readonly<Record<StarPart, RegExp>> = {
  situation:
    /\b(?:at the time|back (?:in|when|then)|a (?:few|couple of) (?:years|months) ago|last (?:year|quarter)|in my (?:previous|last|current|first|old) (?:role|job|team|position|company)|when I (?:was|joined|worked|started)|while I was|our team (?:was|had)|the team was|we were (?:facing|dealing|struggling|running|using|stuck)|the situation|the context|the problem was|there was (?:a|an|no)\b)/gi,
  task: /\b(?:my (?:task|job|goal|role|responsibility|mandate) (?:was|became)|I was (?:asked|tasked|responsible|expected|given|hired)|I needed to|I had to|the goal was|the task was|the challenge was|I was in charge|it was (?:up to me|my job)|I owned)\b/gi,
  action:
    /\b(?:I (?:first |then |also |quickly |personally |immediately )?(?:decided|proposed|built|led|wrote|created|designed|started|set up|organi[sz]ed|reached out|talked|met|spent|learned|learnt|presented|implemented|refactored|automated|introduced|migrated|drove|ran|pushed|convinced|suggested|gathered|prototyped|shipped|took|made|asked|listened|brought|mapped|broke|documented|invested|volunteered|committed|analy[sz]ed|measured|escalated|negotiated|scheduled|coached|mentored|paired|rewrote|replaced|added|removed|fixed|debugged|tested|focused|worked)|so I\b|first,? I\b|my approach)/gi,
  result:
    /\b(?:as a result|the result|in the end|ended up|the outcome|by the end|eventually|since then|the impact|(?:this|that|which|it) (?:led|resulted|reduced|increased|cut|saved|improved|meant|brought)|(?:we|I|they) (?:reduced|increased|cut|saved|improved|doubled|halved|tripled|shipped|delivered|launched|grew)|(?:reduced|increased|cut|improved|grew|dropped|fell|rose)\s+(?:\S+\s+){0,4}(?:by|from|to)\s+\d)/gi,
};

interface Marker {
  part: StarPart;
  via: FoundPart['via'];
  markerStart: number;
  markerEnd: number;
  start: number;
  /** Where the part begins as a block: the previous part ends here. */
  boundary: number;
  /** Upper bound: the end of the heading's section, for headings and labels. */
  limit: number;
}

/**
 * Finds each STAR part a draft marks: by heading or lead-in label in any of the usual styles; in a
 * labelled story, a part it leaves out may still be named by a cue phrase ("As a result, …"). A
 * story with no labels at all is read sentence by sentence by `readStarNarrative` (once the draft
 * is known to be a story: the reading costs more than the labels).
 */
export function findStar(p: Prose, spokenWords: readonly Word[] = words(p.spoken, p.bodyStart)): StarParts {
  /** Words said in [from, to): two binary searches over the words, which are in order. */
  const count = (from: number, to: number) => lowerBound(spokenWords, to) - lowerBound(spokenWords, from);
  const markers: Marker[] = [];
  const bodyEnd = p.source.length;

  // Headings: a STAR heading's section runs to the next heading of the same or a higher level, or
  // to any other STAR heading.
  const starHeadings = p.headings.map((h) => ({ h, part: headingPart(h.text) }));
  starHeadings.forEach(({ h, part }, i) => {
    if (!part || markers.some((m) => m.part === part)) return;
    let limit = bodyEnd;
    for (let j = i + 1; j < starHeadings.length; j++) {
      const next = starHeadings[j]!;
      if (next.h.level <= h.level || next.part) {
        limit = next.h.start;
        break;
      }
    }
    markers.push({ part, via: 'heading', markerStart: h.textStart, markerEnd: h.textEnd, start: h.end, boundary: h.start, limit });
  });

  // Lead-in labels.
  for (const label of findLabels(p.source, p.spoken, p.bodyStart)) {
    if (markers.some((x) => x.part === label.part)) continue;
    const section = p.headings.find((h) => h.start > label.start)?.start ?? bodyEnd;
    markers.push({ part: label.part, via: 'label', markerStart: label.nameStart, markerEnd: label.nameEnd, start: label.end, boundary: label.start, limit: section });
  }

  if (markers.length === 0) return { situation: undefined, task: undefined, action: undefined, result: undefined };

  // Cue phrases for whatever is still missing.
  const actionMarker = () => markers.find((m) => m.part === 'action');
  for (const part of STAR_PARTS) {
    if (markers.some((m) => m.part === part)) continue;
    const re = CUES[part];
    re.lastIndex = part === 'result' && actionMarker() ? actionMarker()!.markerEnd : p.bodyStart;
    const m = re.exec(p.spoken);
    if (!m) continue;
    const sentence = sentenceAt(p.spoken, m.index, p.bodyStart);
    markers.push({ part, via: 'cue', markerStart: m.index, markerEnd: m.index + m[0].length, start: sentence.start, boundary: sentence.start, limit: bodyEnd });
  }

  // Each part runs from its start to the next part's start, within its own section.
  const sorted = [...markers].sort((a, b) => a.start - b.start);
  const found: Partial<Record<StarPart, FoundPart>> = {};
  sorted.forEach((m, i) => {
    const next = sorted.slice(i + 1).find((n) => n.boundary >= m.start);
    const regionEnd = Math.max(Math.min(m.limit, next ? next.boundary : bodyEnd), m.start);
    found[m.part] = {
      part: m.part,
      via: m.via,
      markerStart: m.markerStart,
      markerEnd: m.markerEnd,
      start: m.start,
      end: regionEnd,
      words: count(m.start, regionEnd),
    };
  });
  return { situation: found.situation, task: found.task, action: found.action, result: found.result };
}

/** The STAR parts of a story told without labels, read sentence by sentence. */
export function readStarNarrative(p: Prose, spokenWords: readonly Word[] = words(p.spoken, p.bodyStart)): StarParts {
  const count = (from: number, to: number) => lowerBound(spokenWords, to) - lowerBound(spokenWords, from);
  const reading = readNarrative(p.spoken, p.bodyStart, p.spoken.length, spokenSentences(p));
  const found: Partial<Record<StarPart, FoundPart>> = {};
  for (const part of STAR_PARTS) {
    const mine: SentenceReading[] = reading.filter((r) => r.part === part);
    // A part needs a sentence that says something of it, not only sentences that follow one.
    if (!mine.some((r) => r.evidence)) continue;
    const first = mine[0]!;
    const last = mine[mine.length - 1]!;
    found[part] = {
      part,
      via: 'narrative',
      markerStart: first.start,
      markerEnd: first.end,
      start: first.start,
      end: last.end,
      words: count(first.start, last.end),
      sentences: mine.map(({ start, end }) => ({ start, end })),
    };
  }
  return { situation: found.situation, task: found.task, action: found.action, result: found.result };
}

function lowerBound(list: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a draft marks its STAR parts itself (by heading or label), not only through cue phrases or narrative. */
export function hasStarStructure(parts: StarParts): boolean {
  return STAR_PARTS.some((part) => parts[part] && (parts[part]!.via === 'heading' || parts[part]!.via === 'label'));
}
