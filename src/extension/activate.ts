import * as vscode from 'vscode';
import { registerCoach, type CoachFeature } from './coach/registerCoach';
import { RepoConfig, setRepoConfig } from './config/repoConfig';
import { registerGuide } from './guide/registerGuide';
import { registerLint } from './lint/registerLint';
import { PackService } from './packService';
import { registerPractice, type PracticeFeature } from './practice/registerPractice';
import { registerQuiz, type QuizFeature } from './quiz/registerQuiz';
import { GuideReader } from './reader/guideReader';
import type { Services } from './services';

export { setHost } from './platform/host';

/** What `activate` returns: used by the integration tests, and by nothing else. */
export interface InterviewCoachApi extends Services {
  readonly activationMs: number;
  readonly coach: CoachFeature;
  readonly quiz: QuizFeature;
  readonly practice: PracticeFeature;
  /** The repository's `.interview-coach.jsonc` files. */
  readonly config: RepoConfig;
}

export function activate(context: vscode.ExtensionContext): InterviewCoachApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Interview Coach', { log: true });
  // The repository's .interview-coach.jsonc files, read before any feature reads a setting.
  const config = new RepoConfig();
  setRepoConfig(config);
  void config.ready();
  const packs = new PackService(context.extensionUri, config);
  const reader = new GuideReader(context.extensionUri, packs);
  context.subscriptions.push(log, config, { dispose: () => setRepoConfig(undefined) }, packs, reader);
  const guide = registerGuide(context, packs, reader);
  const lint = registerLint(context, { packs, reader, guide, log });
  const services: Services = { packs, reader, guide, log, lint };

  // Feature registrations: each one line, each cheap (they defer their work until first use).
  const quiz = registerQuiz(context, services);
  const coach = registerCoach(context, services);
  const practice = registerPractice(context, services, quiz, coach);

  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(2)} ms`);
  return { ...services, quiz, coach, practice, config, activationMs };
}

export function deactivate(): void {}
