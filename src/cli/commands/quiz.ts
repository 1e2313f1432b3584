import { buildBank } from '../../core/quiz/bank';
import { checkShort } from '../../core/quiz/check';
import { grade as gradeAnswer, type SessionItem } from '../../core/quiz/session';
import type { Response } from '../../core/quiz/protocol';
import { answerOf, type Question } from '../../core/quiz/question';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO } from '../io';
import { oneLine } from '../terminalText';
import { defaultPackDir, loadPackDir } from '../packDir';


/**
 * Prints the question bank a pack yields, so a pack author can review every generated question,
 * its answer, its distractors and where it comes from. Exit 1 if the pack has content errors
 * (the questions of what did load are still printed).
 */
export function quiz(positionals: readonly string[], options: { list?: boolean; format?: string; section?: string; check?: string; answer?: string }, io: CliIO): number {
  if (options.check !== undefined || options.answer !== undefined) return checkOne(positionals, options, io);
  if (!options.list) throw new UsageError('the quiz itself runs in VS Code ("Interview Coach: Start Quiz"); here, --list prints the question bank and --check ID --answer TEXT grades one answer');
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
          // `facts`: for typed and recited questions, the numbers, names and negations an answer must have right.
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
  if ((q.kind === 'short' || q.kind === 'recite') && q.facts.length) lines.push(`      facts that must match: ${q.facts.map((f) => f.text).join(' | ')}`);
  if (q.kind === 'fix') lines.push(`      line to fix: ${q.line}`);
  if (q.inferred) lines.push(`      inferred (not stated in the guide): ${q.inferred}`);
  lines.push(`      source: ${q.source.label}`);
  return lines.map(oneLine).join('\n');
}

/**
 * `quiz --check ID --answer TEXT`: grades one answer with the same code the panel uses (the
 * session's `grade`) and prints `{id, correct, grade, score, wrong, missing}`. A choice answer
 * names its option(s) by text, several separated by ";". Exit 0 right, 1 not, 2 usage error.
 */
function checkOne(positionals: readonly string[], options: { format?: string; check?: string; answer?: string }, io: CliIO): number {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown --format "${format}": expected text or json`);
  if (!options.check) throw new UsageError('--check needs a question id (see quiz --list)');
  if (options.answer === undefined) throw new UsageError('--check needs --answer TEXT');
  const result = loadPackDir(positionals[0] ?? defaultPackDir());
  for (const p of result.problems) io.err(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`);
  if (!result.pack) throw new UsageError('the pack did not load');
  const bank = buildBank(result.pack);
  const q = bank.byId.get(options.check);
  if (!q) throw new UsageError(`no question "${options.check}" (see quiz --list)`);
  if (q.kind === 'card') throw new UsageError(`"${q.id}" is a card: it is graded by the candidate, not checked`);
  let item: SessionItem = { questionId: q.id };
  let response: Response;
  const text = options.answer;
  if (q.kind === 'single' || q.kind === 'multi') {
    const opts = q.kind === 'single' ? [q.answer, ...q.distractors] : [...q.answers, ...q.distractors];
    item = { questionId: q.id, options: opts };
    const picked = (q.kind === 'single' ? [text] : text.split(/\s*[;|]\s*/)).filter((t) => t.trim() !== '').map((t) => opts.findIndex((o) => checkShort(t, [o]).verdict === 'correct'));
    if (picked.some((i) => i < 0) || picked.length === 0) throw new UsageError(`--answer must name ${q.kind === 'single' ? 'one option' : 'options (separated by ";")'}: ${opts.map((o) => `"${o}"`).join(', ')}`);
    response = q.kind === 'single' ? { kind: 'single', choice: picked[0]! } : { kind: 'multi', choices: [...new Set(picked)].sort((a, b) => a - b) };
  } else {
    response = { kind: q.kind, text };
  }
  const r = gradeAnswer(q, item, response, () => '', bank);
  const score = r.score ?? (r.verdict === 'correct' ? 100 : r.verdict === 'typo' ? 90 : 0);
  const out = {
    id: q.id,
    correct: r.correct,
    grade: r.grade,
    score,
    wrong: r.wrongFacts ?? [],
    missing: r.missingFacts ?? [],
    ...(r.findings ? { findings: r.findings } : {}),
  };
  if (format === 'json') io.out(JSON.stringify(out, null, 2));
  else io.out(`${q.id}: ${r.message}`);
  return r.correct ? EXIT_OK : EXIT_FINDINGS;
}
