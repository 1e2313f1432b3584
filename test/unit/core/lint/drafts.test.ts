import * as assert from 'node:assert/strict';
import { lintText, type Finding } from '../../../../src/core/lint';
import { bundledPack } from '../../helpers/packFiles';
import { fixtureDrafts } from './fixtureDrafts';

function describeHit(text: string, f: { ruleId: string; start: number; end: number }): string {
  return `${f.ruleId} ${JSON.stringify(text.slice(f.start, f.end))} @${f.start}`;
}

describe('lint fixture drafts (expected findings marked inline)', () => {
  const pack = bundledPack();
  const drafts = fixtureDrafts();

  it('finds the fixture drafts', () => {
    assert.ok(drafts.length >= 10, `only ${drafts.length} fixture drafts`);
    assert.ok(drafts.reduce((n, d) => n + d.hits.length, 0) >= 60, 'fixtures expect too few hits to mean much');
  });

  for (const draft of drafts) {
    it(`${draft.name}: exactly the marked findings`, () => {
      const findings = lintText(draft.text, pack, draft.options);
      const phrase = findings.filter((f) => !draft.documentRules.includes(f.ruleId) || f.ruleId !== 'ignore-creative-side');
      const got = phrase.filter((f) => f.ruleId !== 'ignore-creative-side').map((f) => describeHit(draft.text, f));
      const want = draft.hits.map((h) => describeHit(draft.text, h));
      assert.deepEqual(got, want);
      const documentLevel = findings.filter((f: Finding) => f.ruleId === 'ignore-creative-side').map((f) => f.ruleId);
      assert.deepEqual(documentLevel, draft.documentRules, 'document-level findings');
    });
  }

  it('covers every rule of the bundled pack with a positive fixture', () => {
    const flags = pack.sections.flatMap((s) => (s.kind === 'red-flags' ? s.flags : [])).filter((f) => f.lint);
    const covered = new Set(drafts.flatMap((d) => [...d.hits.map((h) => h.ruleId), ...d.documentRules]));
    assert.deepEqual(
      flags.map((f) => f.id).filter((id) => !covered.has(id)),
      [],
    );
  });
});
