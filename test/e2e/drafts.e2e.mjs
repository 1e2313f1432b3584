// A weak answer draft, as a person sees it: squiggles under the red-flag phrasings, one row per
// finding in the Problems panel (message, source, line, column), and a quick fix from the
// lightbulb that rewrites the phrase. What to expect comes from `interview-coach lint --format
// json` (the same engine, by the issue's contract) and, independently, from the draft's own text.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session } from './lib/session.mjs';
import { until } from './lib/workbench.mjs';

const DRAFT = 'answers/why-this-company.md';
const SOURCE = 'Interview Coach';

/** The CLI's findings for a file: [{file, line, column, endLine, endColumn, ruleId, severity, message, suggestions}]. */
function cliFindings(file) {
  let out;
  try {
    out = execFileSync(process.execPath, [join(session.root, 'dist', 'cli.js'), 'lint', '--format', 'json', file], { encoding: 'utf8' });
  } catch (err) {
    // Exit 1 means "findings of warning severity": the JSON is still on stdout.
    if (err.status !== 1 || !err.stdout) throw new Error(`interview-coach lint --format json failed (exit ${err.status}): ${err.stderr || err.message}`);
    out = err.stdout;
  }
  return JSON.parse(out);
}

/** The text a finding covers, read from the file itself (1-based lines and columns, end exclusive). */
function coveredText(text, f) {
  const lines = text.split('\n');
  if (f.line === f.endLine) return lines[f.line - 1].slice(f.column - 1, f.endColumn - 1);
  return [lines[f.line - 1].slice(f.column - 1), ...lines.slice(f.line, f.endLine - 1), lines[f.endLine - 1].slice(0, f.endColumn - 1)].join('\n');
}

describe('an answer draft with red flags', function () {
  const wb = () => session.wb;
  let file;
  let text;
  let findings;
  let warnings;

  before(function () {
    file = join(session.workspace, DRAFT);
    text = readFileSync(file, 'utf8');
    findings = cliFindings(file);
    warnings = findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
    // The draft's red flags, found in its text without the engine: the CLI must report each.
    for (const phrase of ['stable environment', 'work-life balance', 'job security']) {
      assert.ok(
        warnings.some((f) => coveredText(text, f).includes(phrase)),
        `lint --format json reports no warning covering "${phrase}": ${JSON.stringify(warnings.map((f) => coveredText(text, f)))}`,
      );
    }
  });

  it('shows a squiggle under each red flag, and one Problems row per finding with its line and column', async function () {
    await wb().openFile(DRAFT);
    // A finding that spans a line break is drawn as one squiggle per line.
    const segments = warnings.reduce((n, f) => n + (f.endLine - f.line + 1), 0);
    await until(() => wb().squiggles(), (s) => s.filter((q) => q.severity === 'warning').length >= segments, {
      message: `${segments} warning squiggles`,
    });
    // The coach's line above the draft (speaking time, words): the draft is fully decorated.
    await wb().activeEditor().locator('.codelens-decoration', { hasText: /words at \d+ wpm/ }).waitFor();

    // The Problems panel lists errors, warnings and infos; VS Code keeps hints out of it.
    const listed = findings.filter((f) => f.severity !== 'hint');
    const name = DRAFT.split('/').pop();
    /** The Problems rows under this draft's file row (rows of level 1 are files, level 2 their problems). */
    const draftRows = (rows) => {
      const start = rows.findIndex((r) => r.level === 1 && r.text.startsWith(name));
      if (start < 0) return [];
      const end = rows.findIndex((r, i) => i > start && r.level === 1);
      return rows.slice(start + 1, end < 0 ? undefined : end).filter((r) => r.level === 2 && r.text.includes(SOURCE));
    };
    const ours = draftRows(
      await until(() => wb().problems(), (r) => draftRows(r).length >= listed.length, { message: `${listed.length} Problems rows from ${SOURCE} under ${name}` }),
    );
    for (const f of listed) {
      const where = `[Ln ${f.line}, Col ${f.column}]`;
      const row = ours.find((r) => r.text.includes(f.message) && r.text.endsWith(where));
      assert.ok(row, `no Problems row "${f.message} ${SOURCE} ${where}" among:\n${ours.map((r) => r.text).join('\n')}`);
    }
    assert.equal(ours.length, listed.length, `Problems shows ${ours.length} rows from ${SOURCE}, the CLI ${listed.length} findings above hint`);
  });

  it('applies the preferred quick fix from the lightbulb and rewrites the phrase', async function () {
    const target = warnings.find((f) => coveredText(text, f).includes('work-life balance'));
    assert.ok(target.suggestions?.length, 'the work-life balance finding offers suggestions');
    const before = coveredText(text, target);
    const replacement = target.suggestions[0];

    await wb().goTo(target.line, target.column + 1);
    const menu = await wb().openLightbulbMenu();
    const item = menu.locator('.monaco-list-row', { hasText: `with “${replacement}”` }).first();
    await item.waitFor();
    // The README's picture: the draft with its squiggles, the quick fix menu, the Problems panel.
    const clip = await wb().region(wb().page.locator('.part.editor'), wb().page.locator('.part.panel'), { pad: 0, maxWidth: 1100, maxHeight: 720 });
    await wb().screenshot('draft-quick-fix', { clip, doc: 'draft-quick-fix.webp', walkthrough: true });
    // The preferred fix comes first and has the focus; Enter applies it. (A click would need the
    // mouse to have moved inside the menu first: VS Code blocks pointer events until then.)
    const focused = menu.locator('.monaco-list-row.focused');
    assert.match((await focused.textContent()) ?? '', new RegExp(`with “${replacement.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`), 'the first, focused fix is the preferred one');
    await wb().page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden' });

    const fixed = await until(() => wb().editorLines(), (l) => (l[target.line] ?? '').includes(replacement), {
      message: `line ${target.line} to read "${replacement}"`,
    });
    const expected = text.split('\n')[target.line - 1].replace(before, replacement);
    assert.equal(fixed[target.line], expected);
    // The finding is gone from the Problems panel; the others stay.
    await until(() => wb().problemRows(), (r) => !r.some((x) => x.text.includes(target.message) && x.text.endsWith(`[Ln ${target.line}, Col ${target.column}]`)), {
      message: 'the fixed finding to leave the Problems panel',
    });
    await wb().screenshot('draft-after-fix');
  });

  it('the command palette offers the draft commands here and hides those that need a row or a finding', async function () {
    for (const title of ['Interview Coach: Lint This File for Red Flags', 'Interview Coach: Fix All Red Flags in This File', 'Interview Coach: New Answer Draft']) {
      assert.equal(await wb().paletteOffers(title), true, `F1 should offer "${title}" in a markdown draft`);
    }
    for (const title of ['Interview Coach: Open in Guide', 'Interview Coach: Quiz Me on This Section', 'Interview Coach: Disable a Red-Flag Rule in Settings', 'Interview Coach: Open the Reason for a Red Flag in the Guide']) {
      assert.equal(await wb().paletteOffers(title), false, `F1 should not offer "${title}": it needs a tree row or a finding`);
    }
  });
});
