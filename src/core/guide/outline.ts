import type { CultureSection, Pack, Section } from '../content/types';

/**
 * The Guide tree as plain data: what each row says, its icon, where it leads. The VS Code tree
 * provider only turns these into TreeItems, so the whole mapping is unit-tested without VS Code.
 */
export interface OutlineNode {
  /** Unique and stable across reloads: `<section>` or `<section>/<item>/...`. */
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  /** Markdown. */
  readonly tooltip: string;
  /** Codicon name. */
  readonly icon: string;
  readonly sectionId: string;
  /** Text of the heading in the section body this node opens at, when it has one. */
  readonly anchor?: string;
  /** A checklist item's id: the row is a checkbox. */
  readonly checkItemId?: string;
  /** Drives context menus (`viewItem == section`...). */
  readonly contextValue: 'section' | 'item' | 'group' | 'detail' | 'checklist-item';
  readonly children: readonly OutlineNode[];
}

export function buildOutline(pack: Pack): OutlineNode[] {
  const culture = pack.sections.find((s): s is CultureSection => s.kind === 'culture');
  const valueName = (id: string): string => {
    const v = culture && [...culture.principles, ...culture.values].find((x) => x.id === id);
    return v ? v.name : id;
  };
  const valueMeaning = (id: string): string | undefined =>
    culture && [...culture.principles, ...culture.values].find((x) => x.id === id)?.meaning;
  const storyLabel = (id: string): string => {
    const stories = pack.sections.find((s) => s.kind === 'stories');
    const story = stories?.kind === 'stories' ? stories.stories.find((s) => s.id === id) : undefined;
    return story ? `Story ${story.number}: ${story.title} (${story.subject})` : id;
  };
  return pack.sections.map((section) => ({
    id: section.id,
    label: section.title,
    description: sectionDescription(section),
    tooltip: `**${escapeMd(section.title)}**\n\n${escapeMd(sectionSummary(section))}`,
    icon: section.icon,
    sectionId: section.id,
    contextValue: 'section',
    children: sectionChildren(section, { valueName, valueMeaning, storyLabel }),
  }));
}

interface Lookups {
  valueName(id: string): string;
  valueMeaning(id: string): string | undefined;
  storyLabel(id: string): string;
}

function sectionDescription(section: Section): string | undefined {
  switch (section.kind) {
    case 'job-description':
      return section.location;
    case 'culture':
      return `${section.principles.length} principles · ${section.values.length} values`;
    case 'stories':
      return `${section.stories.length} stories`;
    case 'phrases':
      return `${section.groups.reduce((n, g) => n + g.phrases.length, 0)} phrases`;
    case 'questions':
      return `${section.questions.length} questions`;
    case 'job-details':
      return `${section.qualifications.length} qualifications`;
    case 'red-flags':
      return `${section.flags.length} to avoid`;
    case 'pitch':
      return `${section.seconds} seconds`;
    case 'checklist':
      return `${section.items.length} items`;
    case 'questions-to-ask':
      return `${section.questions.length} questions`;
  }
}

function sectionSummary(section: Section): string {
  switch (section.kind) {
    case 'job-description':
      return `${section.role} — ${section.team}, ${section.location}`;
    case 'culture':
      return 'The principles and values, each with what it means.';
    case 'stories':
      return 'Your STAR stories and the values each one demonstrates.';
    case 'phrases':
      return 'Phrases to use naturally in answers.';
    case 'questions':
      return 'Questions they might ask, the story to use, and how to connect it.';
    case 'job-details':
      return 'Your qualifications, the technologies to mention and the role’s core mission.';
    case 'red-flags':
      return 'Phrasing to avoid, and why. Drafts are checked for these.';
    case 'pitch':
      return section.pitch;
    case 'checklist':
      return 'Tick each item once you can do it.';
    case 'questions-to-ask':
      return 'Questions that show you understand the culture.';
  }
}

function leaf(section: Section, idPath: string, label: string, description: string | undefined, tooltip: string, icon: string, anchor?: string): OutlineNode {
  return {
    id: `${section.id}/${idPath}`,
    label,
    ...(description !== undefined ? { description } : {}),
    tooltip,
    icon,
    sectionId: section.id,
    ...(anchor !== undefined ? { anchor } : {}),
    contextValue: 'detail',
    children: [],
  };
}

