import * as assert from 'node:assert/strict';
import { TypoIndex, withinOneEdit } from '../../../../src/core/lint/typos';

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
});
