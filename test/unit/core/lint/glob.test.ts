import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileGlob, compileGlobs, GlobError } from '../../../../src/core/lint/glob';

describe('lint: globs (drafts.include and CLI paths)', () => {
  const m = (glob: string, path: string) => compileGlob(glob)(path);

  it('matches **, *, ?, classes and alternatives on / paths', () => {
    assert.ok(m('**/answers/**/*.md', 'answers/a.md'));
    assert.ok(m('**/answers/**/*.md', 'x/answers/y/z/a.md'));
    assert.ok(!m('**/answers/**/*.md', 'answers.md'));
    assert.ok(!m('**/answers/**/*.md', 'x/answersy/a.md'));
    assert.ok(m('**/*.answer.md', 'a/b/why.answer.md'));
    assert.ok(m('**/*.answer.md', '/users/me/notes/why.answer.md'));
    assert.ok(!m('*.md', 'a/b.md'));
    assert.ok(m('notes/?.md', 'notes/a.md'));
    assert.ok(m('notes/[ab].md', 'notes/b.md') && !m('notes/[!ab].md', 'notes/b.md'));
    assert.ok(m('{answers,notes}/*.md', 'notes/x.md'));
    assert.ok(m('a.b', 'a.b') && !m('a.b', 'axb'));
    assert.ok(m('./answers/*.md', 'answers/a.md'));
    // As VS Code's globs: a star matches names that start with a dot.
    assert.ok(m('**/*.md', '.notes/a.md'));
  });

  it('rejects a glob it cannot read with a GlobError that quotes it', () => {
    for (const bad of ['{a,b.md', '[z-a].md', 'notes/[ab.md', '{answers/a,notes}/*.md', '*a*a*a*b.md']) {
      assert.throws(() => compileGlob(bad), (e: unknown) => e instanceof GlobError && e.message.includes(JSON.stringify(bad)), bad);
    }
  });

  it('matches a glob of many **/ segments against a deep path at once (the old matcher backtracked for minutes)', () => {
    const glob = `${'**/'.repeat(40)}*.md`;
    const deep = `${'d/'.repeat(300)}x.txt`;
    assert.equal(m(glob, deep), false);
    assert.equal(m(glob, `${'d/'.repeat(300)}x.md`), true);
    assert.equal(m(`${'**/a/'.repeat(20)}*.md`, `${'a/'.repeat(300)}b.txt`), false);
  });

  it('a list matches a path that any glob matches and no !glob excludes', () => {
    const set = compileGlobs(['**/answers/**/*.md', '**/*.answer.md', '!**/archive/**']);
    assert.deepEqual(set.problems, []);
    assert.ok(set.matches('answers/a.md'));
    assert.ok(set.matches('x/why.answer.md'));
    assert.ok(!set.matches('answers/archive/a.md'));
    assert.ok(!set.matches('notes/a.md'));
    // Tried against the workspace-relative path and the absolute one.
    assert.ok(set.matches(undefined, '/users/me/answers/a.md'));
    assert.ok(!set.matches('answers/archive/a.md', '/users/me/answers/archive/a.md'));
  });

  it('a list keeps the globs it can read and names the ones it cannot by index', () => {
    const set = compileGlobs(['**/*.md', '{a,b.md']);
    assert.deepEqual(set.problems.map((p) => [p.index, p.glob]), [[1, '{a,b.md']]);
    assert.match(set.problems[0]!.message, /"\{a,b\.md"/);
    assert.ok(set.matches('x.md'));
  });

  it('property: any text as a glob compiles or fails with a GlobError, and matching never throws', () => {
    const globChars = fc.constantFrom('*', '**', '/', '?', '[', ']', '{', '}', ',', '!', '\\', '.', 'a', 'b', '-', '(', ')', '+', '@', '|', '^', '$');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.array(globChars, { maxLength: 30 }).map((a) => a.join(''))), fc.string({ maxLength: 60 }), (glob, path) => {
        let match: ((p: string) => boolean) | undefined;
        try {
          match = compileGlob(glob);
        } catch (e) {
          assert.ok(e instanceof GlobError, `${JSON.stringify(glob)}: ${(e as Error).message}`);
          return;
        }
        assert.equal(typeof match(path), 'boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
