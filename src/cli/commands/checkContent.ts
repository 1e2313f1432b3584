import { relative } from 'node:path';
import { formatProblem } from '../../core/content/loader';
import { EXIT_FINDINGS, EXIT_OK, type CliIO } from '../io';
import { oneLine } from '../terminalText';
import { defaultPackDir, loadPackDir } from '../packDir';


/** Validates a pack: one `file:line:col: severity: message` line per problem; exit 1 when there is any. */
export function checkContent(positionals: readonly string[], io: CliIO): number {
  const dir = positionals[0] ?? defaultPackDir();
  // The loader checks the lint patterns too: one that does not compile is an error at its own line.
  const result = loadPackDir(dir);
  const prefix = relative(io.cwd, result.pack?.root ?? dir) || '.';
  for (const problem of result.problems) io.out(oneLine(formatProblem(problem, `${prefix}/`)));
  const sections = result.pack?.sections.length ?? 0;
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  io.err(oneLine(`${prefix}: ${sections} section${sections === 1 ? '' : 's'} loaded, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`));
  return result.problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
