import { parsePracticeHostMessage, type OpenTiming } from '../../core/practice/protocol';
import { openLinksOnClick } from '../openLinks';
import { toDom } from './dom';
import { readinessView } from './view';

/**
 * The readiness dashboard's page script. The first view comes written into the page by the host
 * (charts, tables and all), so nothing here stands between the page and the charts on screen:
 * this script turns clicks, Enter and Space on `[data-open]` into `open` messages, re-draws the
 * view from each live update the host posts (focus stays where it was), and reports how long the
 * dashboard took to open, step by step.
 */
performance.mark('script-start');
const scriptStart = performance.timeOrigin + performance.now();
declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;

openLinksOnClick((message) => vscode.postMessage(message), { keyboard: true });

const footer = (figuresMs: number, at: number) => `figures in ${figuresMs} ms · updated ${new Date(at).toLocaleTimeString()}`;

/** When the charts first reached the screen: the first contentful paint, else the frame after this script. */
function painted(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() =>
      setTimeout(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        resolve(performance.timeOrigin + (fcp ? fcp.startTime : performance.now()));
      }, 0),
    );
  });
}

/** What the host wrote into the page about its opening, read before any live update re-draws the footer. */
const opening: OpenTiming | undefined = (() => {
  try {
    const t = JSON.parse(document.getElementById('timing')?.getAttribute('data-opening') ?? 'null') as OpenTiming | null;
    return t && typeof t.openedAt === 'number' && typeof t.htmlAt === 'number' ? t : undefined;
  } catch {
    return undefined;
  }
})();
/** "Opened in …" with each step, once known; kept on the footer across live updates. */
let openedText: string | undefined;
let openedSteps: string | undefined;

function showOpening(): void {
  const el = document.getElementById('timing');
  if (!el || !openedText || !openedSteps) return;
  if (opening) el.setAttribute('data-opening', JSON.stringify(opening));
  el.setAttribute('data-steps', openedSteps);
  if (!el.textContent?.startsWith('Opened in')) el.textContent = `${openedText} · ${el.textContent ?? ''}`;
}

async function measureOpening(): Promise<void> {
  const t = opening;
  if (!t) return;
  const shown = Math.round(await painted());
  performance.mark('charts-shown');
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const frameAt = Math.round(performance.timeOrigin);
  const pageAt = nav ? Math.round(performance.timeOrigin + nav.responseEnd) : frameAt;
  const steps = {
    total: shown - t.openedAt,
    host: t.htmlAt - t.openedAt,
    figures: t.figuresMs,
    panelToFrame: frameAt - t.htmlAt,
    frameToPage: pageAt - frameAt,
    pageToScript: Math.round(scriptStart) - pageAt,
    scriptToShown: shown - Math.round(scriptStart),
  };
  openedSteps = JSON.stringify(steps);
  openedText =
    `Opened in ${steps.total} ms: ours ${steps.host} ms (figures ${steps.figures} ms, then the page written) · ` +
    `VS Code's webview ${steps.panelToFrame + steps.frameToPage} ms (frame ${steps.panelToFrame} ms, page load ${steps.frameToPage} ms) · ` +
    `page parsed ${steps.pageToScript} ms · on screen ${steps.scriptToShown} ms`;
  showOpening();
}

window.addEventListener('message', (event: MessageEvent) => {
  const m = parsePracticeHostMessage(event.data);
  if (!m) return;
  const focusedId = document.activeElement?.closest('[id]')?.id;
  const focusedIndex = document.activeElement?.getAttribute('data-index');
  const views = readinessView(m.readiness, footer(m.ms, Date.now()));
  app.replaceChildren(...views.map((v) => toDom(v)));
  // Keep focus where it was across a live update.
  if (focusedId) {
    const host = document.getElementById(focusedId);
    const again = focusedIndex !== null && focusedIndex !== undefined ? host?.querySelector<HTMLElement | SVGGElement>(`[data-index="${focusedIndex}"]`) : host;
    (again as HTMLElement | null)?.focus?.();
  }
  showOpening();
});
void measureOpening();
