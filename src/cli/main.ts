import { parseArgs } from 'node:util';
import { commands } from './commands';
import { EXIT_USAGE, PackDirError, UsageError, type CliIO } from './io';
import { setCliBuild } from './cliBuild';
import { escapeControls } from './terminalText';

function help(): string {
  const width = Math.max(...Object.values(commands).map((c) => c.usage.length));
  return [
    'Usage: interview-coach <command> [options]',
    '',
    'Commands:',
    ...Object.values(commands).map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 clean, 1 findings or content errors, 2 usage error or unreadable input.',
  ].join('\n');
}

/** The whole CLI as a function of its arguments, so tests run it in-process. */
export async function main(argv: readonly string[], rawIO: CliIO): Promise<number> {
  // Pack text and file names can hold terminal control sequences: none reaches the terminal raw.
  const io: CliIO = { cwd: rawIO.cwd, out: (t) => rawIO.out(escapeControls(t)), err: (t) => rawIO.err(escapeControls(t)) };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(help());
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`interview-coach: unknown command "${name}"\n\n${help()}`);
    return EXIT_USAGE;
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values['help']) {
      io.out(`Usage: ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    return await (await command.load())(positionals, values as Record<string, string | boolean | string[] | undefined>, io);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`interview-coach ${name}: ${(err as Error).message}\nUsage: ${command.usage}`);
      return EXIT_USAGE;
    }
    if (err instanceof PackDirError) {
      io.err(`interview-coach ${name}: ${err.message}`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

declare const __VERSION__: string | undefined;

/**
 * Runs the CLI as a process: real streams, exit code on `process.exitCode`. `bin.ts` calls it,
 * with the content hash of this bundle that keys the caches.
 */
export function runCli(build?: string): void {
  setCliBuild(build);
  // A reader that stops early (`… | head`) closes the pipe: drop the rest of the output quietly
  // and still finish, so the exit code says what was found.
  let stdoutClosed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    stdoutClosed = true;
  });
  const io: CliIO = {
    cwd: process.cwd(),
    out: (text) => {
      if (!stdoutClosed) process.stdout.write(`${text}\n`);
    },
    err: (text) => process.stderr.write(`${text}\n`),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`interview-coach: internal error: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
