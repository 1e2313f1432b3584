import type { OpenTarget } from '../../core/practice/protocol';
import { h, type VNode } from './vnode';

/**
 * A few SVG chart shapes, as views (`vnode.ts`): the host writes them into the page, the page's
 * script re-draws them on live updates, and neither parses strings as HTML, so they run under
 * the webview's strict CSP. Colours are CSS classes whose rules read VS Code's theme variables
 * (`--vscode-charts-*`), so a theme change repaints them without a redraw. A bar that opens
 * something carries its target in `data-open`; the page's script turns a click, Enter or Space
 * on it into an `open` message.
 */

export interface Segment {
  readonly value: number;
  /** CSS class: its fill comes from the theme. */
  readonly cls: string;
  readonly name: string;
}

export interface BarRow {
  readonly label: string;
  readonly segments: readonly Segment[];
  /** What the bar says to a screen reader and in its tooltip. */
  readonly description: string;
  /** What clicking (or Enter / Space on) the bar opens. */
  readonly open?: OpenTarget;
}

/** An SVG group that acts as a button when it opens something: focusable, labelled, with a tooltip. */
function group(attrs: Record<string, string | number>, label: string, open: OpenTarget | undefined, children: VNode[]): VNode {
  const role = open ? { role: 'button', tabindex: 0, 'data-open': JSON.stringify(open), class: `${attrs['class']} clickable` } : { role: 'img' };
  return h('g', { ...attrs, ...role, 'aria-label': label }, h('title', {}, label), ...children);
}

const WIDTH = 640;
const LABEL_W = 230;
const ROW_H = 26;

/** Horizontal stacked bars, one row each, scaled to `max`. */
export function horizontalBars(rows: readonly BarRow[], max: number, title: string): VNode {
  const height = rows.length * ROW_H + 8;
  const plot = WIDTH - LABEL_W - 50;
  const groups = rows.map((row, i) => {
    const y = 4 + i * ROW_H;
    const parts: VNode[] = [
      h('text', { x: LABEL_W - 8, y: y + ROW_H / 2 + 4, class: 'axis-label', 'text-anchor': 'end' }, truncate(row.label, 34)),
      h('rect', { x: LABEL_W, y: y + 3, width: plot, height: ROW_H - 8, class: 'track' }),
    ];
    let x = LABEL_W;
    let total = 0;
    for (const s of row.segments) {
      const w = max > 0 ? (s.value / max) * plot : 0;
      if (w > 0) parts.push(h('rect', { x: round(x), y: y + 3, width: round(w), height: ROW_H - 8, class: `seg ${s.cls}`, 'data-value': s.value, 'data-name': s.name }));
      x += w;
      total += s.value;
    }
    parts.push(h('text', { x: round(x + 6), y: y + ROW_H / 2 + 4, class: 'value-label' }, String(total)));
    return group({ class: 'bar-row', 'data-index': i }, row.description, row.open, parts);
  });
  return h('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart hbars', role: 'group', 'aria-label': title, preserveAspectRatio: 'xMinYMin meet' }, ...groups);
}

export interface Column {
  readonly label: string;
  readonly segments: readonly Segment[];
  readonly description: string;
  readonly open?: OpenTarget;
}

/** Vertical stacked columns (days), with a light axis and every few labels. */
export function columns(cols: readonly Column[], title: string): VNode {
  const height = 180;
  const base = height - 28;
  const max = Math.max(1, ...cols.map((c) => c.segments.reduce((n, s) => n + s.value, 0)));
  const left = 36;
  const step = (WIDTH - left - 8) / Math.max(1, cols.length);
  const bw = Math.max(3, Math.min(28, step * 0.7));
  const every = Math.ceil(cols.length / 10);
  const groups = cols.map((c, i) => {
    const x = round(left + i * step + (step - bw) / 2);
    // A transparent target the full height, so an empty day can still be focused and read.
    const parts: VNode[] = [h('rect', { x, y: 10, width: round(bw), height: base - 10, class: 'hit' })];
    let y = base;
    for (const s of c.segments) {
      const sh = (s.value / max) * (base - 10);
      if (sh > 0) {
        y -= sh;
        parts.push(h('rect', { x, y: round(y), width: round(bw), height: round(sh), class: `seg ${s.cls}`, 'data-value': s.value, 'data-name': s.name }));
      }
    }
    if (i % every === 0) parts.push(h('text', { x: round(x + bw / 2), y: base + 16, class: 'axis-label', 'text-anchor': 'middle' }, c.label));
    return group({ class: 'col', 'data-index': i }, c.description, c.open, parts);
  });
  return h(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart columns', role: 'group', 'aria-label': title, preserveAspectRatio: 'xMinYMin meet' },
    h('line', { x1: left, x2: WIDTH - 4, y1: base, y2: base, class: 'axis' }),
    h('text', { x: left - 6, y: 14, class: 'axis-label', 'text-anchor': 'end' }, String(max)),
    h('text', { x: left - 6, y: base, class: 'axis-label', 'text-anchor': 'end' }, '0'),
    ...groups,
  );
}

export interface Series {
  readonly label: string;
  /** 0–100, oldest first. */
  readonly values: readonly number[];
  readonly description: string;
  readonly open?: OpenTarget;
}

/** One small line per series (practice scores over time), on a shared 0–100 scale. */
export function sparklines(series: readonly Series[], title: string): VNode {
  const rowH = 34;
  const height = series.length * rowH + 8;
  const plotW = WIDTH - LABEL_W - 60;
  const groups = series.map((s, i) => {
    const top = 4 + i * rowH;
    const n = s.values.length;
    const px = (k: number) => round(LABEL_W + 6 + (n <= 1 ? plotW / 2 : (k / (n - 1)) * (plotW - 12)));
    const py = (v: number) => round(top + 4 + (1 - v / 100) * (rowH - 10));
    return group({ class: 'spark', 'data-index': i }, s.description, s.open, [
      h('text', { x: LABEL_W - 8, y: top + rowH / 2 + 4, class: 'axis-label', 'text-anchor': 'end' }, truncate(s.label, 34)),
      h('rect', { x: LABEL_W, y: top + 2, width: plotW, height: rowH - 6, class: 'track' }),
      ...(n > 1 ? [h('polyline', { points: s.values.map((v, k) => `${px(k)},${py(v)}`).join(' '), class: 'line' })] : []),
      ...s.values.map((v, k) => h('circle', { cx: px(k), cy: py(v), r: 3, class: 'dot', 'data-value': v })),
      h('text', { x: LABEL_W + plotW + 8, y: top + rowH / 2 + 4, class: 'value-label' }, n ? String(s.values[n - 1]) : '—'),
    ]);
  });
  return h('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart sparklines', role: 'group', 'aria-label': title, preserveAspectRatio: 'xMinYMin meet' }, ...groups);
}

/** Coordinates to a tenth of a unit: the page stays small and reads the same either way. */
const round = (v: number): number => Math.round(v * 10) / 10;

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
