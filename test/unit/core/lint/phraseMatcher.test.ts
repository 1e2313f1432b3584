import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lintText } from '../../../../src/core/lint';
import { compilePhrase, parsePhrase } from '../../../../src/core/lint/pattern';
import { PhraseSetMatcher } from '../../../../src/core/lint/phraseMatcher';
import { packWith } from './packs';

/**
 * The phrase matcher must find exactly what the regular expression of the same phrases finds
 * (pattern.ts `compilePhrase`, searched as `\b(?:p1|p2|…)` with the `g` flag): same matches, same
 * ranges, same choice between overlapping readings. Its shortcuts (one step for a group of single
 * words, a look for the words a match needs before running) must not change any of that.
 */
const WORDS = ['b', 'bb', 'c', 'team', "don't", 'stable', 'work', 'a'];
const word = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom('', '~', '=')).map(([w, form]) => (form === '=' ? `=${w}` : /^[a-z]+$/.test(w) ? w + form : w));
/** A sequence of elements, groups nested at most `depth` deep. */
function sequenceOf(depth: number): fc.Arbitrary<string> {
  const element: fc.Arbitrary<string> =
    depth === 0
      ? word
      : fc.oneof(
          word,
          word,
          fc.array(sequenceOf(depth - 1), { minLength: 1, maxLength: 3 }).map((alts) => `(${alts.join('|')})`),
          fc.array(sequenceOf(depth - 1), { minLength: 1, maxLength: 2 }).map((alts) => `[${alts.join('|')}]`),
        );
  // An alternative needs a required word: each sequence has one, first or last.
  return fc.tuple(word, fc.array(element, { maxLength: 2 }), fc.boolean()).map(([w, els, last]) => (last ? [...els, w] : [w, ...els]).join(' '));
}
const sequence = sequenceOf(2);
const phrase = fc
  .tuple(fc.option(sequence, { nil: undefined }), sequence, fc.option(sequence, { nil: undefined }))
  .map(([before, core, after]) => `${before ? `{${before}} ` : ''}${core}${after ? ` {${after}}` : ''}`);
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS, 'teams', 'worked', 'x', 'don’t', 'stables'), fc.constantFrom(' ', ' ', '  ', '-', ' - ', '/', '\n', '. ', "'")), { maxLength: 30 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

/** Every match of `regex` from the start, as a `g` search finds them. */
function regexMatches(regex: RegExp, w: string): [number, number][] {
  const out: [number, number][] = [];
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(w)) !== null) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) regex.lastIndex++;
  }
  return out;
}

function matcherMatches(matcher: PhraseSetMatcher, w: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = 0; at <= w.length; ) {
    const m = matcher.find(w, at);
    if (!m) break;
    out.push([m.start, m.end]);
    at = m.end > m.start ? m.end : m.start + 1;
  }
  return out;
}

