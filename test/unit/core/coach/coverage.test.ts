import * as assert from 'node:assert/strict';
import { analyzeDraft } from '../../../../src/core/coach/analyze';
import { analyzeCoverage, type AnalyzedDraft } from '../../../../src/core/coach/coverage';
import { bundledPack } from '../../helpers/packFiles';

const pack = bundledPack();

function drafts(files: Record<string, string>, options = {}): AnalyzedDraft[] {
  return Object.entries(files).map(([path, text]) => ({ path, text, analysis: analyzeDraft(text, pack, options) }));
}

const story = (id: string, body = 'I did the work.') => `---\ninterview: true\nstory: ${id}\n---\n\n# A story\n\n${body}\n`;

describe('coach: coverage across drafts', () => {
  it('with no drafts, nothing is covered and every required skill is missing', () => {
    const c = analyzeCoverage([], pack);
    assert.equal(c.drafts, 0);
    assert.equal(c.uncoveredValues.length, 12);
    assert.deepEqual(c.missingSkills.map((s) => s.id), ['python-java-cpp', 'ml-pipelines', 's3-docker', 'gpu-training-basics']);
    assert.ok(c.stories.every((s) => s.paths.length === 0 && !s.overused));
  });

  it('lists the values no draft shows yet, and which drafts show the others', () => {
    const c = analyzeCoverage(drafts({ 'a.md': story('learning'), 'b.md': story('team', 'I built our Python ML pipeline on S3.') }), pack);
    assert.deepEqual(c.uncoveredValues.map((v) => v.id), ['judgment', 'candor', 'creativity', 'courage']);
    assert.deepEqual(c.values.find((v) => v.value.id === 'great-and-always-better')!.paths, ['a.md']);
    assert.deepEqual(c.values.find((v) => v.value.id === 'selflessness')!.paths, ['b.md']);
    assert.deepEqual(c.missingSkills.map((s) => s.id), ['gpu-training-basics']);
    assert.deepEqual(c.requiredSkills.find((s) => s.skill.id === 's3-docker')!.paths, ['b.md']);
  });

  it('a story told in more answers than the limit is overused, with a finding on each draft\'s story line', () => {
    const set = drafts({ 'a.md': story('risk'), 'b.md': story('risk'), 'c.md': story('risk'), 'd.md': story('team') });
    const c = analyzeCoverage(set, pack);
    const risk = c.stories.find((s) => s.story.id === 'risk')!;
    assert.deepEqual(risk.paths, ['a.md', 'b.md', 'c.md']);
    assert.equal(risk.overused, true);
    assert.equal(c.stories.find((s) => s.story.id === 'team')!.overused, false);
    assert.deepEqual([...c.findings.keys()], ['a.md', 'b.md', 'c.md']);
    const [f] = c.findings.get('b.md')!;
    assert.equal(f!.ruleId, 'story-overused');
    assert.equal(f!.severity, 'info');
    assert.equal(f!.line, 3);
    assert.equal(set[1]!.text.slice(f!.start, f!.end), 'risk');
    assert.match(f!.message, /told in 3 answers \(more than 2\); also in a\.md, c\.md\. Stories no answer tells yet: Conflict, Learning\./);
  });

  it('a story counts as told only where the frontmatter says so, not where the guide suggests it', () => {
    const suggested = '---\ninterview: true\nquestion: How do you handle ambiguity?\n---\n\nI prefer clear requirements.\n';
    const c = analyzeCoverage(drafts({ 'a.md': suggested, 'b.md': suggested, 'c.md': suggested }), pack);
    assert.ok(c.stories.every((s) => s.paths.length === 0));
    assert.equal(c.findings.size, 0);
    assert.equal(c.uncoveredValues.length, 12);
  });

  it('the reuse limit is configurable, 0 turns it off', () => {
    const set = drafts({ 'a.md': story('risk'), 'b.md': story('risk') });
    assert.equal(analyzeCoverage(set, pack).findings.size, 0);
    assert.equal(analyzeCoverage(set, pack, { maxStoryReuse: 1 }).findings.size, 2);
    assert.equal(analyzeCoverage(drafts({ 'a.md': story('risk'), 'b.md': story('risk'), 'c.md': story('risk') }), pack, { maxStoryReuse: 0 }).findings.size, 0);
  });
});
