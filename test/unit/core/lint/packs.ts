import { loadPack } from '../../../../src/core/content/loader';
import type { Pack } from '../../../../src/core/content/types';

export interface TestRule {
  readonly id: string;
  readonly phrases: readonly string[];
  readonly except?: readonly string[];
  readonly suggestions?: readonly string[];
  readonly message?: string;
  readonly severity?: 'error' | 'warning' | 'info' | 'hint';
  readonly scope?: 'phrase' | 'document';
  readonly conflictsWith?: string;
}

const q = (s: string): string => JSON.stringify(s);

/** A pack with one culture section and one red-flag section holding `rules`, loaded by the real loader. */
export function packWith(rules: readonly TestRule[], root = 'test-pack'): Pack {
  const flags = rules
    .map((r) =>
      [
        `  - id: ${r.id}`,
        `    group: "Test"`,
        `    text: ${q(`Don't say ${r.id}`)}`,
        `    reason: ${q(`reason of ${r.id}`)}`,
        ...(r.conflictsWith ? [`    conflictsWith: ${r.conflictsWith}`] : []),
        `    lint:`,
        `      scope: ${r.scope ?? 'phrase'}`,
        `      message: ${q(r.message ?? `message of ${r.id}`)}`,
        `      severity: ${r.severity ?? 'warning'}`,
        `      phrases: [${r.phrases.map(q).join(', ')}]`,
        `      except: [${(r.except ?? []).map(q).join(', ')}]`,
        `      suggestions: [${(r.suggestions ?? []).map(q).join(', ')}]`,
      ].join('\n'),
    )
    .join('\n');
  const result = loadPack(root, [
    { path: 'pack.md', text: '---\nid: test\ntitle: Test\ncompany: C\nrole: R\nteam: T\nsource: S\n---\n' },
    {
      path: 'culture.md',
      text: '---\nid: culture\nkind: culture\ntitle: Culture\norder: 1\nprinciples:\n  - id: p1\n    number: 1\n    name: "Principle One"\n    meaning: "First meaning"\nvalues:\n  - id: resilience\n    number: 1\n    name: "Resilience"\n    meaning: "Adapt quickly"\n---\n',
    },
    { path: 'flags.md', text: `---\nid: flags\nkind: red-flags\ntitle: Flags\norder: 2\nflags:\n${flags}\n---\n\n# Flags\n\n## Test\n\n${rules.map((r) => `- reason of ${r.id}`).join('\n')}\n` },
  ]);
  // A pattern that does not compile is a content error the rule compiler also sees (and skips): tests of it build such packs.
  const patternError = (field: string | undefined) => /\.lint\.(phrases|except)\[\d+\]$/.test(field ?? '');
  if (!result.pack || result.problems.some((p) => p.severity === 'error' && !patternError(p.field))) throw new Error(`test pack did not load: ${JSON.stringify(result.problems)}`);
  return result.pack;
}