function group(section: Section, idPath: string, label: string, description: string | undefined, icon: string, children: OutlineNode[], anchor?: string): OutlineNode {
  return {
    id: `${section.id}/${idPath}`,
    label,
    ...(description !== undefined ? { description } : {}),
    tooltip: `**${escapeMd(label)}**`,
    icon,
    sectionId: section.id,
    ...(anchor !== undefined ? { anchor } : {}),
    contextValue: 'group',
    children,
  };
}

function item(node: Omit<OutlineNode, 'contextValue' | 'children'>, children: OutlineNode[] = []): OutlineNode {
  return { ...node, contextValue: 'item', children };
}

function sectionChildren(section: Section, look: Lookups): OutlineNode[] {
  switch (section.kind) {
    case 'job-description': {
      const facts: [string, string, string][] = [
        ['role', 'Role', section.role],
        ['team', 'Team', section.team],
        ['location', 'Location', section.location],
        ['salary', 'Salary Range', section.salaryRange],
        ['looking-for', 'What They’re Looking For', section.lookingFor],
      ];
      const skills = (key: string, label: string, list: readonly { id: string; text: string }[], icon: string) =>
        group(section, key, label, `${list.length}`, icon, list.map((s) => leaf(section, `${key}/${s.id}`, s.text, undefined, escapeMd(s.text), 'circle-small')));
      return [
        ...facts.map(([key, label, value]) => leaf(section, key, label, value, `**${label}:** ${escapeMd(value)}`, 'info')),
        skills('required', 'Required skills', section.requiredSkills, 'pass-filled'),
        skills('bonus', 'Bonus skills', section.bonusSkills, 'star-empty'),
        skills('non-technical', 'Critical non-technical skills', section.nonTechnicalSkills, 'person'),
      ];
    }
    case 'culture': {
      const entries = (key: string, label: string, list: CultureSection['values'], icon: string, anchor: string) =>
        group(
          section,
          key,
          label,
          undefined,
          icon,
          list.map((v) =>
            item({
              id: `${section.id}/${key}/${v.id}`,
              label: v.name,
              description: v.meaning,
              tooltip: `**${v.number}. ${escapeMd(v.name)}** — ${escapeMd(v.meaning)}`,
              icon: 'symbol-constant',
              sectionId: section.id,
              anchor,
            }),
          ),
          anchor,
        );
      return [
        entries('principles', `${section.principles.length} Core Principles`, section.principles, 'milestone', 'Core Principles'),
        entries('values', `${section.values.length} Key Values`, section.values, 'heart', 'Key Values'),
      ];
    }
    case 'stories':
      return section.stories.map((story) =>
        item(
          {
            id: `${section.id}/${story.id}`,
            label: `Story ${story.number}: ${story.title}`,
            description: story.subject,
            tooltip: `**Story ${story.number}: ${escapeMd(story.title)} (${escapeMd(story.subject)})**\n\nDemonstrates:\n${story.demonstrates
              .map((d) => `- **${escapeMd(look.valueName(d.value))}** — ${escapeMd(d.why)}`)
              .join('\n')}`,
            icon: 'book',
            sectionId: section.id,
            anchor: `Story ${story.number}`,
          },
          story.demonstrates.map((d) =>
            leaf(
              section,
              `${story.id}/${d.value}`,
              look.valueName(d.value),
              d.why,
              `**${escapeMd(look.valueName(d.value))}** — ${escapeMd(d.why)}${look.valueMeaning(d.value) ? `\n\n_${escapeMd(look.valueMeaning(d.value)!)}_` : ''}`,
              'heart',
              `Story ${story.number}`,
            ),
          ),
        ),
      );
    case 'phrases':
      return section.groups.map((g) =>
        group(
          section,
          g.id,
          g.title,
          `${g.phrases.length}`,
          'quote',
          g.phrases.map((p) =>
            leaf(section, `${g.id}/${p.id}`, `“${p.text}”`, p.note, `“${escapeMd(p.text)}”${p.note ? ` (${escapeMd(p.note)})` : ''}`, 'quote', g.title),
          ),
          g.title,
        ),
      );
    case 'questions':
      return section.questions.map((q) =>
        item(
          {
            id: `${section.id}/${q.id}`,
            label: q.question,
            description: q.story ? `Use ${look.storyLabel(q.story).replace(/^Story \d+: /, '')}` : `${q.points.length} key points`,
            tooltip: `**${escapeMd(q.question)}**\n\n${q.points.map((p) => `- ${escapeMd(p)}`).join('\n')}${q.connect ? `\n\n**Connect:** “${escapeMd(q.connect)}”` : ''}`,
            icon: 'comment-discussion',
            sectionId: section.id,
            anchor: q.question,
          },
          [
            ...(q.story ? [leaf(section, `${q.id}/story`, 'Use', look.storyLabel(q.story), `Use **${escapeMd(look.storyLabel(q.story))}**`, 'book', q.question)] : []),
            ...q.points.map((p, i) => leaf(section, `${q.id}/point-${i + 1}`, p, undefined, escapeMd(p), 'circle-small', q.question)),
            ...(q.connect ? [leaf(section, `${q.id}/connect`, 'Connect', q.connect, `**Connect:** “${escapeMd(q.connect)}”`, 'link', q.question)] : []),
          ],
        ),
      );
    case 'job-details':
      return [
        group(
          section,
          'qualifications',
          'Your Unique Qualifications',
          `${section.qualifications.length}`,
          'verified',
          section.qualifications.map((q) =>
            leaf(section, `qualifications/${q.id}`, q.title, q.detail, `**${q.number}. ${escapeMd(q.title)}** — ${escapeMd(q.detail)} (${escapeMd(q.shows)})`, 'verified', 'Qualifications'),
          ),
          'Qualifications',
        ),
        group(
          section,
          'technologies',
          'Technologies to Mention',
          undefined,
          'tools',
          [
            leaf(section, 'technologies/from-job', 'From job description', section.technologies.fromJobDescription.join(', '), escapeMd(section.technologies.fromJobDescription.join(', ')), 'briefcase', 'Technologies'),
            leaf(section, 'technologies/yours', 'Your experience', section.technologies.yourExperience.join(', '), escapeMd(section.technologies.yourExperience.join(', ')), 'account', 'Technologies'),
            leaf(section, 'technologies/bridge', 'Bridge', section.technologies.bridge, `**Bridge:** “${escapeMd(section.technologies.bridge)}”`, 'link', 'Technologies'),
          ],
          'Technologies',
        ),
        leaf(section, 'core-mission', 'The Role’s Core Mission', section.coreMission, `“${escapeMd(section.coreMission)}”`, 'target', 'Core Mission'),
      ];
    case 'red-flags':
      return section.flags.map((f) =>
        item(
          {
            id: `${section.id}/${f.id}`,
            label: f.text,
            // What the pack adds beyond the guide says so, with its reason.
            description: f.inferred ? `${f.reason} (inferred)` : f.reason,
            tooltip: `**${escapeMd(f.text)}** (${escapeMd(f.reason)})${f.conflictsWith ? `\n\nConflicts with **${escapeMd(look.valueName(f.conflictsWith))}**${f.conflictInferred ? ` (inferred: ${escapeMd(f.conflictInferred)})` : ''}` : ''}${f.inferred ? `\n\n_Inferred, not stated in the guide:_ ${escapeMd(f.inferredReason ?? '')}` : ''}\n\n_${escapeMd(f.group)}_`,
            icon: 'warning',
            sectionId: section.id,
            anchor: f.text,
          },
          f.conflictsWith
            ? [
                leaf(
                  section,
                  `${f.id}/conflicts`,
                  'Conflicts with',
                  f.conflictInferred || f.inferred ? `${look.valueName(f.conflictsWith)} (inferred)` : look.valueName(f.conflictsWith),
                  `${escapeMd(look.valueMeaning(f.conflictsWith) ?? '')}${f.conflictInferred ? `\n\n_Inferred, not stated in the guide:_ ${escapeMd(f.conflictInferred)}` : ''}`,
                  'heart',
                  f.text,
                ),
              ]
            : [],
        ),
      );
    case 'pitch': {
      const words = section.pitch.split(/\s+/).filter(Boolean).length;
      return [
        item({
          id: `${section.id}/pitch`,
          label: section.pitch.split(/(?<=[.!?])\s/)[0]!,
          description: `${words} words`,
          tooltip: `“${escapeMd(section.pitch)}”`,
          icon: 'megaphone',
          sectionId: section.id,
        }),
      ];
    }
    case 'checklist':
      return section.items.map((c) => ({
        id: `${section.id}/${c.id}`,
        label: c.text,
        tooltip: escapeMd(c.text),
        icon: 'checklist',
        sectionId: section.id,
        checkItemId: c.id,
        contextValue: 'checklist-item' as const,
        children: [],
      }));
    case 'questions-to-ask':
      return section.questions.map((q) =>
        item({ id: `${section.id}/${q.id}`, label: `${q.number}. ${q.text}`, tooltip: `“${escapeMd(q.text)}”`, icon: 'question', sectionId: section.id }),
      );
  }
}

/** Escapes text for a MarkdownString so pack content is shown, never interpreted. */
export function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}
