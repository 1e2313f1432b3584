import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRoundsDocument, RoundsStore, type RoundRecord } from '../../../../src/core/practice/rounds';
import type { CardRecord } from '../../../../src/core/quiz/schedule';
import { LockedTextFile } from '../../../../src/extension/storage/lockedTextFile';

const roundsFile = (folder: string) => new LockedTextFile(folder, 'practice-rounds.json', 'practice rounds');

// Two windows are two stores on one file: saving at the same time must keep every round.
describe('practice rounds file (Node fs, as the extension uses it)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ic-rounds-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const card = (t: number): CardRecord => ({ due: new Date(t + 600_000).toISOString(), stability: 1, difficulty: 5, state: 'Learning', reps: 1, lapses: 0, learningSteps: 0, scheduledDays: 0, lastReview: new Date(t).toISOString(), lastGrade: 3, lastCorrect: true });
  const round = (id: string, t: number): RoundRecord => ({ id, promptId: 'pitch', question: 'Pitch', startedAt: new Date(t - 60_000).toISOString(), finishedAt: new Date(t).toISOString(), score: 70, grade: 3, targetSeconds: 30, spokenSeconds: 20, redFlags: 0, draft: 'a.md' });

  it('keeps every round when two windows record at once, and leaves no temporary file or lock', async () => {
    const a = (await RoundsStore.open(roundsFile(dir))).store;
    const b = (await RoundsStore.open(roundsFile(dir))).store;
    const t = Date.UTC(2026, 2, 2, 9);
    await Promise.all(Array.from({ length: 20 }, (_, i) => [a.record('p', round(`a${i}`, t + i * 1000), card(t + i * 1000)), b.record('p', round(`b${i}`, t + i * 1000 + 500), card(t + i * 1000 + 500))]).flat());
    const stored = parseRoundsDocument(readFileSync(join(dir, 'practice-rounds.json'), 'utf8'));
    assert.equal(stored.unreadable, undefined);
    assert.equal(Object.keys(stored.doc.packs['p']!.rounds).length, 40);
    assert.equal(stored.doc.packs['p']!.cards['pitch']!.lastReview, new Date(t + 19_500).toISOString(), 'the latest review wins');
    assert.deepEqual(readdirSync(dir), ['practice-rounds.json']);
  });
});
