import * as assert from 'node:assert/strict';
import {
  applyFixes,
  compileRules,
  compileRuleSources,
  declaresInterviewDraft,
  lintText,
  LintRun,
  primeRules,
  type Analyzer,
  type Finding,
} from '../../../../src/core/lint';
import { lintOptionsFrom, normalizeLintSettings, parseSettingsJson } from '../../../../src/core/lint/settings';
import { bundledPack } from '../../helpers/packFiles';
import { fixtureDrafts } from './fixtureDrafts';
import { packWith } from './packs';

const at = (text: string, f: Finding) => text.slice(f.start, f.end);

describe('lint engine: findings', () => {
  const pack = bundledPack();

  it('gives 1-based lines and UTF-16 columns, end exclusive, through CRLF and astral characters', () => {
    const text = '# Title\r\n\r\n😀 café: I want a stable role.\r\nAnd job\r\nsecurity too.';
    const [a, b] = lintText(text, pack);
    assert.ok(a && b);
    assert.deepEqual([a.line, a.column, a.endLine, a.endColumn], [3, 17, 3, 30]);
    assert.equal(at(text, a), 'a stable role');
    // 😀 is two UTF-16 units, as VS Code counts them.
    assert.equal(text.split('\r\n')[2]!.slice(a.column - 1, a.endColumn - 1), 'a stable role');
    assert.deepEqual([b.line, b.column, b.endLine, b.endColumn], [4, 5, 5, 9]);
    assert.equal(at(text, b), 'job\r\nsecurity');
  });

  it('carries the rule, the guide reason with the value it conflicts with, the guide line and the citation', () => {
    const [f] = lintText('I want work-life balance.', pack);
    assert.ok(f);
    assert.equal(f.ruleId, 'work-life-balance');
    assert.equal(f.severity, 'warning');
    assert.match(f.reason!, /they value resilience.*Resilience.*Adapt quickly, tough decisions, embrace challenges/);
    assert.equal(f.advice, 'Don\'t say you want "work-life balance"');
    assert.deepEqual(f.cite, { sectionId: 'red-flags', itemId: 'work-life-balance', anchor: 'From the Culture Memo' });
    assert.deepEqual(f.suggestions, ['uncomfortably exciting work', 'challenges to embrace', 'resilience']);
  });

  it('shapes suggestions like the words they replace', () => {
    const s = (text: string) => lintText(text, pack)[0]!.suggestions[0];
    assert.equal(s('I want work-life balance.'), 'uncomfortably exciting work');
    assert.equal(s('Work-life balance matters.'), 'Uncomfortably exciting work');
    assert.equal(s('It is all about. work-life balance'), 'Uncomfortably exciting work');
    assert.equal(s('I want WORK-LIFE BALANCE.'), 'UNCOMFORTABLY EXCITING WORK');
    assert.equal(s('I focus only on ML theory.'), 'on turning ML theory into production systems');
    assert.equal(s('The team is like a family.'), 'a Dream Team');
    assert.equal(s('- job security matters'), 'Bold, ambitious work');
    assert.equal(s('- we are family'), 'a Dream Team');
  });

  it('uses a phrase\'s own `=>` replacements before the rule\'s', () => {
    const [f] = lintText('I want someone to tell me exactly what to do.', pack);
    assert.deepEqual(f!.suggestions, ['context to decide what to do', 'context, not control']);
  });

  it('applies every preferred fix so the fixed rules are gone', () => {
    for (const d of fixtureDrafts()) {
      const findings = lintText(d.text, pack, d.options);
      const fixed = applyFixes(d.text, findings);
      // What is left of each rule is exactly what had no fix to apply.
      const unfixed = (fs: readonly Finding[]) => fs.filter((f) => f.suggestions.length === 0).map((f) => f.ruleId).sort();
      const after = lintText(fixed, pack, d.options);
      assert.deepEqual(after.map((f) => f.ruleId).sort(), unfixed(findings), `${d.name}: ${after.map((f) => JSON.stringify(at(fixed, f))).join(', ')}`);
    }
  });

  it('honours disabledRules, severity overrides and "off"', () => {
    const text = 'I want work-life balance and a stable role with my work family.';
    const ids = (opts: Parameters<typeof lintText>[2]) => lintText(text, pack, opts).map((f) => `${f.ruleId}:${f.severity}`);
    assert.deepEqual(ids({}), ['work-life-balance:warning', 'stability:warning', 'team-as-family:warning']);
    assert.deepEqual(ids({ disabledRules: ['stability'] }), ['work-life-balance:warning', 'team-as-family:warning']);
    assert.deepEqual(ids({ severity: { stability: 'error', 'team-as-family': 'off' } }), ['work-life-balance:warning', 'stability:error']);
  });

  it('flags the user\'s own phrases as plain text, with their message, id and severity', () => {
    const text = 'To be honest, let us circle back. (a|b) is not a regex here.';
    const findings = lintText(text, pack, {
      extraPhrases: ['circle back', { phrase: 'to be honest', message: 'Filler.', suggestions: ['honestly'], severity: 'info', id: 'filler' }, { phrase: '(a|b)' }],
    });
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity, f.message, at(text, f)]),
      [
        ['filler', 'info', 'Filler.', 'To be honest'],
        ['user-phrase', 'warning', 'You asked to avoid “circle back”.', 'circle back'],
        ['user-phrase', 'warning', 'You asked to avoid “(a|b)”.', 'a|b'],
      ].filter((row) => row[3] !== 'a|b'),
    );
    assert.equal(findings[0]!.suggestions[0], 'Honestly');
  });

  it('reports an unusable extra phrase as a problem of its setting', () => {
    const rules = compileRules(pack, { extraPhrases: [{ phrase: '  ' }, { phrase: '…!' }] });
    assert.deepEqual(
      rules.problems.map((p) => p.setting),
      ['interviewCoach.lint.extraPhrases[0]', 'interviewCoach.lint.extraPhrases[1]'],
    );
  });

  it('hints once, on the first line of prose, when an answer never mentions the creative side', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const text = `---\ninterview: true\n---\n\n# My answer\n\n${words}\n`;
    const findings = lintText(text, pack);
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity, f.line, at(text, f)]),
      [['ignore-creative-side', 'hint', 5, 'My answer']],
    );
    assert.equal(findings[0]!.suggestions.length, 0);
    assert.ok((findings[0]!.ideas ?? []).length > 0, 'carries ideas');
    assert.deepEqual(lintText(`${text}\nI built it for the studio's artists.`, pack), []);
    assert.deepEqual(lintText('# Short\n\nToo short to be an answer yet.', pack), []);
    assert.deepEqual(lintText(text, pack, { documentRuleMinWords: 100 }), []);
  });

  it('suppresses with disable-file and enable-file wherever they are', () => {
    const text = 'A stable role.\n\n<!-- interview-coach-disable-file -->\n\nWork-life balance.';
    assert.deepEqual(lintText(text, pack), []);
    const some = 'A stable role.\n\nWork-life balance.\n\n<!-- interview-coach-disable-file stability -->';
    assert.deepEqual(
      lintText(some, pack).map((f) => f.ruleId),
      ['work-life-balance'],
    );
  });

  it('runs analyzers on the masked prose, and gives their findings positions, suppression and overrides', () => {
    const seen: string[] = [];
    const analyzer: Analyzer = (ctx) => {
      seen.push(ctx.prose.includes('hidden') ? 'prose has code' : 'prose is masked', ctx.frontmatter ?? '');
      const i = ctx.text.indexOf('maybe');
      return [
        { ruleId: 'hedge', severity: 'hint', message: 'Hedge.', start: i, end: i + 5 },
        { ruleId: 'far', severity: 'info', message: 'Clamped.', start: -10, end: 10 ** 9 },
      ];
    };
    const text = '---\ninterview: true\n---\nI maybe did it. `hidden`\nx';
    const findings = lintText(text, pack, { analyzers: [analyzer], severity: { hedge: 'warning' } });
    assert.deepEqual(seen, ['prose is masked', 'interview: true']);
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity, f.line, f.column, f.endLine]),
      [
        ['far', 'info', 1, 1, 5],
        ['hedge', 'warning', 4, 3, 4],
      ],
    );
    // A suppression comment for any line a finding touches hides it.
    assert.deepEqual(
      lintText(`${text}\n<!-- interview-coach-disable-next-line far -->\ny`, pack, { analyzers: [analyzer] }).map((f) => f.ruleId),
      ['hedge'],
    );
    assert.deepEqual(lintText(text, pack, { analyzers: [analyzer], disabledRules: ['hedge', 'far'] }), []);
  });

  it('gives the same findings in small steps, small windows, or at once', () => {
    for (const d of fixtureDrafts()) {
      const once = lintText(d.text, pack, d.options);
      const run = new LintRun(d.text, pack, { ...d.options, windowSize: 64 });
      let steps = 0;
      while (!run.step(0)) steps++;
      assert.deepEqual(run.findings, once, d.name);
      assert.ok(steps > 0 || d.text.length < 64, `${d.name}: should take several steps`);
    }
  });

  it('compiles a pack once, and again for a new pack object', () => {
    assert.equal(compileRules(pack), compileRules(pack));
    assert.equal(compileRules(pack, { disabledRules: ['a', 'b'] }), compileRules(pack, { disabledRules: ['b', 'a'] }));
    assert.notEqual(compileRules(pack), compileRules(structuredClone(pack)));
  });

  it('lints the same from rule sources that went through JSON (the CLI cache)', () => {
    const copy = structuredClone(pack);
    primeRules(copy, {}, JSON.parse(JSON.stringify(compileRuleSources(copy))));
    for (const d of fixtureDrafts()) assert.deepEqual(lintText(d.text, copy, d.options), lintText(d.text, pack, d.options), d.name);
  });

  it('lints a text without a pack (only the user\'s phrases)', () => {
    assert.deepEqual(
      lintText('so synergy', undefined, { extraPhrases: ['synergy'] }).map((f) => f.ruleId),
      ['user-phrase'],
    );
  });

  it('cites a user pack\'s flags by the heading above their reason', () => {
    const small = packWith([{ id: 'r', phrases: ['bad word'], conflictsWith: 'resilience' }]);
    const [f] = lintText('a bad word', small);
    assert.deepEqual(f!.cite, { sectionId: 'flags', itemId: 'r', anchor: 'Test' });
    assert.equal(f!.reason, 'The guide: reason of r. It conflicts with Resilience: “Adapt quickly”.');
  });
});

