import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO } from '../io';
import { defaultPackDir, loadPackDir } from '../packDir';


/** Prints the parsed pack as JSON (the shape every consumer reads); exit 1 if the pack has errors. */
export function content(positionals: readonly string[], options: { format?: string }, io: CliIO): number {
  const format = options.format ?? 'json';
  if (format !== 'json') throw new UsageError(`unknown --format "${format}": expected json`);
  const result = loadPackDir(positionals[0] ?? defaultPackDir());
  io.out(JSON.stringify({ pack: result.pack ?? null, problems: result.problems }, null, 2));
  return result.problems.some((p) => p.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}
