// Red flags by meaning in the editor: a draft whose red flag is a paraphrase that no phrase rule
// matches gets its squiggle only once the language model has loaded in its worker (a Web Worker
// in the web worker extension host, a worker thread on the desktop). What to expect comes from
// `interview-coach lint --format json`, with the meaning tier and without it
// (INTERVIEW_COACH_NO_MEANING=1), so the test fails if the phrase tier alone could flag it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { session } from './lib/session.mjs';
import { until } from './lib/workbench.mjs';

const DRAFT = 'answers/how-do-you-protect-your-time.md';
const SOURCE = 'Interview Coach';
// From the tuning corpus (test/fixtures/corpus/red-flags/tune.jsonl, tune-p001): work-life balance, said without its words.
const PARAPHRASE = 'I need to be home by five every day.';
const TEXT = `---
interview: true
question: How do you protect your time?
---

# How do you protect your time?

${PARAPHRASE}
`;

function cliFindings(file, env = {}) {
  let out;
  try {
    out = execFileSync(process.execPath, [join(session.root, 'dist', 'cli.js'), 'lint', '--format', 'json', file], { encoding: 'utf8', env: { ...process.env, ...env } });
  } catch (err) {
    if (err.status !== 1 || !err.stdout) throw new Error(`interview-coach lint --format json failed (exit ${err.status}): ${err.stderr || err.message}`);
    out = err.stdout;
  }
  return JSON.parse(out);
}

describe('a red flag written only by meaning', function () {
  const wb = () => session.wb;
  const line = TEXT.split('\n').indexOf(PARAPHRASE) + 1;
  let finding;

  before(function () {
    const file = join(session.workspace, DRAFT);
    writeFileSync(file, TEXT);
    const onLine = (f) => f.line === line && (f.severity === 'warning' || f.severity === 'error');
    const byPhrase = cliFindings(file, { INTERVIEW_COACH_NO_MEANING: '1' }).filter(onLine);
    assert.deepEqual(byPhrase, [], 'the phrase tier alone flags the paraphrase: pick one it misses');
    const byMeaning = cliFindings(file).filter(onLine);
    assert.equal(byMeaning.length, 1, `lint --format json with the meaning tier: ${JSON.stringify(byMeaning)}`);
    finding = byMeaning[0];
  });

  it('gets its squiggle and its Problems row once the language model has loaded', async function () {
    await wb().openFile(DRAFT);
    await until(() => wb().squiggles(), (s) => s.some((q) => q.severity === 'warning'), { timeout: 60_000, message: 'a warning squiggle under the paraphrase' });
    const where = `[Ln ${finding.line}, Col ${finding.column}]`;
    await until(() => wb().problems(), (rows) => rows.some((r) => r.text.includes(finding.message) && r.text.includes(SOURCE) && r.text.endsWith(where)), {
      message: `the Problems row "${finding.message} ${SOURCE} ${where}"`,
    });
    await wb().screenshot('draft-meaning');
  });

  it('says in its log where the model loaded and how long it took', async function () {
    await wb().runCommand('Output: Show Output Channels...', { leavesQuickInputOpen: true });
    await wb().pick(SOURCE);
    const output = wb().page.locator('.part.panel .output-view .view-lines');
    // The editor renders spaces as no-break spaces.
    const text = await until(() => output.innerText().then((t) => t.replace(/\u00a0/g, ' ')), (t) => /language model ready in \d+ ms/.test(t), { message: 'the "language model ready" line in the Output panel' });
    const ready = /language model ready in \d+ ms \(([^)]+)\)/.exec(text);
    process.stderr.write(`[e2e] ${ready[0]}\n`);
    assert.ok(['web worker', 'worker thread'].includes(ready[1]), ready[0]);
  });
});

// A red flag said across two sentences: neither sentence alone is flagged, by either tier; the
// second points back at the first ("I'd want the same here"), and the squiggle lands on the first.
const PAIR_DRAFT = 'answers/what-would-you-bring-from-the-bank.md';
const FIRST = 'At the bank every release needed three sign-offs.';
const SECOND = "I'd want the same here.";
const pairText = (body) => `---
interview: true
question: What would you bring from the bank?
---

# What would you bring from the bank?

${body}
`;

describe('a red flag said across two sentences', function () {
  const wb = () => session.wb;
  const line = pairText('').split('\n').length - 1;
  let finding;

  before(function () {
    const file = join(session.workspace, PAIR_DRAFT);
    const flagged = (f) => f.line === line && (f.severity === 'warning' || f.severity === 'error');
    for (const alone of [FIRST, SECOND]) {
      writeFileSync(file, pairText(alone));
      assert.deepEqual(cliFindings(file).filter(flagged), [], `"${alone}" alone is flagged: pick sentences that are clean on their own`);
    }
    writeFileSync(file, pairText(`${FIRST} ${SECOND}`));
    assert.deepEqual(cliFindings(file, { INTERVIEW_COACH_NO_MEANING: '1' }).filter(flagged), [], 'the phrase tier alone flags the pair');
    const byMeaning = cliFindings(file).filter(flagged);
    assert.equal(byMeaning.length, 1, `lint --format json with the meaning tier: ${JSON.stringify(byMeaning)}`);
    finding = byMeaning[0];
    assert.ok(finding.column <= FIRST.length, `the finding lies in the first sentence: ${JSON.stringify(finding)}`);
  });

  it('flags the first sentence once the second points back at it', async function () {
    await wb().openFile(PAIR_DRAFT);
    const where = `[Ln ${finding.line}, Col ${finding.column}]`;
    await until(() => wb().problems(), (rows) => rows.some((r) => r.text.includes(finding.message) && r.text.includes(SOURCE) && r.text.endsWith(where)), {
      timeout: 60_000,
      message: `the Problems row "${finding.message} ${SOURCE} ${where}"`,
    });
  });
});
