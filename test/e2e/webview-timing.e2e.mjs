// How long the readiness dashboard takes to open, step by step, beside the quiz panel (another
// webview of ours, opened the same way) as the floor that VS Code's own webview loading sets.
// A measurement, not a test of speed: it asserts only that each panel showed its content, and
// prints the figures. Not in the default run; run it on its own:
//   node test/e2e/run.mjs --spec webview-timing          (IC_TIMING_RUNS=N opens per panel, default 5)
// With 200 recorded rounds in the store (written as another window would) and the example drafts.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { session } from './lib/session.mjs';
import { until } from './lib/workbench.mjs';

const RUNS = Number(process.env.IC_TIMING_RUNS || 5);
const PACK = 'netflix-ml-media-algorithms';

/** The extension's global storage folder under the profile (made if the extension has not yet). */
function storageDir(dir = session.profile) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory() || /^(ext|extensions|cache|tmp)$/.test(name)) continue;
    if (name === 'globalStorage') {
      const own = join(path, 'interview-coach.interview-coach');
      mkdirSync(own, { recursive: true });
      return own;
    }
    const found = storageDir(path);
    if (found) return found;
  }
  return undefined;
}

function seedRounds() {
  const dir = storageDir();
  assert.ok(dir, 'no globalStorage folder under the profile');
  const file = join(dir, 'practice-rounds.json');
  let doc;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    doc = { schema: 'interview-coach/practice-rounds', version: 1, packs: {} };
  }
  const pack = (doc.packs[PACK] ??= { rounds: {}, cards: {} });
  const prompts = ['question:why-netflix', 'question:ambiguity', 'question:disagreement', 'question:non-technical-stakeholders', 'story:risk', 'story:team', 'pitch'];
  const t0 = Date.now() - 30 * 86_400_000;
  for (let i = 0; i < 200; i++) {
    const at = t0 + i * 3 * 3_600_000;
    const promptId = prompts[i % prompts.length];
    pack.rounds[`timing-${i}`] = { id: `timing-${i}`, promptId, question: promptId, startedAt: new Date(at - 180_000).toISOString(), finishedAt: new Date(at).toISOString(), score: 40 + ((i * 7) % 60), grade: 3, targetSeconds: 120, spokenSeconds: 100, redFlags: 0, draft: 'answers/why-netflix.md' };
  }
  writeFileSync(file, JSON.stringify(doc));
}

/** Navigation, resource and paint times of the frame it runs in, as epoch ms. */
const frameTimes = () => {
  const o = performance.timeOrigin;
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const res = performance.getEntriesByType('resource');
  return {
    origin: Math.round(o),
    docReady: nav ? Math.round(o + nav.responseEnd) : undefined,
    // Where a slow page document waits: its service worker, the request sent, the first byte.
    workerStart: nav?.workerStart ? Math.round(o + nav.workerStart) : undefined,
    requestStart: nav ? Math.round(o + nav.requestStart) : undefined,
    responseStart: nav ? Math.round(o + nav.responseStart) : undefined,
    lastResource: res.length ? Math.round(o + Math.max(...res.map((r) => r.responseEnd))) : undefined,
    resources: res.length,
    fcp: fcp ? Math.round(o + fcp.startTime) : undefined,
  };
};

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