describe('phrase matcher: the same matches as the regular expressions it replaces', () => {
  it('property: any phrases × texts give the matches, ranges and readings of `\\b(?:p1|p2|…)`', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 3 }), text, (sources, raw) => {
        const parsed = sources.flatMap((s) => {
          try {
            return [parsePhrase(s, { allowContext: true })];
          } catch {
            return []; // outside the pattern limits (the parser says why): not what is tested here
          }
        });
        fc.pre(parsed.length > 0);
        const regex = new RegExp(`\\b(?:${parsed.map((p) => compilePhrase(p).full).join('|')})`, 'g');
        const w = raw.toLowerCase();
        assert.deepEqual(matcherMatches(new PhraseSetMatcher(parsed), w), regexMatches(regex, w));
      }),
      { numRuns: 400 },
    );
  });

  it('property: narrow searches one after another (as look-alikes are checked) each give what the regex finds from there', () => {
    // The engine asks one matcher about small neighbourhoods of a long text, mostly moving forward
    // a few words at a time: what it learned reading ahead for one search must not change the next.
    const filler = fc.array(fc.constantFrom('x ', 'worked ', 'x. ', 'teams\n', 'x - ', 'b ', 'a ', 'stable ', 'work '), { minLength: 0, maxLength: 120 }).map((parts) => parts.join(''));
    const longText = fc.array(fc.tuple(filler, text), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([f, t]) => f + t).join(''));
    const search = fc.tuple(fc.nat(), fc.nat({ max: 160 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 3 }), longText, fc.array(search, { minLength: 1, maxLength: 40 }), (sources, raw, searches) => {
        const parsed = sources.flatMap((s) => {
          try {
            return [parsePhrase(s, { allowContext: true })];
          } catch {
            return [];
          }
        });
        fc.pre(parsed.length > 0);
        const regex = new RegExp(`\\b(?:${parsed.map((p) => compilePhrase(p).full).join('|')})`, 'g');
        const w = raw.toLowerCase();
        const matcher = new PhraseSetMatcher(parsed);
        let from = 0;
        for (const [jump, width, back] of searches) {
          // Mostly forward by a few words; sometimes back, or anywhere.
          from = back ? jump % (w.length + 1) : Math.min(w.length, from + (jump % 40));
          const to = Math.min(w.length, from + width);
          regex.lastIndex = from;
          const m = regex.exec(w);
          const expected = m && m.index < to ? { start: m.index, end: m.index + m[0].length } : undefined;
          assert.deepEqual(matcher.find(w, from, to), expected, `find(w, ${from}, ${to})`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a needed word lying just past what one search read is found by the next, at every alignment', () => {
    // One matcher, narrow searches moving forward a character at a time over long stretches with
    // the needed words in one place only: what a search read ahead (or did not) decides nothing.
    const phrases = [parsePhrase("[(a|the)] stable don't"), parsePhrase('b (b|b b) work')];
    const regex = new RegExp(`\\b(?:${phrases.map((p) => compilePhrase(p).full).join('|')})`, 'g');
    const cases: [number, number][] = [0, 1, 250, 255, 256, 257, 300, 600].flatMap((gap) => [1, 5, 40].map((width): [number, number] => [gap, width]));
    // Every alignment of the words with where a search stops reading ahead.
    for (let pad = 0; pad < 300; pad++) cases.push([-pad, 7]);
    for (const [gap, width] of cases) {
      const filler = 'x '.repeat(gap < 0 ? 100 : gap);
      const w = `${gap < 0 ? '.'.repeat(-gap) : ''}${filler}the stable don’t ${filler}b b b work ${filler}`;
      {
        const matcher = new PhraseSetMatcher(phrases);
        for (let from = 0; from <= w.length; from++) {
          const to = Math.min(w.length, from + width);
          regex.lastIndex = from;
          const m = regex.exec(w);
          const expected = m && m.index < to ? { start: m.index, end: m.index + m[0].length } : undefined;
          assert.deepEqual(matcher.find(w, from, to), expected, `gap ${gap}, find(w, ${from}, ${to})`);
        }
      }
    }
  });

  it('a group of single words tries them in the order written (a longer word after its prefix still matches)', () => {
    const m = new PhraseSetMatcher([parsePhrase('(team|teams|teammate) b')]);
    assert.deepEqual(m.find('the teams b', 0), { start: 4, end: 11 });
    assert.deepEqual(m.find('a teammate b', 0), { start: 2, end: 12 });
    // Where both words fit, the first written wins, as in the regex: `b` then `b`, not `bb` then ` b`.
    assert.deepEqual(new PhraseSetMatcher([parsePhrase('(=b|=bb) [b]')]).find('bb b', 0), { start: 0, end: 2 });
    assert.deepEqual(new PhraseSetMatcher([parsePhrase('(=bb|=b) [b]')]).find('bb b', 0), { start: 0, end: 4 });
  });

  it('a needed word found just within reach, or with another apostrophe, still lets the phrase match', () => {
    const m = new PhraseSetMatcher([parsePhrase("(b|b b) (b|b b) don't")]);
    assert.deepEqual(m.find('b b b b don’t', 0), { start: 0, end: 13 });
    assert.equal(m.find('b b b b do not', 0), undefined);
    // Asked again about a text already read, from before and after where it first looked.
    assert.deepEqual(m.find('x b b b b don’t', 5), { start: 6, end: 15 });
    assert.deepEqual(m.find('x b b b b don’t', 2), { start: 2, end: 15 });
    // Only the start must lie before `to`: the needed word may lie beyond it.
    assert.deepEqual(new PhraseSetMatcher([parsePhrase("b (b|b b) don't")]).find('b b b don’t', 0, 1), { start: 0, end: 11 });
  });
});

describe('lint engine: choosing between readings, with look-alikes checked only where they matter', () => {
  it('when the preferred reading of a hit is a look-alike, the next phrase on the same word is reported', () => {
    const pack = packWith([
      { id: 'long', phrases: ['stable job'], except: ['stable job market'] },
      { id: 'short', phrases: ['stable'] },
    ]);
    const found = lintText('A stable job market.', pack).map((f) => [f.ruleId, f.start, f.end]);
    assert.deepEqual(found, [['short', 2, 8]]);
    assert.deepEqual(
      lintText('A stable job here.', pack).map((f) => [f.ruleId, f.start, f.end]),
      [['long', 2, 12]],
    );
  });

  it('a hit inside a match already taken is skipped, but a phrase flagging before its anchor still competes', () => {
    const pack = packWith([
      { id: 'run', phrases: ['b b b'] },
      { id: 'ctx', phrases: ['{c} b'] },
    ]);
    const text = 'b b b b c b';
    const found = lintText(text, pack).map((f) => [f.ruleId, text.slice(f.start, f.end), f.start]);
    assert.deepEqual(found, [
      ['run', 'b b b', 0],
      ['ctx', 'b', 10],
    ]);
  });

  it('the same text linted again (an equal string, not the same one) gives the same findings', () => {
    const pack = packWith([{ id: 'adv', phrases: ['(b|b b) (b|b b) (b|b b)'], except: ['(b|b b) (b|b b) d'], suggestions: ['b c'] }]);
    const text = 'b b b b d b b b b b x b b b b '.repeat(40);
    const first = lintText(text, pack);
    const again = lintText(` ${text}`.slice(1), pack);
    assert.ok(first.length > 0);
    assert.deepEqual(again, first);
  });
});
