// `node out/eval/explain.cjs "sentence" …`: how the language layer reads a sentence and which
// findings both tiers give it (for writing meaning rules).
import { join } from 'node:path';
import { loadPackDir } from '../../src/cli/packDir';
import { readSentence } from '../../src/core/language';
import { createLanguageModel } from '../../src/core/language/winkModel';
import { lintText } from '../../src/core/lint';

const pack = loadPackDir(join(process.cwd(), 'content/netflix-ml-media-algorithms')).pack!;
const model = createLanguageModel();
for (const text of process.argv.slice(2)) {
  const r = readSentence(model.analyse(text), text);
  console.log(`\n${text}\n  stance=${r.stance} tense=${r.tense} person=${r.person} advice=${r.reportedAdvice} wants=${r.wantCues.map((i) => r.tokens[i]!.lower)} proposes=${r.proposalCues.map((i) => r.tokens[i]!.lower)}`);
  console.log('  ' + r.tokens.map((t, i) => `${t.text}/${t.lemma}/${t.pos}${r.negated[i] ? '/NEG' : ''}${r.quoted[i] ? '/Q' : ''}`).join(' '));
  for (const f of lintText(text, pack, { language: model })) console.log(`  -> ${f.ruleId}: ${f.message} [${text.slice(f.start, f.end)}]`);
}
