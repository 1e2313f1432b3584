import * as assert from 'node:assert/strict';
import { parseResultsPage, type ResultsPage } from '../../../../src/core/practice/resultsPage';

const page: ResultsPage = {
  v: 1,
  roundId: 'r1',
  score: 35,
  grade: 1,
  promptId: 'question:why-netflix',
  question: 'Why Netflix?',
  cite: { sectionId: 'likely-questions', itemId: 'why-netflix' },
  draft: 'answers/practice/why-netflix-20260302-0900.md',
  next: 'in 1 min',
  redFlags: 1,
  checks: [{ label: 'No red flag', points: 0, max: 40, detail: '1 red flag' }],
  fixes: [{ kind: 'red-flag', ruleId: 'work-life-balance', line: 9, message: 'Avoid "work-life balance".', guide: 'Do not say it.', cite: { sectionId: 'red-flags' } }],
};

describe('practice results page (saved state)', () => {
  it('takes back a page it wrote, through JSON', () => {
    assert.deepEqual(parseResultsPage(JSON.parse(JSON.stringify(page))), page);
  });

  it('refuses anything else: another version, a bad grade, a bad line, a missing field, not an object', () => {
    assert.equal(parseResultsPage({ ...page, v: 2 }), undefined);
    assert.equal(parseResultsPage({ ...page, grade: 5 }), undefined);
    assert.equal(parseResultsPage({ ...page, score: 101 }), undefined);
    assert.equal(parseResultsPage({ ...page, fixes: [{ ...page.fixes[0], line: 0 }] }), undefined);
    assert.equal(parseResultsPage({ ...page, fixes: [{ ...page.fixes[0], kind: 'shell' }] }), undefined);
    assert.equal(parseResultsPage({ ...page, cite: { sectionId: '' } }), undefined);
    const { draft: _draft, ...noDraft } = page;
    assert.equal(parseResultsPage(noDraft), undefined);
    assert.equal(parseResultsPage(undefined), undefined);
    assert.equal(parseResultsPage([page]), undefined);
  });
});
