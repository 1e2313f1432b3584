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
