import { stem } from './english';
import { normalWords } from './facts';
import type { Question } from './question';

/**
 * Can a choice question be answered from its form alone? Checked over the options a session can
 * show (the key or keys, and every distractor): a question is guessable when the key is the
 * unique longest or unique shortest option, when the keys are the only options of their form
 * (one word vs several, digits, a leading pronoun, quotes…), or when a key shares a content word
 * with the prompt that no distractor shares.
 */
export interface Guessable {
  readonly id: string;
  readonly why: string;
}

const STOP = new Set(
  'a an the and or but of to in on at for with by from as is are was were be been am i im ive you your it its this that these those how what which who do does did not no dont can could would will should they them their we our us me my about over into than then there here one'.split(' '),
);

function contentStems(text: string): Set<string> {
  return new Set(normalWords(text).filter((w) => !STOP.has(w) && w.length > 2).map(stem));
}

/** Features of an option's form; the key must not be the only option with its value of any of them. */
const FORM: readonly [string, (o: string) => string][] = [
  ['word count', (o) => { const n = o.trim().split(/\s+/).length; return n === 1 ? 'one word' : n <= 3 ? 'a few words' : 'a phrase'; }],
  ['digits', (o) => String(/\d/.test(o))],
  ['a leading pronoun', (o) => String(/^(they|they're|you|it|it's|we|i)\b/i.test(o.trim()))],
  ['quotes', (o) => String(/["“”]/.test(o))],
  ['a capital first letter', (o) => String(/^[A-Z]/.test(o.trim()))],
];

export function guessable(q: Question): Guessable[] {
  if (q.kind !== 'single' && q.kind !== 'multi') return [];
  const keys = q.kind === 'single' ? [q.answer] : q.answers;
  const others = q.distractors;
  if (others.length === 0) return [{ id: q.id, why: 'no distractors' }];
  const out: Guessable[] = [];
  const flag = (why: string) => out.push({ id: q.id, why });
  if (q.kind === 'single') {
    const key = q.answer.length;
    const lengths = others.map((o) => o.length);
    if (key > Math.max(...lengths)) flag(`the key is the unique longest option (${key} characters)`);
    if (key < Math.min(...lengths)) flag(`the key is the unique shortest option (${key} characters)`);
  }
  for (const [name, feature] of FORM) {
    const keyValues = new Set(keys.map(feature));
    const otherValues = new Set(others.map(feature));
    if (keyValues.size === 1 && ![...keyValues].some((v) => otherValues.has(v))) flag(`only the key${keys.length > 1 ? 's have' : ' has'} ${name}: ${[...keyValues][0]}`);
  }
  const prompt = contentStems(q.prompt);
  const otherStems = new Set(others.flatMap((o) => [...contentStems(o)]));
  for (const k of keys) {
    const echo = [...contentStems(k)].filter((w) => prompt.has(w) && !otherStems.has(w));
    if (echo.length) flag(`the key “${k}” echoes the prompt (${echo.join(', ')}) and no distractor does`);
  }
  return out;
}
