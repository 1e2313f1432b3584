import * as vscode from 'vscode';
import { coachOptions, type CoachOptions } from '../../core/coach/analyze';
import { settingsLookup } from '../config/repoConfig';

export const COACH_SECTION = 'interviewCoach.coach';
export const DRAFTS_FOLDER_SETTING = 'interviewCoach.drafts.folder';

export interface CoachSettings extends CoachOptions {
  readonly enabled: boolean;
  readonly codeLens: boolean;
  /** Where "New Answer Draft" puts new files, relative to the first workspace folder. */
  readonly folder: string;
}

/** The coach's settings: VS Code's for `scope`, overlaid with the `.interview-coach.jsonc` files that apply to it. */
export function readCoachSettings(scope?: vscode.Uri): CoachSettings {
  const get = settingsLookup(scope);
  const typed = <T>(key: string, type: string, fallback: T): T => {
    const value = get(`interviewCoach.${key}`);
    return typeof value === type ? (value as T) : fallback;
  };
  return {
    ...coachOptions({
      wordsPerMinute: typed<number | undefined>('coach.wordsPerMinute', 'number', undefined),
      answerSeconds: typed<number | undefined>('coach.answerSeconds', 'number', undefined),
      maxStoryReuse: typed<number | undefined>('coach.maxStoryReuse', 'number', undefined),
    }),
    enabled: typed('coach.enabled', 'boolean', true),
    codeLens: typed('coach.codeLens', 'boolean', true),
    folder: typed('drafts.folder', 'string', 'answers').trim() || 'answers',
  };
}

/** True when a configuration change touches anything the coach reads (lint settings: red-flag counts, suppressions). */
export function affectsCoach(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(COACH_SECTION) || event.affectsConfiguration('interviewCoach.drafts') || event.affectsConfiguration('interviewCoach.lint');
}
