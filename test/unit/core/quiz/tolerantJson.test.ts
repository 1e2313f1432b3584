import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseTolerantJson } from '../../../../src/core/quiz/tolerantJson';

describe('tolerant JSON', () => {
  it('reads whole JSON as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v, null, 1);
        assert.deepEqual(parseTolerantJson(text), { value: JSON.parse(text), complete: true });
      }),
    );
  });

  it('keeps the members before a cut and drops the one it goes through', () => {
    const r = parseTolerantJson('{"a": {"x": 1, "y": [1, 2]}, "b": {"x": 2, "y": [3, 4');
    assert.equal(r.complete, false);
    assert.match(r.error!, /unexpected end at character \d+/);
    assert.deepEqual(r.value, { a: { x: 1, y: [1, 2] }, b: { x: 2, y: [3] } });
    assert.deepEqual(parseTolerantJson('{"a": 1, "b": 12').value, { a: 1 }, 'a number at the cut may be missing digits');
    assert.deepEqual(parseTolerantJson('{"a": 1}{"a": 2}').value, { a: 1 }, 'junk after the value');
    assert.deepEqual(parseTolerantJson('{"a": 1, "b": tru').value, { a: 1 });
    assert.deepEqual(parseTolerantJson('{"a": "x\\').value, {});
    assert.equal(parseTolerantJson('').value, undefined);
    assert.equal(parseTolerantJson('nonsense').value, undefined);
  });

  it('never throws, and every cut of a document reads as a part of it', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }))), fc.nat(), (doc, at) => {
        const text = JSON.stringify(doc, null, 1);
        // The document as its text says it (JSON has no -0: the generator's -0 is written as 0).
        const whole = JSON.parse(text) as typeof doc;
        const cut = text.slice(0, at % (text.length + 1));
        const r = parseTolerantJson(cut);
        if (r.value === undefined) return;
        // Every whole member it keeps is the document's own.
        for (const [k, v] of Object.entries(r.value as Record<string, Record<string, unknown>>)) {
          assert.ok(Object.prototype.hasOwnProperty.call(whole, k));
          for (const [k2, v2] of Object.entries(v)) {
            assert.ok(Object.prototype.hasOwnProperty.call(whole[k], k2));
            if (typeof v2 !== 'object' || v2 === null) assert.deepEqual(v2, whole[k]![k2]);
          }
        }
      }),
    );
  });

  it('takes deep nesting without overflowing the stack', () => {
    const r = parseTolerantJson('['.repeat(200_000));
    assert.equal(r.complete, false);
  });
});
