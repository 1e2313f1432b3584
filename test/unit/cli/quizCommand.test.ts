import * as assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { BUNDLED_PACK_DIR, REPO } from '../helpers/packFiles';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd: REPO, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe('cli: quiz --list', () => {
  it('prints the bank of the bundled pack by section, with answers and sources', async () => {
    const r = await run('quiz', '--list', BUNDLED_PACK_DIR);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Job Description Quick Reference \(job-description\): 14 questions$/m);
    assert.match(r.out, /^Netflix Culture Quick Reference \(culture\): 48 questions$/m);
    assert.match(r.out, /^ {2}\[short\] key-phrases\/phrase-complete\/phrase-context-not-control\n {6}Complete the key phrase: “Context not ___”\n {6}answer: control$/m);
    assert.match(r.out, /^229 questions in 10 sections: 48 card, 100 short, 52 single, 20 multi, 2 recite, 7 fix$/m);
  });

  it('prints JSON a pack author can process', async () => {
    const r = await run('quiz', '--list', '--format', 'json', BUNDLED_PACK_DIR);
    assert.equal(r.code, 0);
    const data = JSON.parse(r.out);
    assert.equal(data.pack, 'netflix-ml-media-algorithms');
    assert.equal(data.total, 229);
    assert.equal(data.questions.length, 229);
    assert.deepEqual(data.sections.map((s: { id: string; count: number }) => [s.id, s.count]).slice(0, 2), [
      ['job-description', 14],
      ['culture', 48],
    ]);
    const q = data.questions.find((x: { id: string }) => x.id === 'culture/meaning-from-value/candor');
    assert.equal(q.answer, 'Give/receive feedback, admit mistakes openly');
    assert.equal(q.source.sectionId, 'culture');
  });

  it('narrows to one section', async () => {
    const r = await run('quiz', '--list', '--format', 'json', '--section', 'pitch', BUNDLED_PACK_DIR);
    assert.equal(JSON.parse(r.out).total, 14);
    const bad = await run('quiz', '--list', '--section', 'nope', BUNDLED_PACK_DIR);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /no section "nope"; sections: job-description, culture/);
  });

  it('is a usage error without --list or with an unknown format', async () => {
    const a = await run('quiz');
    assert.equal(a.code, 2);
    assert.match(a.err, /runs in VS Code/);
    const b = await run('quiz', '--list', '--format', 'xml');
    assert.equal(b.code, 2);
    assert.match(b.err, /expected text or json/);
  });
});

describe('cli: quiz --check', () => {
  const PITCH =
    "I'm a senior MLOps engineer at Salesforce managing 5TB/month LLM pipelines. What excites me about this role is bridging cutting-edge AI research with studio creators - I've built consumer apps and understand both the technical challenges of scaling ML and the creative process. When I saw how Eyeline Research is pushing boundaries in AI/CV for content creation, I knew this was where I wanted to contribute. My experience rapidly learning new technologies and building production systems would help researchers see their innovations deployed at Netflix scale.";

  it('grades a recital on its facts and prints {id, correct, grade, score, wrong, missing}; exit 1 when wrong', async () => {
    const swapped = PITCH.replace('5TB', '50TB').replace('Salesforce', 'Google').replace('Eyeline Research', 'Netflix Research');
    const r = await run('quiz', '--check', 'pitch/pitch-recite', '--answer', swapped, '--format', 'json', BUNDLED_PACK_DIR);
    assert.equal(r.code, 1, r.err);
    const out = JSON.parse(r.out);
    assert.deepEqual(Object.keys(out), ['id', 'correct', 'grade', 'score', 'wrong', 'missing']);
    assert.equal(out.correct, false);
    assert.equal(out.grade, 1);
    assert.deepEqual(out.wrong.map((w: { expected: string }) => w.expected).sort(), ['5TB/month', 'Eyeline Research', 'Salesforce']);
    const right = await run('quiz', '--check', 'pitch/pitch-recite', '--answer', PITCH, '--format', 'json', BUNDLED_PACK_DIR);
    assert.equal(right.code, 0);
    assert.equal(JSON.parse(right.out).correct, true);
  });

  it('takes word forms, abbreviations and parts in any order; choice answers by option text', async () => {
    assert.equal((await run('quiz', '--check', 'culture/value-from-meaning/curiosity', '--answer', 'Curious', BUNDLED_PACK_DIR)).code, 0);
    assert.equal((await run('quiz', '--check', 'job-description/location', '--answer', 'LA', BUNDLED_PACK_DIR)).code, 0);
    assert.equal((await run('quiz', '--check', 'job-description/team', '--answer', 'Eyeline Research, Studio Media Algorithms', BUNDLED_PACK_DIR)).code, 0);
    assert.equal((await run('quiz', '--check', 'job-description/salary', '--answer', '$150,000 - $750,000', BUNDLED_PACK_DIR)).code, 0);
    assert.equal((await run('quiz', '--check', 'key-phrases/phrase-complete/phrase-farming-for-dissent', '--answer', 'dissect', BUNDLED_PACK_DIR)).code, 1);
  });

  it('checks a "fix this line" rewrite with the linter', async () => {
    const bad = await run('quiz', '--check', 'red-flags/fix-line/work-life-balance', '--answer', 'I want a healthy work-life balance', '--format', 'json', BUNDLED_PACK_DIR);
    assert.equal(bad.code, 1);
    assert.ok(JSON.parse(bad.out).findings.length > 0);
    assert.equal((await run('quiz', '--check', 'red-flags/fix-line/work-life-balance', '--answer', 'I want uncomfortably exciting work', BUNDLED_PACK_DIR)).code, 0);
  });

  it('exits 2 on a usage error: unknown id, missing --answer, a self-graded card, an answer that names no option', async () => {
    assert.equal((await run('quiz', '--check', 'nope', '--answer', 'x', BUNDLED_PACK_DIR)).code, 2);
    assert.equal((await run('quiz', '--check', 'pitch/pitch-recite', BUNDLED_PACK_DIR)).code, 2);
    assert.equal((await run('quiz', '--check', 'job-description/role', '--answer', 'x', BUNDLED_PACK_DIR)).code, 2);
    assert.equal((await run('quiz', '--check', 'job-description/salary', '--answer', 'a lot', BUNDLED_PACK_DIR)).code, 2);
  });

  it('lists each question kind, and for typed and recited ones the facts that must match', async () => {
    const r = await run('quiz', '--list', '--format', 'json', BUNDLED_PACK_DIR);
    const qs = JSON.parse(r.out).questions as { id: string; kind: string; facts?: { type: string; text: string }[] }[];
    assert.ok(qs.every((q) => typeof q.kind === 'string'));
    const pitch = qs.find((q) => q.id === 'pitch/pitch-recite')!;
    assert.deepEqual(pitch.facts!.filter((f) => f.type === 'number').map((f) => f.text), ['5TB/month']);
    assert.ok(qs.filter((q) => q.kind === 'short' || q.kind === 'recite').every((q) => Array.isArray(q.facts)));
  });
});
