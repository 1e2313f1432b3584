import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProgressStore } from '../../../../src/core/quiz/progress';
import type { CardRecord } from '../../../../src/core/quiz/schedule';
import { LockedTextFile } from '../../../../src/extension/storage/lockedTextFile';

const PROGRESS_FILE = 'quiz-progress.json';
const progressFile = (folder: string) => new LockedTextFile(folder, PROGRESS_FILE, 'quiz progress');

/**
 * Two VS Code windows are two processes writing one progress file. This file is also the
 * writer: forked with IC_PROGRESS_WRITER set, it answers questions through a real store.
 */
const WRITER = process.env['IC_PROGRESS_WRITER'];
const REVIEWS = 200;
const SHARED = 10;
const BASE = Date.UTC(2026, 0, 5, 9);

function record(at: number, reps: number): CardRecord {
  return {
    due: new Date(at + 86_400_000).toISOString(),
    stability: 3.1,
    difficulty: 5,
    state: 'Review',
    reps,
    lapses: 0,
    learningSteps: 0,
    scheduledDays: 1,
    lastReview: new Date(at).toISOString(),
    lastGrade: 3,
    lastCorrect: true,
  };
}

async function writer(folder: string, id: number): Promise<void> {
  const { store } = await ProgressStore.open(progressFile(folder));
  for (let i = 0; i < REVIEWS; i++) {
    // Its own questions, and a few both windows answer (the later review must win).
    await store.setCard('pack', `w${id}/q${i}`, record(BASE + i * 1000, 1));
    if (i % 10 === 0) await store.setCard('pack', `shared/q${(i / 10) % SHARED}`, record(BASE + i * 1000 + id, i));
    if (i % 50 === 0) await store.setSession('pack', { v: 1, id: `w${id}-${i}` });
  }
}

if (WRITER) {
  const [folder, id] = WRITER.split('|');
  writer(folder!, Number(id)).then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
} else {
  describe('quiz progress file', () => {
    let folder: string;
    beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'ic-progress-'))));
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    const runWriter = (id: number) =>
      new Promise<number>((resolve, reject) => {
        const child = fork(__filename, [], { env: { ...process.env, IC_PROGRESS_WRITER: `${folder}|${id}` }, stdio: 'inherit' });
        child.on('error', reject);
        child.on('exit', (code) => resolve(code ?? 1));
      });

    it(`loses no review when two processes each save ${REVIEWS} reviews at once`, async function () {
      this.timeout(60_000);
      const codes = await Promise.all([runWriter(1), runWriter(2)]);
      assert.deepEqual(codes, [0, 0], 'both writers finished');
      const { store, warnings } = await ProgressStore.open(progressFile(folder));
      assert.deepEqual(warnings, []);
      const cards = store.cards('pack');
      const missing: string[] = [];
      for (const w of [1, 2]) for (let i = 0; i < REVIEWS; i++) if (!cards[`w${w}/q${i}`]) missing.push(`w${w}/q${i}`);
      assert.deepEqual(missing, [], `${missing.length} of ${2 * REVIEWS} reviews lost`);
      for (let s = 0; s < SHARED; s++) {
        // Question s was last answered at i = 10 * (s + 10 * k) for the largest k below REVIEWS, by writer 2 (id added to the time).
        const last = Math.max(...Array.from({ length: REVIEWS / 10 }, (_, j) => j * 10).filter((i) => (i / 10) % SHARED === s));
        assert.equal(cards[`shared/q${s}`]?.lastReview, new Date(BASE + last * 1000 + 2).toISOString(), `shared/q${s} keeps the latest review`);
      }
      assert.deepEqual(
        readdirSync(folder).filter((n) => n !== PROGRESS_FILE),
        [],
        'no temporary file, lock or backup is left behind',
      );
      JSON.parse(readFileSync(join(folder, PROGRESS_FILE), 'utf8'));
    });
  });
}
