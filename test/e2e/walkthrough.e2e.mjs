// The walkthrough "Get started with Interview Coach": found from F1, four steps with their
// images, and a button on each that does what the step says.
import assert from 'node:assert/strict';
import { session } from './lib/session.mjs';
import { settled, until } from './lib/workbench.mjs';

const TITLE = 'Get started with Interview Coach';
const STEPS = [
  ['Browse the guide', 'Open the Guide'],
  ['Draft an answer', 'New Answer Draft'],
  ['Take a quiz', 'Start Quiz'],
  ['Practise under time pressure', 'Practice a Question'],
];

describe('the walkthrough', function () {
  const wb = () => session.wb;
  const details = () => wb().page.locator('.gettingStartedSlideDetails');
  const step = (title) => details().locator('button.getting-started-step', { has: wb().page.locator('.step-title', { hasText: title }) });

  /** Opens the step, checks its image loaded, and clicks its button. */
  async function runStep(title, buttonLabel) {
    const s = step(title);
    if ((await s.getAttribute('aria-expanded')) !== 'true') await s.locator('.step-title').click();
    await until(() => s.getAttribute('aria-expanded'), (v) => v === 'true', { message: `step "${title}" to open` });
    const image = details().locator('.getting-started-media img');
    await until(() => image.evaluate((img) => img.complete && img.naturalWidth), (w) => w > 0, { message: `the image of "${title}" to load` });
    // The walkthrough moves the focus between steps for a moment after one is selected; a quick
    // pick opened before it settles would lose the focus and close.
    await settled(() => s.evaluate((el) => el === document.activeElement), Boolean, { message: `the focus to settle on "${title}"` });
    await s.getByRole('button', { name: buttonLabel }).click();
  }

  async function stepDone(title) {
    await until(() => step(title).getAttribute('aria-checked'), (v) => v === 'true', { message: `step "${title}" to be marked done` });
  }

  it('opens from F1 → "Welcome: Open Walkthrough…" with four steps, each with a button', async function () {
    await wb().runCommand('Welcome: Open Walkthrough...', { leavesQuickInputOpen: true });
    await wb().quickPickRow(TITLE).waitFor();
    await wb().pick(TITLE);
    await details().locator('h2.category-title', { hasText: TITLE }).waitFor();
    const steps = await details()
      .locator('button.getting-started-step')
      .evaluateAll((els) => els.map((el) => [el.querySelector('.step-title')?.textContent, [...el.querySelectorAll('.button-container .monaco-button')].map((b) => b.textContent)]));
    assert.deepEqual(steps, STEPS.map(([title, button]) => [title, [button]]));
  });

  it('"Practise under time pressure" → Practice a Question offers the guide\'s questions, the most needed first', async function () {
    await runStep('Practise under time pressure', 'Practice a Question');
    await wb().quickPickRow(/Why Netflix\?/).waitFor();
    await wb().page.keyboard.press('Escape');
    await wb().quickInput().waitFor({ state: 'hidden' });
    await stepDone('Practise under time pressure');
  });

  it('"Take a quiz" → Start Quiz asks for the session', async function () {
    await runStep('Take a quiz', 'Start Quiz');
    await wb().quickPickRow(/Whole guide/).waitFor();
    await wb().page.keyboard.press('Escape');
    await wb().quickInput().waitFor({ state: 'hidden' });
    await stepDone('Take a quiz');
  });

  it('"Draft an answer" → New Answer Draft offers the guide\'s likely questions', async function () {
    await runStep('Draft an answer', 'New Answer Draft');
    await wb().quickPickRow(/Why Netflix\?/).waitFor();
    await wb().page.keyboard.press('Escape');
    await wb().quickInput().waitFor({ state: 'hidden' });
    await stepDone('Draft an answer');
  });

  it('"Browse the guide" → Open the Guide shows the Guide view', async function () {
    await wb().openContainer('Explorer'); // somewhere else first, so the button has something to do
    await runStep('Browse the guide', 'Open the Guide');
    await wb().containerShown('Interview Coach');
    await wb().treeRow(wb().tree('Guide'), 'Job Description Quick Reference', 1).waitFor();
    await stepDone('Browse the guide');
  });
});
