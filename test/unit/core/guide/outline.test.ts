import * as assert from 'node:assert/strict';
import { buildOutline, escapeMd, type OutlineNode } from '../../../../src/core/guide/outline';
import { bundledPack } from '../../helpers/packFiles';

function find(nodes: readonly OutlineNode[], id: string): OutlineNode {
  for (const n of nodes) {
    if (n.id === id) return n;
    const hit = n.children.length ? findOrUndefined(n.children, id) : undefined;
    if (hit) return hit;
  }
  throw new Error(`no node ${id}`);
}
function findOrUndefined(nodes: readonly OutlineNode[], id: string): OutlineNode | undefined {
  try {
    return find(nodes, id);
  } catch {
    return undefined;
  }
}

describe('guide outline', () => {
  const outline = buildOutline(bundledPack());

  it('lists the sections in order with their icons', () => {
    assert.deepEqual(
      outline.map((n) => n.label),
      [
        'Job Description Quick Reference',
        'Netflix Culture Quick Reference',
        'How Your Stories Map to Netflix',
        'Key Phrases to Use Naturally',
        'Questions They Might Ask & How to Connect',
        'Critical Job-Specific Details to Remember',
        'Red Flags to Avoid',
        'Your 30-Second Elevator Pitch',
        'Final Preparation Checklist',
        'Smart Questions to Ask',
      ],
    );
    assert.ok(outline.every((n) => n.contextValue === 'section' && n.icon.length > 0 && n.children.length > 0));
  });

  it('shows each value with its meaning', () => {
    const values = find(outline, 'culture/values');
    assert.equal(values.label, '8 Key Values');
    const candor = find(outline, 'culture/values/candor');
    assert.equal(candor.label, 'Candor');
    assert.equal(candor.description, 'Give/receive feedback, admit mistakes openly');
  });

  it('shows the values a story demonstrates as its children, with why', () => {
    const story = find(outline, 'stories/conflict');
    assert.equal(story.label, 'Story 2: Conflict');
    assert.equal(story.description, 'DFS Algorithm');
    assert.deepEqual(
      story.children.map((c) => [c.label, c.description]),
      [
        ['Candor', 'Respectful technical disagreement'],
        ['The Dream Team', 'Working well despite disagreement'],
        ['Selflessness', 'Disagree and commit'],
        ['Judgment', 'Understanding when to yield'],
      ],
    );
  });

  it('shows the story to use for a likely question', () => {
    const q = find(outline, 'likely-questions/ambiguity');
    assert.equal(q.description, 'Use Learning (AWS/Spark/Scala)');
    assert.equal(q.children[0]!.description, 'Story 3: Learning (AWS/Spark/Scala)');
    assert.equal(q.children.at(-1)!.label, 'Connect');
  });

  it('makes checklist items checkboxes', () => {
    const checklist = outline.find((n) => n.id === 'checklist')!;
    assert.equal(checklist.children.length, 7);
    assert.ok(checklist.children.every((c) => c.checkItemId && c.contextValue === 'checklist-item'));
  });

  it('gives every node a unique id', () => {
    const ids: string[] = [];
    const walk = (ns: readonly OutlineNode[]) => ns.forEach((n) => (ids.push(n.id), walk(n.children)));
    walk(outline);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('shows red flags with their reason and the value they conflict with', () => {
    const flag = find(outline, 'red-flags/work-life-balance');
    assert.equal(flag.description, 'they value resilience');
    assert.equal(flag.children[0]!.description, 'Resilience');
    // The reader finds the flag's own line in the body, not just its group's heading.
    assert.equal(flag.anchor, 'Don\'t say you want "work-life balance"');
  });

  it('escapes markdown in tooltips so pack text is shown, not interpreted', () => {
    assert.equal(escapeMd('[x](javascript:alert(1)) *b*'), '\\[x\\]\\(javascript:alert\\(1\\)\\) \\*b\\*');
  });
});
