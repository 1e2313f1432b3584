import { parsePracticeHostMessage, type OpenTarget } from '../../core/practice/protocol';
import type { Readiness } from '../../core/practice/readiness';
import { columns, horizontalBars, sparklines, type BarRow } from './svg';

/**
 * The readiness dashboard: five charts drawn as SVG from the host's figures, each followed by a
 * data table of the same figures for screen readers (and anyone who prefers numbers). Every bar
 * is a button (Tab, Enter) that opens its section, question or draft. Re-drawn whenever the host
 * posts new figures; focus stays where it was.
 */
declare function acquireVsCodeApi(): { postMessage(message: unknown): void; setState(s: unknown): void };
const scriptStart = performance.now();
const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;

const open = (target: OpenTarget) => () => vscode.postMessage({ type: 'open', target });

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

function button(text: string, target: OpenTarget): HTMLButtonElement {
  const b = el('button', { class: 'link' }, text);
  b.addEventListener('click', open(target));
  return b;
}

/** A data table: a header row and rows of cells (a cell may be a node, e.g. a link button). */
function table(caption: string, head: readonly string[], rows: readonly (readonly (string | number | Node)[])[], id: string): HTMLElement {
  const t = el('table', { class: 'data', id });
  t.append(el('caption', {}, caption));
  t.append(el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))));
  const body = el('tbody');
  for (const r of rows) body.append(el('tr', {}, ...r.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, typeof c === 'object' ? c : String(c)) : el('td', typeof c === 'number' ? { class: 'num' } : {}, typeof c === 'object' ? c : String(c))))));
  t.append(body);
  const d = el('details', { class: 'table-toggle' }, el('summary', {}, `Table: ${caption}`), t);
  return d;
}

