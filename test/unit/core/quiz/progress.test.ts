import * as assert from 'node:assert/strict';
import { PROGRESS_SCHEMA, PROGRESS_VERSION, ProgressStore } from '../../../../src/core/quiz/progress';
import { Scheduler } from '../../../../src/core/quiz/schedule';
import { FakeClock, MemoryStorage } from './helpers';

const clock = new FakeClock(Date.UTC(2026, 0, 5, 9));
const scheduler = new Scheduler(clock.now);
const record = scheduler.review(undefined, 3);

describe('quiz progress store', () => {
  it('starts empty when nothing is stored, and writes a versioned document', async () => {
    const storage = new MemoryStorage();
    const { store, warnings } = await ProgressStore.open(storage);
    assert.deepEqual(warnings, []);
    assert.equal(storage.writes, 0, 'opening writes nothing');
    await store.setCard('pack', 'culture/x', record);
    const doc = JSON.parse(storage.text!);
    assert.equal(doc.schema, PROGRESS_SCHEMA);
    assert.equal(doc.version, PROGRESS_VERSION);
    assert.deepEqual(doc.packs.pack.cards['culture/x'], record);
  });

  it('reads back what it wrote', async () => {
    const storage = new MemoryStorage();
    const first = (await ProgressStore.open(storage)).store;
    await first.setCard('pack', 'a', record);
    await first.setSession('pack', { v: 1, id: 's' });
    const { store, warnings } = await ProgressStore.open(storage);
    assert.deepEqual(warnings, []);
    assert.deepEqual(store.card('pack', 'a'), record);
    assert.deepEqual(store.session('pack'), { v: 1, id: 's' });
    await store.setSession('pack', undefined);
    assert.equal(store.session('pack'), undefined);
  });

  it('migrates a version 1 document, keeping a copy of the original', async () => {
    const v1 = {
      version: 1,
      packId: 'netflix',
      cards: {
        'culture/value-from-meaning/candor': { due: Date.UTC(2026, 0, 9), stability: 4.2, difficulty: 5.1, state: 2, reps: 3, lapses: 0, lastReview: Date.UTC(2026, 0, 5), lastRating: 3 },
        'culture/broken': { due: 'soon' },
      },
    };
    const storage = new MemoryStorage(JSON.stringify(v1));
    const { store, warnings } = await ProgressStore.open(storage);
    const card = store.card('netflix', 'culture/value-from-meaning/candor')!;
    assert.equal(card.state, 'Review');
    assert.equal(card.due, new Date(Date.UTC(2026, 0, 9)).toISOString());
    assert.equal(card.lastGrade, 3);
    assert.equal(card.lastCorrect, true);
    assert.equal(store.card('netflix', 'culture/broken'), undefined);
    assert.equal(warnings.length, 1, 'the one dropped entry is reported');
    assert.match(warnings[0]!, /1 unreadable entry \(culture\/broken\)/);
    assert.ok(storage.backups.some((b) => b.text === JSON.stringify(v1)), 'the v1 text was kept');
    assert.equal(JSON.parse(storage.text!).version, PROGRESS_VERSION, 'the migrated document was written');
  });

  it('sets a corrupted file aside with a warning, never crashing and never wiping it', async () => {
    const garbage = '{"schema": "interview-coach/quiz-progress", "version": 2, "packs": {"p": {"cards": {"a": ';
    const storage = new MemoryStorage(garbage);
    const { store, warnings } = await ProgressStore.open(storage);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /could not be read .*kept as backup-1\.json/);
    assert.deepEqual(storage.backups, [{ text: garbage, reason: storage.backups[0]!.reason }]);
    assert.equal(storage.text, garbage, 'the original is untouched until the next change');
    await store.setCard('p', 'a', record);
    assert.equal(storage.backups[0]!.text, garbage);
  });

  it('keeps the valid records of a damaged document and reports the rest', async () => {
    const doc = {
      schema: PROGRESS_SCHEMA,
      version: 2,
      packs: { p: { cards: { good: record, bad: { ...record, stability: 'high' }, worse: null } }, q: 'nonsense' },
    };
    const storage = new MemoryStorage(JSON.stringify(doc));
    const { store, warnings } = await ProgressStore.open(storage);
    assert.deepEqual(store.card('p', 'good'), record);
    assert.equal(store.card('p', 'bad'), undefined);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /3 unreadable entries/);
    assert.equal(storage.backups.length, 1);
  });

  it('does not overwrite a newer format silently: backup and warning', async () => {
    const newer = JSON.stringify({ schema: PROGRESS_SCHEMA, version: 99, packs: {} });
    const storage = new MemoryStorage(newer);
    const { warnings } = await ProgressStore.open(storage);
    assert.match(warnings[0]!, /newer version of Interview Coach \(format 99/);
    assert.equal(storage.backups[0]!.text, newer);
  });

  it('sets aside JSON that is not a progress document at all', async () => {
    for (const text of ['[1,2,3]', '"hello"', '{"cards": {}}']) {
      const storage = new MemoryStorage(text);
      const { store, warnings } = await ProgressStore.open(storage);
      assert.equal(warnings.length, 1, text);
      assert.equal(storage.backups[0]!.text, text);
      assert.deepEqual(store.cards('any'), {});
    }
  });

  it('serializes writes so the last one wins', async () => {
    const storage = new MemoryStorage();
    const { store } = await ProgressStore.open(storage);
    await Promise.all([store.setCard('p', 'a', record), store.setCard('p', 'b', record), store.setCard('p', 'c', record)]);
    assert.deepEqual(Object.keys(JSON.parse(storage.text!).packs.p.cards), ['a', 'b', 'c']);
  });

  it('tells listeners which pack changed', async () => {
    const { store } = await ProgressStore.open(new MemoryStorage());
    const seen: string[] = [];
    const sub = store.onDidChange((p) => seen.push(p));
    await store.setCard('p1', 'a', record);
    sub.dispose();
    await store.setCard('p2', 'a', record);
    assert.deepEqual(seen, ['p1']);
  });
});
