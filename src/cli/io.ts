/** What a command may touch: its output streams and the process's working folder. Tests pass fakes. */
export interface CliIO {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

/** A pack folder that cannot be read at all (missing, not a folder): a usage-level error. */
export class PackDirError extends Error {}
