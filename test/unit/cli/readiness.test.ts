import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultStoreDir, readinessCommand } from '../../../src/cli/commands/readiness';
import { ROUNDS_SCHEMA } from '../../../src/core/practice/rounds';
import { BUNDLED_PACK_DIR, REPO } from '../helpers/packFiles';

describe('cli: readiness', () => {
  let store: string;
  before(() => {
    store = mkdtempSync(join(tmpdir(), 'ic-readiness-'));
    const card = { due: '2026-03-03T09:00:00.000Z', stability: 2, difficulty: 5, state: 'Review', reps: 2, lapses: 0, learningSteps: 0, scheduledDays: 1, lastReview: '2026-03-02T09:00:00.000Z', lastGrade: 3, lastCorrect: true };
    const round = { id: 'r1', promptId: 'pitch', question: 'Pitch', startedAt: '2026-03-02T08:55:00.000Z', finishedAt: '2026-03-02T09:00:00.000Z', score: 72, grade: 3, targetSeconds: 30, spokenSeconds: 28, redFlags: 0, draft: 'answers/practice/p.md' };
    writeFileSync(join(store, 'practice-rounds.json'), JSON.stringify({ schema: ROUNDS_SCHEMA, version: 1, packs: { 'netflix-ml-media-algorithms': { rounds: { r1: round }, cards: { pitch: card } } } }));
    writeFileSync(join(store, 'quiz-progress.json'), JSON.stringify({ schema: 'interview-coach/quiz-progress', version: 2, packs: { 'netflix-ml-media-algorithms': { cards: { 'not-a-question': card } } } }));
  });
  after(() => rmSync(store, { recursive: true, force: true }));

  function run(...args: string[]): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const positionals = args.filter((a) => !a.startsWith('--'));
    const format = args.includes('--json') ? 'json' : 'human';
    const code = readinessCommand(positionals, { format, store, content: BUNDLED_PACK_DIR, date: '2026-03-05' }, { cwd: REPO, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) }, () => new Date(2026, 2, 2, 10, 0, 0));
    return { code, out, err };
  }

  it('prints the same figures as JSON and for a person, from the stored rounds and the drafts given', () => {
    const json = run('--json', 'examples/answers');
    assert.equal(json.code, 0, json.err);
    const r = JSON.parse(json.out);
    assert.equal(r.interviewDate, '2026-03-05');
    assert.deepEqual(r.scores.find((s: { promptId: string }) => s.promptId === 'pitch').rounds.map((x: { score: number }) => x.score), [72]);
    assert.equal(r.due.reduce((n: number, d: { rounds: number }) => n + d.rounds, 0), 1);
    assert.equal(r.due.reduce((n: number, d: { reviews: number }) => n + d.reviews, 0), 0, 'a card for a question the pack does not have is not counted');
    assert.ok(r.totals.openRedFlags > 0);
    const human = run('examples/answers');
    assert.equal(human.code, 0, human.err);
    assert.match(human.out, /Interview on 2026-03-05 \(3 days left\)/);
    assert.match(human.out, /30-Second Elevator Pitch: 72/);
    assert.match(human.out, new RegExp(`${r.totals.openRedFlags} red flags open in ${r.totals.drafts} drafts`));
  });

  it('takes a stored file that is not a regular file (a link to /dev/zero) as absent, and ends', () => {
    const odd = mkdtempSync(join(tmpdir(), 'ic-readiness-'));
    try {
      symlinkSync('/dev/zero', join(odd, 'quiz-progress.json'));
      const made = spawnSync('mkfifo', [join(odd, 'practice-rounds.json')], { encoding: 'utf8' });
      assert.equal(made.status, 0, `mkfifo: ${made.stderr}`);
      // The built CLI, in a process of its own: a read of /dev/zero never ends (it did, once).
      const r = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'readiness', '--store', odd, 'examples/answers'], { cwd: REPO, encoding: 'utf8', timeout: 30_000 });
      assert.equal(r.signal, null, 'readiness did not end');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /0\/\d+ quiz questions mastered · 0\/\d+ questions practised in 0 rounds/);
    } finally {
      rmSync(odd, { recursive: true, force: true });
    }
  });

  it('says so and fails (exit 2) on a setting it cannot use, as lint and report do, and still prints the figures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-readiness-'));
    try {
      const config = join(dir, 'settings.json');
      writeFileSync(config, JSON.stringify({ 'interviewCoach.drafts.include': ['{a,b.md'] }));
      let out = '';
      let err = '';
      const code = readinessCommand(['examples/answers'], { format: 'human', store, config, content: BUNDLED_PACK_DIR }, { cwd: REPO, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
      assert.equal(code, 2, err);
      assert.match(err, /drafts\.include/);
      assert.match(out, /quiz questions mastered/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds VS Code\'s global storage for the extension on each platform', () => {
    assert.equal(defaultStoreDir({}, 'linux', '/users/u'), '/users/u/.config/Code/User/globalStorage/interview-coach.interview-coach');
    assert.equal(defaultStoreDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/users/u'), '/x/Code/User/globalStorage/interview-coach.interview-coach');
    assert.match(defaultStoreDir({}, 'darwin', '/Users/u'), /Library\/Application Support\/Code\/User\/globalStorage\/interview-coach\.interview-coach$/);
  });
});
