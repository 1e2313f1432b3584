// The bench's "lint command alone" CLI: only `interview-coach lint`, without the coach's analyzers
// and the other commands (what the command itself costs, beside the shipped CLI that has it all).
import { lint } from '../../src/cli/commands/lint';
import { UsageError } from '../../src/cli/io';

const io = { cwd: process.cwd(), out: (t: string) => process.stdout.write(`${t}\n`), err: (t: string) => process.stderr.write(`${t}\n`) };
try {
  process.exitCode = lint(process.argv.slice(2), {}, io, () => []);
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  io.err(err.message);
  process.exitCode = 2;
}
