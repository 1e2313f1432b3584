// Practice rounds and the readiness dashboard, as a person uses them: F1 → "Interview Coach:
// Practice a Question", Enter on the most needed question, a countdown in the status bar, an
// answer typed with a red flag, one click on Finish, the score with the flagged line, the
// question due again; then "Show Readiness" in a dark, a light and a high-contrast theme, its
// tables holding the same figures as its charts, opened with 200 recorded rounds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { session } from './lib/session.mjs';
import { settled, until } from './lib/workbench.mjs';

const QUESTION = 'Why Netflix?'; // the first likely question: never practised, so the most needed
const QUESTION_ROW = /Why Netflix\?$/;
const RED_FLAG = 'I am looking for work-life balance and a stable team.';

/** The file under the profile the extension records rounds in (its global storage). */
function roundsFile(dir = session.profile) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'practice-rounds.json') return path;
    if (statSync(path).isDirectory() && !/^(ext|cache|tmp)$/.test(name)) {
      const found = roundsFile(path);
      if (found) return found;
    }
  }
  return undefined;
}

describe('practice rounds and readiness', function () {
  const wb = () => session.wb;
  const page = () => wb().page;
  const view = () => wb().webview();
  const clock = () => page().locator('.statusbar-item[id$="interviewCoach.practice.clock"]');
  let flaggedLine;
  let score;

  it('F1 → Practice a Question offers the most needed question first; Enter opens a practice draft and starts the countdown', async function () {
    await wb().runCommand('Interview Coach: Practice a Question', { leavesQuickInputOpen: true });
    // Where the row sorts depends on whether its minute has passed ("due in 1 min" comes after the
    // questions never practised, "due now" first), and a row below the list's fold is hidden: the
    // filter brings it to the top, as a person typing its words would.
    await wb().filterQuickInput('Why Netflix');
    await wb().quickPickRow(QUESTION_ROW).first().waitFor();
    const rows = await wb().quickPickRows();
    assert.match(rows[0].label, QUESTION_ROW, `the most needed question comes first: ${JSON.stringify(rows.slice(0, 3))}`);
    assert.match(rows[0].description, /^Most needed: never practised/);
    await page().keyboard.press('Enter');
    await wb().quickInput().waitFor({ state: 'hidden' });
    await page().locator('.tabs-container .tab.active', { hasText: /^why-netflix-\d{8}-\d{4}\.md/ }).waitFor();
    await until(() => clock().textContent(), (t) => /Outline \d:\d\d/.test(t ?? ''), { message: 'the outline countdown in the status bar' });
  });

  it('pauses and resumes with one click on the countdown', async function () {
    await clock().click();
    const paused = await until(() => clock().textContent(), (t) => /\(paused\)/.test(t ?? ''), { message: 'the countdown to pause' });
    await page().waitForTimeout(1500);
    assert.equal(await clock().textContent(), paused, 'a paused countdown stands still');
    await clock().click();
    await until(() => clock().textContent(), (t) => !/\(paused\)/.test(t ?? ''), { message: 'the countdown to resume' });
  });

  it('the countdown survives a window reload, where it was', async function () {
    const before = await clock().textContent();
    await wb().reloadWindow();
    const after = await until(() => clock().textContent().catch(() => ''), (t) => /(Outline|Answer|Over time) \d:\d\d/.test(t ?? ''), { message: 'the countdown after the reload' });
    const seconds = (t) => { const m = /(\d+):(\d\d)/.exec(t); return Number(m[1]) * 60 + Number(m[2]); };
    assert.ok(/Outline/.test(before) && (!/Outline/.test(after) || seconds(after) < seconds(before)), `it carried on from "${before}": "${after}"`);
    await page().locator('.tabs-container .tab.active', { hasText: /^why-netflix-\d{8}-\d{4}\.md/ }).waitFor();
  });

  it('types an answer with a red flag, finishes with one click, and shows the score and the flagged line', async function () {
    // Back to the draft (the clicks went to the status bar): its cursor is where the answer goes.
    await wb().runCommand('View: Focus First Editor Group');
    await page().keyboard.type(`I want to build recommendation systems for creative teams. ${RED_FLAG}`, { delay: 2 });
    const lines = await settled(() => wb().editorLines(), (l) => Object.values(l).some((t) => t.includes(RED_FLAG)));
    flaggedLine = Number(Object.entries(lines).find(([, t]) => t.includes(RED_FLAG))[0]);
    await page().locator('.statusbar-item[id$="interviewCoach.practice.finish"]').click();
    const results = await until(
      () => view().locator('body').evaluate((b) => ({
        score: b.querySelector('#score')?.textContent ?? '',
        due: b.querySelector('.due')?.textContent ?? '',
        fixes: [...b.querySelectorAll('.fix')].map((f) => ({ kind: f.className, rule: f.getAttribute('data-rule'), line: Number(f.getAttribute('data-line')), text: f.textContent.replace(/\s+/g, ' ').trim() })),
        checks: [...b.querySelectorAll('.checks tbody tr')].map((r) => r.textContent),
      })).catch(() => ({ score: '' })),
      (r) => /Score \d+ \/ 100/.test(r.score),
      { message: 'the results page' },
    );
    score = Number(/Score (\d+)/.exec(results.score)[1]);
    assert.match(results.score, /Again/, 'a red flag makes the round an Again');
    const flag = results.fixes.find((f) => f.rule === 'work-life-balance');
    assert.ok(flag, `the red flag is listed: ${JSON.stringify(results.fixes)}`);
    assert.match(flag.kind, /fix-red-flag/);
    assert.equal(flag.line, flaggedLine, 'the fix points at the line with the red flag');
    assert.match(flag.text, new RegExp(`^Line ${flaggedLine} Red flag`));
    assert.match(flag.text, /The guide:/);
    assert.equal(results.due, 'in 1 min', 'an Again round comes back within minutes');
    assert.equal(await clock().count(), 0, 'the countdown is gone');
    const region = await wb().region(page().locator('iframe.webview.ready:visible'));
    await wb().screenshot('practice-results', { clip: region, doc: 'practice-results.webp', walkthrough: true });

    // "Line N" opens the draft at that line.
    await view().locator('.fix-red-flag button.link', { hasText: `Line ${flaggedLine}` }).first().click();
    await page().locator(`.statusbar-item[id="status.editor.selection"]`, { hasText: `Ln ${flaggedLine},` }).waitFor();
  });

  it('the results page comes back after a window reload', async function () {
    await wb().reloadWindow();
    const back = await until(
      () => view().locator('body').evaluate((b) => ({ score: b.querySelector('#score')?.textContent ?? '', lines: [...b.querySelectorAll('.fix-red-flag')].map((f) => Number(f.getAttribute('data-line'))) })).catch(() => ({ score: '' })),
      (r) => /Score \d+ \/ 100/.test(r.score),
      { message: 'the results page after the reload', timeout: 60_000 },
    );
    assert.equal(Number(/Score (\d+)/.exec(back.score)[1]), score);
    assert.ok(back.lines.includes(flaggedLine), `the red flag's line is still listed: ${JSON.stringify(back.lines)}`);
  });

  it('finds the question due again: the quick pick says when, with its last score', async function () {
    await wb().runCommand('Interview Coach: Practice a Question', { leavesQuickInputOpen: true });
    // Where the row sorts depends on whether its minute has passed ("due in 1 min" comes after the
    // questions never practised, "due now" first), and a row below the list's fold is hidden: the
    // filter brings it to the top, as a person typing its words would.
    await wb().filterQuickInput('Why Netflix');
    await wb().quickPickRow(QUESTION_ROW).first().waitFor();
    const row = (await wb().quickPickRows()).find((r) => QUESTION_ROW.test(r.label));
    assert.match(row.description, new RegExp(`last score ${score} · due (now|in 1 min)`), JSON.stringify(row));
    await page().keyboard.press('Escape');
    await wb().quickInput().waitFor({ state: 'hidden' });
  });

  /** What the dashboard shows: every table's cells, and the figures drawn in each chart. */
  async function dashboard() {
    return view()
      .locator('body')
      .evaluate((b) => {
        const table = (id) => [...b.querySelectorAll(`#${id} tbody tr`)].map((r) => [...r.children].map((c) => c.textContent.trim()));
        const bars = (id) => [...b.querySelectorAll(`#${id} svg g[data-index]`)].map((g) => Object.fromEntries([...g.querySelectorAll('[data-name]')].map((s) => [s.getAttribute('data-name'), Number(s.getAttribute('data-value'))])));
        return {
          theme: b.className,
          timing: b.querySelector('#timing')?.textContent ?? '',
          steps: JSON.parse(b.querySelector('#timing')?.getAttribute('data-steps') ?? 'null'),
          summary: b.querySelector('#summary')?.textContent ?? '',
          mastery: table('mastery-table'),
          masteryBars: bars('mastery'),
          due: table('due-table'),
          dueBars: bars('due'),
          scores: table('scores-table'),
          scoreDots: [...b.querySelectorAll('#scores svg g[data-index]')].map((g) => [...g.querySelectorAll('circle')].map((c) => Number(c.getAttribute('data-value')))),
          flags: table('redflags-table'),
          focusable: b.querySelectorAll('svg [role=button][tabindex="0"]').length,
          charts: b.querySelectorAll('section.card svg').length,
        };
      });
  }

  it('Show Readiness opens with 200 recorded rounds, says how fast, and its tables hold the figures its charts draw', async function () {
    // 199 more rounds from "another window", as the rounds file merges them.
    const file = roundsFile();
    assert.ok(file, 'the extension recorded the round in its global storage');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    const pack = doc.packs['netflix-ml-media-algorithms'];
    const prompts = ['question:ambiguity', 'question:disagreement', 'question:non-technical-stakeholders', 'story:risk', 'story:team', 'pitch'];
    const t0 = Date.now() - 30 * 86_400_000;
    for (let i = 0; i < 199; i++) {
      const at = t0 + i * 3 * 3_600_000;
      pack.rounds[`seed-${i}`] = { id: `seed-${i}`, promptId: prompts[i % prompts.length], question: prompts[i % prompts.length], startedAt: new Date(at - 180_000).toISOString(), finishedAt: new Date(at).toISOString(), score: 40 + ((i * 7) % 60), grade: 3, targetSeconds: 120, spokenSeconds: 100, redFlags: 0, draft: 'answers/why-netflix.md' };
    }
    // Their prompts come due over the next days (reviewed before this window's round, so that one's card stays).
    prompts.forEach((id, k) => {
      const reviewed = new Date(Date.now() - 86_400_000).toISOString();
      pack.cards[id] = { due: new Date(Date.now() + (k + 1) * 86_400_000).toISOString(), stability: k + 2, difficulty: 5, state: 'Review', reps: 3, lapses: 0, learningSteps: 0, scheduledDays: k + 1, lastReview: reviewed, lastGrade: 3, lastCorrect: true };
    });
    writeFileSync(file, JSON.stringify(doc));

    // An interview ten days out: the due chart runs up to it.
    const day = new Date(Date.now() + 10 * 86_400_000);
    const interview = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    await wb().runCommand('Interview Coach: Set Interview Date', { leavesQuickInputOpen: true });
    await wb().quickInput().locator('input').fill(interview);
    await page().keyboard.press('Enter');
    await wb().quickInput().waitFor({ state: 'hidden' });

    // The date's confirmation toast: gone before the screenshots.
    await page().locator('.notification-toast', { hasText: '10 days left' }).waitFor();
    await wb().runCommand('Notifications: Clear All Notifications');
    await wb().runCommand('View: Close All Editors');
    await wb().runCommand('Interview Coach: Show Readiness');
    await page().locator('.tabs-container .tab.active', { hasText: 'Readiness' }).waitFor();
    const d = await until(dashboard, (x) => /Opened in \d+ ms/.test(x.timing), { message: 'the dashboard to draw' });
    console.log(`      readiness dashboard with 200 recorded rounds: ${d.timing}`);
    // The part the extension controls: from the command to the page (figures included) handed to
    // VS Code; the rest is VS Code loading the webview. docs/readiness.md has the measurements and
    // test/e2e/webview-timing.e2e.mjs repeats them; the bound here only catches a gross regression
    // without failing on a loaded machine.
    assert.ok(d.steps && d.steps.host < 1500, `command to page in ${d.steps?.host} ms`);
    assert.equal(d.charts, 5);
    assert.ok(d.focusable > 10, 'every bar is reachable with Tab');
    assert.match(d.summary, /in 200 rounds/);
    assert.match(d.summary, new RegExp(`Interview on ${interview}: 10 days left`));
    assert.equal(d.due.length, 11, 'today and each day up to the interview');

    // The tables read the same figures as the charts.
    assert.equal(d.mastery.length, d.masteryBars.length);
    d.mastery.forEach((row, i) => {
      assert.equal(Number(row[1]), d.masteryBars[i].mastered ?? 0, `mastered, ${row[0]}`);
      assert.equal(Number(row[2]), d.masteryBars[i].due ?? 0, `due, ${row[0]}`);
    });
    d.due.forEach((row, i) => {
      assert.equal(Number(row[1]), d.dueBars[i]['quiz reviews'] ?? 0);
      assert.equal(Number(row[2]), d.dueBars[i]['practice rounds'] ?? 0);
    });
    assert.ok(Number(d.due[0][2]) >= 1, 'the question practised is due today');
    assert.deepEqual(d.due.slice(1, 7).map((row) => Number(row[2])), [1, 1, 1, 1, 1, 1], 'the other questions, one a day');
    const why = d.scores.findIndex((r) => r[0] === QUESTION);
    assert.equal(d.scores[why][1], '1');
    assert.equal(d.scores[why][3], String(score), 'the last score is the round\'s');
    d.scores.forEach((row, i) => assert.equal(row[2], d.scoreDots[i].join(', ') || '—', `scores, ${row[0]}`));
    assert.ok(d.flags.some((r) => /practice\/why-netflix-\d{8}-\d{4}\.md$/.test(r[0]) && Number(r[1]) === flaggedLine && r[2] === 'work-life-balance'), JSON.stringify(d.flags));

    const region = await wb().region(page().locator('iframe.webview.ready:visible'), undefined, { maxHeight: 860, maxWidth: 1100 });
    await wb().screenshot('readiness-dark', { clip: region, doc: 'readiness-dark.png' });
  });

  it('follows a light and a high-contrast theme, its colours from the theme', async function () {
    const fill = () => view().locator('#mastery .seg').first().evaluate((el) => getComputedStyle(el).fill);
    const dark = await fill();
    await wb().setColorTheme('Light Modern', 'vs');
    await until(dashboard, (x) => /vscode-light/.test(x.theme), { message: 'the light theme' });
    const light = await fill();
    await view().locator('#scores').evaluate((el) => el.scrollIntoView());
    let region = await wb().region(page().locator('iframe.webview.ready:visible'), undefined, { maxHeight: 860, maxWidth: 1100 });
    await wb().screenshot('readiness-light', { clip: region, doc: 'readiness-light.png' });
    await view().locator('#title').evaluate((el) => el.scrollIntoView());
    await wb().setColorTheme('Dark High Contrast', 'hc-black');
    await until(dashboard, (x) => /vscode-high-contrast/.test(x.theme), { message: 'the high-contrast theme' });
    const hcStroke = await view().locator('#mastery .seg').first().evaluate((el) => getComputedStyle(el).stroke);
    region = await wb().region(page().locator('iframe.webview.ready:visible'), undefined, { maxHeight: 860, maxWidth: 1100 });
    await wb().screenshot('readiness-high-contrast', { clip: region, doc: 'readiness-high-contrast.png' });
    assert.notEqual(dark, light, 'the bars take their colour from the theme');
    assert.notEqual(hcStroke, 'none', 'high contrast outlines the bars');
    await wb().setColorTheme('Dark Modern', 'vs-dark');
  });

  it('a click on a bar opens what it stands for: a section of the guide', async function () {
    await view().locator('#mastery g[role=button]').first().click();
    await page().locator('.tabs-container .tab', { hasText: /Guide|Job Description/ }).first().waitFor();
  });

  it('the dashboard comes back after a window reload, with its charts', async function () {
    await wb().runCommand('Interview Coach: Show Readiness');
    await page().locator('.tabs-container .tab.active', { hasText: 'Readiness' }).waitFor();
    await wb().reloadWindow();
    const d = await until(dashboard, (x) => x.charts === 5, { message: 'the dashboard after the reload', timeout: 60_000 });
    assert.match(d.summary, /in 200 rounds/);
  });
});
