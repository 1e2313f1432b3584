import * as assert from 'node:assert/strict';
import { analyzeDraft } from '../../../../src/core/coach/analyze';
import { COACH_RULE_IDS, COACH_RULES } from '../../../../src/core/coach/rules';
import { bundledPack } from '../../helpers/packFiles';

const pack = bundledPack();
const fm = (lines: string) => `---\ninterview: true\n${lines}---\n\n`;

/** Applies each finding's first suggestion, last first, as a "fix all" would. */
function applyFixes(text: string, findings: readonly { start: number; end: number; suggestions: readonly string[] }[]): string {
  let out = text;
  for (const f of [...findings].filter((f) => f.suggestions.length > 0).sort((a, b) => b.start - a.start)) out = out.slice(0, f.start) + f.suggestions[0] + out.slice(f.end);
  return out;
}

describe('coach: analysing a draft', () => {
  it('tells story answers, the pitch and other answers apart', () => {
    const kind = (text: string) => analyzeDraft(text, pack).kind;
    assert.equal(kind(`${fm('story: risk\n')}Text.`), 'story');
    assert.equal(kind(`${fm('story: 3\n')}Text.`), 'story');
    assert.equal(kind(`${fm('story: "Story 2"\n')}Text.`), 'story');
    assert.equal(kind(`${fm('question: "Describe a time you failed"\n')}Text.`), 'story');
    assert.equal(kind(`${fm('question: How do you handle ambiguity?\n')}Text.`), 'story');
    assert.equal(kind(`${fm('')}## Situation\nText.`), 'story');
    assert.equal(kind(`${fm('pitch: true\n')}Text.`), 'pitch');
    assert.equal(kind(`${fm('kind: pitch\n')}Text.`), 'pitch');
    assert.equal(kind(`${fm('question: "Walk me through your resume"\n')}Text.`), 'pitch');
    assert.equal(kind(`${fm('question: Why Netflix?\n')}Text.`), 'answer');
    assert.equal(kind(`${fm('story: risk\nstar: false\n')}Text.`), 'answer');
    assert.equal(kind(`${fm('star: true\n')}Text.`), 'story');
    assert.equal(kind('No frontmatter at all.'), 'answer');
  });

  it('resolves the story by id, title, "Story N", or the likely question, and reports an unknown one', () => {
    const story = (line: string) => analyzeDraft(`${fm(line)}x`, pack).meta.story?.id;
    assert.equal(story('story: Learning\n'), 'learning');
    assert.equal(story('story: "Team (Scrum Lead)"\n'), 'team');
    assert.equal(story('story: 1\n'), 'risk');
    assert.equal(story('question: "tell me about a time you DISAGREED with someone."\n'), 'conflict');
    const unknown = analyzeDraft(`${fm('story: heist\n')}x`, pack);
    assert.equal(unknown.meta.story, undefined);
    assert.deepEqual(unknown.findings.map((f) => [f.ruleId, f.line, f.column, f.endColumn]), [['draft-frontmatter', 3, 8, 13]]);
    assert.match(unknown.findings[0]!.message, /not one of the guide's stories \(risk, conflict, learning, team\)/);
  });

  it('reads the frontmatter again when it changes, and gives the same reading when only the body does', () => {
    const meta = (text: string) => analyzeDraft(text, pack).meta;
    const a = `${fm('story: risk\nvalues: [inclusion]\n')}It went well.`;
    const first = meta(a);
    assert.deepEqual(meta(`${fm('story: risk\nvalues: [inclusion]\n')}Something else entirely, longer.`), first);
    const edited = meta(`${fm('story: risk\nvalues: [inclusion, nope]\n')}It went well.`);
    assert.equal(edited.problems.length, first.problems.length + 1);
    assert.deepEqual(meta(`${fm('question: Why Netflix?\n')}It went well.`).story, undefined);
    assert.deepEqual(meta(a), first);
    assert.equal(meta('No frontmatter.').interview, false);
    assert.deepEqual(meta(a.replace('---\n\n', '---\nText right after.')).values, first.values);
  });

  it('frontmatter that is not valid YAML is reported once and otherwise ignored', () => {
    const a = analyzeDraft('---\ninterview: true\nquestion: "unclosed\n---\n\nI think so.\n', pack);
    assert.equal(a.meta.interview, false);
    assert.deepEqual(a.findings.map((f) => f.ruleId), ['draft-frontmatter', 'hedging']);
    assert.equal(a.words, 3);
  });

  it('a huge frontmatter is reported once and not parsed (the coach runs at every edit)', () => {
    const huge = `---\ninterview: true\nnotes:\n${'  - a note of thirty characters\n'.repeat(1000)}---\n\nI think so.\n`;
    const a = analyzeDraft(huge, pack);
    assert.equal(a.meta.interview, false);
    const problem = a.findings.find((f) => f.ruleId === 'draft-frontmatter');
    assert.match(problem?.message ?? '', /The frontmatter is 3\d KB; the coach reads a draft's frontmatter up to 16 KB and ignores this one\./);
    assert.equal(problem?.line, 2);
    // Just under the limit, it is read.
    const fits = `---\ninterview: true\nnotes:\n${'  - a note of thirty characters\n'.repeat(400)}---\n\nI think so.\n`;
    assert.equal(analyzeDraft(fits, pack).meta.interview, true);
  });

  it('summarises the STAR parts, the Result\'s measure and the Action\'s voice', () => {
    const text = `${fm('story: risk\n')}# Q\n\n## Situation\nReports nobody read.\n\n## Action\nI proposed a change and I built it with my team.\n\n## Result\nOn-call load fell 50%.\n`;
    const a = analyzeDraft(text, pack);
    assert.deepEqual(a.star?.present, ['situation', 'action', 'result']);
    assert.deepEqual(a.star?.missing, ['task']);
    assert.equal(a.star?.measurableResult, true);
    assert.deepEqual(a.star?.actionVoice, { i: 3, we: 0 });
    assert.deepEqual(a.findings.map((f) => [f.ruleId, f.line]), [['star-missing-task', 6]]);
    assert.equal(a.findings[0]!.cite?.itemId, 'risk');
  });

  it('"we" once is not "mostly we"; "we" as often as "I" is not either', () => {
    const action = (body: string) => analyzeDraft(`${fm('story: risk\n')}## Action\n${body}\n`, pack).findings.filter((f) => f.ruleId === 'star-action-we');
    assert.equal(action('We met and agreed.').length, 0);
    assert.equal(action('We met, I proposed it, we agreed and I built it.').length, 0);
    assert.equal(action('We met, we agreed and I built it.').length, 1);
  });

  it('a hedge mid-sentence can be deleted cleanly; deleting every one leaves no hedge', () => {
    const text = `${fm('')}It was maybe fine, and I think that it kind of worked. We just shipped it, maybe, on time. Maybe later.\n`;
    const a = analyzeDraft(text, pack);
    const hedges = a.findings.filter((f) => f.ruleId === 'hedging');
    assert.equal(hedges.length, 6);
    const fixed = applyFixes(text, a.findings);
    assert.equal(fixed.split('\n\n')[1], 'It was fine, and it worked. We shipped it on time. Maybe later.\n');
    const again = analyzeDraft(fixed, pack).findings.filter((f) => f.ruleId === 'hedging');
    assert.deepEqual(again.map((f) => fixed.slice(f.start, f.end)), ['Maybe']);
    assert.deepEqual(again[0]!.suggestions, []);
  });

  it('reports findings in order, each with a known rule id and 1-based positions', () => {
    const text = `${fm('story: risk\nvalues: [inclusion]\n')}# Q\n\n## Action\nWe maybe did it and we shipped it.\n\n## Result\nIt went great, I guess.\n`;
    const a = analyzeDraft(text, pack);
    assert.ok(a.findings.length >= 5);
    for (let i = 1; i < a.findings.length; i++) assert.ok(a.findings[i - 1]!.start <= a.findings[i]!.start);
    for (const f of a.findings) {
      assert.ok(COACH_RULE_IDS.includes(f.ruleId as never), f.ruleId);
      const lines = text.split('\n');
      assert.equal(lines.slice(0, f.line - 1).join('\n').length + (f.line > 1 ? 1 : 0) + f.column - 1, f.start);
    }
    const severities = Object.fromEntries(a.findings.map((f) => [f.ruleId + '@' + f.line, f.severity]));
    assert.equal(severities['hedging@10'], 'hint');
    assert.equal(severities['hedging@13'], 'warning');
    assert.equal(COACH_RULES['pitch-too-long'].severity, 'warning');
  });

  it('never throws, and keeps ranges inside the text, on odd input', () => {
    const inputs = ['', '---', '---\n---\n', '---\n- a\n- b\n---\nx', '# \n## Result\n', '\ufeff---\ninterview: true\n---\r\n\r\nI think\r\n', '```\nunclosed', '<!--', '**Result:**', 'x'.repeat(5000)];
    for (const input of inputs) {
      const a = analyzeDraft(input, pack);
      for (const f of a.findings) assert.ok(f.start >= 0 && f.end <= input.length && f.start <= f.end, JSON.stringify(input));
    }
  });
});
