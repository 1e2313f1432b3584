import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreement, formatAgreement, JUDGEMENTS, parseCorpus } from '../../../../scripts/eval/coachAgreement';
import { bundledPack, REPO } from '../../helpers/packFiles';

const TUNE = join(REPO, 'test/fixtures/corpus/stories/tune.jsonl');
// Written by someone who never saw the coach's code; never tuned against, only measured.
const HOLDOUT = join(REPO, 'test/fixtures/corpus/stories/holdout.jsonl');

describe('coach: agreement with the labelled tuning corpus of stories', () => {
  const corpus = parseCorpus(readFileSync(TUNE, 'utf8'), 'tune.jsonl');
  const result = agreement(corpus, bundledPack());
  const report = formatAgreement('tune.jsonl', result);

  it('holds at least 40 stories across every label style and narrative, and 15 other answers', () => {
    const formats = new Map<string, number>();
    for (const c of corpus) formats.set(c.format, (formats.get(c.format) ?? 0) + 1);
    assert.ok(result.stories >= 40, `${result.stories} stories`);
    assert.ok(result.answers >= 15, `${result.answers} other answers`);
    for (const f of ['heading', 'bold-colon', 'bold-period', 'italic', 'letters', 'paren', 'bullets', 'dash', 'synonyms']) assert.ok((formats.get(f) ?? 0) >= 3, f);
    assert.ok((formats.get('narrative') ?? 0) >= 12, 'narrative');
  });

  it('agrees on at least 95% of the judgements, and on at least 90% of each kind', () => {
    assert.ok(result.right / result.total >= 0.95, report);
    for (const j of JUDGEMENTS) assert.ok(result.byJudgement[j].right / result.byJudgement[j].total >= 0.9, `${j}\n${report}`);
  });

  it('calls no complete story "not a story answer"', () => {
    assert.deepEqual(result.completeStoriesMissed, [], report);
  });
});

describe('coach: agreement with the held-out corpus of stories (never tuned against)', () => {
  const corpus = parseCorpus(readFileSync(HOLDOUT, 'utf8'), 'holdout.jsonl');
  const result = agreement(corpus, bundledPack());
  const report = formatAgreement('holdout.jsonl', result);

  it('agrees on at least 95% of the judgements', () => {
    assert.ok(result.stories >= 40 && result.answers >= 15, `${result.stories} stories, ${result.answers} other answers`);
    assert.ok(result.right / result.total >= 0.95, report);
  });

  it('calls no complete story "not a story answer"', () => {
    assert.deepEqual(result.completeStoriesMissed, [], report);
  });
});
