// The quiz, as a person takes it: F1 → "Interview Coach: Start Quiz", a session from the quick
// pick, then questions answered with the keyboard inside the webview; feedback, progress bar, and
// the panel in a dark, a light and a high-contrast theme.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { session } from './lib/session.mjs';
import { until } from './lib/workbench.mjs';

const SECTION = 'red-flags'; // choice questions, flash cards and "fix this line" drills
const SECTION_TITLE = 'Red Flags to Avoid';

describe('the quiz', function () {
  const wb = () => session.wb;
  const view = () => wb().webview();
  /** The pack's question bank with answers, from the CLI a pack author uses to review it. */
  let bank;

  before(function () {
    const json = execFileSync(process.execPath, [join(session.root, 'dist', 'cli.js'), 'quiz', '--list', '--format', 'json', '--section', SECTION], { encoding: 'utf8' });
    bank = JSON.parse(json).questions;
    assert.ok(bank.length > 2, `expected a few ${SECTION} questions, got ${bank.length}`);
  });

  /** What the panel shows now: prompt, options, progress bar and counter. */
  async function screen() {
    return view()
      .locator('body')
      .evaluate((body) => {
        const bar = body.querySelector('[role=progressbar]');
        return {
          prompt: body.querySelector('#prompt')?.textContent ?? '',
          options: [...body.querySelectorAll('button.option .option-text, li.option .option-text')].map((o) => o.textContent),
          checked: [...body.querySelectorAll('button.option')].map((o) => o.getAttribute('aria-checked')),
          // After an answer: each option's mark (correct, wrong, missed, none).
          marks: [...body.querySelectorAll('li.option')].map((o) => /mark-(\w+)/.exec(o.className)?.[1]),
          progress: bar ? { now: Number(bar.getAttribute('aria-valuenow')), max: Number(bar.getAttribute('aria-valuemax')), text: bar.getAttribute('aria-valuetext') } : undefined,
          fill: body.querySelector('[role=progressbar] .fill')?.style.width,
          counter: body.querySelector('.counter')?.textContent ?? '',
          verdict: body.querySelector('.verdict')?.className ?? '',
          verdictText: body.querySelector('.verdict')?.textContent?.trim() ?? '',
          correctAnswer: body.querySelector('.correct-answer')?.textContent ?? '',
          announced: body.querySelector('#announce')?.textContent ?? '',
          theme: body.className,
          // A flash card (Show answer, then grade buttons) or a typed answer (a field), not a choice question.
          grades: body.querySelectorAll('.grades button').length,
          typed: !!body.querySelector('textarea.field, input.field'),
        };
      });
  }

  /** The bank's question on screen: same prompt, its answer among the options, the rest its distractors. */
  function questionFor({ prompt, options }) {
    const fits = bank.filter((x) => x.prompt === prompt && options.includes(x.answer) && options.every((o) => o === x.answer || x.distractors?.includes(o)));
    assert.equal(fits.length, 1, `the panel asks "${prompt}" with ${JSON.stringify(options)}: ${fits.length} questions of the ${SECTION} bank fit`);
    return fits[0];
  }

  /** Answers and counts what is not a choice question (a card graded Good, a typed answer left blank: wrong) until a choice question is on screen. */
  const tally = { answered: 0, right: 0 };
  async function toChoice() {
    for (let i = 0; i < 60; i++) {
      const s = await until(screen, (x) => x.prompt !== '' && x.verdict === '', { message: 'a question' });
      if (s.options.length > 1) return s;
      const at = s.counter;
      if (s.typed) {
        await wb().page.keyboard.press('Enter');
        await until(screen, (x) => x.verdict !== '', { message: 'feedback on a typed answer' });
        tally.answered++;
        await wb().page.keyboard.press('Enter');
      } else {
        await wb().page.keyboard.press('Enter'); // Show answer
        await until(screen, (x) => x.grades === 4, { message: 'the grade buttons of a card' });
        await wb().page.keyboard.press('3');
        tally.answered++;
        tally.right++;
      }
      await until(screen, (x) => x.counter !== at && x.verdict === '', { message: 'the next question' });
    }
    throw new Error(`no choice question in the ${SECTION} session`);
  }

  /** Presses the number key of option `index` (0-based) and waits until the panel shows it chosen. */
  async function choose(index) {
    await wb().page.keyboard.press(String(index + 1));
    await until(screen, (s) => s.checked[index] === 'true', { message: `option ${index + 1} to be chosen` });
  }

  it('F1 → Start Quiz offers the sessions; a section opens the quiz panel', async function () {
    await wb().runCommand('Interview Coach: Start Quiz', { leavesQuickInputOpen: true });
    await wb().quickPickRow(/Whole guide/).waitFor();
    const labels = (await wb().quickPickRows()).map((r) => r.label.trim());
    for (const expected of ['Whole guide', 'One section…', 'Due for review', 'Weakest items', 'Rapid-fire round']) {
      assert.ok(labels.includes(expected), `"${expected}" missing from the Start Quiz pick: ${JSON.stringify(labels)}`);
    }
    await wb().pick(/One section/);
    await wb().quickPickRow(new RegExp(`${SECTION_TITLE}$`)).waitFor();
    await wb().pick(new RegExp(`${SECTION_TITLE}$`));
    await wb().quickInput().waitFor({ state: 'hidden' });
    await wb().page.locator('.tabs-container .tab.active', { hasText: `Quiz: ` }).waitFor();

    await until(screen, (s) => s.prompt !== '', { message: 'the first question' });
    const first = await toChoice();
    questionFor(first);
    const n = tally.answered;
    assert.deepEqual(first.progress, { now: n, max: bank.length, text: `${n} of ${bank.length} answered` });
    assert.match(first.counter, new RegExp(`^Question ${n + 1} of ${bank.length}`));
  });

  it('a right answer, with the number keys and Enter: a verdict, the explanation, the progress bar moves', async function () {
    const asked = await screen();
    const q = questionFor(asked);
    const right = asked.options.indexOf(q.answer);
    assert.ok(right >= 0, `the answer "${q.answer}" is not among the options ${JSON.stringify(asked.options)}`);
    await choose(right);
    await wb().page.keyboard.press('Enter');

    const fed = await until(screen, (s) => s.verdict !== '', { message: 'feedback on the answer' });
    assert.match(fed.verdict, /\bok\b/, `expected a right verdict, got "${fed.verdictText}"`);
    assert.equal(fed.marks[right], 'correct');
    assert.equal(fed.prompt, asked.prompt);
    tally.answered++;
    tally.right++;
    assert.deepEqual(fed.progress, { now: tally.answered, max: bank.length, text: `${tally.answered} of ${bank.length} answered` });
    assert.equal(fed.fill, `${Math.round((100 * tally.answered) / bank.length)}%`);
    assert.match(fed.counter, new RegExp(`· ${tally.right}/${tally.answered} right`));
    await until(screen, (s) => s.announced === fed.verdictText, { message: 'the live region to announce the verdict' });
  });

  it('a wrong answer shows the guide\'s answer, and the progress bar counts it', async function () {
    await wb().page.keyboard.press('Enter'); // Next
    await until(screen, (s) => s.verdict === '' && s.prompt !== '', { message: 'the next question' });
    const asked = await toChoice();
    assert.match(asked.counter, new RegExp(`^Question ${tally.answered + 1} of ${bank.length}`));
    const q = questionFor(asked);
    const wrong = asked.options.findIndex((o) => o !== q.answer);
    await choose(wrong);
    await wb().page.keyboard.press('Enter');

    const fed = await until(screen, (s) => s.verdict !== '', { message: 'feedback on the answer' });
    assert.match(fed.verdict, /\bbad\b/, `expected a wrong verdict, got "${fed.verdictText}"`);
    assert.ok(`${fed.verdictText} ${fed.correctAnswer}`.includes(q.answer), `the feedback should name "${q.answer}": "${fed.verdictText}" / "${fed.correctAnswer}"`);
    // The chosen option is marked wrong, the right one marked as the one to have picked.
    assert.equal(fed.marks[wrong], 'wrong');
    assert.equal(fed.marks[asked.options.indexOf(q.answer)], 'missed');
    tally.answered++;
    assert.deepEqual(fed.progress, { now: tally.answered, max: bank.length, text: `${tally.answered} of ${bank.length} answered` });
    assert.match(fed.counter, new RegExp(`· ${tally.right}/${tally.answered} right`));
    assert.match(fed.theme, /vscode-dark/);
    const clip = await wb().region(wb().page.locator('.part.editor'), undefined, { pad: 0, maxWidth: 960, maxHeight: 600 });
    await wb().screenshot('quiz-dark', { clip, doc: 'quiz-dark.webp', walkthrough: true });
  });

  it('follows a light theme', async function () {
    await wb().setColorTheme('Light Modern', 'vs');
    await until(screen, (s) => /vscode-light/.test(s.theme), { message: 'the panel to switch to the light theme' });
    const fed = await screen();
    assert.match(fed.verdict, /\bbad\b/, 'the feedback is still on screen after the theme change');
    const clip = await wb().region(wb().page.locator('.part.editor'), undefined, { pad: 0, maxWidth: 960, maxHeight: 600 });
    await wb().screenshot('quiz-light', { clip, doc: 'quiz-light.png' });
  });

  it('follows a high-contrast theme, with a visible border on every option', async function () {
    await wb().setColorTheme('Dark High Contrast', 'hc-black');
    await until(screen, (s) => /vscode-high-contrast/.test(s.theme), { message: 'the panel to switch to the high-contrast theme' });
    const borders = await view()
      .locator('body')
      .evaluate((body) => [...body.querySelectorAll('li.option, button.option')].map((o) => {
        const style = getComputedStyle(o);
        return { width: parseFloat(style.borderTopWidth), style: style.borderTopStyle, color: style.borderTopColor };
      }));
    assert.ok(borders.length > 1, 'the options are on screen');
    for (const b of borders) {
      assert.ok(b.width >= 1 && b.style !== 'none' && !/rgba\(0, 0, 0, 0\)|transparent/.test(b.color), `an option has no visible border in high contrast: ${JSON.stringify(b)}`);
    }
    const fed = await screen();
    assert.match(fed.verdict, /\bbad\b/, 'the feedback is still on screen after the theme change');
    const clip = await wb().region(wb().page.locator('.part.editor'), undefined, { pad: 0, maxWidth: 960, maxHeight: 600 });
    await wb().screenshot('quiz-high-contrast', { clip, doc: 'quiz-high-contrast.png' });
    await wb().setColorTheme('Dark Modern', 'vs-dark');
  });
});