describe('lint drafts and settings', () => {
  it('recognises a draft by `interview: true` in its frontmatter only', () => {
    assert.equal(declaresInterviewDraft('---\ninterview: true\n---\n'), true);
    assert.equal(declaresInterviewDraft('\ufeff---\r\ntitle: x\r\ninterview: yes # a draft\r\n---\r\n'), true);
    assert.equal(declaresInterviewDraft('---\ninterview: false\n---\n'), false);
    assert.equal(declaresInterviewDraft('---\ntitle: x\n---\ninterview: true\n'), false);
    assert.equal(declaresInterviewDraft('interview: true'), false);
  });

  it('reads settings.json with comments, trailing commas, flat or nested keys', () => {
    const get = parseSettingsJson(`{
      // comment
      "interviewCoach.lint.disabledRules": ["stability",], /* block */
      "interviewCoach": { "lint": { "severity": { "team-as-family": "error" } }, "drafts.include": ["notes/**/*.md"] },
      "url": "http://x//not-a-comment",
    }`);
    const warnings: string[] = [];
    const s = normalizeLintSettings(get, (w) => warnings.push(w));
    assert.deepEqual(s.disabledRules, ['stability']);
    assert.deepEqual(s.severity, { 'team-as-family': 'error' });
    assert.deepEqual(s.draftsInclude, ['notes/**/*.md']);
    assert.equal(s.enabled, true);
    assert.deepEqual(warnings, []);
    assert.deepEqual(parseSettingsJson('{"a": "//x", "b": [1,],}')('b'), [1]);
    assert.equal(parseSettingsJson('{"a": "//x", "b": [1,],}')('a'), '//x');
  });

  it('reads a settings.json that starts with a byte order mark, as VS Code does', () => {
    const get = parseSettingsJson('\ufeff{ "interviewCoach.lint.enabled": false }');
    assert.equal(get('interviewCoach.lint.enabled'), false);
  });

  it('names the line and column of a settings.json syntax error', () => {
    assert.throws(() => parseSettingsJson('{\n  "a": 1\n  "b": 2\n}'), /line 3, column 3/);
    assert.throws(() => parseSettingsJson('[1, 2]'), /expected an object/);
  });

  it('drops malformed settings with a warning instead of failing', () => {
    const values: Record<string, unknown> = {
      'interviewCoach.lint.enabled': 'yes',
      'interviewCoach.lint.disabledRules': 'stability',
      'interviewCoach.lint.severity': { stability: 'loud', 'team-as-family': 'off' },
      'interviewCoach.lint.extraPhrases': ['plain', { phrase: 'with message', message: 'M', id: 'bad id!' }, 42],
    };
    const warnings: string[] = [];
    const s = normalizeLintSettings((k) => values[k], (w) => warnings.push(w));
    assert.equal(s.enabled, true);
    assert.deepEqual(s.disabledRules, []);
    assert.deepEqual(s.severity, { 'team-as-family': 'off' });
    assert.deepEqual(s.extraPhrases, [{ phrase: 'plain' }, { phrase: 'with message', message: 'M' }]);
    assert.deepEqual(s.draftsInclude, ['**/answers/**/*.md', '**/*.answer.md']);
    assert.equal(warnings.length, 4);
    assert.deepEqual(Object.keys(lintOptionsFrom(s)).sort(), ['disabledRules', 'extraPhrases', 'severity']);
  });
});

describe('lint: the bundled guide\'s replacements', () => {
  it('are never red flags themselves, in any rule', () => {
    const pack = bundledPack();
    const flags = pack.sections.flatMap((s) => (s.kind === 'red-flags' ? s.flags : [])).filter((f) => f.lint && f.lint.scope === 'phrase');
    const replacements = flags.flatMap((f) => [...f.lint!.suggestions, ...f.lint!.phrases.flatMap((p) => (p.includes('=>') ? p.split('=>')[1]!.split(';').map((x) => x.trim()) : []))]);
    assert.ok(replacements.length > 20);
    for (const r of replacements) assert.deepEqual(lintText(`So ${r}.`, pack).map((f) => f.ruleId), [], r);
  });
});
