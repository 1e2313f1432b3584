import * as vscode from 'vscode';
import { coachOptions, type CoachOptions } from '../../core/coach/analyze';

export const COACH_SECTION = 'interviewCoach.coach';
export const DRAFTS_FOLDER_SETTING = 'interviewCoach.drafts.folder';

export interface CoachSettings extends CoachOptions {
  readonly enabled: boolean;
  readonly codeLens: boolean;
  /** Where "New Answer Draft" puts new files, relative to the first workspace folder. */
  readonly folder: string;
}

export function readCoachSettings(scope?: vscode.ConfigurationScope): CoachSettings {
  const config = vscode.workspace.getConfiguration('interviewCoach', scope);
  return {
    ...coachOptions({
      wordsPerMinute: config.get<number>('coach.wordsPerMinute'),
      answerSeconds: config.get<number>('coach.answerSeconds'),
      maxStoryReuse: config.get<number>('coach.maxStoryReuse'),
    }),
    enabled: config.get<boolean>('coach.enabled', true),
    codeLens: config.get<boolean>('coach.codeLens', true),
    folder: config.get<string>('drafts.folder', 'answers').trim() || 'answers',
  };
}

/** True when a configuration change touches anything the coach reads (lint settings: red-flag counts, suppressions). */
export function affectsCoach(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(COACH_SECTION) || event.affectsConfiguration('interviewCoach.drafts') || event.affectsConfiguration('interviewCoach.lint');
}
