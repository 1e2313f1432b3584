import * as vscode from 'vscode';
import { registerGuide, type GuideFeature } from './guide/registerGuide';
import { PackService } from './packService';
import { GuideReader } from './reader/guideReader';

/** What `activate` returns: used by the integration tests, and by nothing else. */
export interface InterviewCoachApi {
  readonly activationMs: number;
  readonly packs: PackService;
  readonly guide: GuideFeature;
  readonly reader: GuideReader;
}

export function activate(context: vscode.ExtensionContext): InterviewCoachApi {
  const started = performance.now();
  const packs = new PackService(context.extensionUri);
  const reader = new GuideReader(context.extensionUri, packs);
  context.subscriptions.push(packs, reader);
  const guide = registerGuide(context, packs, reader);
  const activationMs = performance.now() - started;
  const log = vscode.window.createOutputChannel('Interview Coach', { log: true });
  context.subscriptions.push(log);
  log.info(`activated in ${activationMs.toFixed(2)} ms`);
  return { activationMs, packs, guide, reader };
}

export function deactivate(): void {}
