import { relative } from 'node:path';
import { formatProblem } from '../../core/content/loader';
import type { ContentProblem, Pack } from '../../core/content/types';
import { compileRuleSources } from '../../core/lint/rules';
import { EXIT_FINDINGS, EXIT_OK, type CliIO } from '../io';
import { oneLine } from '../terminalText';
import { defaultPackDir, loadPackDir } from '../packDir';


/** Validates a pack: one `file:line:col: severity: message` line per problem; exit 1 when there is any. */
export function checkContent(positionals: readonly string[], io: CliIO): number {
  const dir = positionals[0] ?? defaultPackDir();
  const loaded = loadPackDir(dir);
  // The lint patterns too: a pattern that does not compile is skipped by the linter, so it is an error here.
  const result = { ...loaded, problems: [...loaded.problems, ...patternProblems(loaded.pack)] };
  const prefix = relative(io.cwd, result.pack?.root ?? dir) || '.';
  for (const problem of result.problems) io.out(oneLine(formatProblem(problem, `${prefix}/`)));
  const sections = result.pack?.sections.length ?? 0;
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  io.err(oneLine(`${prefix}: ${sections} section${sections === 1 ? '' : 's'} loaded, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`));
  return result.problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** Every lint pattern of the pack that does not compile, at the line of its red flag. */
function patternProblems(pack: Pack | undefined): ContentProblem[] {
  if (!pack) return [];
  return compileRuleSources(pack).problems.map((p) => ({
    file: p.ref?.file ?? 'pack.md',
    line: p.ref?.line ?? 1,
    column: 1,
    message: `rule "${p.ruleId}": pattern ${JSON.stringify(p.pattern)}: ${p.message}`,
    severity: 'error' as const,
  }));
}
