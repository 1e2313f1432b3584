import type { Prose } from './prose';
import { words, type Word } from './prose';
import { sentenceAt } from './text';

export type StarPart = 'situation' | 'task' | 'action' | 'result';
export const STAR_PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result'];
export const STAR_NAMES: Readonly<Record<StarPart, string>> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };

export interface FoundPart {
  readonly part: StarPart;
  /** How it was recognised: a heading, a bold lead-in label (`**Result:**`), or a cue phrase. */
  readonly via: 'heading' | 'label' | 'cue';
  /** The heading text, label or cue phrase. */
  readonly markerStart: number;
  readonly markerEnd: number;
  /** What belongs to the part: after its marker, up to the next part or section. */
  readonly start: number;
  readonly end: number;
  /** Spoken words in the part. */
  readonly words: number;
}

export type StarParts = Readonly<Record<StarPart, FoundPart | undefined>>;

const NAMES: readonly [StarPart, string][] = [
  ['situation', 'situation|context|background|setting|the problem|problem'],
  ['task', 'task|tasks|goal|goals|objective|challenge|responsibility|my role|mission'],
  ['action', 'action|actions|what i did|approach|my approach|what i did about it'],
  ['result', 'result|results|outcome|outcomes|impact|what happened'],
];

/** The STAR part a heading names: "Situation", "S — Situation", "2. Task", "Actions I took", "Outcome". */
export function headingPart(heading: string): StarPart | undefined {
  const text = heading
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/^\s*(?:\d+[.)]|step \d+:?)\s*/, '')
    .trim();
  const letter = /^([star])(?:\s*(?:[:.)—–-]|$))\s*(.*)$/.exec(text);
  if (letter) {
    const part = STAR_PARTS.find((p) => p[0] === letter[1]);
    const rest = letter[2]!.replace(/^the\s+/, '');
    if (rest === '' || partByName(rest) === part) return part;
  }
  return partByName(text.replace(/^the\s+/, ''));
}

const NAME_PATTERNS: readonly [StarPart, RegExp][] = NAMES.map(([part, names]) => [part, new RegExp(`^(?:${names})(?![A-Za-z0-9])`)]);

function partByName(text: string): StarPart | undefined {
  return NAME_PATTERNS.find(([, re]) => re.test(text))?.[0];
}

const LABEL_NAMES = NAMES.map(([, n]) => n).join('|');
/** `**Situation:** …`, `Result — …`, `- *Task*: …`, or a bold label alone on its line. */
const LABEL = new RegExp(
  String.raw`^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__|\*|_)?(${LABEL_NAMES})(?:\*\*|__|\*|_)?(?:[ \t]*:[ \t]*(?:\*\*|__|\*|_)?|[ \t]+[—–-][ \t]+|[ \t]*$)`,
  'gim',
);

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

/** Finds each STAR part of a draft by heading, lead-in label, or (failing both) cue phrase. */
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

  // Lead-in labels, in the text with headings blanked.
  LABEL.lastIndex = p.bodyStart;
  for (let m = LABEL.exec(p.spoken); m; m = LABEL.exec(p.spoken)) {
    const part = headingPart(m[1]!);
    if (!part || markers.some((x) => x.part === part)) continue;
    const nameStart = m.index + m[0].indexOf(m[1]!);
    // A label alone on its line must be emphasised (`**Result**`), or a table cell like
    // "| What I did |" would pass for one.
    if (!/[:—–-]/.test(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length)) && !/[*_]/.test(p.source[nameStart - 1] ?? '')) continue;
    const section = p.headings.filter((h) => h.start > m!.index).map((h) => h.start)[0] ?? bodyEnd;
    markers.push({ part, via: 'label', markerStart: nameStart, markerEnd: nameStart + m[1]!.length, start: m.index + m[0].length, boundary: m.index, limit: section });
  }

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

/** True when a draft marks its STAR parts itself (by heading or label), not only through cue phrases. */
export function hasStarStructure(parts: StarParts): boolean {
  return STAR_PARTS.some((part) => parts[part] && parts[part]!.via !== 'cue');
}
