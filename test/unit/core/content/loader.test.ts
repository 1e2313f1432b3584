import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPack } from '../../../../src/core/content/loader';
import { lintText } from '../../../../src/core/lint';
import { sectionOfKind, type ContentFile } from '../../../../src/core/content/types';
import { BUNDLED_PACK_DIR, FIXTURES, bundledPack, loadBundled, readPackFiles } from '../../helpers/packFiles';

describe('content loader: the bundled pack', () => {
  it('loads with no problems and every section in the guide order', () => {
    const result = loadBundled();
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.pack!.sections.map((s) => s.kind),
      ['job-description', 'culture', 'stories', 'phrases', 'questions', 'job-details', 'red-flags', 'pitch', 'checklist', 'questions-to-ask'],
    );
  });

  it('has the manifest of the Netflix guide', () => {
    const m = bundledPack().manifest;
    assert.equal(m.company, 'Netflix');
    assert.equal(m.role, 'ML Software Engineer (L4/L5) - Media Algorithms');
    assert.equal(m.team, 'Studio Media Algorithms & Eyeline Research');
  });

  it('carries the job description facts exactly', () => {
    const jd = sectionOfKind(bundledPack(), 'job-description')!;
    assert.equal(jd.location, 'Los Angeles (Onsite)');
    assert.equal(jd.salaryRange, '$150,000 - $750,000');
    assert.deepEqual(jd.requiredSkills.map((s) => s.text), ['Python/Java/C++', 'ML pipelines', 'S3/Docker', 'GPU training basics']);
    assert.deepEqual(jd.bonusSkills.map((s) => s.text), ['PyTorch/TensorFlow', 'AWS FSx', 'ComfyUI', 'Diffusion models', 'Unreal/Houdini/Nuke']);
    assert.equal(jd.nonTechnicalSkills.length, 3);
  });

  it('has the 4 principles and 8 values with their meanings', () => {
    const culture = sectionOfKind(bundledPack(), 'culture')!;
    assert.deepEqual(culture.principles.map((p) => p.name), ['The Dream Team', 'People Over Process', 'Uncomfortably Exciting', 'Great and Always Better']);
    assert.deepEqual(culture.values.map((v) => v.name), ['Selflessness', 'Judgment', 'Candor', 'Creativity', 'Courage', 'Inclusion', 'Curiosity', 'Resilience']);
    assert.equal(culture.values.find((v) => v.id === 'judgment')!.meaning, 'Long-term thinking, wise decisions despite ambiguity');
    assert.equal(culture.principles.find((p) => p.id === 'people-over-process')!.meaning, 'Freedom with responsibility');
  });

  it('maps the 4 stories to the values the guide gives them', () => {
    const stories = sectionOfKind(bundledPack(), 'stories')!.stories;
    const mapping = Object.fromEntries(stories.map((s) => [s.title, s.demonstrates.map((d) => d.value)]));
    assert.deepEqual(mapping, {
      Risk: ['courage', 'great-and-always-better', 'people-over-process', 'judgment'],
      Conflict: ['candor', 'dream-team', 'selflessness', 'judgment'],
      Learning: ['curiosity', 'resilience', 'great-and-always-better', 'uncomfortably-exciting'],
      Team: ['selflessness', 'dream-team', 'people-over-process', 'inclusion'],
    });
    assert.equal(stories[2]!.demonstrates[0]!.why, 'Learn rapidly and eagerly (3 techs, 2 weeks)');
  });

  it('counts phrases, questions, details, flags, checklist and questions to ask', () => {
    const pack = bundledPack();
    const phrases = sectionOfKind(pack, 'phrases')!;
    assert.deepEqual(phrases.groups.map((g) => g.phrases.length), [8, 5]);
    const questions = sectionOfKind(pack, 'questions')!.questions;
    assert.equal(questions.length, 4);
    assert.equal(questions.find((q) => q.id === 'ambiguity')!.story, 'learning');
    assert.equal(questions.find((q) => q.id === 'disagreement')!.connect, "At Netflix, I'd farm for dissent while supporting team decisions");
    const details = sectionOfKind(pack, 'job-details')!;
    assert.equal(details.qualifications.length, 4);
    assert.equal(details.qualifications[0]!.detail, '5TB/month LLM pipelines');
    assert.equal(details.coreMission, 'Enable world-class researchers to create AI/CV/graphics algorithms that studio creators can actually use');
    assert.equal(sectionOfKind(pack, 'red-flags')!.flags.length, 8);
    assert.equal(sectionOfKind(pack, 'checklist')!.items.length, 7);
    assert.equal(sectionOfKind(pack, 'questions-to-ask')!.questions.length, 4);
    const pitch = sectionOfKind(pack, 'pitch')!;
    assert.equal(pitch.seconds, 30);
    assert.match(pitch.pitch, /^I'm a senior MLOps engineer at Salesforce managing 5TB\/month LLM pipelines\./);
  });

  it('records where each item is defined, for "open at this item"', () => {
    const pack = bundledPack();
    const story = sectionOfKind(pack, 'stories')!.stories[1]!;
    const text = readFileSync(join(BUNDLED_PACK_DIR, story.ref.file), 'utf8').split('\n');
    assert.match(text[story.ref.line - 1]!, /id: conflict/);
  });
});

