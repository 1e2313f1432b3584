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

/**
 * Which of the CLI's errors an error is. Each of the CLI's bundles (see bundles.ts) has its own
 * copy of these classes, so `instanceof` asks for this mark rather than for the class object.
 */
const KIND = Symbol.for('interview-coach.cli-error');
const isKind = (value: unknown, kind: string): boolean => typeof value === 'object' && value !== null && (value as { [KIND]?: unknown })[KIND] === kind;

export class UsageError extends Error {
  readonly [KIND] = 'usage';
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isKind(value, 'usage');
  }
}

/** A pack folder that cannot be read at all (missing, not a folder): a usage-level error. */
export class PackDirError extends Error {
  readonly [KIND] = 'pack-dir';
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isKind(value, 'pack-dir');
  }
}