function chart(id: string, title: string, description: string, figure: Node, data: HTMLElement, legend: readonly [string, string][] = []): HTMLElement {
  const section = el('section', { class: 'card', id, 'aria-labelledby': `${id}-title` });
  section.append(el('h2', { id: `${id}-title` }, title), el('p', { class: 'muted' }, description));
  if (legend.length) section.append(el('ul', { class: 'legend', 'aria-hidden': 'true' }, ...legend.map(([cls, name]) => el('li', {}, el('span', { class: `swatch ${cls}` }), name))));
  section.append(el('figure', {}, figure), data);
  return section;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function render(r: Readiness, openedAt: number | undefined, figuresMs: number): void {
  const focusedId = document.activeElement?.closest('[id]')?.id;
  const focusedIndex = document.activeElement?.getAttribute('data-index');
  app.replaceChildren();

  const when = r.interviewDate ? `Interview on ${r.interviewDate}: ${r.daysLeft === 0 ? 'today' : `${plural(r.daysLeft ?? 0, 'day')} left`}.` : 'No interview date set: run “Interview Coach: Set Interview Date” to plan up to it.';
  app.append(
    el('h1', { tabindex: '-1', id: 'title' }, 'Readiness'),
    el('p', { class: 'summary', role: 'status', 'aria-live': 'polite', id: 'summary' },
      `${when} ${r.totals.mastered}/${r.totals.questions} quiz questions mastered; ${r.totals.practised}/${r.totals.prompts} questions practised in ${plural(r.totals.rounds, 'round')}${r.totals.averageLastScore !== undefined ? ` (average last score ${r.totals.averageLastScore})` : ''}; ${plural(r.totals.openRedFlags, 'red flag')} open in ${plural(r.totals.drafts, 'draft')}.`),
  );

  // 1. Mastery per section.
  const masteryRows: BarRow[] = r.mastery.map((m) => ({
    label: m.title,
    segments: [
      { value: m.mastered, cls: 'c-good', name: 'mastered' },
      { value: m.due, cls: 'c-due', name: 'due' },
      { value: m.total - m.mastered - m.due, cls: 'c-rest', name: 'not yet mastered' },
    ],
    description: `${m.title}: ${m.mastered} of ${m.total} mastered, ${m.due} due, ${m.fresh} never answered. Open the section.`,
    activate: open({ kind: 'guide', sectionId: m.sectionId }),
  }));
  app.append(
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
  app.append(
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
      description: s.rounds.length ? `${s.question}: scores ${s.rounds.map((x) => x.score).join(', ')}; last ${last!.score}. Open the last round's draft.` : `${s.question}: not practised yet. Practise it now.`,
      activate: last ? open({ kind: 'draft', path: last.draft }) : open({ kind: 'practice', promptId: s.promptId }),
    };
  });
  app.append(
    chart('scores', 'Practice scores over time', 'Each question\'s round scores (0–100), oldest to latest.', sparklines(series, 'Practice scores over time'),
      table('Practice scores', ['Question', 'Rounds', 'Scores, oldest first', 'Last', 'Next due'], r.scores.map((s) => [button(s.question, { kind: 'guide', sectionId: s.cite.sectionId, ...(s.cite.itemId ? { itemId: s.cite.itemId } : {}) }), s.rounds.length, s.rounds.map((x) => x.score).join(', ') || '—', s.rounds.length ? s.rounds[s.rounds.length - 1]!.score : '—', s.due ? new Date(s.due).toLocaleString() : '—']), 'scores-table')),
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
    activate: c.drafts.length ? open({ kind: 'draft', path: c.drafts[0]! }) : open(c.target),
  }));
  app.append(
    chart('coverage', 'Coverage by your drafts', 'How many answer drafts show each value, tell each story and mention each required skill.',
      horizontalBars(covRows, Math.max(1, ...cov.map((c) => c.drafts.length)), 'Coverage by drafts'),
      table('Coverage by drafts', ['Item', 'Kind', 'Drafts', 'Which'], cov.map((c) => [button(c.name, c.target), c.kind, c.drafts.length, c.drafts.join(', ') || 'none yet']), 'coverage-table')),
  );

  // 5. Red flags open.
  const flagRows: BarRow[] = r.redFlags.map((d) => ({
    label: d.draft,
    segments: [{ value: d.flags.length, cls: 'c-bad', name: 'red flags' }],
    description: `${d.draft}: ${plural(d.flags.length, 'red flag')} (${[...new Set(d.flags.map((f) => f.ruleId))].join(', ')}). Open it at line ${d.flags[0]!.line}.`,
    activate: open({ kind: 'draft', path: d.draft, line: d.flags[0]!.line }),
  }));
  const flagFigure = flagRows.length ? horizontalBars(flagRows, Math.max(1, ...r.redFlags.map((d) => d.flags.length)), 'Red flags open per draft') : el('p', {}, 'No red flag open in any draft.');
  app.append(
    chart('redflags', 'Red flags still open', 'Phrasing the guide says to avoid, per draft.', flagFigure,
      table('Red flags open', ['Draft', 'Line', 'Rule', 'Message'], r.redFlags.flatMap((d) => d.flags.map((f) => [button(d.draft, { kind: 'draft', path: d.draft, line: f.line }), f.line, f.ruleId, f.message])), 'redflags-table')),
  );

  const rendered = Date.now();
  if (openedAt) {
    openedMs = Math.max(0, rendered - openedAt);
    // What this extension controls: from its script starting to the charts drawn (the figures' round trip included).
    ownMs = Math.max(0, Math.round(performance.now() - scriptStart));
  }
  app.append(el('p', { class: 'muted footer', id: 'timing' }, `${openedMs !== undefined ? `Opened in ${openedMs} ms (script to charts: ${ownMs} ms, figures ${firstFiguresMs} ms; page load ${Math.round(scriptStart)} ms) · ` : ''}figures in ${figuresMs} ms · updated ${new Date(rendered).toLocaleTimeString()}`));

  // Keep focus where it was across a live update.
  if (focusedId) {
    const host = document.getElementById(focusedId);
    const again = focusedIndex !== null && focusedIndex !== undefined ? host?.querySelector<SVGGElement | HTMLElement>(`[data-index="${focusedIndex}"]`) : host;
    (again as HTMLElement | null)?.focus?.();
  }
}

let first = true;
/** How long the dashboard took from the command to its first drawing (kept across live updates). */
let openedMs: number | undefined;
/** Of which: from this script starting to its charts drawn (before it, VS Code creates and loads the webview). */
let ownMs: number | undefined;
let firstFiguresMs: number | undefined;
window.addEventListener('message', (event: MessageEvent) => {
  const m = parsePracticeHostMessage(event.data);
  if (!m) return;
  if (first) {
    firstFiguresMs = m.ms;
  }
  render(m.readiness, first ? m.openedAt : undefined, m.ms);
  first = false;
});
vscode.postMessage({ type: 'ready' });
