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

  it('a pack whose id is "constructor" (a valid id) has no cards yet, rather than Object.prototype\'s', async () => {
    const storage = new MemoryStorage();
    const { store } = await ProgressStore.open(storage);
    assert.equal(store.card('constructor', 'culture/x'), undefined);
    assert.deepEqual(store.cards('constructor'), {});
    assert.equal(store.session('constructor'), undefined);
    await store.setCard('constructor', 'culture/x', record);
    assert.deepEqual(store.card('constructor', 'culture/x'), record);
    assert.deepEqual(JSON.parse(storage.text!).packs.constructor.cards['culture/x'], record);
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

  it('never overwrites a newer format: opens read-only and says so', async () => {
    const newer = JSON.stringify({ schema: PROGRESS_SCHEMA, version: 99, packs: { p: { cards: { a: record } } } });
    const storage = new MemoryStorage(newer);
    const { store, warnings } = await ProgressStore.open(storage);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /newer version of Interview Coach \(format 99.*read-only.*not saved/);
    assert.ok(store.readOnly);
    assert.deepEqual(store.card('p', 'a'), record, 'what it can read is shown');
    await store.setCard('p', 'b', record);
    await store.setSession('p', { v: 1 });
    assert.equal(storage.text, newer, 'the newer file is untouched after answers');
    assert.equal(storage.writes, 0);
  });

  it('turns read-only when another window has written a newer format since', async () => {
    const storage = new MemoryStorage();
    const { store } = await ProgressStore.open(storage);
    const seen: string[] = [];
    store.onWarning((w) => seen.push(w));
    await store.setCard('p', 'a', record);
    const newer = JSON.stringify({ schema: PROGRESS_SCHEMA, version: 3, packs: {} });
    storage.text = newer;
    await store.setCard('p', 'b', record);
    assert.equal(storage.text, newer);
    assert.equal(seen.length, 1);
    assert.match(seen[0]!, /format 3.*read-only/);
  });

  it('keeps the readable entries of a truncated file (49 of 50 when the cut is in the last)', async () => {
    const cards = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`q${i}`, record]));
    const whole = JSON.stringify({ schema: PROGRESS_SCHEMA, version: 2, packs: { p: { cards } } }, null, 1);
    const cut = whole.slice(0, whole.lastIndexOf('"lastGrade"'));
    const storage = new MemoryStorage(cut);
    const { store, warnings } = await ProgressStore.open(storage);
    assert.equal(Object.keys(store.cards('p')).length, 49);
    assert.match(warnings[0]!, /could not be read whole .*the 49 readable reviews were kept/);
    assert.equal(storage.backups[0]!.text, cut);
    await store.setCard('p', 'q49', record);
    assert.equal(Object.keys(JSON.parse(storage.text!).packs.p.cards).length, 50);
  });

  it('takes reviews back from backups rather than starting from nothing', async () => {
    const old = JSON.stringify({ schema: PROGRESS_SCHEMA, version: 2, packs: { p: { cards: { a: record, b: record }, session: { v: 1 } } } });
    const storage = new MemoryStorage('{"schema": "interview-coach/quiz-progress", "version": 2, "packs": {"p": {"ca');
    storage.backups.push({ text: old, reason: 'earlier' });
    const { store, warnings } = await ProgressStore.open(storage);
    assert.deepEqual(Object.keys(store.cards('p')).sort(), ['a', 'b']);
    assert.equal(store.session('p'), undefined, 'an old session is not brought back');
    assert.match(warnings[0]!, /2 reviews were taken back from earlier backups/);
    assert.deepEqual(Object.keys(JSON.parse(storage.text!).packs.p.cards).sort(), ['a', 'b']);
  });

  it('merges on save: two windows keep each other\'s reviews, and the later review of a question', async () => {
    const storage = new MemoryStorage();
    const a = (await ProgressStore.open(storage)).store;
    const b = (await ProgressStore.open(storage)).store;
    const early = record;
    clock.advance(60_000);
    const late = scheduler.review(record, 1, false);
    await a.setCard('p', 'only-a', early);
    await b.setCard('p', 'only-b', early);
    await b.setCard('p', 'both', late);
    await a.setCard('p', 'both', early); // a saves last, with the older review
    const cards = JSON.parse(storage.text!).packs.p.cards;
    assert.deepEqual(Object.keys(cards).sort(), ['both', 'only-a', 'only-b']);
    assert.deepEqual(cards.both, late);
    assert.deepEqual(a.card('p', 'both'), late, 'the saving window sees the merged state');
  });

  it('reload takes in what another window saved, and a cleared session stays cleared', async () => {
    const storage = new MemoryStorage();
    const a = (await ProgressStore.open(storage)).store;
    await a.setSession('p', { v: 1, id: 's' });
    const b = (await ProgressStore.open(storage)).store;
    const seen: string[] = [];
    b.onDidChange((p) => seen.push(p));
    await a.setCard('p', 'x', record);
    await a.setSession('p', undefined);
    await b.reload();
    assert.deepEqual(b.card('p', 'x'), record);
    assert.equal(b.session('p'), undefined);
    assert.deepEqual(seen, ['p']);
    await b.setCard('p', 'y', record);
    assert.equal(JSON.parse(storage.text!).packs.p.session, undefined, 'b did not bring back the session a finished');
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
