/**
 * A few SVG chart shapes, drawn with the DOM (never from strings parsed as HTML), so they run
 * under the webview's strict CSP. Colours are CSS classes whose rules read VS Code's theme
 * variables (`--vscode-charts-*`), so a theme change repaints them without a redraw.
 */
const NS = 'http://www.w3.org/2000/svg';

export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

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
  /** Clicking (or Enter / Space on) the bar. */
  readonly activate?: () => void;
}

/** Makes an SVG group act as a button: focusable, Enter and Space activate it. */
function asButton(g: SVGGElement, label: string, activate: (() => void) | undefined): void {
  g.setAttribute('aria-label', label);
  g.appendChild(svgEl('title', {}, label));
  if (!activate) {
    g.setAttribute('role', 'img');
    return;
  }
  g.setAttribute('role', 'button');
  g.setAttribute('tabindex', '0');
  g.classList.add('clickable');
  g.addEventListener('click', activate);
  g.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate();
    }
  });
}

const WIDTH = 640;
const LABEL_W = 230;
const ROW_H = 26;

/** Horizontal stacked bars, one row each, scaled to `max`. */
export function horizontalBars(rows: readonly BarRow[], max: number, title: string): SVGSVGElement {
  const height = rows.length * ROW_H + 8;
  const svg = svgEl('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart hbars', role: 'group', 'aria-label': title, preserveAspectRatio: 'xMinYMin meet' });
  const plot = WIDTH - LABEL_W - 50;
  rows.forEach((row, i) => {
    const y = 4 + i * ROW_H;
    const g = svgEl('g', { class: 'bar-row', 'data-index': i });
    g.appendChild(svgEl('text', { x: LABEL_W - 8, y: y + ROW_H / 2 + 4, class: 'axis-label', 'text-anchor': 'end' }, truncate(row.label, 34)));
    g.appendChild(svgEl('rect', { x: LABEL_W, y: y + 3, width: plot, height: ROW_H - 8, class: 'track' }));
    let x = LABEL_W;
    let total = 0;
    for (const s of row.segments) {
      const w = max > 0 ? (s.value / max) * plot : 0;
      if (w > 0) g.appendChild(svgEl('rect', { x, y: y + 3, width: w, height: ROW_H - 8, class: `seg ${s.cls}`, 'data-value': s.value, 'data-name': s.name }));
      x += w;
      total += s.value;
    }
    g.appendChild(svgEl('text', { x: x + 6, y: y + ROW_H / 2 + 4, class: 'value-label' }, String(total)));
    asButton(g, row.description, row.activate);
    svg.appendChild(g);
  });
  return svg;
}

export interface Column {
  readonly label: string;
  readonly segments: readonly Segment[];
  readonly description: string;
  readonly activate?: () => void;
}

/** Vertical stacked columns (days), with a light axis and every few labels. */
export function columns(cols: readonly Column[], title: string): SVGSVGElement {
  const height = 180;
  const base = height - 28;
  const max = Math.max(1, ...cols.map((c) => c.segments.reduce((n, s) => n + s.value, 0)));
  const svg = svgEl('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart columns', role: 'group', 'aria-label': title, preserveAspectRatio: 'xMinYMin meet' });
  const left = 36;
  const step = (WIDTH - left - 8) / Math.max(1, cols.length);
  const bw = Math.max(3, Math.min(28, step * 0.7));
  svg.appendChild(svgEl('line', { x1: left, x2: WIDTH - 4, y1: base, y2: base, class: 'axis' }));
  svg.appendChild(svgEl('text', { x: left - 6, y: 14, class: 'axis-label', 'text-anchor': 'end' }, String(max)));
  svg.appendChild(svgEl('text', { x: left - 6, y: base, class: 'axis-label', 'text-anchor': 'end' }, '0'));
  const every = Math.ceil(cols.length / 10);
  cols.forEach((c, i) => {
    const x = left + i * step + (step - bw) / 2;
    const g = svgEl('g', { class: 'col', 'data-index': i });
    let y = base;
    for (const s of c.segments) {
      const h = (s.value / max) * (base - 10);
      if (h > 0) {
        y -= h;
        g.appendChild(svgEl('rect', { x, y, width: bw, height: h, class: `seg ${s.cls}`, 'data-value': s.value, 'data-name': s.name }));
      }
    }
    // A transparent target the full height, so an empty day can still be focused and read.
    g.insertBefore(svgEl('rect', { x, y: 10, width: bw, height: base - 10, class: 'hit' }), g.firstChild);
    if (i % every === 0) g.appendChild(svgEl('text', { x: x + bw / 2, y: base + 16, class: 'axis-label', 'text-anchor': 'middle' }, c.label));
    asButton(g, c.description, c.activate);
    svg.appendChild(g);
  });
  return svg;
}

export interface Series {
  readonly label: string;
  /** 0–100, oldest first. */
  readonly values: readonly number[];
  readonly description: string;
  readonly activate?: () => void;
}

/** One small line per series (practice scores over time), on a shared 0–100 scale. */
export function sparklines(series: readonly Series[], title: string): SVGSVGElement {
  const rowH = 34;
  const height = series.length * rowH + 8;
  const svg = svgEl('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart sparklines', role: 'group', 'aria-label': title, preserveAspectRatio: 'xMinYMin meet' });
  const plotW = WIDTH - LABEL_W - 60;
  series.forEach((s, i) => {
    const top = 4 + i * rowH;
    const g = svgEl('g', { class: 'spark', 'data-index': i });
    g.appendChild(svgEl('text', { x: LABEL_W - 8, y: top + rowH / 2 + 4, class: 'axis-label', 'text-anchor': 'end' }, truncate(s.label, 34)));
    g.appendChild(svgEl('rect', { x: LABEL_W, y: top + 2, width: plotW, height: rowH - 6, class: 'track' }));
    const n = s.values.length;
    const px = (k: number) => LABEL_W + 6 + (n <= 1 ? plotW / 2 : (k / (n - 1)) * (plotW - 12));
    const py = (v: number) => top + 4 + (1 - v / 100) * (rowH - 10);
    if (n > 1) g.appendChild(svgEl('polyline', { points: s.values.map((v, k) => `${px(k)},${py(v)}`).join(' '), class: 'line' }));
    s.values.forEach((v, k) => g.appendChild(svgEl('circle', { cx: px(k), cy: py(v), r: 3, class: 'dot', 'data-value': v })));
    g.appendChild(svgEl('text', { x: LABEL_W + plotW + 8, y: top + rowH / 2 + 4, class: 'value-label' }, n ? String(s.values[n - 1]) : '—'));
    asButton(g, s.description, s.activate);
    svg.appendChild(g);
  });
  return svg;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
