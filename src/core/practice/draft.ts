import { draftTemplate, slugify, type DraftRequest } from '../coach/template';
import type { Pack } from '../content/types';
import type { PracticePrompt } from './prompts';

export interface PracticeDraft {
  /** `<slug>-<yyyymmdd-hhmm>.md`; the caller adds `-2`, `-3`… if it exists (never overwrites). */
  readonly fileName: string;
  readonly text: string;
  readonly cursor: number;
}

/**
 * A practice round's draft: the New Answer Draft template for the prompt (so the coach and the
 * linter read it as any other draft), with the round in its frontmatter: the question, the
 * round's start and the target time (`seconds:`, which the coach reads as the time limit).
 */
export function practiceDraft(pack: Pack, prompt: PracticePrompt, startedAt: Date): PracticeDraft {
  const request: DraftRequest = {
    question: prompt.question,
    ...(prompt.story ? { story: prompt.story } : {}),
    ...(prompt.likely ? { likely: prompt.likely } : {}),
    ...(prompt.kind === 'pitch' ? { pitch: true } : {}),
  };
  const template = draftTemplate(pack, request);
  const lines = [`practice: ${JSON.stringify(prompt.id)}`, `started: ${JSON.stringify(startedAt.toISOString())}`];
  if (!/^seconds:/m.test(frontmatterOf(template.text))) lines.push(`seconds: ${prompt.targetSeconds}`);
  // After the opening `---` line: `interview: true` stays first.
  const at = template.text.indexOf('\n', template.text.indexOf('interview: true')) + 1;
  const insert = `${lines.join('\n')}\n`;
  const text = template.text.slice(0, at) + insert + template.text.slice(at);
  return { fileName: `${slugify(prompt.question, 48)}-${stamp(startedAt)}.md`, text, cursor: template.cursor + insert.length };
}

function frontmatterOf(text: string): string {
  const end = text.indexOf('\n---', 3);
  return end > 0 ? text.slice(0, end) : '';
}

/** Local time, `20260314-0930`. */
export function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

/** `name.md`, then `name-2.md`, `name-3.md`… */
export function candidateName(fileName: string, attempt: number): string {
  return attempt <= 1 ? fileName : fileName.replace(/\.md$/, `-${attempt}.md`);
}
