import * as assert from 'node:assert/strict';
import { lateSwap, TypoIndex, withinOneEdit } from '../../../../src/core/lint/typos';

describe('meaning tier: typo tolerance', () => {
  it('counts one insertion, deletion, substitution or neighbour swap, and nothing more', () => {
    assert.ok(withinOneEdit('stabillity', 'stability'));
    assert.ok(withinOneEdit('instrucions', 'instructions'));
    assert.ok(withinOneEdit('productoin', 'production'));
    assert.ok(withinOneEdit('mandatroy', 'mandatory'));
    assert.ok(withinOneEdit('securiti', 'security'));
    assert.ok(!withinOneEdit('security', 'security'));
    assert.ok(!withinOneEdit('stabbility', 'stabilities'));
    assert.ok(!withinOneEdit('instability', 'stability'.slice(1)));
  });

  it('corrects only long words with the right first three letters, never a known word', () => {
    const typos = new TypoIndex(['stability', 'instructions', 'content', 'production', 'productions']);
    assert.equal(typos.correct('stabillity'), 'stability');
    assert.equal(typos.correct('instrucions'), 'instructions');
    assert.equal(typos.correct('production'), undefined);
    assert.equal(typos.correct('context'), undefined); // short: "content" is not even indexed
    assert.equal(typos.correct('xtability'), undefined); // first letters must be right
  });

  it('reads a mid-length word only through a late neighbour swap ("famliy"), never a short one', () => {
    assert.ok(lateSwap('famliy', 'family'));
    assert.ok(lateSwap('balacne', 'balance'));
    assert.ok(!lateSwap('fmaily', 'family'));
    assert.ok(!lateSwap('famly', 'family'));
    assert.ok(!lateSwap('family', 'family'));
    const index = new TypoIndex(['family', 'balance', 'stability', 'angle']);
    assert.equal(index.correct('famliy'), 'family');
    assert.equal(index.correct('balacne'), 'balance');
    assert.equal(index.correct('famili'), undefined);
    assert.equal(index.correct('famil'), undefined);
    assert.equal(index.correct('angel'), 'angle');
    assert.equal(index.correct('fam'), undefined);
    assert.equal(index.correct('stabillity'), 'stability');
  });
});
