// Scoring of the red-flag corpus, shared by `npm run eval` and the floors in the unit tests.
import type { Pack } from '../../src/core/content/types';
import { lintText, type SentenceAnalyser } from '../../src/core/lint';

export interface CorpusEntry {
  readonly id: string;
  readonly text: string;
  readonly flags: readonly string[];
  readonly kind?: string;
  readonly register?: string;
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  readonly perRule: Map<string, RuleScore>;
  readonly overall: RuleScore;
  /** Entries without flags, and how many of them got any finding. */
  readonly negatives: number;
  readonly falseAlarms: number;
  readonly misses: { id: string; rule: string; text: string }[];
  readonly alarms: { id: string; rule: string; text: string; message: string }[];
}

/** Parses JSON lines; a bad line names its number. */
export function parseJsonl(text: string, file: string): CorpusEntry[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, i }) => {
      try {
        const e = JSON.parse(line) as CorpusEntry;
        if (typeof e.text !== 'string' || !Array.isArray(e.flags)) throw new Error('needs "text" and "flags"');
        return e;
      } catch (err) {
        throw new Error(`${file}:${i + 1}: ${(err as Error).message}`);
      }
    });
}

/**
 * The rule ids a text is flagged for, among `ruleIds`. Hints are not red flags (a practice round
 * does not count them either): a document-scope hint says what a draft never mentions, which a
 * recruiter does not hear as the red flag; a sentence that says it is a warning.
 */
export function flagsOf(text: string, pack: Pack, language: SentenceAnalyser | undefined, ruleIds: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const f of lintText(text, pack, language ? { language } : {})) {
    if (f.severity === 'hint') continue;
    if (ruleIds.has(f.ruleId) && !found.has(f.ruleId)) found.set(f.ruleId, f.message);
  }
  return found;
}

export function score(entries: readonly CorpusEntry[], pack: Pack, language: SentenceAnalyser | undefined): Score {
  const ruleIds = new Set<string>();
  for (const s of pack.sections) if (s.kind === 'red-flags') for (const f of s.flags) if (f.lint) ruleIds.add(f.id);
  const perRule = new Map<string, RuleScore>([...ruleIds].map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const overall: RuleScore = { tp: 0, fp: 0, fn: 0 };
  const misses: Score['misses'] = [];
  const alarms: Score['alarms'] = [];
  let negatives = 0;
  let falseAlarms = 0;
  for (const e of entries) {
    const found = flagsOf(e.text, pack, language, ruleIds);
    const expected = new Set(e.flags);
    if (expected.size === 0) {
      negatives++;
      if (found.size > 0) falseAlarms++;
    }
    for (const rule of new Set([...expected, ...found.keys()])) {
      const r = perRule.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
      perRule.set(rule, r);
      if (expected.has(rule) && found.has(rule)) {
        r.tp++;
        overall.tp++;
      } else if (expected.has(rule)) {
        r.fn++;
        overall.fn++;
        misses.push({ id: e.id, rule, text: e.text });
      } else {
        r.fp++;
        overall.fp++;
        alarms.push({ id: e.id, rule, text: e.text, message: found.get(rule)! });
      }
    }
  }
  return { perRule, overall, negatives, falseAlarms, misses, alarms };
}

export const precision = (s: RuleScore): number => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: RuleScore): number => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
