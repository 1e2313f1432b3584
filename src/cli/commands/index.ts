import type { ParseArgsConfig } from 'node:util';
import type { CliIO } from '../io';
import { checkContent, checkContentUsage } from './checkContent';
import { content, contentUsage } from './content';
import { lint, lintSummary, lintUsage } from './lint';
import { quiz, quizUsage } from './quiz';
import { report, reportUsage } from './report';

export interface Command {
  readonly usage: string;
  readonly summary: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code; may be async (e.g. reading many files). */
  run(positionals: string[], values: Record<string, string | boolean | string[] | undefined>, io: CliIO): number | Promise<number>;
}

/** Every subcommand, in the order `--help` lists them. */
export const commands: Record<string, Command> = {
  'check-content': {
    usage: checkContentUsage,
    summary: 'validate a content pack; prints file:line:col: message per problem',
    options: {},
    run: (positionals, _values, io) => checkContent(positionals, io),
  },
  content: {
    usage: contentUsage,
    summary: 'print the parsed content pack as JSON',
    options: { format: { type: 'string' } },
    run: (positionals, values, io) => content(positionals, { format: values['format'] as string | undefined }, io),
  },
  lint: {
    usage: lintUsage,
    summary: lintSummary,
    options: { format: { type: 'string' }, config: { type: 'string' }, content: { type: 'string' }, strict: { type: 'boolean' } },
    run: (positionals, values, io) =>
      lint(
        positionals,
        { format: values['format'] as string | undefined, config: values['config'] as string | undefined, content: values['content'] as string | undefined, strict: values['strict'] === true },
        io,
      ),
  },
  quiz: {
    usage: quizUsage,
    summary: 'print the quiz question bank a pack yields (answers, distractors, sources)',
    options: { list: { type: 'boolean' }, format: { type: 'string' }, section: { type: 'string' } },
    run: (positionals, values, io) =>
      quiz(positionals, { list: values['list'] as boolean | undefined, format: values['format'] as string | undefined, section: values['section'] as string | undefined }, io),
  },
  report: {
    usage: reportUsage,
    summary: 'coach answer drafts: a table per draft (words, speaking time, STAR, values, red flags), then coverage',
    options: { format: { type: 'string' }, config: { type: 'string' }, content: { type: 'string' }, wpm: { type: 'string' } },
    run: (positionals, values, io) =>
      report(
        positionals,
        { format: values['format'] as string | undefined, config: values['config'] as string | undefined, content: values['content'] as string | undefined, wpm: values['wpm'] as string | undefined },
        io,
      ),
  },
};
