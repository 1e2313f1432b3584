import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDraft } from '../../../../src/core/coach/analyze';
import { COACH_MAX_CHARS, coachAnalyzer } from '../../../../src/core/coach/analyzer';
import { isCoachRule } from '../../../../src/core/coach/rules';
import { lintText } from '../../../../src/core/lint/engine';
import { bundledPack, FIXTURES } from '../../helpers/packFiles';

const pack = bundledPack();
const coachOnly = <T extends { ruleId: string }>(findings: readonly T[]): T[] => findings.filter((f) => isCoachRule(f.ruleId));

describe('coach: as an analyzer of the lint engine', () => {
  it('reports the same findings inside a lint run as on its own, for every fixture draft', () => {
    const dir = join(FIXTURES, 'coach');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      const text = readFileSync(join(dir, file), 'utf8');
      assert.deepEqual(coachOnly(lintText(text, pack, { analyzers: [coachAnalyzer()] })), analyzeDraft(text, pack).findings, file);
    }
  });

  it('leaves files past COACH_MAX_CHARS to the red-flag rules alone', () => {
    const head = '---\ninterview: true\n---\n\n# Why Netflix?\n\nI maybe want work-life balance.\n';
    const big = head + 'We shipped it and it worked well for everyone.\n'.repeat(Math.ceil(COACH_MAX_CHARS / 45));
    assert.ok(big.length > COACH_MAX_CHARS);
    const findings = lintText(big, pack, { analyzers: [coachAnalyzer()] });
    assert.deepEqual(coachOnly(findings), []);
    assert.ok(findings.some((f) => f.ruleId === 'work-life-balance'));
    // Just under the limit, the same draft is coached.
    assert.ok(coachOnly(lintText(head, pack, { analyzers: [coachAnalyzer()] })).length > 0);
  });

  it('rides alongside the red flags in one run, sorted by position', () => {
    const text = '---\ninterview: true\n---\n\n# Why Netflix?\n\nI maybe want work-life balance.\n';
    const findings = lintText(text, pack, { analyzers: [coachAnalyzer()] });
    assert.deepEqual(findings.map((f) => f.ruleId), ['hedging', 'work-life-balance']);
  });

  it('honours suppression comments, disabled rules and severity overrides by coach rule id', () => {
    const text = '---\ninterview: true\npitch: true\n---\n\n<!-- interview-coach-disable-next-line hedging -->\nI maybe build pipelines.\nI just ship them.\n';
    const run = (options = {}) => coachOnly(lintText(text, pack, { analyzers: [coachAnalyzer()], ...options })).map((f) => `${f.ruleId}:${f.severity}:${f.line}`);
    assert.deepEqual(run(), ['hedging:warning:8']);
    assert.deepEqual(run({ disabledRules: ['hedging'] }), []);
    assert.deepEqual(run({ severity: { hedging: 'info' } }), ['hedging:info:8']);
  });

  it('adds the coverage findings the caller knows, and hands over the analysis', () => {
    const text = '---\ninterview: true\nstory: risk\n---\n\nI did it.\n';
    let seen = 0;
    const extra = { ruleId: 'story-overused', severity: 'info' as const, message: 'm', start: 29, end: 33, line: 3, column: 8, endLine: 3, endColumn: 12, suggestions: [] };
    const findings = lintText(text, pack, { analyzers: [coachAnalyzer({ coverageFindings: () => [extra], onAnalysis: (_t, a) => (seen = a.words) })] });
    assert.ok(findings.some((f) => f.ruleId === 'story-overused' && f.line === 3));
    assert.equal(seen, 3);
  });
});