describe('webview timing: the readiness dashboard beside the quiz panel', function () {
  const wb = () => session.wb;
  const page = () => wb().page;
  const rows = { quiz: [], readiness: [] };

  /** Notes when Enter goes down in the workbench (the person's "now"). */
  const armEnter = () =>
    page().evaluate(() => {
      window.__icEnterAt = 0;
      window.addEventListener('keydown', (e) => e.key === 'Enter' && !window.__icEnterAt && (window.__icEnterAt = Date.now()), { capture: true });
    });

  before(async function () {
    seedRounds();
  });

  it(`opens the quiz panel ${RUNS} times`, async function () {
    for (let i = 0; i < RUNS; i++) {
      await wb().runCommand('View: Close All Editors');
      await wb().runCommand('Interview Coach: Start Quiz', { leavesQuickInputOpen: true });
      await wb().quickPickRow(/Whole guide/).first().waitFor();
      await armEnter();
      const pressed = Date.now();
      await wb().pick(/Whole guide/);
      await until(() => wb().webview().locator('body').evaluate((b) => b.textContent ?? '').catch(() => ''), (t) => t.trim().length > 0 && !/Loading the quiz/.test(t), { message: 'the quiz question' });
      await page().waitForTimeout(300); // the paint entry lands a frame later
      const enter = (await page().evaluate(() => window.__icEnterAt)) || pressed;
      const outer = await page().frameLocator('iframe.webview.ready:visible').locator('body').evaluate(frameTimes);
      const inner = await wb().webview().locator('body').evaluate(frameTimes);
      rows.quiz.push({ outer: outer.origin - enter, inner: inner.origin - enter, worker: inner.workerStart - enter, request: inner.requestStart - enter, firstByte: inner.responseStart - enter, page: inner.docReady - enter, assets: inner.lastResource - enter, shown: inner.fcp - enter });
    }
  });

  it(`opens the readiness dashboard ${RUNS} times, with 200 recorded rounds`, async function () {
    for (let i = 0; i < RUNS; i++) {
      await wb().runCommand('View: Close All Editors');
      await armEnter(); // the Enter that runs the command
      const pressed = Date.now();
      await wb().runCommand('Interview Coach: Show Readiness');
      const steps = await until(
        () => wb().webview().locator('#timing').getAttribute('data-steps').catch(() => null),
        Boolean,
        { message: 'the dashboard to say how long it took' },
      ).then((s) => JSON.parse(s));
      const enter = (await page().evaluate(() => window.__icEnterAt)) || pressed;
      const outer = await page().frameLocator('iframe.webview.ready:visible').locator('body').evaluate(frameTimes);
      const opening = JSON.parse(await wb().webview().locator('#timing').getAttribute('data-opening'));
      const inner = await wb().webview().locator('body').evaluate(frameTimes);
      const charts = await wb().webview().locator('section.card svg').count();
      assert.equal(charts, 5, 'the five charts are on the page');
      rows.readiness.push({
        command: opening.openedAt - enter,
        figures: steps.figures,
        scan: opening.figureSteps?.drafts ?? '—',
        html: opening.htmlAt - enter,
        outer: outer.origin - enter,
        inner: inner.origin - enter,
        worker: inner.workerStart - enter,
        request: inner.requestStart - enter,
        firstByte: inner.responseStart - enter,
        page: inner.docReady - enter,
        assets: inner.resources ? inner.lastResource - enter : '—',
        shown: opening.openedAt + steps.total - enter,
      });
    }
  });

  after(function () {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const cols = (name, keys, legend) => {
      const out = ['', `${name} (ms after Enter, ${RUNS} opens): ${legend}`, line(['run', ...keys]), line(['---', ...keys.map(() => '---:')])];
      rows[name].forEach((r, i) => out.push(line([i + 1, ...keys.map((k) => r[k])])));
      out.push(line(['median', ...keys.map((k) => median(rows[name].map((r) => r[k])))]));
      return out;
    };
    const common = 'outer = VS Code created the webview (its outer frame), inner = the frame for our page created, worker, request, firstByte = for that frame\'s document: service worker started, request sent, first byte back, page = that frame\'s document ready, assets = the last stylesheet or script the page links loaded (— none), shown = first contentful paint';
    const out = [
      ...cols('quiz', ['outer', 'inner', 'worker', 'request', 'firstByte', 'page', 'assets', 'shown'], common),
      ...cols('readiness', ['command', 'figures', 'scan', 'html', 'outer', 'inner', 'worker', 'request', 'firstByte', 'page', 'assets', 'shown'], `command = the extension's command ran, figures = ms computing them, scan = of which scanning the workspace's drafts (the first time), html = the page (figures in it) handed to VS Code, ${common}`),
    ];
    console.log(out.join('\n'));
  });
});