/** Loads the bundled pack plus one broken file, and returns the problems and the pack. */
function withBroken(name: string) {
  const files: ContentFile[] = [...readPackFiles(BUNDLED_PACK_DIR), { path: name, text: readFileSync(join(FIXTURES, 'broken-files', name), 'utf8') }];
  return loadPack(BUNDLED_PACK_DIR, files);
}

function only(name: string): string[] {
  return withBroken(name).problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
}

describe('content loader: broken files', () => {
  it('bad YAML: names the line where the unclosed quote opens, and the rest still loads', () => {
    const result = withBroken('bad-yaml.md');
    assert.deepEqual(only('bad-yaml.md'), ['bad-yaml.md:4:8: invalid YAML frontmatter: Missing closing "quote']);
    assert.equal(result.pack!.sections.length, 10);
  });

  it('missing id', () => {
    assert.deepEqual(only('missing-id.md'), ['missing-id.md:2:1: id: missing field "id": expected an id of lowercase letters, digits and dashes (e.g. "dream-team")']);
  });

  it('wrong type of a section field', () => {
    assert.deepEqual(only('wrong-type.md'), ['wrong-type.md:5:8: order: expected a whole number from 0 up, got the string "twenty"']);
  });

  it('wrong type of one item drops only that item', () => {
    const result = withBroken('wrong-item-type.md');
    assert.deepEqual(only('wrong-item-type.md'), ['wrong-item-type.md:13:7: questions[1].text: expected a non-empty string, got a list']);
    const extra = result.pack!.sections.find((s) => s.id === 'extra-values');
    assert.ok(extra && extra.kind === 'questions-to-ask');
    assert.deepEqual(extra.questions.map((q) => q.id), ['q1', 'q3']);
  });

  it('duplicate section id keeps the first section', () => {
    const result = withBroken('duplicate-id.md');
    assert.deepEqual(only('duplicate-id.md'), ['duplicate-id.md:2:5: id: duplicate section id "checklist": already used by 09-checklist.md']);
    assert.equal(result.pack!.sections.filter((s) => s.id === 'checklist').length, 1);
    assert.equal(sectionOfKind(result.pack!, 'checklist')!.title, 'Final Preparation Checklist');
  });

  it('duplicate item id', () => {
    assert.deepEqual(only('duplicate-item-id.md'), ['duplicate-item-id.md:9:9: items[1].id: duplicate id "same": already used by items[0]']);
  });

  it('unknown section kind', () => {
    assert.deepEqual(only('unknown-kind.md'), [
      'unknown-kind.md:3:7: kind: unknown section kind "trivia": expected one of job-description, culture, stories, phrases, questions, job-details, red-flags, pitch, checklist, questions-to-ask',
    ]);
  });

  it('reference to a story that does not exist', () => {
    assert.deepEqual(only('unknown-reference.md'), ['unknown-reference.md:9:12: questions[0].story: unknown story "hackathon"; known: risk, conflict, learning, team']);
  });

  it('a markdown file with no frontmatter', () => {
    assert.deepEqual(only('no-frontmatter.md'), ['no-frontmatter.md:1:1: no frontmatter: a section file starts with a --- block holding id, kind, title and order']);
  });

  it('every problem carries file, line, column, field and severity', () => {
    const p = withBroken('wrong-type.md').problems[0]!;
    assert.deepEqual({ ...p }, { file: 'wrong-type.md', line: 5, column: 8, field: 'order', message: 'order: expected a whole number from 0 up, got the string "twenty"', severity: 'error' });
  });
});

