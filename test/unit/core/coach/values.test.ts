import * as assert from 'node:assert/strict';
import { analyzeDraft } from '../../../../src/core/coach/analyze';
import { bundledPack } from '../../helpers/packFiles';

const pack = bundledPack();

function draft(body: string, frontmatter = ''): string {
  return `---\ninterview: true\n${frontmatter}---\n\n# Answer\n\n${body}\n`;
}

function valuesOf(body: string, frontmatter = ''): string[] {
  return analyzeDraft(draft(body, frontmatter), pack).values.map((v) => v.id);
}

describe('coach: values and principles a draft demonstrates', () => {
  it('from the key phrases that signal them', () => {
    assert.deepEqual(valuesOf('I want to join a Dream Team where people over process is real.'), ['dream-team', 'people-over-process']);
    assert.deepEqual(valuesOf('I disagree-then-commit, and I stay great and always better.'), ['great-and-always-better', 'selflessness']);
    assert.deepEqual(valuesOf('It was uncomfortably\nexciting work.'), ['uncomfortably-exciting']);
  });

  it('from the values\' own names, in the guide\'s order, principles first', () => {
    assert.deepEqual(valuesOf('It took courage and candor, and some curiosity. Judgement mattered.'), ['judgment', 'candor', 'courage', 'curiosity']);
  });

  it('from the story the draft tells, once there is something written', () => {
    const withProse = analyzeDraft(draft('I learned three technologies in two weeks.', 'story: learning\n'), pack);
    assert.deepEqual(withProse.values.map((v) => v.id), ['uncomfortably-exciting', 'great-and-always-better', 'curiosity', 'resilience']);
    // The story's mapping, and (since the coach reads what sentences say) the sentence that shows it.
    assert.deepEqual(withProse.values[2]!.evidence, [
      { via: 'story', text: 'Learn rapidly and eagerly (3 techs, 2 weeks)' },
      { via: 'meaning', text: 'I learned', start: 51, end: 60, sentence: { start: 51, end: 93, text: 'I learned three technologies in two weeks.', line: 8 } },
    ]);
    assert.deepEqual(valuesOf('', 'story: learning\n'), []);
  });

  it('not from the story the guide suggests for the question: the draft may not tell it', () => {
    const a = analyzeDraft(draft('I disagreed with Steve about the design.', 'question: "Tell me about a time you disagreed with someone"\n'), pack);
    assert.equal(a.meta.story?.id, 'conflict');
    assert.equal(a.meta.storySource, 'question');
    assert.equal(a.kind, 'story');
    // Only what the sentence itself says: disagreeing with someone shows courage; the Conflict
    // story's mapping (Dream Team, Selflessness…) does not come with it.
    assert.deepEqual(a.values.map((v) => `${v.id}:${v.evidence.map((e) => e.via).join(',')}`), ['courage:meaning']);
  });

  it('from what a sentence says the speaker did, with the sentence', () => {
    const text = draft('The launch date was fixed. I pushed back on the date and gave my manager honest feedback about the risk. I want more candid feedback.');
    const a = analyzeDraft(text, pack);
    assert.deepEqual(a.values.map((v) => v.id), ['candor', 'courage']);
    for (const v of a.values) {
      assert.equal(v.evidence[0]!.via, 'meaning');
      assert.equal(v.evidence[0]!.sentence?.text, 'I pushed back on the date and gave my manager honest feedback about the risk.');
    }
    // Wanting a value, or not doing it, shows nothing.
    assert.deepEqual(valuesOf('I want to give candid feedback. I never pushed back on anyone.'), []);
  });

  it('records where each phrase or name was said', () => {
    const text = draft('We were a real Dream Team.');
    const [hit] = analyzeDraft(text, pack).values;
    assert.equal(hit!.evidence[0]!.via, 'phrase');
    assert.equal(text.slice(hit!.evidence[0]!.start, hit!.evidence[0]!.end), 'Dream Team');
  });

  describe('negatives', () => {
    it('a name inside a longer word is not the value', () => {
      assert.deepEqual(valuesOf('She encouraged me; I was candid and curious, not judgmental. Discouraging. Inclusions.'), []);
    });

    it('a negated phrase or name is named, not shown', () => {
      assert.deepEqual(valuesOf("We weren't a dream team yet. It was not about courage. I acted without candor."), []);
      assert.deepEqual(valuesOf('Not everyone agreed, but it took courage.'), ['courage']);
    });

    it('a phrase or name in frontmatter, headings, code or comments is not said', () => {
      const text = '---\ninterview: true\nnote: Dream Team\n---\n\n# Courage\n\n<!-- Curiosity -->\n\n`people over process`\n\n```\ncandor\n```\n\nPlain words only.\n';
      assert.deepEqual(analyzeDraft(text, pack).values, []);
    });

    it('a key phrase with no signals, or part of a phrase, shows nothing', () => {
      assert.deepEqual(valuesOf('Context not control. Farming for dissent. We passed the keeper test. It was great. People and process.'), []);
    });

    it('`values:` in the frontmatter is a goal, not evidence', () => {
      const a = analyzeDraft(draft('I shipped it.', 'values: [inclusion]\n'), pack);
      assert.deepEqual(a.values, []);
      assert.deepEqual(a.findings.map((f) => f.ruleId), ['value-not-shown']);
      assert.equal(a.meta.values[0]!.id, 'inclusion');
    });
  });

  it('`values:` accepts ids, names or a comma-separated string, and reports unknown ones', () => {
    const a = analyzeDraft(draft('It took courage and candor.', 'values: Courage, The Dream Team, grit\n'), pack);
    assert.deepEqual(a.meta.values.map((v) => v.id), ['courage', 'dream-team']);
    assert.deepEqual(a.findings.map((f) => [f.ruleId, f.line]), [['value-not-shown', 3], ['draft-frontmatter', 3]]);
    assert.match(a.findings[1]!.message, /"grit" is not one of the guide's principles or values/);
  });

  it('mentions of the job description\'s skills, by any of their alternatives', () => {
    const skills = (body: string) => analyzeDraft(draft(body), pack).skills.filter((s) => s.level === 'required').map((s) => s.skill.id);
    assert.deepEqual(skills('I write Python daily and trained models on GPU clusters; GPU training is routine.'), ['python-java-cpp', 'gpu-training-basics']);
    assert.deepEqual(skills('Our machine learning pipelines run on Docker.'), ['ml-pipelines', 's3-docker']);
    assert.deepEqual(skills('The ML team kept every data pipeline green.'), ['ml-pipelines']);
    assert.deepEqual(skills('I know C++ and JavaScript.'), ['python-java-cpp']);
    // Negatives: JavaScript is not Java, LLM is not ML, a GPU alone is not GPU training.
    assert.deepEqual(skills('JavaScript front ends, LLM pipelines, a GPU on my desk, and an S30 engine.'), []);
  });
});
