// How often the coach's reading of a story agrees with a labelled corpus (one JSON object a line:
// {"id","format","text","story","parts":{"situation","task","action","result"},"measurable","mostlyWe"}).
// Shared by `scripts/eval/coach.mjs` and the unit test that holds the tuning corpus to a floor.
import { analyzeDraft, type DraftAnalysis } from '../../src/core/coach/analyze';
import { STAR_PARTS } from '../../src/core/coach/star';
import type { Pack } from '../../src/core/content/types';

export interface LabelledStory {
  readonly id: string;
  readonly format: string;
  readonly text: string;
  readonly story: boolean;
  readonly parts: { readonly situation: boolean; readonly task: boolean; readonly action: boolean; readonly result: boolean };
  readonly measurable: boolean;
  readonly mostlyWe: boolean;
}

/** The judgements a story is scored on; an answer that is not a story is scored on `story` alone. */
export const JUDGEMENTS = ['story', 'situation', 'task', 'action', 'result', 'measurable', 'mostlyWe'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

export interface Miss {
  readonly id: string;
  readonly format: string;
  readonly judgement: Judgement;
  readonly expected: boolean;
  readonly got: boolean;
}

export interface Agreement {
  readonly stories: number;
  readonly answers: number;
  readonly right: number;
  readonly total: number;
  readonly byJudgement: Readonly<Record<Judgement, { right: number; total: number }>>;
  readonly byFormat: Readonly<Record<string, { right: number; total: number }>>;
  readonly misses: readonly Miss[];
  /** Complete stories (all four parts) the coach called "not a story answer". */
  readonly completeStoriesMissed: readonly string[];
}

/** Parses a corpus file; a line that is not a labelled story is an error naming its line. */
export function parseCorpus(text: string, name: string): LabelledStory[] {
  const out: LabelledStory[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new Error(`${name}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    const v = value as LabelledStory;
    if (typeof v?.id !== 'string' || typeof v.text !== 'string' || typeof v.story !== 'boolean' || typeof v.parts !== 'object' || v.parts === null) {
      throw new Error(`${name}:${i + 1}: needs id, text, story and parts`);
    }
    out.push(v);
  });
  return out;
}

/** What the coach judged, in the corpus's terms. */
export function coachJudgements(a: DraftAnalysis): Record<Judgement, boolean> {
  const star = a.star;
  const voice = star?.actionVoice;
  return {
    story: a.kind === 'story',
    situation: !!star?.present.includes('situation'),
    task: !!star?.present.includes('task'),
    action: !!star?.present.includes('action'),
    result: !!star?.present.includes('result'),
    measurable: star?.measurableResult === true,
    mostlyWe: !!voice && voice.we >= 2 && voice.we > voice.i,
  };
}

export function agreement(corpus: readonly LabelledStory[], pack: Pack): Agreement {
  const byJudgement = Object.fromEntries(JUDGEMENTS.map((j) => [j, { right: 0, total: 0 }])) as Record<Judgement, { right: number; total: number }>;
  const byFormat: Record<string, { right: number; total: number }> = {};
  const misses: Miss[] = [];
  const completeStoriesMissed: string[] = [];
  let right = 0;
  let total = 0;
  for (const item of corpus) {
    const got = coachJudgements(analyzeDraft(item.text, pack));
    const expected: Record<Judgement, boolean> = { story: item.story, ...item.parts, measurable: !!item.measurable, mostlyWe: !!item.mostlyWe };
    const judged: readonly Judgement[] = item.story ? JUDGEMENTS : ['story'];
    const format = (byFormat[item.format] ??= { right: 0, total: 0 });
    for (const j of judged) {
      const ok = got[j] === expected[j];
      byJudgement[j].total++;
      format.total++;
      total++;
      if (ok) {
        byJudgement[j].right++;
        format.right++;
        right++;
      } else misses.push({ id: item.id, format: item.format, judgement: j, expected: expected[j], got: got[j] });
    }
    if (item.story && STAR_PARTS.every((p) => item.parts[p]) && !got.story) completeStoriesMissed.push(item.id);
  }
  return { stories: corpus.filter((c) => c.story).length, answers: corpus.filter((c) => !c.story).length, right, total, byJudgement, byFormat, misses, completeStoriesMissed };
}

const pct = (r: number, t: number) => (t ? `${((100 * r) / t).toFixed(1)}%` : 'n/a');

/** A few lines a person reads: the overall figure, each judgement, each format, then every miss. */
export function formatAgreement(name: string, a: Agreement): string {
  const lines = [`${name}: ${a.stories} stories, ${a.answers} other answers: ${a.right}/${a.total} judgements agree (${pct(a.right, a.total)})`];
  for (const j of JUDGEMENTS) lines.push(`  ${j.padEnd(11)} ${pct(a.byJudgement[j].right, a.byJudgement[j].total).padStart(6)}  (${a.byJudgement[j].right}/${a.byJudgement[j].total})`);
  lines.push('  by format: ' + Object.entries(a.byFormat).map(([f, s]) => `${f} ${pct(s.right, s.total)}`).join(', '));
  lines.push(`  complete stories called "not a story answer": ${a.completeStoriesMissed.length ? a.completeStoriesMissed.join(', ') : 'none'}`);
  for (const m of a.misses) lines.push(`  miss ${m.id}: ${m.judgement} expected ${m.expected}, coach said ${m.got}`);
  return lines.join('\n');
}