describe('content loader: whole-pack problems', () => {
  it('an empty folder gives one error and no pack', () => {
    const result = loadPack('/x/empty', []);
    assert.equal(result.pack, undefined);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0]!.message, /no content files/);
  });

  it('sections without a pack.md still load, with an error naming pack.md', () => {
    const files = readPackFiles(BUNDLED_PACK_DIR).filter((f) => f.path !== 'pack.md');
    const result = loadPack('/x/my-pack', files);
    assert.equal(result.pack!.sections.length, 10);
    assert.equal(result.pack!.manifest.id, 'my-pack');
    assert.deepEqual(result.problems.map((p) => [p.file, p.line]), [['pack.md', 1]]);
  });

  it('unknown fields are warnings, not errors', () => {
    const files: ContentFile[] = [{ path: 'pack.md', text: '---\nid: p\ntitle: P\ncompany: C\nrole: R\nteam: T\nsource: S\n---\n' }, { path: 'a.md', text: '---\nid: a\nkind: checklist\ntitle: A\norder: 1\ntitel: typo\nitems:\n  - id: x\n    text: X\n---\n' }];
    const result = loadPack('/x/p', files);
    assert.equal(result.pack!.sections.length, 1);
    assert.deepEqual(result.problems.map((p) => [p.severity, p.line, p.field]), [['warning', 6, 'titel']]);
  });

  it('an unknown field named like an Object.prototype member is a warning too', () => {
    const files: ContentFile[] = [{ path: 'pack.md', text: '---\nid: p\ntitle: P\ncompany: C\nrole: R\nteam: T\nsource: S\n---\n' }, { path: 'a.md', text: '---\nid: a\nkind: checklist\ntitle: A\norder: 1\nconstructor: x\ntoString: y\n__proto__: {title: z}\nitems:\n  - id: x\n    text: X\n---\n' }];
    const result = loadPack('/x/p', files);
    assert.deepEqual(result.problems.map((p) => [p.severity, p.line, p.field]), [['warning', 6, 'constructor'], ['warning', 7, 'toString'], ['warning', 8, '__proto__']]);
  });

  it('a meaning frame naming the undefined concept "constructor" is an unknown concept, as any other name', () => {
    const files = readPackFiles(BUNDLED_PACK_DIR).map((f) => (f.path === '07-red-flags.md' ? { ...f, text: f.text.replace('all: [off-time]', 'all: [constructor]') } : f));
    const problems = loadPack(BUNDLED_PACK_DIR, files).problems;
    assert.deepEqual(problems.map((p) => [p.file, p.severity]), [['07-red-flags.md', 'error']]);
    assert.match(problems[0]!.message, /unknown concept "constructor"/);
  });

  it('an authored quiz question whose answer is not among its options is rejected with its line', () => {
    const text = '---\nid: a\nkind: checklist\ntitle: A\norder: 1\nitems:\n  - id: x\n    text: X\nquiz:\n  - id: q\n    type: single\n    prompt: Pick\n    options: [One, Two]\n    answer: Three\n---\n';
    const result = loadPack('/x/p', [{ path: 'a.md', text }]);
    const problem = result.problems.find((p) => p.file === 'a.md')!;
    assert.equal(problem.line, 14);
    assert.match(problem.message, /answer "Three" is not one of the options/);
    assert.deepEqual(result.pack!.sections[0]!.quiz, []);
  });

  it('loads a pack written with CRLF or lone-CR line endings exactly as the LF one, errors on the same lines', () => {
    const lf = loadBundled();
    for (const eol of ['\r\n', '\r']) {
      const files = readPackFiles(BUNDLED_PACK_DIR).map((f) => ({ ...f, text: f.text.replace(/\n/g, eol) }));
      const result = loadPack(BUNDLED_PACK_DIR, files);
      assert.deepEqual(result.problems, [], JSON.stringify(eol));
      assert.doesNotMatch(JSON.stringify(result.pack), /\\r/);
      assert.deepEqual(result.pack, lf.pack);
    }
    const bad = '---\nid: a\nkind: checklist\ntitle: A\norder: 1\ntitel: typo\nitems:\n  - id: x\n    text: X\n---\n';
    const where = (text: string) => loadPack('/x/p', [{ path: 'a.md', text }]).problems.map((p) => [p.line, p.column, p.field]);
    assert.deepEqual(where(bad.replace(/\n/g, '\r\n')), where(bad));
    assert.deepEqual(where(bad)[0], [6, 8, 'titel']);
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['', '---', '---\n---', '---\n: :\n---', '---\n- a\n- b\n---', '\uFEFF---\nid: x\n---', '---\nid: [\n---', 'x'.repeat(1000)]) {
      assert.doesNotThrow(() => loadPack('/x/p', [{ path: 'a.md', text }]));
    }
  });
});

