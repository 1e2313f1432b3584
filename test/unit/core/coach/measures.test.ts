import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { countVoice, findMeasure, findVagueResult, hasMeasure } from '../../../../src/core/coach/measures';

const measurable = (s: string) => {
  const found = findMeasure(s, 0, s.length) !== undefined;
  assert.equal(hasMeasure(s, 0, s.length), found, `hasMeasure agrees with findMeasure: ${s}`);
  return found;
};

describe('coach: measurable results and voice', () => {
  it('a number, a percentage or a time is measurable', () => {
    for (const s of [
      'Pages dropped by 50%.',
      'Velocity rose 30 percent.',
      'We cut the nightly run from nine hours to 40 minutes.',
      'It now takes five minutes instead of a day.',
      'Latency fell 3x.',
      'We saved $2M a year.',
      'Three teams adopted it.',
      'We doubled throughput.',
      'It ships within a week.',
      'Half the alerts disappeared.',
      'Done in 2.5 years.',
      'It went from three days to four hours.',
      'We explored 3x more variants.',
      'That cut costs by a third.',
      'Engagement rose 11%.',
      'Editors now review flagged scenes in minutes instead of hours.',
      'It ran at a tenth of the cost.',
      'New hires now ship in their first week.',
    ]) {
      assert.ok(measurable(s), s);
    }
  });

  it('praise without a figure is not measurable', () => {
    for (const s of [
      'The team was much happier.',
      'It went really well and everyone liked it.',
      'Tech debt went down a lot.',
      'We improved reliability significantly.',
      'One of the engineers thanked me.',
      'It became the standard way of working.',
      'We launched in 2021.',
      'It was the first time the team shipped on a Friday.',
      'No one complained.',
    ]) {
      assert.ok(!measurable(s), s);
    }
  });

  it('hasMeasure says whether findMeasure finds an amount, in any part of a text (property)', () => {
    const piece = fc.constantFrom('a', 'an', 'one', 'two', 'three', 'the', 'third', 'half', 'dozen', 'hundred', 'days', 'a week', 'overnight', 'minutes instead of hours', 'users', '$2M', '3x', '11%', '2021', 'first', 'in their first week', 'we', 'shipped', 'halved', 'zero', ',', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join(' ');
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        assert.equal(hasMeasure(text, from, to), findMeasure(text, from, to) !== undefined, JSON.stringify([text, from, to]));
      }),
    );
  });

  it('finds a vague claim of success, and not a plain statement', () => {
    for (const s of ['It went well.', 'Things got a lot better.', 'The launch was a big success.', 'Everyone was happier.', 'The researchers were really pleased.', 'It improved significantly.']) {
      assert.ok(findVagueResult(s, 0, s.length), s);
    }
    for (const s of ['The team adopted it.', 'Pages fell by half.', 'We kept the row.']) assert.equal(findVagueResult(s, 0, s.length), undefined, s);
  });

  it('counts "I" against "we", with "US" in capitals as the country', () => {
    assert.deepEqual(countVoice("We met, we're done; our team and I shipped my fix for us.", 0, 58), { i: 2, we: 4 });
    assert.deepEqual(countVoice('I moved the US region myself.', 0, 29), { i: 2, we: 0 });
    assert.deepEqual(countVoice('AI and CI/CD were ours.', 0, 23), { i: 0, we: 1 });
  });
});
