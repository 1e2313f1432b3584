import type { OpenTarget } from '../../core/practice/protocol';
import type { Readiness } from '../../core/practice/readiness';
import { columns, horizontalBars, sparklines, type BarRow } from './svg';
import { h, type Child, type VNode } from './vnode';

/**
 * The readiness dashboard as a view: five charts drawn as SVG from the figures, each followed by
 * a data table of the same figures for screen readers (and anyone who prefers numbers). Every bar
 * and every link in a table carries what it opens in `data-open`. The host writes this view into
 * the page it sends (so the first view needs no script and no message); the page's script draws
 * it again from each live update.
 */
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function button(text: string, target: OpenTarget): VNode {
  return h('button', { class: 'link', 'data-open': JSON.stringify(target) }, text);
}

/** A data table: a header row and rows of cells (a cell may be a view, e.g. a link button), behind a "Table: …" toggle. */
function table(caption: string, head: readonly string[], rows: readonly (readonly (string | number | VNode)[])[], id: string): VNode {
  const cell = (c: string | number | VNode): Child => (typeof c === 'object' ? c : String(c));
  return h(
    'details',
    { class: 'table-toggle' },
    h('summary', {}, `Table: ${caption}`),
    h(
      'table',
      { class: 'data', id },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, cell(c)) : h('td', typeof c === 'number' ? { class: 'num' } : {}, cell(c))))))),
    ),
  );
}

