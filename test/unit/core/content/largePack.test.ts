import * as assert from 'node:assert/strict';
import { parseFrontmatter } from '../../../../src/core/content/frontmatter';
import { loadPack } from '../../../../src/core/content/loader';

/** A pack whose frontmatter lists `n` items in each list that is looked up by id. */
function hugePack(n: number): { path: string; text: string }[] {
  const values = Array.from({ length: n }, (_, i) => `  - id: v${i}\n    number: ${i + 1}\n    name: "Value ${i}"\n    meaning: "Meaning ${i}"`);
  const stories = Array.from({ length: n }, (_, i) => `  - id: s${i}\n    number: ${i + 1}\n    title: "Story ${i}"\n    subject: "Subject"\n    demonstrates:\n      - value: v${i}\n        why: "by doing"`);
  const flags = Array.from({ length: n }, (_, i) => `  - id: f${i}\n    group: "G"\n    text: "Flag ${i}"\n    reason: "reason ${i}"\n    conflictsWith: v${i}`);
  const quiz = Array.from({ length: n }, (_, i) => `  - id: q${i}\n    type: single\n    prompt: "Question ${i}?"\n    options: ["a", "b"]\n    answer: "a"`);
  return [
    { path: 'pack.md', text: '---\nid: big\ntitle: Big\ncompany: C\nrole: R\nteam: T\nsource: S\n---\n' },
    { path: 'culture.md', text: `---\nid: culture\nkind: culture\ntitle: Culture\norder: 1\nprinciples:\n  - id: p0\n    number: 1\n    name: "P"\n    meaning: "M"\nvalues:\n${values.join('\n')}\nquiz:\n${quiz.join('\n')}\n---\n` },
    { path: 'stories.md', text: `---\nid: stories\nkind: stories\ntitle: Stories\norder: 2\nstories:\n${stories.join('\n')}\n---\n` },
    { path: 'flags.md', text: `---\nid: flags\nkind: red-flags\ntitle: Flags\norder: 3\nflags:\n${flags.join('\n')}\n---\n` },
  ];
}

function seconds(fn: () => void): number {
  const start = performance.now();
  fn();
  return (performance.now() - start) / 1000;
}

describe('content pack loading on a huge pack', function () {
  this.timeout(600_000);

  it('looks items up by id in maps: loading costs about what parsing the YAML costs, not its square', () => {
    // Compact items, so the YAML parse is cheap and the id look-ups (once a search of the whole
    // list per item: 20,000 items took about 30 s here) would dominate.
    const items = Array.from({ length: 40_000 }, (_, i) => `  - {id: c${i}, text: t}`);
    const text = `---\nid: list\nkind: checklist\ntitle: List\norder: 3\nitems:\n${items.join('\n')}\n  - {id: c7, text: again}\n---\n`;
    const parse = seconds(() => parseFrontmatter(text));
    let problems: string[] = [];
    const load = seconds(() => {
      problems = loadPack('big', [{ path: 'list.md', text }]).problems.map((p) => `${p.line}: ${p.message}`);
    });
    assert.ok(problems.includes(`${7 + 40_000}: items[40000].id: duplicate id "c7": already used by items[7]`), problems.join('\n'));
    // A linear reference: the parse of the same text, measured just before (the machine's load hits both).
    // The quadratic look-ups took minutes here; the wide margin keeps a busy machine's jitter
    // (it failed once at 2× + 1 s under load average 12) from failing a linear load.
    assert.ok(load < 4 * parse + 5, `parse ${parse.toFixed(1)} s, load ${load.toFixed(1)} s`);
  });

  it('still finds the line, references and duplicates of every item with the look-ups indexed', () => {
    const files = hugePack(2000);
    files.push({ path: 'dup.md', text: '---\nid: flags2\nkind: red-flags\ntitle: More\norder: 4\nflags:\n  - {id: x, group: G, text: T, reason: R, conflictsWith: nope}\n  - {id: x, group: G, text: T, reason: R}\n---\n' });
    const result = loadPack('big', files);
    assert.deepEqual(
      result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
      ['dup.md:8: flags[1].id: duplicate id "x": already used by flags[0]', 'dup.md:7: flags[0].conflictsWith: unknown principle or value "nope"; known: ' + ['p0', ...Array.from({ length: 2000 }, (_, i) => `v${i}`)].join(', ')],
    );
    const flags = result.pack!.sections.find((s) => s.kind === 'red-flags' && s.id === 'flags');
    assert.ok(flags && flags.kind === 'red-flags');
    assert.equal(flags.flags.length, 2000);
    assert.equal(flags.flags[1999]!.ref.line, 7 + 1999 * 5);
  });
});