describe('content loader: provenance of what the guide does not state', () => {
  const edit = (from: string, to: string) => {
    const files = readPackFiles(BUNDLED_PACK_DIR).map((f) => (f.path === '07-red-flags.md' ? { ...f, text: f.text.replace(from, to) } : f));
    return loadPack(BUNDLED_PACK_DIR, files);
  };
  const flags = () => sectionOfKind(bundledPack(), 'red-flags')!.flags;

  it('marks the team-as-family flag and the two value links the guide does not make, each with a reason', () => {
    const byId = new Map(flags().map((f) => [f.id, f]));
    assert.equal(byId.get('team-as-family')!.inferred, true);
    assert.match(byId.get('team-as-family')!.inferredReason!, /key phrase/);
    assert.equal(byId.get('more-process')!.conflictsWith, 'people-over-process');
    assert.match(byId.get('more-process')!.conflictInferred!, /no value/);
    assert.equal(byId.get('detailed-instructions')!.conflictsWith, 'people-over-process');
    assert.ok(byId.get('detailed-instructions')!.conflictInferred);
    // What the guide states carries no mark.
    for (const id of ['work-life-balance', 'stability', 'only-ml-theory']) {
      assert.equal(byId.get(id)!.inferred, undefined, id);
      assert.equal(byId.get(id)!.conflictInferred, undefined, id);
    }
  });

  it('a lint pattern that does not compile is an error at its own line; the flag keeps its other phrases', () => {
    const original = readFileSync(join(BUNDLED_PACK_DIR, '07-red-flags.md'), 'utf8');
    const good = '        - "(job|career|employment|financial|long-term) (stability|security)"';
    const line = original.split('\n').indexOf(good) + 1;
    assert.ok(line > 1, 'the stability phrase this test breaks is in the bundled pack');
    const result = edit(good, '        - "(job|career (stability|security)"');
    assert.deepEqual(result.problems.map((p) => [p.file, p.line, p.severity, p.field]), [['07-red-flags.md', line, 'error', 'flags[1].lint.phrases[1]']]);
    assert.match(result.problems[0]!.message, /^flags\[1\]\.lint\.phrases\[1\]: pattern "\(job\|career \(stability\|security\)": unclosed "\(" \(at character 1\)/);
    const stability = sectionOfKind(result.pack!, 'red-flags')!.flags.find((f) => f.id === 'stability')!;
    assert.ok(stability.lint!.phrases.includes('(job|career (stability|security)'), 'the bad phrase is kept for the compiler to skip; the flag is not dropped');
    assert.deepEqual(lintText('I want a stable job.', result.pack!).map((f) => f.ruleId), ['stability'], 'the other phrases still flag');
    // An except pattern may not offer replacements: also an error at its line.
    const except = edit('      except:\n', '      except:\n        - "stable => steady"\n');
    assert.ok(except.problems.some((p) => p.line > 1 && /pattern "stable => steady": `=>` replacements are not allowed here/.test(p.message)), JSON.stringify(except.problems));
  });

  it('rejects a mark without its reason, and a reason without a mark, naming file and line', () => {
    const noReason = edit(/    inferredReason: .*\n/.exec(readFileSync(join(BUNDLED_PACK_DIR, '07-red-flags.md'), 'utf8'))![0], '');
    assert.ok(noReason.problems.some((p) => p.file.endsWith('07-red-flags.md') && p.line > 1 && /needs an `inferredReason`/.test(p.message)), JSON.stringify(noReason.problems));
    const noMark = edit('    inferred: true\n    inferredReason:', '    inferredReason:');
    assert.ok(noMark.problems.some((p) => /without `inferred: true`/.test(p.message)), JSON.stringify(noMark.problems));
    const badLink = edit('      inferred: true\n      reason: "The guide gives no value', '      reason: "The guide gives no value');
    assert.ok(badLink.problems.some((p) => p.file.endsWith('07-red-flags.md') && p.severity === 'error'), JSON.stringify(badLink.problems));
  });
});
