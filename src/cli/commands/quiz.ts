import { buildBank } from '../../core/quiz/bank';
import { answerOf, type Question } from '../../core/quiz/question';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO } from '../io';
import { oneLine } from '../terminalText';
import { defaultPackDir, loadPackDir } from '../packDir';


/**
 * Prints the question bank a pack yields, so a pack author can review every generated question,
 * its answer, its distractors and where it comes from. Exit 1 if the pack has content errors
 * (the questions of what did load are still printed).
 */
export function quiz(positionals: readonly string[], options: { list?: boolean; format?: string; section?: string }, io: CliIO): number {
  if (!options.list) throw new UsageError('the quiz itself runs in VS Code ("Interview Coach: Start Quiz"); here, --list prints the question bank');
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown --format "${format}": expected text or json`);
  const result = loadPackDir(positionals[0] ?? defaultPackDir());
  for (const p of result.problems) io.err(oneLine(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`));
  const bank = result.pack ? buildBank(result.pack) : undefined;
  if (options.section && bank && !bank.sections.some((s) => s.id === options.section)) {
    throw new UsageError(`no section "${options.section}"; sections: ${bank.sections.map((s) => s.id).join(', ')}`);
  }
  const sections = (bank?.sections ?? []).filter((s) => !options.section || s.id === options.section);
  const total = sections.reduce((n, s) => n + s.questions.length, 0);

  if (format === 'json') {
    io.out(
      JSON.stringify(
        {
          pack: bank?.packId ?? null,
          total,
          sections: sections.map((s) => ({ id: s.id, title: s.title, count: s.questions.length, byKind: byKind(s.questions) })),
          questions: sections.flatMap((s) => s.questions),
        },
        null,
        2,
      ),
    );
  } else {
    for (const s of sections) {
      io.out(oneLine(`${s.title} (${s.id}): ${s.questions.length} question${s.questions.length === 1 ? '' : 's'}`));
      for (const q of s.questions) io.out(describe(q));
      io.out('');
    }
    io.out(`${total} questions in ${sections.length} section${sections.length === 1 ? '' : 's'}: ${Object.entries(byKind(sections.flatMap((s) => s.questions))).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  }
  return result.problems.some((p) => p.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

function byKind(questions: readonly Question[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const q of questions) out[q.kind] = (out[q.kind] ?? 0) + 1;
  return out;
}

function describe(q: Question): string {
  const answer = answerOf(q);
  const lines = [`  [${q.kind}] ${q.id}`, `      ${q.prompt}`, `      answer: ${typeof answer === 'string' ? answer : answer.join(' | ')}`];
  if (q.kind === 'single' || q.kind === 'multi') lines.push(`      distractors (${q.optionCount} options shown): ${q.distractors.join(' | ')}`);
  if (q.kind === 'short' && q.accepted.length > 1) lines.push(`      also accepted: ${q.accepted.slice(1).join(' | ')}`);
  lines.push(`      source: ${q.source.label}`);
  return lines.map(oneLine).join('\n');
}
