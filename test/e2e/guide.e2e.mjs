// The Guide view, as a newcomer meets it: the Interview Coach icon in the activity bar, the
// guide's sections, a story and the values it shows, and a checklist tick that outlives a reload.
import assert from 'node:assert/strict';
import { session } from './lib/session.mjs';
import { until } from './lib/workbench.mjs';

const SECTIONS = [
  ['Job Description Quick Reference', 'Los Angeles (Onsite)'],
  ['Netflix Culture Quick Reference', '4 principles · 8 values'],
  ['How Your Stories Map to Netflix', '4 stories'],
  ['Key Phrases to Use Naturally', '13 phrases'],
  ['Questions They Might Ask & How to Connect', '4 questions'],
  ['Critical Job-Specific Details to Remember', '4 qualifications'],
  ['Red Flags to Avoid', '8 to avoid'],
  ['Your 30-Second Elevator Pitch', '30 seconds'],
  ['Final Preparation Checklist', '0/7 done'],
  ['Smart Questions to Ask', '4 questions'],
];

describe('the Guide view', function () {
  const wb = () => session.wb;
  const guide = () => wb().tree('Guide');

  it('opens on the examples README, which says what to click first', async function () {
    await wb().page.locator('.tabs-container .tab.active', { hasText: 'README.md' }).waitFor();
    const readme = wb().webview();
    await readme.getByRole('heading', { name: 'Try Interview Coach here' }).waitFor();
    const first = await readme.locator('ol').first().locator('li').allTextContents();
    assert.match(first[0] ?? '', /^Browse the guide: click the Interview Coach icon/);
    assert.match(first[1] ?? '', /^Check a draft: open answers\/why-this-company\.md/);
    assert.match(first[2] ?? '', /^Quiz yourself: press F1, run Interview Coach: Start Quiz/);
  });

  it('opens from the activity bar and lists the guide sections in order', async function () {
    await wb().openContainer('Interview Coach');
    await wb().setSidebarWidth(440);
    await wb().focusView('Guide');
    await wb().treeRow(guide(), SECTIONS[0][0], 1).waitFor();
    const rows = await until(() => wb().treeRows(guide()), (r) => r.length === SECTIONS.length, { message: `${SECTIONS.length} section rows` });
    // A section's description may gain parts from other features (e.g. quiz mastery): its first part is ours.
    assert.deepEqual(
      rows.map((r) => [r.label, r.description.split(' · ').slice(0, r.label.startsWith('Netflix Culture') ? 2 : 1).join(' · ')]),
      SECTIONS,
    );
    assert.ok(rows.every((r) => r.level === 1 && r.expanded === false), 'every section is a collapsed top-level row');
  });

  it('expands Stories to the four stories, and a story to the values it demonstrates', async function () {
    const stories = wb().treeRow(guide(), 'How Your Stories Map to Netflix', 1);
    await wb().expand(stories);
    await wb().treeRow(guide(), /^Story 4:/, 2).waitFor();
    let rows = await wb().treeRows(guide());
    assert.deepEqual(
      rows.filter((r) => r.level === 2).map((r) => [r.label, r.description]),
      [
        ['Story 1: Risk', 'On-Call Reports'],
        ['Story 2: Conflict', 'DFS Algorithm'],
        ['Story 3: Learning', 'AWS/Spark/Scala'],
        ['Story 4: Team', 'Scrum Lead'],
      ],
    );

    await wb().expand(wb().treeRow(guide(), 'Story 2: Conflict', 2));
    await wb().treeRow(guide(), 'Candor', 3).waitFor();
    rows = await wb().treeRows(guide());
    assert.deepEqual(
      rows.filter((r) => r.level === 3).map((r) => [r.label, r.description]),
      [
        ['Candor', 'Respectful technical disagreement'],
        ['The Dream Team', 'Working well despite disagreement'],
        ['Selflessness', 'Disagree and commit'],
        ['Judgment', 'Understanding when to yield'],
      ],
    );

    // Selecting the story opens the guide's reader at that story, beside the tree.
    await wb().treeRow(guide(), 'Story 2: Conflict', 2).locator('.label-name').click();
    await wb().page.locator('.tabs-container .tab.active', { hasText: 'How Your Stories Map to Netflix' }).waitFor();
    const heading = wb().webview().getByRole('heading', { name: 'Story 2: Conflict (DFS Algorithm)' });
    await heading.waitFor();
    await until(() => heading.evaluate((h) => { const r = h.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight / 2; }), Boolean, {
      message: 'the reader to scroll to Story 2',
    });
    const clip = await wb().region(wb().page.locator('.part.activitybar'), wb().page.locator('.part.editor'), { pad: 0, maxWidth: 1000, maxHeight: 560 });
    await wb().screenshot('guide-stories', { clip, doc: 'guide-tree.webp', walkthrough: true });
  });

  it('keeps a ticked checklist item ticked after the window reloads', async function () {
    const item = 'Do you know the team names? (Studio Media Algorithms & Eyeline Research)';
    const section = () => wb().treeRow(guide(), 'Final Preparation Checklist', 1);
    await wb().viewAction('Guide', 'Collapse All');
    await until(() => wb().treeRows(guide()), (rows) => rows.every((r) => r.level === 1 && r.expanded === false), { message: 'every section collapsed' });
    await wb().expand(section());
    const checklist = async () => (await wb().treeRows(guide())).filter((r) => r.checked !== undefined);
    const before = await until(checklist, (rows) => rows.length === 7, { message: 'the 7 checklist items' });
    assert.ok(before.every((r) => r.checked === 'false'), 'a fresh profile starts with nothing ticked');
    assert.ok(before.some((r) => r.label === item), `no checklist item "${item}" in ${JSON.stringify(before.map((r) => r.label))}`);

    await wb().treeRow(guide(), item, 2).locator('.custom-view-tree-node-item-checkbox').click();
    await until(checklist, (rows) => rows.find((r) => r.label === item)?.checked === 'true', { message: 'the item to show as ticked' });
    await until(() => section().locator('.label-description').textContent(), (d) => d.startsWith('1/7 done'), { message: '"1/7 done" on the section' });

    await wb().reloadWindow();
    // The window comes back as it was: the Guide view, and the reader at Story 2. (The restored
    // reader takes focus when its page loads: wait for that, or it closes the next quick pick.)
    await wb().containerShown('Interview Coach');
    await wb().page.locator('.tabs-container .tab.active', { hasText: 'How Your Stories Map to Netflix' }).waitFor();
    await wb().webview().locator('h2.target', { hasText: 'Story 2: Conflict (DFS Algorithm)' }).waitFor();
    await wb().focusView('Guide');
    await until(() => section().locator('.label-description').textContent(), (d) => d.startsWith('1/7 done'), { message: '"1/7 done" after the reload' });
    await wb().expand(section());
    const after = await until(checklist, (rows) => rows.length === 7, { message: 'the 7 checklist items after the reload' });
    assert.deepEqual(
      after.filter((r) => r.checked === 'true').map((r) => r.label),
      [item],
    );
    await wb().screenshot('guide-checklist-after-reload');
  });
});