function chart(id: string, title: string, description: string, figure: VNode, data: VNode, legend: readonly [string, string][] = []): VNode {
  return h(
    'section',
    { class: 'card', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    h('p', { class: 'muted' }, description),
    legend.length > 0 && h('ul', { class: 'legend', 'aria-hidden': 'true' }, ...legend.map(([cls, name]) => h('li', {}, h('span', { class: `swatch ${cls}` }), name))),
    h('figure', {}, figure),
    data,
  );
}

/** The children of the page's `#app`: title, summary, the five charts with their tables, and the footer. */
export function readinessView(r: Readiness, footer: string, footerAttrs: Readonly<Record<string, string>> = {}): VNode[] {
  const when = r.interviewDate ? `Interview on ${r.interviewDate}: ${r.daysLeft === 0 ? 'today' : `${plural(r.daysLeft ?? 0, 'day')} left`}.` : 'No interview date set: run “Interview Coach: Set Interview Date” to plan up to it.';
  const out: VNode[] = [
    h('h1', { tabindex: '-1', id: 'title' }, 'Readiness'),
    h(
      'p',
      { class: 'summary', role: 'status', 'aria-live': 'polite', id: 'summary' },
      `${when} ${r.totals.mastered}/${r.totals.questions} quiz questions mastered; ${r.totals.practised}/${r.totals.prompts} questions practised in ${plural(r.totals.rounds, 'round')}${r.totals.averageLastScore !== undefined ? ` (average last score ${r.totals.averageLastScore})` : ''}; ${plural(r.totals.openRedFlags, 'red flag')} open in ${plural(r.totals.drafts, 'draft')}.`,
    ),
  ];

  // 1. Mastery per section.
  const masteryRows: BarRow[] = r.mastery.map((m) => ({
    label: m.title,
    segments: [
      { value: m.mastered, cls: 'c-good', name: 'mastered' },
      { value: m.due, cls: 'c-due', name: 'due' },
      { value: m.total - m.mastered - m.due, cls: 'c-rest', name: 'not yet mastered' },
    ],
    description: `${m.title}: ${m.mastered} of ${m.total} mastered, ${m.due} due, ${m.fresh} never answered. Open the section.`,
    open: { kind: 'guide', sectionId: m.sectionId },
  }));
  out.push(
    chart('mastery', 'Mastery per section', 'Quiz questions mastered, due again, and still to learn, per section of the guide.',
      horizontalBars(masteryRows, Math.max(1, ...r.mastery.map((m) => m.total)), 'Mastery per section'),
      table('Mastery per section', ['Section', 'Mastered', 'Due', 'Never answered', 'Questions'], r.mastery.map((m) => [button(m.title, { kind: 'guide', sectionId: m.sectionId }), m.mastered, m.due, m.fresh, m.total]), 'mastery-table'),
      [['c-good', 'mastered'], ['c-due', 'due'], ['c-rest', 'not yet mastered']]),
  );

  // 2. Due per day.
  const dueCols = r.due.map((d, i) => ({
    label: i === 0 ? 'today' : d.date.slice(5),
    segments: [
      { value: d.reviews, cls: 'c-review', name: 'quiz reviews' },
      { value: d.rounds, cls: 'c-round', name: 'practice rounds' },
    ],
    description: `${i === 0 ? 'Today' : d.date}: ${plural(d.reviews, 'quiz review')}, ${plural(d.rounds, 'practice round')} due.`,
  }));
  out.push(
    chart('due', r.interviewDate ? 'Due per day until the interview' : 'Due per day, next two weeks', 'Quiz reviews and practice rounds that fall due each day (anything overdue counts today).',
      columns(dueCols, 'Due per day'),
      table('Due per day', ['Day', 'Quiz reviews', 'Practice rounds'], r.due.map((d) => [d.date, d.reviews, d.rounds]), 'due-table'),
      [['c-review', 'quiz reviews'], ['c-round', 'practice rounds']]),
  );

  // 3. Practice scores over time.
  const series = r.scores.map((s) => {
    const last = s.rounds[s.rounds.length - 1];
    return {
      label: s.question,
      values: s.rounds.map((x) => x.score),
      description: last ? `${s.question}: scores ${s.rounds.map((x) => x.score).join(', ')}; last ${last.score}. Open the last round's draft.` : `${s.question}: not practised yet. Practise it now.`,
      open: last ? ({ kind: 'draft', path: last.draft } as const) : ({ kind: 'practice', promptId: s.promptId } as const),
    };
  });
  out.push(
    chart('scores', 'Practice scores over time', 'Each question\'s round scores (0–100), oldest to latest.', sparklines(series, 'Practice scores over time'),
      table('Practice scores', ['Question', 'Rounds', 'Scores, oldest first', 'Last', 'Next due'], r.scores.map((s) => [button(s.question, { kind: 'guide', sectionId: s.cite.sectionId, ...(s.cite.itemId ? { itemId: s.cite.itemId } : {}) }), s.rounds.length, s.rounds.map((x) => x.score).join(', ') || '—', s.rounds.length ? s.rounds[s.rounds.length - 1]!.score : '—', s.due ? dueText(s.due) : '—']), 'scores-table')),
  );

  // 4. Coverage by drafts.
  const secs = r.coverage.sections;
  const guideTarget = (sectionId: string | undefined, itemId: string): OpenTarget => (sectionId ? { kind: 'guide', sectionId, itemId } : { kind: 'guide', sectionId: r.mastery[0]?.sectionId ?? '' });
  const cov = [
    ...r.coverage.values.map((v) => ({ kind: 'Value', name: v.name, drafts: v.drafts, target: guideTarget(secs.values, v.id) })),
    ...r.coverage.stories.map((s) => ({ kind: 'Story', name: s.title, drafts: s.drafts, target: guideTarget(secs.stories, s.id) })),
    ...r.coverage.skills.map((s) => ({ kind: 'Skill', name: s.text, drafts: s.drafts, target: guideTarget(secs.skills, s.id) })),
  ];
  const covRows: BarRow[] = cov.map((c) => ({
    label: `${c.kind}: ${c.name}`,
    segments: [{ value: c.drafts.length, cls: c.drafts.length ? 'c-good' : 'c-rest', name: 'drafts' }],
    description: `${c.kind} ${c.name}: ${c.drafts.length ? `shown in ${plural(c.drafts.length, 'draft')}. Open ${c.drafts[0]}.` : 'no draft shows it yet. Open it in the guide.'}`,
    open: c.drafts.length ? { kind: 'draft', path: c.drafts[0]! } : c.target,
  }));
  out.push(
    chart('coverage', 'Coverage by your drafts', 'How many answer drafts show each value, tell each story and mention each required skill.',
      horizontalBars(covRows, Math.max(1, ...cov.map((c) => c.drafts.length)), 'Coverage by drafts'),
      table('Coverage by drafts', ['Item', 'Kind', 'Drafts', 'Which'], cov.map((c) => [button(c.name, c.target), c.kind, c.drafts.length, c.drafts.join(', ') || 'none yet']), 'coverage-table')),
  );

  // 5. Red flags open.
  const flagRows: BarRow[] = r.redFlags.map((d) => ({
    label: d.draft,
    segments: [{ value: d.flags.length, cls: 'c-bad', name: 'red flags' }],
    description: `${d.draft}: ${plural(d.flags.length, 'red flag')} (${[...new Set(d.flags.map((f) => f.ruleId))].join(', ')}). Open it at line ${d.flags[0]!.line}.`,
    open: { kind: 'draft', path: d.draft, line: d.flags[0]!.line },
  }));
  const flagFigure = flagRows.length ? horizontalBars(flagRows, Math.max(1, ...r.redFlags.map((d) => d.flags.length)), 'Red flags open per draft') : h('p', {}, 'No red flag open in any draft.');
  out.push(
    chart('redflags', 'Red flags still open', 'Phrasing the guide says to avoid, per draft.', flagFigure,
      table('Red flags open', ['Draft', 'Line', 'Rule', 'Message'], r.redFlags.flatMap((d) => d.flags.map((f) => [button(d.draft, { kind: 'draft', path: d.draft, line: f.line }), f.line, f.ruleId, f.message])), 'redflags-table')),
  );

  out.push(h('p', { class: 'muted footer', id: 'timing', ...footerAttrs }, footer));
  return out;
}

/** "2026-12-01 14:05": the same text wherever the view is written (the host's locale is not the page's). */
function dueText(iso: string): string {
  const d = new Date(Date.parse(iso));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
