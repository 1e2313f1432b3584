import type { Pack, RedFlag } from '../content/types';
import { lintText, parsePhrase, type Finding } from '../lint';
import type { PatternSequence } from '../lint/pattern';
import { isTypo } from './check';
import { sameFamily } from './english';
import { normalWords } from './facts';

/**
 * The "fix this line" drill: a sentence with a red flag, built from the flag's own lint pattern
 * (its plainest phrasing, in a sentence the engine is seen to flag), and the check of a rewrite:
 * the same lint engine (`lintText`, every tier it runs) finds no red flag in it, and it keeps a
 * phrase that fits (one of the flag's suggestions or a key phrase of the pack).
 */

/** The plainest text a pattern sequence matches: no optional part, the first alternative of each group. */
function plainest(seq: PatternSequence | undefined): string[] {
  const out: string[] = [];
  for (const el of seq ?? []) {
    if (el.kind === 'word') out.push(el.text);
    else if (!el.optional && el.alternatives[0]) out.push(...plainest(el.alternatives[0]));
    // An optional article reads better in a sentence: "a stable job", "like a family".
    else if (el.optional && el.alternatives[0] && /^(a|an)$/.test(firstWords(el.alternatives[0]).join(' '))) out.push(...firstWords(el.alternatives[0]));
  }
  return out;
}

/** The first alternative all the way down, optional parts included. */
function firstWords(seq: PatternSequence): string[] {
  return seq.flatMap((el) => (el.kind === 'word' ? [el.text] : el.alternatives[0] ? firstWords(el.alternatives[0]) : []));
}

/** Sentences a phrase can sit in; the first the engine flags for this rule is the drill's line. */
const FRAMES: readonly ((phrase: string) => string)[] = [
  (p) => `My focus has been ${p}.`,
  (p) => `What I want most in my next role is ${p}.`,
  (p) => `I think we should have ${p}.`,
  (p) => `In my last team, we would ${p}.`,
  (p) => `To be honest, I ${p}.`,
];

/** Frames that read as English for a phrase's first word; the rest are tried after them. */
function framesFor(phrase: string): readonly ((phrase: string) => string)[] {
  const first = phrase.split(' ')[0]!.toLowerCase();
  const order = /^(only|mostly|purely|just|primarily|mainly)$/.test(first) ? [0] : /^(more|additional|extra|stricter)$/.test(first) ? [2] : /^(throw|hand|pass|leave)/.test(first) ? [3] : [1];
  return [...order.map((i) => FRAMES[i]!), ...FRAMES.filter((_, i) => !order.includes(i))];
}

export interface DrillLine {
  readonly line: string;
  /** A rewrite the engine does not flag: the line with the flag's first fix applied. */
  readonly example: string;
}

function flagged(findings: readonly Finding[], flagId: string): Finding | undefined {
  return findings.find((f) => f.ruleId === flagId);
}

/** A line the engine flags for this red flag, and a fixed version of it; undefined when none is found. */
export function drillLine(flag: RedFlag, pack: Pack): DrillLine | undefined {
  if (!flag.lint || flag.lint.scope !== 'phrase') return undefined;
  for (const source of flag.lint.phrases) {
    let phrase: string;
    try {
      const parsed = parsePhrase(source);
      phrase = [...plainest(parsed.before), ...plainest(parsed.core), ...plainest(parsed.after)].join(' ');
    } catch {
      continue;
    }
    if (!phrase) continue;
    for (const frame of framesFor(phrase)) {
      const line = frame(phrase);
      const finding = flagged(lintText(line, pack), flag.id);
      if (!finding) continue;
      const replacement = finding.suggestions[0];
      const example = replacement !== undefined ? `${line.slice(0, finding.start)}${replacement}${line.slice(finding.end)}` : undefined;
      if (example && !redFlagsIn(example, pack).length) return { line, example };
    }
  }
  return undefined;
}

/** The red-flag findings (pack rules only, no coach hints) the engine reports in a text. */
export function redFlagsIn(text: string, pack: Pack): Finding[] {
  const flagIds = new Set(pack.sections.flatMap((s) => (s.kind === 'red-flags' ? s.flags.map((f) => f.id) : [])));
  return lintText(text, pack).filter((f) => flagIds.has(f.ruleId) && f.severity !== 'hint');
}

/** Whether `text` keeps one of `phrases` (words in order, a word form or a non-word typo counting). */
export function keepsPhrase(text: string, phrases: readonly string[]): string | undefined {
  const typed = normalWords(text);
  for (const p of phrases) {
    const want = normalWords(p);
    if (want.length === 0) continue;
    for (let i = 0; i + want.length <= typed.length; i++) {
      if (want.every((w, j) => w === typed[i + j] || sameFamily(w, typed[i + j]!) || isTypo(w, typed[i + j]!))) return p;
    }
  }
  return undefined;
}

export interface FixVerdict {
  readonly correct: boolean;
  /** Messages of the red flags still there. */
  readonly findings: readonly string[];
  /** The fitting phrase kept, if any. */
  readonly kept?: string;
}

export function checkFix(text: string, keyPhrases: readonly string[], pack: Pack): FixVerdict {
  const left = text.trim() === '' ? [] : redFlagsIn(text, pack).map((f) => f.message);
  const kept = keepsPhrase(text, keyPhrases);
  return { correct: text.trim() !== '' && left.length === 0 && kept !== undefined, findings: left, ...(kept ? { kept } : {}) };
}
