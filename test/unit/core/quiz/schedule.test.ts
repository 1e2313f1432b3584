import * as assert from 'node:assert/strict';
import { humanInterval, parseInterviewDate, Scheduler, type CardRecord } from '../../../../src/core/quiz/schedule';
import { FakeClock } from './helpers';

const DAY = 86_400_000;
const START = new Date(2026, 0, 5, 9, 0, 0).getTime(); // local time: a Monday morning

describe('quiz scheduling (FSRS via ts-fsrs) with a fixed clock', () => {
  it('brings a right answer back later and later, and a wrong one back within minutes', () => {
    const clock = new FakeClock(START);
    const s = new Scheduler(clock.now);
    let card: CardRecord | undefined;
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      card = s.review(card, 3);
      gaps.push(Date.parse(card.due) - clock.time);
      clock.time = Date.parse(card.due);
    }
    assert.equal(gaps[0], 10 * 60_000, 'first Good: the 10-minute learning step');
    for (let i = 1; i < gaps.length; i++) assert.ok(gaps[i]! > gaps[i - 1]!, `gaps grow: ${gaps.map(humanInterval).join(', ')}`);
    assert.equal(card!.state, 'Review');

    const lapsed = s.review(card, 1);
    assert.equal(Date.parse(lapsed.due) - clock.time, 10 * 60_000, 'Again: the relearning step');
    assert.equal(lapsed.lapses, 1);
    assert.equal(lapsed.lastCorrect, false);
  });

  it('is deterministic: the same answers at the same times give the same schedule', () => {
    const run = () => {
      const clock = new FakeClock(START);
      const s = new Scheduler(clock.now);
      let card: CardRecord | undefined;
      for (const g of [3, 3, 2, 4, 1, 3] as const) {
        card = s.review(card, g);
        clock.time = Date.parse(card.due);
      }
      return card;
    };
    assert.deepEqual(run(), run());
  });

  it('is due at its due time, not before', () => {
    const clock = new FakeClock(START);
    const s = new Scheduler(clock.now);
    const card = s.review(undefined, 3);
    assert.equal(s.isDue(card), false);
    clock.advance(10 * 60_000);
    assert.equal(s.isDue(card), true);
    assert.equal(s.isDue(undefined), false, 'a never-answered question is new, not due');
  });

  it('counts a question mastered once it would still be recalled a week out', () => {
    const clock = new FakeClock(START);
    const s = new Scheduler(clock.now);
    let card: CardRecord | undefined;
    const masteredAfter: boolean[] = [];
    for (let i = 0; i < 4; i++) {
      card = s.review(card, 3);
      masteredAfter.push(s.isMastered(card));
      clock.time = Date.parse(card.due);
    }
    assert.deepEqual(masteredAfter, [false, false, true, true]);
    assert.equal(s.isMastered(s.review(card, 1)), false, 'a lapse un-masters it');
  });

  it('schedules nothing past the interview date and raises the desired retention as it nears', () => {
    const clock = new FakeClock(START);
    let interview: Date | undefined = new Date(2026, 0, 12); // a week later
    const s = new Scheduler(clock.now, () => interview);
    assert.equal(s.daysLeft(), 7);
    let card: CardRecord | undefined;
    let reviews = 0;
    while (clock.time < interview.getTime()) {
      card = s.review(card, 3);
      reviews++;
      assert.ok(Date.parse(card.due) <= interview.getTime(), `review ${reviews} due ${card.due} is after the interview`);
      clock.time = Math.max(clock.time + 60_000, Date.parse(card.due));
    }
    assert.ok(reviews >= 3, `${reviews} reviews before the interview`);
    // On the day itself, anything answered is due again that day, never later.
    card = s.review(card, 4);
    assert.ok(Date.parse(card.due) < interview.getTime() + DAY);
    // Without the date the same Easy answers go far past it.
    const free = new Scheduler(new FakeClock(START).now);
    const freeCard = free.review(undefined, 4);
    assert.ok(Date.parse(freeCard.due) - START >= 7 * DAY, 'an Easy first answer waits over a week without a date');

    clock.time = START;
    interview = new Date(2026, 2, 30); // far out
    assert.equal(s.desiredRetention(), 0.9);
    interview = new Date(2026, 0, 20); // 15 days
    const mid = s.desiredRetention();
    interview = new Date(2026, 0, 6); // tomorrow
    const eve = s.desiredRetention();
    assert.ok(mid > 0.9 && mid < eve, `${mid} < ${eve}`);
    assert.equal(eve, 0.97);
    interview = new Date(2026, 0, 1); // passed
    assert.equal(s.daysLeft(), undefined);
    assert.equal(s.desiredRetention(), 0.9);
  });

  it('shows what each grade would do, for the grade buttons', () => {
    const s = new Scheduler(new FakeClock(START).now);
    assert.deepEqual(s.preview(undefined), ['1 min', '6 min', '10 min', '8 days']);
  });

  it('reads an interview date as a local calendar day', () => {
    const d = parseInterviewDate('2026-03-14')!;
    assert.deepEqual([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()], [2026, 2, 14, 0]);
    assert.equal(parseInterviewDate('2026-02-30'), undefined);
    assert.equal(parseInterviewDate('14/03/2026'), undefined);
    assert.equal(parseInterviewDate(''), undefined);
  });
});
