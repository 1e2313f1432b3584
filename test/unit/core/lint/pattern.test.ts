import * as assert from 'node:assert/strict';
import { compileRules, lintText, parsePhrase, PatternError, wordForms } from '../../../../src/core/lint';
import { PATTERN_LIMITS } from '../../../../src/core/lint/pattern';
import { bundledPack } from '../../helpers/packFiles';
import { packWith } from './packs';

/** The flagged texts of `text` under a one-rule pack. */
function flagged(pattern: string | readonly string[], text: string, except: readonly string[] = []): string[] {
  const pack = packWith([{ id: 'r', phrases: typeof pattern === 'string' ? [pattern] : pattern, except }]);
  return lintText(text, pack).map((f) => text.slice(f.start, f.end));
}

function patternError(pattern: string, options?: Parameters<typeof parsePhrase>[1]): PatternError {
  try {
    parsePhrase(pattern, options);
  } catch (err) {
    assert.ok(err instanceof PatternError, `expected a PatternError, got ${String(err)}`);
    return err;
  }
  assert.fail(`"${pattern}" parsed, but should not`);
}

describe('lint phrase patterns: syntax', () => {
  it('reads words, alternatives, optional words, context and replacements', () => {
    const p = parsePhrase('{want} [a] (stable|steady) role => a bold role; hard problems');
    assert.equal(p.before?.length, 1);
    assert.equal(p.core.length, 3);
    assert.deepEqual(p.suggestions, ['a bold role', 'hard problems']);
    const [optional, group, word] = p.core;
    assert.ok(optional?.kind === 'group' && optional.optional);
    assert.ok(group?.kind === 'group' && !group.optional && group.alternatives.length === 2);
    assert.ok(word?.kind === 'word' && word.text === 'role' && word.form === 'plural');
  });

  it('reads `=exact` and `verb~` words, and a trailing context', () => {
    const p = parsePhrase('=us hand~ {off}');
    assert.deepEqual(
      p.core.map((e) => (e.kind === 'word' ? [e.text, e.form] : e.kind)),
      [
        ['us', 'exact'],
        ['hand', 'verb'],
      ],
    );
    assert.equal(p.after?.length, 1);
  });

  it('treats - / – — and spaces between words alike', () => {
    for (const p of ['work-life balance', 'work/life balance', 'work – life balance', 'work—life   balance']) {
      assert.deepEqual(
        parsePhrase(p).core.map((e) => (e.kind === 'word' ? e.text : '?')),
        ['work', 'life', 'balance'],
        p,
      );
    }
  });

  it('rejects malformed patterns with the offset of the problem', () => {
    assert.equal(patternError('work (life|home balance').offset, 5);
    assert.match(patternError('work (life|) balance').message, /empty alternative/);
    assert.match(patternError('[optional] [only]').message, /required word/);
    assert.match(patternError('a {b} c').message, /context may only open or close/);
    assert.match(patternError("work, life").message, /unexpected ","/);
    assert.match(patternError('work .* life').message, /unexpected/);
    assert.match(patternError('=hand~ off').message, /both/);
    assert.match(patternError('work => ').message, /at least one replacement/);
    assert.match(patternError('a => b', { allowSuggestions: false }).message, /not allowed/);
    assert.match(patternError('{a} b', { allowContext: false }).message, /not allowed/);
  });

  it('keeps patterns small enough that matching stays linear', () => {
    const tooMany = Array.from({ length: PATTERN_LIMITS.maxOptional + 1 }, () => '[a]').join(' ') + ' b';
    assert.match(patternError(tooMany).message, /too many optional parts/);
    assert.match(patternError('((((a))))').message, /nested/);
    assert.match(patternError('a '.repeat(PATTERN_LIMITS.maxLength)).message, /longer than/);
  });

  it('reports a bad pattern of a pack as a problem of that rule, and keeps the others', () => {
    const pack = packWith([
      { id: 'broken', phrases: ['work (life'] },
      { id: 'fine', phrases: ['stable role'] },
    ]);
    const rules = compileRules(pack);
    assert.deepEqual(
      rules.problems.map((p) => [p.ruleId, p.ref?.file]),
      [['broken', 'flags.md']],
    );
    assert.match(rules.problems[0]!.message, /unclosed "\(" \(at character 6\)/);
    assert.deepEqual(
      lintText('a stable role and work life', pack).map((f) => f.ruleId),
      ['fine'],
    );
  });
});

