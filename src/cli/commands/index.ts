import type { ParseArgsConfig } from 'node:util';
import type { CliIO } from '../io';
import { otherCommands } from '../bundles';

type Values = Record<string, string | boolean | string[] | undefined>;
type Run = (positionals: string[], values: Values, io: CliIO) => number | Promise<number>;

export interface Command {
  readonly usage: string;
  readonly summary: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /**
   * The command's code, loaded on demand: `--help`, `--version` and every other command stay
   * free of the YAML parsers, the lint engine and the coach (the CLI's start-up is most of what a
   * pre-commit hook on one draft costs).
   */
  load(): Promise<Run>;
}

const str = (values: Values, key: string) => values[key] as string | undefined;

/** Every subcommand, in the order `--help` lists them. */
export const commands: Record<string, Command> = {
  'check-content': {
    usage: 'interview-coach check-content [DIR]',
    summary: 'validate a content pack; prints file:line:col: message per problem',
    options: {},
    load: async () => {
      const { checkContent } = otherCommands();
      return (positionals, _values, io) => checkContent(positionals, io);
    },
  },
  content: {
    usage: 'interview-coach content --format json [DIR]',
    summary: 'print the parsed content pack as JSON',
    options: { format: { type: 'string' } },
    load: async () => {
      const { content } = otherCommands();
      return (positionals, values, io) => content(positionals, { format: str(values, 'format') }, io);
    },
  },
  lint: {
    usage: 'interview-coach lint [--format human|json|sarif] [--config FILE] [--content DIR] [--strict] PATHS...',
    summary: 'lint answer drafts for red-flag phrasing; files, folders (their drafts) or globs',
    options: { format: { type: 'string' }, config: { type: 'string' }, content: { type: 'string' }, strict: { type: 'boolean' } },
    load: async () => {
      const { lint } = await import('./lint');
      return (positionals, values, io) =>
        lint(positionals, { format: str(values, 'format'), config: str(values, 'config'), content: str(values, 'content'), strict: values['strict'] === true }, io);
    },
  },
  quiz: {
    usage: 'interview-coach quiz --list [--format text|json] [--section ID] [DIR] | quiz --check ID --answer TEXT [--format text|json] [DIR]',
    summary: 'print the quiz question bank a pack yields (answers, distractors, facts, sources), or grade one answer as the quiz panel does',
    options: { list: { type: 'boolean' }, format: { type: 'string' }, section: { type: 'string' }, check: { type: 'string' }, answer: { type: 'string' } },
    load: async () => {
      const { quiz } = otherCommands();
      return (positionals, values, io) =>
        quiz(
          positionals,
          { list: values['list'] as boolean | undefined, format: str(values, 'format'), section: str(values, 'section'), check: str(values, 'check'), answer: str(values, 'answer') },
          io,
        );
    },
  },
  report: {
    usage: 'interview-coach report [--format human|json] [--config FILE] [--content DIR] [--wpm N] [PATHS...]',
    summary: 'coach answer drafts: a table per draft (words, speaking time, STAR, values, red flags), then coverage',
    options: { format: { type: 'string' }, config: { type: 'string' }, content: { type: 'string' }, wpm: { type: 'string' } },
    load: async () => {
      const { report } = otherCommands();
      return (positionals, values, io) =>
        report(positionals, { format: str(values, 'format'), config: str(values, 'config'), content: str(values, 'content'), wpm: str(values, 'wpm') }, io);
    },
  },
  readiness: {
    usage: 'interview-coach readiness [--format human|json] [--store DIR] [--date YYYY-MM-DD] [--config FILE] [--content DIR] [PATHS...]',
    summary: 'how ready you are: mastery per section, reviews and practice rounds due per day, practice scores, coverage, open red flags',
    options: { format: { type: 'string' }, store: { type: 'string' }, date: { type: 'string' }, config: { type: 'string' }, content: { type: 'string' } },
    load: async () => {
      const { readinessCommand } = otherCommands();
      return (positionals, values, io) =>
        readinessCommand(positionals, { format: str(values, 'format'), store: str(values, 'store'), date: str(values, 'date'), config: str(values, 'config'), content: str(values, 'content') }, io);
    },
  },
};
