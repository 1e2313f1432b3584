import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { sectionOfKind, type Pack, type Principle, type Story } from '../content/types';
import { frontmatterRange } from './prose';

/** A span of the draft's file: where a frontmatter field's value sits, for findings that point at it. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The guide's principles and values, one list, each tagged with which it is. */
export interface GuideValue extends Principle {
  readonly kind: 'principle' | 'value';
}

/** What a draft's frontmatter says about it, resolved against the pack. */
export interface DraftMeta {
  /** `interview: true`: the file declares itself an answer draft. */
  readonly interview: boolean;
  readonly question?: string;
  /** The story it tells: from `story:` (id, title, or number), else the likely question's story. */
  readonly story?: Story;
  /** Where the story came from. */
  readonly storySource?: 'frontmatter' | 'question';
  /** The `values:` it sets out to show, resolved to the guide's ids. */
  readonly values: readonly { readonly id: string; readonly span: Span }[];
  /** The 30-second pitch: `pitch: true` or `kind: pitch`. */
  readonly pitch: boolean;
  /** `seconds:`: a time limit for this answer. */
  readonly seconds?: number;
  /** `star: true|false` forces the STAR check on or off. */
  readonly star?: boolean;
  /** Field positions, for findings. */
  readonly spans: { readonly story?: Span; readonly question?: Span; readonly values?: Span };
  /** Entries the coach could not resolve: unknown story or value, malformed YAML. */
  readonly problems: readonly { readonly message: string; readonly span: Span }[];
}

export function guideValues(pack: Pack): GuideValue[] {
  const culture = sectionOfKind(pack, 'culture');
  if (!culture) return [];
  return [...culture.principles.map((p) => ({ ...p, kind: 'principle' as const })), ...culture.values.map((v) => ({ ...v, kind: 'value' as const }))];
}

export function guideStories(pack: Pack): readonly Story[] {
  return sectionOfKind(pack, 'stories')?.stories ?? [];
}

/** Lower-case, no leading "the", no punctuation: "The Dream Team" and "dream-team" meet at "dream team". */
export function normalizeName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export function resolveValue(pack: Pack, raw: string): GuideValue | undefined {
  const key = normalizeName(raw);
  return guideValues(pack).find((v) => normalizeName(v.id) === key || normalizeName(v.name) === key);
}

export function resolveStory(pack: Pack, raw: string | number): Story | undefined {
  const stories = guideStories(pack);
  if (typeof raw === 'number') return stories.find((s) => s.number === raw);
  const key = normalizeName(raw);
  const numbered = /^(?:story )?(\d+)$/.exec(key);
  if (numbered) return stories.find((s) => s.number === Number(numbered[1]));
  return stories.find((s) => normalizeName(s.id) === key || normalizeName(s.title) === key || normalizeName(`${s.title} ${s.subject}`) === key);
}

/** The pack's likely question whose text matches `question` (case, punctuation and quotes aside). */
export function likelyQuestion(pack: Pack, question: string | undefined) {
  if (!question) return undefined;
  const key = normalizeName(question);
  return sectionOfKind(pack, 'questions')?.questions.find((q) => normalizeName(q.question) === key);
}

/**
 * The last frontmatter read per pack: the editor re-analyses a draft on every edit, and its
 * frontmatter rarely changes, so its YAML is not parsed again. What `parseDraftMeta` returns
 * depends only on the text up to the end of the frontmatter block (and the pack).
 */
const lastMeta = new WeakMap<Pack, { readonly block: string; readonly meta: DraftMeta }>();

export function parseDraftMeta(text: string, pack: Pack): DraftMeta {
  const fm = frontmatterRange(text);
  if (!fm) return { interview: false, values: [], pitch: false, spans: {}, problems: [] };
  const block = text.slice(0, fm.blockEnd);
  const last = lastMeta.get(pack);
  if (last && last.block === block) return last.meta;
  const meta = readDraftMeta(text, fm, pack);
  lastMeta.set(pack, { block, meta });
  return meta;
}

/**
 * A draft's frontmatter is a few lines. A huge one is not parsed: the YAML parse costs ~2 s per MB,
 * and the coach runs on the editor's thread at every edit of the frontmatter.
 */
export const DRAFT_FRONTMATTER_MAX_CHARS = 16 * 1024;

