import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { BUNDLED_PACK_DIR, FIXTURES, REPO } from '../helpers/packFiles';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  // Tests run from out/, away from the bundled pack the built CLI finds beside itself.
  const args = argv[0] === 'report' && !argv.includes('--content') && !argv.includes('--config') ? ['report', '--content', BUNDLED_PACK_DIR, ...argv.slice(1)] : argv;
  const code = await main(args, { cwd: REPO, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe('cli: report and readiness count red flags as lint does', () => {
  it('counts a red flag only the meaning tier finds, like lint (the built CLI)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-report-'));
    try {
      const draft = join(dir, 'why.md');
      writeFileSync(draft, '---\ninterview: true\n---\n\n# Why Netflix?\n\nI need to be home by five every day, so predictable hours matter most to me.\n');
      const cli = (...args: string[]) => spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
      const lint = cli('lint', '--format', 'json', 'why.md');
      const flagged = (JSON.parse(lint.stdout) as { ruleId: string; severity: string }[]).filter((f) => f.severity !== 'hint');
      assert.deepEqual(flagged.map((f) => f.ruleId), ['work-life-balance'], lint.stdout);
      assert.match(cli('report', 'why.md').stdout, /Red flags {6}1: work-life-balance/);
      assert.match(cli('readiness', '--store', dir, 'why.md').stdout, /1 red flag open in 1 draft/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cli: report', () => {
  it('prints a table per draft, then coverage across them', async () => {
    const r = await run('report', 'test/fixtures/coach/star-complete.md', 'test/fixtures/coach/action-we.md', 'test/fixtures/coach/pitch-over.md');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    const blocks = r.out.trimEnd().split('\n\n');
    assert.equal(blocks.length, 4);
    assert.equal(
      blocks[0],
      [
        'test/fixtures/coach/star-complete.md',
        '  Question       How do you handle ambiguity?',
        '  Words          102',
        '  Speaking time  0:41 at 150 wpm (target 2:00)',
        '  STAR           Situation ✓  Task ✓  Action ✓  Result ✓  (Result measurable)',
        '  Values         Uncomfortably Exciting, Great and Always Better, Curiosity, Resilience',
        // The sentence that shows a value by what it says (the story's mapping has none).
        '    Curiosity    line 20: “I read the code base every evening, rebuilt the ingestion job on S3, an…”',
        '  Red flags      0 (and 1 hint: ignore-creative-side)',
        '  Coach hints    0',
      ].join('\n'),
    );
    assert.match(blocks[1]!, /Coach hints {4}1: star-action-we/);
    assert.match(blocks[2]!, /Speaking time {2}0:35 at 150 wpm, over the 0:30 limit\n {2}STAR {11}n\/a \(the pitch\)/);
    assert.match(blocks[3]!, /^Coverage across 3 drafts\n {2}Values and principles shown {2}8\/12\n {4}not shown yet {14}People Over Process, Creativity, Courage, Inclusion\n {2}Stories told {17}Risk 0, Conflict 1, Learning 1, Team 0\n/);
  });

  it('finds drafts in folders by their frontmatter, and leaves other markdown alone', async () => {
    const r = await run('report', '--format', 'json', join(FIXTURES, 'workspace'));
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse(r.out) as { drafts: { file: string; redFlags: number; kind: string }[]; coverage: { drafts: number } };
    assert.deepEqual(report.drafts.map((d) => d.file), ['test/fixtures/workspace/answers/biggest-weakness.md', 'test/fixtures/workspace/answers/why-netflix.md']);
    assert.equal(report.drafts[0]!.redFlags, 2, 'the weakness draft names stability and work-life balance');
    assert.equal(report.coverage.drafts, 2);
  });

  it('--format json carries STAR parts, values with their evidence, and every finding', async () => {
    const r = await run('report', '--format', 'json', 'test/fixtures/coach/hedges.md');
    const [draft] = (JSON.parse(r.out) as { drafts: { star: { present: string[] }; values: { id: string; via: string[] }[]; findings: { ruleId: string; severity: string; coach: boolean }[] }[] }).drafts;
    assert.deepEqual(draft!.star.present, ['situation', 'task', 'action', 'result']);
    assert.deepEqual(draft!.values.find((v) => v.id === 'curiosity')?.via, ['story']);
    assert.deepEqual(
      draft!.findings.filter((f) => f.coach).map((f) => f.severity),
      ['hint', 'hint', 'hint', 'warning', 'warning', 'warning'],
    );
  });

  it('--format json says per draft whether it is a story, each STAR part\'s lines and how it was found, measurability and the Action\'s I/we', async () => {
    const labelled = JSON.parse((await run('report', '--format', 'json', 'test/fixtures/coach/action-we.md')).out).drafts[0];
    assert.equal(labelled.story, true);
    assert.equal(labelled.star.parts.action.via, 'label');
    assert.deepEqual(labelled.star.parts.action.lines.length, 2);
    assert.ok(labelled.star.parts.action.we > labelled.star.parts.action.i);
    assert.deepEqual(labelled.star.actionVoice, { i: labelled.star.parts.action.i, we: labelled.star.parts.action.we });

    const dir = mkdtempSync(join(tmpdir(), 'ic-report-'));
    try {
      writeFileSync(
        join(dir, 'narrative.md'),
        '---\ninterview: true\n---\n\n# Fixing the nightly job\n\nAt the time our nightly retraining job failed one night in three.\nMy job was to make it reliable.\nI traced the failures and rewrote the export.\nAs a result, it has failed once in two months.\n',
      );
      writeFileSync(join(dir, 'opinion.md'), '---\ninterview: true\nquestion: Why Netflix?\n---\n\nI want to work where engineers get context, not control.\n');
      const drafts = JSON.parse((await run('report', '--format', 'json', join(dir, 'narrative.md'), join(dir, 'opinion.md'))).out).drafts;
      const [story, opinion] = drafts;
      assert.equal(story.story, true);
      assert.equal(story.star.storyBy, 'narrative');
      assert.deepEqual(
        Object.fromEntries(Object.entries(story.star.parts).map(([k, v]) => [k, `${(v as { via: string }).via} ${(v as { lines: number[] }).lines.join('-')}`])),
        { situation: 'narrative 7-7', task: 'narrative 8-8', action: 'narrative 9-9', result: 'narrative 10-10' },
      );
      assert.equal(story.star.measurable, true);
      assert.deepEqual(story.star.actionVoice, { i: 1, we: 0 });
      assert.equal(opinion.story, false);
      assert.equal(opinion.star, null);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--wpm sets the pace', async () => {
    const r = await run('report', '--wpm', '100', 'test/fixtures/coach/pitch-over.md');
    assert.match(r.out, /Speaking time {2}0:52 at 100 wpm, over the 0:30 limit/);
    assert.equal((await run('report', '--wpm', 'fast', 'x.md')).code, 2);
    assert.equal((await run('report', '--wpm', '20', 'x.md')).code, 2);
  });

  it('an unreadable path is named and exits 2; the other drafts are still reported', async () => {
    const r = await run('report', 'no/such/draft.md', 'test/fixtures/coach/star-complete.md');
    assert.equal(r.code, 2);
    assert.match(r.err, /no\/such\/draft\.md: no such file or folder/);
    assert.match(r.out, /star-complete\.md/);
  });

  it('reads the editor\'s settings from --config: pace, drafts.include, lint settings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-report-'));
    try {
      mkdirSync(join(dir, 'prep'));
      writeFileSync(join(dir, 'prep', 'no-frontmatter.md'), '# Why Netflix?\n\nI want work-life balance and I want to bridge researchers and studio creators.\n');
      writeFileSync(join(dir, 'prep', 'other.md'), '# Not a draft\n');
      writeFileSync(
        join(dir, 'settings.json'),
        JSON.stringify({
          'interviewCoach.contentPath': BUNDLED_PACK_DIR,
          'interviewCoach.drafts.include': ['prep/no-*.md'],
          'interviewCoach.coach.wordsPerMinute': 120,
          'interviewCoach.lint.disabledRules': ['work-life-balance'],
        }),
      );
      let out = '';
      const code = await main(['report', '--config', join(dir, 'settings.json'), join(dir, 'prep')], { cwd: dir, out: (t) => (out += `${t}\n`), err: () => undefined });
      assert.equal(code, 0);
      assert.match(out, /^prep\/no-frontmatter\.md\n {2}Title {10}Why Netflix\?\n {2}Words {10}13\n {2}Speaking time {2}0:07 at 120 wpm/);
      assert.match(out, /Red flags {6}0\n/);
      assert.doesNotMatch(out, /other\.md/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('coach hints obey suppression comments, as in lint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-report-'));
    try {
      writeFileSync(join(dir, 'a.md'), '---\ninterview: true\n---\n\n# Q\n\n<!-- interview-coach-disable-next-line hedging -->\nIt was maybe fine.\nIt was maybe great.\n');
      let out = '';
      await main(['report', '--content', BUNDLED_PACK_DIR, 'a.md'], { cwd: dir, out: (t) => (out += `${t}\n`), err: () => undefined });
      assert.match(out, /Coach hints {4}1: hedging\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes globs, as lint does', async () => {
    const r = await run('report', '--format', 'json', 'test/fixtures/coach/star-*.md');
    const files = (JSON.parse(r.out) as { drafts: { file: string }[] }).drafts.map((d) => d.file);
    assert.deepEqual(files, ['test/fixtures/coach/star-complete.md', 'test/fixtures/coach/star-cues-missing.md', 'test/fixtures/coach/star-cues.md', 'test/fixtures/coach/star-empty-sections.md', 'test/fixtures/coach/star-labels.md', 'test/fixtures/coach/star-missing-result.md']);
  });

  it('bad options are usage errors', async () => {
    assert.equal((await run('report', '--format', 'xml')).code, 2);
    assert.equal((await run('report', '--content', join(FIXTURES, 'nope'))).code, 2);
  });
});

describe('cli: lint carries the coach hints', () => {
  let dir: string;
  let config: string;
  before(() => {
    // Tests run from out/, away from the bundled pack: a settings file points lint at it.
    dir = mkdtempSync(join(tmpdir(), 'ic-coach-'));
    config = join(dir, 'settings.json');
    writeFileSync(config, JSON.stringify({ 'interviewCoach.contentPath': BUNDLED_PACK_DIR }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const lint = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const args = argv.includes('--config') ? argv : ['--config', config, ...argv];
    const code = await main(['lint', ...args], { cwd: REPO, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    return { code, out, err };
  };

  it('reports coach hints beside red flags; hints do not fail the run unless --strict', async () => {
    const r = await lint('test/fixtures/coach/star-missing-result.md');
    assert.match(r.out, /star-missing-result\.md:6:3 {2}hint {2}No Result yet: say how it ended, with a number: a percentage, a time, a count\. {2}\[star-missing-result\]/);
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal((await lint('--strict', 'test/fixtures/coach/star-missing-result.md')).code, 1);
  });

  it('a pitch past its limit and a hedge in a Result are warnings, which fail the run', async () => {
    const pitch = await lint('test/fixtures/coach/pitch-over.md');
    assert.match(pitch.out, /pitch-over\.md:12:84 {2}warning {2}The pitch runs 0:35 at 150 wpm, over its 30-second limit/);
    assert.equal(pitch.code, 1);
    const json = JSON.parse((await lint('--format', 'json', 'test/fixtures/coach/hedges.md')).out) as { ruleId: string; severity: string; line: number }[];
    assert.deepEqual(
      json.filter((f) => f.ruleId === 'hedging').map((f) => `${f.line}:${f.severity}`),
      ['10:hint', '11:hint', '21:hint', '25:warning', '26:warning', '27:warning'],
    );
  });

  it('severity settings name coach rules like any other', async () => {
    const own = join(dir, 'severity.json');
    writeFileSync(own, JSON.stringify({ 'interviewCoach.contentPath': BUNDLED_PACK_DIR, 'interviewCoach.lint.severity': { 'pitch-too-long': 'info' } }));
    const r = await lint('--config', own, 'test/fixtures/coach/pitch-over.md');
    assert.match(r.out, /info {2}The pitch runs/);
    assert.equal(r.code, 0);
  });
});
