import type { DraftAnalysis, StarSummary } from '../../core/coach/analyze';
import type { Coverage } from '../../core/coach/coverage';
import { formatDuration } from '../../core/coach/pace';
import { isCoachRule } from '../../core/coach/rules';
import { STAR_NAMES, STAR_PARTS } from '../../core/coach/star';
import type { Finding } from '../../core/lint/finding';
import { oneLine } from '../terminalText';

/** One draft as the report shows it. */
export interface ReportEntry {
  /** As given or found, relative to the working folder. */
  readonly file: string;
  readonly analysis: DraftAnalysis;
  /** Red flags the linter finds in it (warnings and up, as its status bar counts them). */
  readonly redFlags: readonly Finding[];
  /** The linter's hint-level findings (an answer that never mentions the studio side). */
  readonly lintHints: readonly Finding[];
  /** Coach findings, coverage ones included. */
  readonly hints: readonly Finding[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function timeLine(a: DraftAnalysis): string {
  const base = `${formatDuration(a.seconds)} at ${a.wordsPerMinute} wpm`;
  if (a.limitSeconds === undefined) return base;
  const what = a.kind === 'pitch' ? 'limit' : 'target';
  return a.seconds > a.limitSeconds ? `${base}, over the ${formatDuration(a.limitSeconds)} ${what}` : `${base} (${what} ${formatDuration(a.limitSeconds)})`;
}

function starLine(a: DraftAnalysis): string {
  if (!a.star) return a.kind === 'pitch' ? 'n/a (the pitch)' : 'n/a (not a story answer)';
  const parts = STAR_PARTS.map((p) => `${STAR_NAMES[p]} ${a.star!.present.includes(p) ? '✓' : '✗'}`).join('  ');
  const measure = a.star.measurableResult === undefined ? '' : a.star.measurableResult ? '  (Result measurable)' : '  (Result has no number)';
  return `${parts}${measure}`;
}

/** Per value shown by something said: the first sentence that shows it, with its line. */
function valueSentenceRows(a: DraftAnalysis): (readonly [string, string])[] {
  return a.values.flatMap((v) => {
    const e = v.evidence.find((x) => x.sentence);
    if (!e?.sentence) return [];
    const text = e.sentence.text.replace(/\s+/g, ' ').trim();
    return [[`  ${v.name.replace(/^The /, '')}`, `line ${e.sentence.line ?? '?'}: “${text.length > 72 ? `${text.slice(0, 71)}…` : text}”`] as const];
  });
}

/** "Situation line 7, Task line 8, Action lines 9–10": where each part was read. */
function narrativeLine(a: DraftAnalysis): string {
  return STAR_PARTS.filter((p) => a.star!.byPart[p])
    .map((p) => {
      const r = a.star!.byPart[p]!;
      return `${STAR_NAMES[p]} ${r.startLine === r.endLine ? `line ${r.startLine}` : `lines ${r.startLine}–${r.endLine}`}`;
    })
    .join(', ');
}

function countByRule(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].map(([id, n]) => (n === 1 ? id : `${id} ×${n}`)).join(', ');
}

function table(rows: readonly (readonly [string, string])[], indent = '  '): string[] {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${indent}${k.padEnd(width)}  ${oneLine(v)}`);
}

/** The human report: a table per draft, then coverage across all of them. */
export function formatReportHuman(entries: readonly ReportEntry[], coverage: Coverage | undefined): string {
  const out: string[] = [];
  for (const e of entries) {
    const a = e.analysis;
    out.push(oneLine(e.file));
    out.push(
      ...table([
        ...(a.title ? [[a.meta.question ? 'Question' : 'Title', a.title] as const] : []),
        ['Words', String(a.words)],
        ['Speaking time', timeLine(a)],
        ['STAR', starLine(a)],
        ...(a.star && STAR_PARTS.some((p) => a.star!.byPart[p]?.via === 'narrative') ? [['  read from the narrative', narrativeLine(a)] as const] : []),
        ['Values', a.values.length ? a.values.map((v) => v.name).join(', ') : '—'],
        ...valueSentenceRows(a),
        ['Red flags', `${e.redFlags.length ? `${e.redFlags.length}: ${countByRule(e.redFlags)}` : '0'}${e.lintHints.length ? ` (and ${plural(e.lintHints.length, 'hint')}: ${countByRule(e.lintHints)})` : ''}`],
        ['Coach hints', e.hints.length ? `${e.hints.length}: ${countByRule(e.hints)}` : '0'],
      ]),
    );
    out.push('');
  }
  if (coverage) {
    const shown = coverage.values.length - coverage.uncoveredValues.length;
    const mentioned = coverage.requiredSkills.length - coverage.missingSkills.length;
    out.push(`Coverage across ${plural(coverage.drafts, 'draft')}`);
    out.push(
      ...table([
        ['Values and principles shown', `${shown}/${coverage.values.length}`],
        ...(coverage.uncoveredValues.length ? [['  not shown yet', coverage.uncoveredValues.map((v) => v.name).join(', ')] as const] : []),
        [
          'Stories told',
          coverage.stories.map((s) => `${s.story.title} ${s.paths.length}${s.overused ? ` (more than ${coverage.maxStoryReuse}: reused too often)` : ''}`).join(', '),
        ],
        ['Required skills mentioned', `${mentioned}/${coverage.requiredSkills.length}`],
        ...(coverage.missingSkills.length ? [['  not mentioned yet', coverage.missingSkills.map((s) => s.text).join(', ')] as const] : []),
      ]),
    );
  }
  return out.join('\n').replace(/\n+$/, '');
}

/** A story's STAR reading as JSON: each part with its lines and how it was found, the Result's measure, the Action's voice. */
function starJson(star: StarSummary) {
  return {
    present: star.present,
    missing: star.missing,
    parts: Object.fromEntries(
      STAR_PARTS.map((part) => {
        const r = star.byPart[part];
        return [
          part,
          r
            ? {
                lines: [r.startLine, r.endLine],
                via: r.via,
                i: r.voice.i,
                we: r.voice.we,
                hedges: r.hedges,
                ...(r.sentences ? { sentences: r.sentences.map((s) => ({ line: s.line, text: s.text })) } : {}),
              }
            : null,
        ];
      }),
    ),
    measurable: star.measurableResult === true,
    measurableResult: star.measurableResult ?? null,
    measure: star.measure ?? null,
    vagueResult: star.vagueResult ?? null,
    actionVoice: star.actionVoice ?? null,
    storyBy: star.storyBy ?? null,
  };
}

/** The same report as JSON, for scripts. */
export function formatReportJson(entries: readonly ReportEntry[], coverage: Coverage | undefined): string {
  return JSON.stringify(
    {
      drafts: entries.map((e) => {
        const a = e.analysis;
        return {
          file: e.file,
          question: a.title ?? null,
          kind: a.kind,
          words: a.words,
          seconds: Math.round(a.seconds * 10) / 10,
          wordsPerMinute: a.wordsPerMinute,
          limitSeconds: a.limitSeconds ?? null,
          story: a.kind === 'story',
          guideStory: a.meta.story?.id ?? null,
          star: a.star ? starJson(a.star) : null,
          values: a.values.map((v) => ({
            id: v.id,
            name: v.name,
            kind: v.kind,
            via: [...new Set(v.evidence.map((x) => x.via))],
            // Which sentence shows it (the story's mapping has none: it is the guide's evidence).
            evidence: v.evidence.map((x) => ({ via: x.via, text: x.text, ...(x.sentence ? { line: x.sentence.line ?? null, sentence: x.sentence.text } : {}) })),
          })),
          skills: a.skills.map((s) => ({ id: s.skill.id, level: s.level })),
          redFlags: e.redFlags.length,
          findings: [...e.redFlags, ...e.lintHints, ...e.hints]
            .sort((x, y) => x.start - y.start)
            .map((f) => ({ line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, ruleId: f.ruleId, severity: f.severity, message: f.message, coach: isCoachRule(f.ruleId) })),
        };
      }),
      coverage: coverage
        ? {
            drafts: coverage.drafts,
            values: coverage.values.map((v) => ({ id: v.value.id, name: v.value.name, kind: v.value.kind, drafts: v.paths })),
            uncoveredValues: coverage.uncoveredValues.map((v) => v.id),
            stories: coverage.stories.map((s) => ({ id: s.story.id, title: s.story.title, drafts: s.paths, overused: s.overused })),
            maxStoryReuse: coverage.maxStoryReuse,
            requiredSkills: coverage.requiredSkills.map((s) => ({ id: s.skill.id, text: s.skill.text, drafts: s.paths })),
            missingSkills: coverage.missingSkills.map((s) => s.id),
          }
        : null,
    },
    null,
    2,
  );
}
