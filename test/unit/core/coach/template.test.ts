import * as assert from 'node:assert/strict';
import { analyzeDraft } from '../../../../src/core/coach/analyze';
import { draftChoices, draftTemplate, pointPart, slugify } from '../../../../src/core/coach/template';
import { bundledPack } from '../../helpers/packFiles';

const pack = bundledPack();

describe('coach: new answer drafts', () => {
  it('offers the guide\'s likely questions, with their stories, and the pitch', () => {
    const choices = draftChoices(pack);
    assert.deepEqual(choices.map((c) => [c.id, c.story?.id, c.pitch ?? false]), [
      ['why-netflix', undefined, false],
      ['ambiguity', 'learning', false],
      ['disagreement', 'conflict', false],
      ['non-technical-stakeholders', undefined, false],
      ['pitch', undefined, true],
    ]);
  });

  it('names the file after the question', () => {
    assert.equal(slugify('How do you handle ambiguity?'), 'how-do-you-handle-ambiguity');
    assert.equal(slugify('Why Netflix?'), 'why-netflix');
    assert.equal(slugify("What's your R&D experience — with C++?"), 'whats-your-r-and-d-experience-with-c');
    assert.equal(slugify('Résumé walk-through'), 'resume-walk-through');
    assert.equal(slugify('???'), 'answer');
    const long = slugify('Tell me about a time you had to deliver a project with incomplete requirements and a hard deadline');
    assert.ok(long.length <= 60 && !long.endsWith('-'), long);
    assert.equal(long, 'tell-me-about-a-time-you-had-to-deliver-a-project-with');
  });

  it('a story question: frontmatter with the story and its values, STAR headings holding the guide\'s points', () => {
    const choice = draftChoices(pack).find((c) => c.id === 'ambiguity')!;
    const t = draftTemplate(pack, { question: choice.question, story: choice.story, likely: choice.likely });
    assert.equal(t.fileName, 'how-do-you-handle-ambiguity.md');
    assert.ok(t.text.startsWith('---\ninterview: true\nquestion: "How do you handle ambiguity?"\nstory: learning\nvalues: [curiosity, resilience, great-and-always-better, uncomfortably-exciting]\n---\n'));
    const headings = t.text.split('\n').filter((l) => l.startsWith('#'));
    assert.deepEqual(headings, ['# How do you handle ambiguity?', '## Situation', '## Task', '## Action', '## Result']);
    // Each point sits under the heading it belongs to, as a comment.
    const section = (name: string) => t.text.split(`## ${name}\n`)[1]!.split('\n## ')[0]!;
    assert.match(section('Situation'), /<!--[^]*- Broken POC with no documentation[^]*-->/);
    assert.match(section('Task'), /- 2 weeks to master 3 technologies/);
    assert.match(section('Action'), /- Created 16-week roadmap from chaos/);
    assert.match(t.text, /Close by connecting it to the role: "This role requires navigating/);
    // The cursor waits under Situation.
    assert.ok(t.text.slice(0, t.cursor).endsWith('-->\n\n'));
    assert.ok(t.text.slice(t.cursor).startsWith('\n\n## Task'));
  });

  it('the new draft reads back as what it says: the story, the values, nothing said yet, every part empty', () => {
    const choice = draftChoices(pack).find((c) => c.id === 'disagreement')!;
    const t = draftTemplate(pack, { question: choice.question, story: choice.story, likely: choice.likely });
    const a = analyzeDraft(t.text, pack);
    assert.equal(a.kind, 'story');
    assert.equal(a.meta.interview, true);
    assert.equal(a.meta.story?.id, 'conflict');
    assert.deepEqual(a.meta.values.map((v) => v.id), ['candor', 'dream-team', 'selflessness', 'judgment']);
    assert.equal(a.words, 0);
    assert.deepEqual(a.values, []);
    assert.deepEqual(a.star?.missing, ['situation', 'task', 'action', 'result']);
    assert.deepEqual(a.findings.map((f) => f.ruleId), ['star-missing-situation', 'star-missing-task', 'star-missing-action', 'star-missing-result']);
    assert.ok(a.findings.every((f) => f.severity === 'hint'));
  });

  it('a question without a story: its points and the values they name, no STAR headings', () => {
    const choice = draftChoices(pack).find((c) => c.id === 'why-netflix')!;
    const t = draftTemplate(pack, { question: choice.question, likely: choice.likely });
    assert.match(t.text, /^---\ninterview: true\nquestion: "Why Netflix\?"\nvalues: \[dream-team, people-over-process\]\n---\n/);
    assert.doesNotMatch(t.text, /## Situation/);
    assert.match(t.text, /- Scale: 283M members, 190 countries/);
    assert.equal(analyzeDraft(t.text, pack).kind, 'answer');
  });

  it('the pitch: marked as the pitch with the guide\'s limit, the guide\'s version as a hint', () => {
    const t = draftTemplate(pack, { question: '30-Second Elevator Pitch', pitch: true });
    assert.match(t.text, /^---\ninterview: true\nquestion: "30-Second Elevator Pitch"\npitch: true\nseconds: 30\n---\n/);
    assert.match(t.text, /about 75 words at 150 words a minute/);
    assert.match(t.text, /I'm a senior MLOps engineer at Salesforce/);
    const a = analyzeDraft(t.text, pack);
    assert.equal(a.kind, 'pitch');
    assert.equal(a.words, 0);
  });

  it('a question of your own: STAR when it asks for a story, quoted safely in YAML', () => {
    const t = draftTemplate(pack, { question: 'Tell me about a time you said "no" to a VP: #1 lesson?' });
    assert.equal(t.fileName, 'tell-me-about-a-time-you-said-no-to-a-vp-1-lesson.md');
    const a = analyzeDraft(t.text, pack);
    assert.equal(a.meta.question, 'Tell me about a time you said "no" to a VP: #1 lesson?');
    assert.equal(a.kind, 'story');
    assert.match(t.text, /## Result/);
    const plain = draftTemplate(pack, { question: 'What is your favourite Netflix show?' });
    assert.doesNotMatch(plain.text, /## Situation/);
  });

  it('a question of your own with a story you pick', () => {
    const risk = pack.sections.flatMap((s) => (s.kind === 'stories' ? s.stories : [])).find((s) => s.id === 'risk')!;
    const t = draftTemplate(pack, { question: 'What is the boldest thing you have done?', story: risk });
    assert.match(t.text, /\nstory: risk\nvalues: \[courage, great-and-always-better, people-over-process, judgment\]\n/);
    assert.match(t.text, /Tell the Risk story \(Story 1: On-Call Reports\)/);
    assert.match(t.text, /- Great and Always Better: 50% tech debt reduction/);
  });

  it('sorts a guide point under the STAR part it belongs to', () => {
    assert.equal(pointPart('Technical disagreement with Steve'), 'situation');
    assert.equal(pointPart('2 weeks to master 3 technologies'), 'task');
    assert.equal(pointPart('Respectfully presented pragmatic view'), 'action');
    assert.equal(pointPart('Committed fully when overruled'), 'action');
    assert.equal(pointPart('50% tech debt reduction'), 'result');
  });

  it('a pack\'s text cannot close a hint\'s comment early', () => {
    const likely = { id: 'x', question: 'Is it safe?', points: ['Arrows --> end comments', 'So does <!-- this'], ref: { file: 'x.md', line: 1 } };
    const t = draftTemplate(pack, { question: likely.question, likely });
    assert.match(t.text, /Arrows → end comments/);
    assert.equal(analyzeDraft(t.text, pack).words, 0);
  });
});