function readDraftMeta(text: string, fm: { start: number; end: number }, pack: Pack): DraftMeta {
  const problems: { message: string; span: Span }[] = [];
  if (fm.end - fm.start > DRAFT_FRONTMATTER_MAX_CHARS) {
    const size = Math.round((fm.end - fm.start) / 1024);
    problems.push({ message: `The frontmatter is ${size} KB; the coach reads a draft's frontmatter up to ${DRAFT_FRONTMATTER_MAX_CHARS / 1024} KB and ignores this one.`, span: { start: fm.start, end: fm.start + 1 } });
    return { interview: false, values: [], pitch: false, spans: {}, problems };
  }

  const doc = parseDocument(text.slice(fm.start, fm.end), { prettyErrors: false });
  const at = (node: YamlNode | null | undefined): Span | undefined =>
    node?.range ? { start: fm.start + node.range[0], end: fm.start + node.range[1] } : undefined;
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    const first = doc.errors[0];
    const start = fm.start + (first?.pos[0] ?? 0);
    if (doc.errors.length > 0) problems.push({ message: `The frontmatter is not valid YAML (${first!.message.split('\n')[0]}); the coach ignores it.`, span: { start, end: Math.min(start + 1, fm.end) } });
    return { interview: false, values: [], pitch: false, spans: {}, problems };
  }
  const map = doc.contents;
  const field = (key: string): YamlNode | undefined => {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    return (pair?.value ?? undefined) as YamlNode | undefined;
  };
  const scalar = (key: string): unknown => {
    const node = field(key);
    return isScalar(node) ? node.value : undefined;
  };

  // As the linter reads it: `true`, and the YAML 1.1 spellings `yes`/`on` people still write.
  const interviewRaw = scalar('interview');
  const interview = interviewRaw === true || (typeof interviewRaw === 'string' && /^(?:true|yes|on)$/i.test(interviewRaw));
  const questionRaw = scalar('question');
  const question = typeof questionRaw === 'string' && questionRaw.trim() ? questionRaw.trim() : undefined;
  const kind = scalar('kind');
  const pitch = scalar('pitch') === true || (typeof kind === 'string' && kind.toLowerCase() === 'pitch');
  const secondsRaw = scalar('seconds');
  const seconds = typeof secondsRaw === 'number' && secondsRaw > 0 ? secondsRaw : undefined;
  const starRaw = scalar('star');
  const star = typeof starRaw === 'boolean' ? starRaw : undefined;

  const spans: { story?: Span; question?: Span; values?: Span } = {};
  const questionSpan = at(field('question'));
  if (questionSpan) spans.question = questionSpan;

  let story: Story | undefined;
  let storySource: 'frontmatter' | 'question' | undefined;
  const storyNode = field('story');
  const storyRaw = isScalar(storyNode) ? storyNode.value : undefined;
  const storySpan = at(storyNode);
  if (storySpan) spans.story = storySpan;
  if ((typeof storyRaw === 'string' && storyRaw.trim()) || typeof storyRaw === 'number') {
    story = resolveStory(pack, storyRaw);
    if (story) storySource = 'frontmatter';
    else {
      const known = guideStories(pack).map((s) => s.id).join(', ');
      problems.push({ message: `story: "${String(storyRaw)}" is not one of the guide's stories (${known}).`, span: storySpan! });
    }
  } else {
    const q = likelyQuestion(pack, question);
    const fromQuestion = q?.story ? resolveStory(pack, q.story) : undefined;
    if (fromQuestion) {
      story = fromQuestion;
      storySource = 'question';
    }
  }

  const values: { id: string; span: Span }[] = [];
  const valuesNode = field('values');
  const valuesSpan = at(valuesNode);
  if (valuesSpan) spans.values = valuesSpan;
  const entries: { raw: string; span: Span }[] = [];
  if (isSeq(valuesNode)) {
    for (const item of valuesNode.items) {
      if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) entries.push({ raw: String(item.value), span: at(item)! });
    }
  } else if (isScalar(valuesNode) && typeof valuesNode.value === 'string') {
    // `values: Courage, Candor` written as one string.
    const base = at(valuesNode)!;
    const source = text.slice(base.start, base.end);
    for (const m of valuesNode.value.matchAll(/[^,;]+/g)) {
      const raw = m[0].trim();
      if (!raw) continue;
      const offset = source.indexOf(raw);
      entries.push({ raw, span: offset >= 0 ? { start: base.start + offset, end: base.start + offset + raw.length } : base });
    }
  }
  for (const { raw, span } of entries) {
    const value = resolveValue(pack, raw);
    if (value) {
      if (!values.some((v) => v.id === value.id)) values.push({ id: value.id, span });
    } else {
      problems.push({ message: `values: "${raw}" is not one of the guide's principles or values.`, span });
    }
  }

  return {
    interview,
    ...(question ? { question } : {}),
    ...(story ? { story, storySource } : {}),
    values,
    pitch,
    ...(seconds ? { seconds } : {}),
    ...(star !== undefined ? { star } : {}),
    spans,
    problems,
  };
}
