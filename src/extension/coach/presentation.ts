import type { DraftAnalysis } from '../../core/coach/analyze';
import { formatDuration } from '../../core/coach/pace';
import { STAR_NAMES, STAR_PARTS } from '../../core/coach/star';

/**
 * The words the editor shows for an analysis, in one place so the CodeLens, the status bar, the
 * My Drafts view and the tests agree.
 */

/** "0:36 · 90 words at 150 wpm", with the limit when there is one. */
export function timeText(a: DraftAnalysis): string {
  const base = `${formatDuration(a.seconds)} · ${a.words} word${a.words === 1 ? '' : 's'} at ${a.wordsPerMinute} wpm`;
  if (a.limitSeconds === undefined) return base;
  const over = a.seconds > a.limitSeconds;
  const what = a.kind === 'pitch' ? 'limit' : 'target';
  return `${base} (${over ? 'over the' : 'within the'} ${formatDuration(a.limitSeconds)} ${what})`;
}

/** "STAR: Situation ✓ Task ✓ Action ✓ Result —", or undefined for answers that are not stories. */
export function starText(a: DraftAnalysis): string | undefined {
  if (!a.star) return undefined;
  const parts = STAR_PARTS.map((p) => `${STAR_NAMES[p]} ${a.star!.present.includes(p) ? '✓' : '—'}`);
  const measure = a.star.measurableResult === false ? ' · Result has no number' : '';
  return `STAR: ${parts.join(' ')}${measure}`;
}

/**
 * How the coach read each STAR part, one line each: "Situation (read from the narrative, line 3):
 * “Last year our pipeline…” “That meant…”", "Task (label, lines 7–8)", "Result: not found".
 */
export function starReading(a: DraftAnalysis): string[] {
  if (!a.star) return [];
  return STAR_PARTS.map((p) => {
    const r = a.star!.byPart[p];
    if (!r) return `${STAR_NAMES[p]}: not found`;
    const lines = r.startLine === r.endLine ? `line ${r.startLine}` : `lines ${r.startLine}–${r.endLine}`;
    const how = r.via === 'narrative' ? 'read from the narrative' : 'labelled';
    const said = r.sentences ? `: ${r.sentences.map((s) => `“${clip(s.text, 80)}”`).join(' ')}` : '';
    return `${STAR_NAMES[p]} (${how}, ${lines})${said}`;
  });
}

function clip(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

/** "3/4" STAR parts, or undefined. */
export function starCount(a: DraftAnalysis): string | undefined {
  return a.star ? `STAR ${a.star.present.length}/4` : undefined;
}

/**
 * Each value shown and what shows it, one line each: "Courage: line 9, “I pushed back on the
 * date…”", "Curiosity: the story (Learn rapidly…)".
 */
export function valuesReading(a: DraftAnalysis): string[] {
  return a.values.map((v) => {
    const seen = new Set<string>();
    const shows = v.evidence
      .map((e) => (e.via === 'story' ? `the story (${e.text})` : e.sentence ? `line ${e.sentence.line ?? '?'}, “${clip(e.sentence.text, 90)}”` : `"${e.text}"`))
      .filter((s) => !seen.has(s) && !!seen.add(s));
    return `${v.name}: ${shows.join('; ')}`;
  });
}

/** "Values: Courage, Judgment", "Values: none shown yet". */
export function valuesText(a: DraftAnalysis): string {
  return a.values.length ? `Values: ${a.values.map((v) => v.name.replace(/^The /, '')).join(', ')}` : 'Values: none shown yet';
}

/** The My Drafts row's description: "0:36 · STAR 3/4 · 4 values · 2 red flags". */
export function draftDescription(a: DraftAnalysis, redFlags: number | undefined): string {
  const parts = [formatDuration(a.seconds)];
  const star = starCount(a);
  if (star) parts.push(star);
  if (a.kind === 'pitch') parts.push('pitch');
  parts.push(`${a.values.length} value${a.values.length === 1 ? '' : 's'}`);
  if (redFlags !== undefined) parts.push(`${redFlags} red flag${redFlags === 1 ? '' : 's'}`);
  return parts.join(' · ');
}
