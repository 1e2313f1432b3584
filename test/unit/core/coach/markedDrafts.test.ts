import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDraft } from '../../../../src/core/coach/analyze';
import { bundledPack, FIXTURES } from '../../helpers/packFiles';

const DIR = join(FIXTURES, 'coach');

/** `<!-- expect: rule/severity, rule/severity -->` or, in frontmatter, `# expect: ...`, on a finding's first line. */
function expectations(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/(?:<!--|#)\s*expect:\s*([^>]*?)\s*(?:-->|$)/g)) {
      for (const item of m[1]!.split(',')) out.push(`${i + 1} ${item.trim()}`);
    }
  });
  return out.sort();
}

describe('coach: fixture drafts report exactly the findings they mark', () => {
  const pack = bundledPack();
  const files = readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md');

  it('has fixtures to run', () => assert.ok(files.length >= 10, `only ${files.length} fixtures`));

  for (const file of files) {
    it(file, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const analysis = analyzeDraft(text, pack);
      const actual = analysis.findings.map((f) => `${f.line} ${f.ruleId}/${f.severity}`).sort();
      assert.deepEqual(actual, expectations(text), analysis.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`).join('\n'));
      for (const f of analysis.findings) {
        assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `${f.ruleId} range ${f.start}-${f.end} outside the text`);
      }
    });
  }
});