describe('lint phrase patterns: inflections', () => {
  it('gives nouns their plural (and -ies, -es, -ves)', () => {
    assert.deepEqual(wordForms('family', 'plural').sort(), ['families', 'family']);
    assert.deepEqual(wordForms('process', 'plural').sort(), ['process', 'processes']);
    assert.deepEqual(wordForms('life', 'plural').sort(), ['life', 'lifes', 'lives']);
    assert.deepEqual(wordForms('day', 'plural').sort(), ['day', 'days']);
  });

  it('gives `~` words their regular verb forms', () => {
    assert.deepEqual(wordForms('hand', 'verb').sort(), ['hand', 'handed', 'handing', 'hands']);
    assert.deepEqual(wordForms('drop', 'verb').sort(), ['drop', 'droped', 'droping', 'dropped', 'dropping', 'drops']);
    assert.deepEqual(wordForms('settle', 'verb').sort(), ['settle', 'settled', 'settles', 'settling']);
    assert.deepEqual(wordForms('rely', 'verb').sort(), ['relied', 'relies', 'rely', 'relying']);
  });

  it('matches function words and `=` words exactly', () => {
    assert.deepEqual(wordForms('us', 'plural'), ['us']);
    assert.deepEqual(wordForms('very', 'plural'), ['very']);
    assert.deepEqual(wordForms('role', 'exact'), ['role']);
    assert.deepEqual(flagged('=us', 'he uses us'), ['us']);
  });

  it('does not inflect what it should not: "processed" and "processing" are not "process"', () => {
    assert.deepEqual(flagged('more process', 'more processes, more processed data, more processing'), ['more processes']);
  });
});

describe('lint phrase patterns: matching', () => {
  it('matches across case, every separator and none, and a line break', () => {
    const text = [
      'Work-life balance.',
      'work/life balance.',
      'work–life balance.',
      'work — life balance.',
      'work--life balance.',
      'worklife balance.',
      'WORK LIFE BALANCE.',
      'work\u00a0life balance.',
      'work-\nlife balance.',
      'work life\nbalances.',
    ].join('\n\n');
    assert.equal(flagged('work-life balance', text).length, 10);
  });

  it('does not let a phrase run over a blank line, a heading, a list item or code', () => {
    for (const text of ['work life\n\nbalance', '# work life\nbalance', '- work life\n- balance', 'work life `x` balance', 'work life\n```\nx\n```\nbalance']) {
      assert.deepEqual(flagged('work life balance', text), [], JSON.stringify(text));
    }
  });

  it('matches whole words only, Unicode letters included', () => {
    assert.deepEqual(flagged('stable role', 'unstable role, stable roles, stable roleplay, éstable role, stable rolé'), ['stable roles']);
  });

  it('treats straight and curly apostrophes alike', () => {
    assert.deepEqual(flagged("we're family", 'We’re family. We\'re family.'), ['We’re family', "We're family"]);
  });

  it('flags only the core, never the {context}', () => {
    assert.deepEqual(flagged('{want} [more] stability', 'I want more stability; stability alone is fine.'), ['more stability']);
    assert.deepEqual(flagged('told exactly {what to do}', 'being told exactly what to do'), ['told exactly']);
  });

  it('drops a match that overlaps an `except` look-alike', () => {
    assert.deepEqual(flagged('stable (role|release)', 'a stable role, a stable release', ['stable release']), ['stable role']);
    assert.deepEqual(flagged('(a|the) family', 'not a family, but a family', ['not a family']), ['a family']);
  });

  it('settles overlapping matches: the earlier start wins, then the longer one', () => {
    const pack = packWith([
      { id: 'short', phrases: ['family'] },
      { id: 'long', phrases: ['work family balance'] },
    ]);
    const text = 'a work family balance and a family';
    assert.deepEqual(
      lintText(text, pack).map((f) => [f.ruleId, text.slice(f.start, f.end)]),
      [
        ['long', 'work family balance'],
        ['short', 'family'],
      ],
    );
  });

  it('never hangs on a pattern full of optional words and a text that nearly matches', () => {
    // Exponential backtracking would take minutes here; bounded separators and a cap on optional parts keep it instant.
    const pattern = '[a] [a] [a] [a] [a] [a] [a] [a] b';
    const text = `${'a '.repeat(20000)}c`;
    assert.deepEqual(flagged(pattern, text), []);
    assert.equal(flagged(pattern, 'a a a b').join(), 'a a a b');
  });
});

describe('lint phrase patterns: the bundled guide', () => {
  const pack = bundledPack();

  it('has no problems compiling', () => {
    assert.deepEqual(compileRules(pack).problems, []);
  });

  it('does not flag the look-alikes the issue names', () => {
    const text = [
      'We used Stable Diffusion to make concept art for the studio.',
      'The solver is numerically stable.',
      'We shipped a stable build every Friday.',
      'I tuned load balancing for the playback fleet.',
      'I own image processing for VFX plates.',
      'We processed 5 TB a month.',
      'We trained a new model family.',
      'We picked a font family for the creators.',
    ].join('\n\n');
    assert.deepEqual(lintText(text, pack), []);
  });
});
