import { sectionOfKind, type Pack, type Skill, type Story } from '../content/types';
import type { Finding } from '../lint/finding';
import { coachOptions, type CoachOptions, type DraftAnalysis } from './analyze';
import { guideStories, guideValues, type GuideValue } from './draft';
import { LineIndex } from '../text/lineIndex';
import { finding } from './text';

/** One analysed draft, named by its path (workspace-relative in the editor, as given in the CLI). */
export interface AnalyzedDraft {
  readonly path: string;
  readonly text: string;
  readonly analysis: DraftAnalysis;
}

export interface StoryUse {
  readonly story: Story;
  /** Paths of the drafts that tell it. */
  readonly paths: readonly string[];
  readonly overused: boolean;
}

/** What a coach would draw on a whiteboard after reading every draft. */
export interface Coverage {
  readonly drafts: number;
  /** Every principle and value, with the drafts that show it (empty: none does yet). */
  readonly values: readonly { readonly value: GuideValue; readonly paths: readonly string[] }[];
  readonly uncoveredValues: readonly GuideValue[];
  /** Every story of the guide, told or not. */
  readonly stories: readonly StoryUse[];
  readonly requiredSkills: readonly { readonly skill: Skill; readonly paths: readonly string[] }[];
  readonly missingSkills: readonly Skill[];
  readonly maxStoryReuse: number;
  /** `story-overused` findings, by draft path. */
  readonly findings: ReadonlyMap<string, readonly Finding[]>;
}

export function analyzeCoverage(drafts: readonly AnalyzedDraft[], pack: Pack, options: Partial<CoachOptions> = {}): Coverage {
  const { maxStoryReuse } = coachOptions(options);
  const values = guideValues(pack).map((value) => ({ value, paths: drafts.filter((d) => d.analysis.values.some((v) => v.id === value.id)).map((d) => d.path) }));
  const stories = guideStories(pack).map((story) => {
    // A story counts as told where a draft's frontmatter says so, not where the guide merely suggests it.
    const paths = drafts.filter((d) => d.analysis.meta.storySource === 'frontmatter' && d.analysis.meta.story?.id === story.id).map((d) => d.path);
    return { story, paths, overused: maxStoryReuse > 0 && paths.length > maxStoryReuse };
  });
  const required = sectionOfKind(pack, 'job-description')?.requiredSkills ?? [];
  const requiredSkills = required.map((skill) => ({ skill, paths: drafts.filter((d) => d.analysis.skills.some((s) => s.skill.id === skill.id)).map((d) => d.path) }));

  const findings = new Map<string, Finding[]>();
  const storiesSection = sectionOfKind(pack, 'stories');
  for (const use of stories.filter((s) => s.overused)) {
    for (const path of use.paths) {
      const draft = drafts.find((d) => d.path === path)!;
      const meta = draft.analysis.meta;
      const span = meta.spans.story!;
      const others = use.paths.filter((p) => p !== path);
      const unused = stories.filter((s) => s.paths.length === 0).map((s) => s.story.title);
      const list = findings.get(path) ?? [];
      list.push(
        finding(new LineIndex(draft.text), {
          ruleId: 'story-overused',
          severity: 'info',
          message: `The ${use.story.title} story is told in ${use.paths.length} answers (more than ${maxStoryReuse}); also in ${others.join(', ')}.${unused.length ? ` Stories no answer tells yet: ${unused.join(', ')}.` : ''}`,
          reason: 'Interviewers on a loop compare notes: the same story in several answers reads as having only one.',
          start: span.start,
          end: span.end,
          ...(storiesSection ? { cite: { sectionId: storiesSection.id, itemId: use.story.id } } : {}),
        }),
      );
      findings.set(path, list);
    }
  }

  return {
    drafts: drafts.length,
    values,
    uncoveredValues: values.filter((v) => v.paths.length === 0).map((v) => v.value),
    stories,
    requiredSkills,
    missingSkills: requiredSkills.filter((s) => s.paths.length === 0).map((s) => s.skill),
    maxStoryReuse,
    findings,
  };
}
