// The body of scripts/eval/coach.mjs, bundled by it: loads the pack and scores each corpus.
import { loadPackDir } from '../../src/cli/packDir';
import { agreement, formatAgreement, parseCorpus } from './coachAgreement';

export function run(packDir: string, corpora: readonly { name: string; text?: string }[], options: { quiet?: boolean } = {}): { report: string; ok: boolean } {
  const { pack, problems } = loadPackDir(packDir);
  if (!pack) return { report: `the content pack could not be loaded: ${problems[0]?.message ?? 'no files'}`, ok: false };
  const lines: string[] = [];
  let ok = true;
  for (const c of corpora) {
    if (c.text === undefined) {
      lines.push(`${c.name}: not present`);
      continue;
    }
    try {
      const a = agreement(parseCorpus(c.text, c.name), pack);
      const text = formatAgreement(c.name, a);
      lines.push(options.quiet ? text.split('\n').filter((l) => !l.startsWith('  miss ')).join('\n') : text);
    } catch (err) {
      lines.push(`${c.name}: ${(err as Error).message}`);
      ok = false;
    }
  }
  return { report: lines.join('\n'), ok };
}
