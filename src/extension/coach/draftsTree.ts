import * as vscode from 'vscode';
import type { Coverage } from '../../core/coach/coverage';
import { STAR_NAMES, STAR_PARTS } from '../../core/coach/star';
import type { DraftEntry, DraftIndex } from './draftIndex';
import { guideNodeId } from './diagnostics';
import { draftDescription, starReading, timeText, valuesReading } from './presentation';

export const DRAFTS_VIEW_ID = 'interviewCoach.drafts';

/** A row of My Drafts: plain data, built from the index, so the view only maps it to TreeItems. */
export interface DraftsNode {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string | vscode.MarkdownString;
  readonly icon: string;
  readonly iconColor?: string;
  readonly contextValue: 'draft' | 'detail' | 'coverage' | 'group' | 'value' | 'story' | 'skill';
  readonly command?: vscode.Command;
  readonly resourceUri?: vscode.Uri;
  readonly expanded?: boolean;
  readonly children: readonly DraftsNode[];
}

/**
 * "My Drafts": every answer draft of the workspace with its speaking time, STAR completeness,
 * values and red flags, then the coverage a coach would draw on a whiteboard. Rebuilt from the
 * draft index whenever it changes; `getChildren` never reads a file.
 */
export class DraftsTreeProvider implements vscode.TreeDataProvider<DraftsNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<DraftsNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private roots: DraftsNode[] = [];
  private readonly parents = new Map<string, DraftsNode>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: DraftIndex) {
    this.subscription = index.onDidChange(() => this.rebuild());
  }

  private rebuild(): void {
    this.roots = buildDraftsTree(this.index.drafts, this.index.coverage, this.index.pack);
    this.parents.clear();
    const walk = (node: DraftsNode) => {
      for (const child of node.children) {
        this.parents.set(child.id, node);
        walk(child);
      }
    };
    this.roots.forEach(walk);
    this.changeEmitter.fire(undefined);
  }

  getChildren(element?: DraftsNode): DraftsNode[] {
    if (!element) {
      // The first look at the view starts the workspace scan; the rows arrive with its event.
      if (!this.index.started) void this.index.start();
      return this.roots;
    }
    return [...element.children];
  }

  getParent(element: DraftsNode): DraftsNode | undefined {
    return this.parents.get(element.id);
  }

  getTreeItem(node: DraftsNode): vscode.TreeItem {
    const state = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    if (node.description !== undefined) item.description = node.description;
    if (node.tooltip !== undefined) item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon, node.iconColor ? new vscode.ThemeColor(node.iconColor) : undefined);
    item.contextValue = node.contextValue;
    if (node.command) item.command = node.command;
    if (node.resourceUri) item.resourceUri = node.resourceUri;
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

function md(text: string): vscode.MarkdownString {
  const s = new vscode.MarkdownString(text);
  s.supportThemeIcons = true;
  return s;
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

function draftNode(entry: DraftEntry): DraftsNode {
  const a = entry.analysis;
  const id = `draft:${entry.uri.toString()}`;
  const open: vscode.Command = { command: 'vscode.open', title: 'Open Draft', arguments: [entry.uri] };
  const children: DraftsNode[] = [
    {
      id: `${id}/time`,
      label: 'Speaking time',
      description: timeText(a),
      icon: 'clock',
      iconColor: a.limitSeconds !== undefined && a.seconds > a.limitSeconds && a.kind === 'pitch' ? 'problemsWarningIcon.foreground' : undefined,
      contextValue: 'detail',
      children: [],
    },
  ];
  if (a.star) {
    const missing = a.star.missing.map((p) => STAR_NAMES[p]);
    children.push({
      id: `${id}/star`,
      label: 'STAR',
      description: STAR_PARTS.map((p) => `${STAR_NAMES[p]} ${a.star!.present.includes(p) ? '✓' : '—'}`).join('  ') + (a.star.measurableResult === false ? '  · Result has no number' : ''),
      tooltip: [missing.length ? `Missing: ${missing.join(', ')}` : 'Situation, Task, Action and Result are all there.', '', ...starReading(a)].join('\n'),
      icon: missing.length ? 'circle-large-outline' : 'pass',
      contextValue: 'detail',
      children: [],
    });
  }
  children.push({
    id: `${id}/values`,
    label: 'Values',
    description: a.values.length ? a.values.map((v) => v.name.replace(/^The /, '')).join(', ') : 'none shown yet',
    ...(a.values.length ? { tooltip: ['What shows each value:', ...valuesReading(a)].join('\n') } : {}),
    icon: 'star-empty',
    contextValue: 'detail',
    children: [],
  });
  if (entry.redFlags !== undefined) {
    children.push({ id: `${id}/red-flags`, label: 'Red flags', description: String(entry.redFlags), icon: entry.redFlags ? 'warning' : 'pass', contextValue: 'detail', children: [] });
  }
  const title = a.title ?? entry.path;
  const tooltip = [
    `**${escapeMd(title)}**`,
    '',
    `\`${entry.path}\``,
    '',
    `$(clock) ${escapeMd(timeText(a))}`,
    ...(a.star ? [`$(list-ordered) STAR ${a.star.present.length}/4${a.star.missing.length ? `: missing ${a.star.missing.map((p) => STAR_NAMES[p]).join(', ')}` : ''}`] : []),
    `$(star-empty) ${a.values.length ? escapeMd(a.values.map((v) => v.name).join(', ')) : 'No values shown yet'}`,
    ...(entry.redFlags !== undefined ? [`$(warning) ${entry.redFlags} red flag${entry.redFlags === 1 ? '' : 's'}`] : []),
  ].join('\n\n');
  return {
    id,
    label: title,
    description: draftDescription(a, entry.redFlags),
    tooltip: md(tooltip),
    icon: a.kind === 'pitch' ? 'megaphone' : a.kind === 'story' ? 'book' : 'comment',
    contextValue: 'draft',
    command: open,
    resourceUri: entry.uri,
    children,
  };
}

function coverageNode(coverage: Coverage, pack: Parameters<typeof guideNodeId>[1]): DraftsNode {
  const openGuide = (nodeId: string | undefined): vscode.Command | undefined =>
    nodeId ? { command: 'interviewCoach.openGuideItem', title: 'Open in the guide', arguments: [nodeId] } : undefined;
  const uncovered = coverage.uncoveredValues;
  const values: DraftsNode = {
    id: 'coverage/values',
    label: uncovered.length ? 'Values no draft shows yet' : 'Every value and principle is shown',
    description: `${coverage.values.length - uncovered.length}/${coverage.values.length} shown`,
    icon: uncovered.length ? 'star-empty' : 'pass',
    contextValue: 'group',
    expanded: true,
    children: uncovered.map((v) => ({
      id: `coverage/values/${v.id}`,
      label: v.name,
      description: v.meaning,
      tooltip: `${v.kind === 'principle' ? 'Principle' : 'Value'} no draft demonstrates yet: ${v.name} (${v.meaning})`,
      icon: 'circle-large-outline',
      contextValue: 'value',
      command: openGuide(guideNodeId({ sectionId: 'culture', itemId: v.id }, pack)),
      children: [],
    })),
  };
  const stories: DraftsNode = {
    id: 'coverage/stories',
    label: 'Stories told',
    description: coverage.stories.some((s) => s.overused) ? `one told in more than ${coverage.maxStoryReuse} answers` : `${coverage.stories.filter((s) => s.paths.length).length}/${coverage.stories.length} used`,
    icon: 'book',
    contextValue: 'group',
    expanded: true,
    children: coverage.stories.map((s) => ({
      id: `coverage/stories/${s.story.id}`,
      label: `Story ${s.story.number}: ${s.story.title}`,
      description: s.paths.length === 0 ? 'not told yet' : `${s.paths.length} answer${s.paths.length === 1 ? '' : 's'}${s.overused ? ': too many' : ''}`,
      tooltip: s.paths.length ? s.paths.join('\n') : `No draft tells the ${s.story.title} story yet.`,
      icon: s.overused ? 'warning' : s.paths.length ? 'pass' : 'circle-large-outline',
      iconColor: s.overused ? 'problemsWarningIcon.foreground' : undefined,
      contextValue: 'story',
      command: openGuide(guideNodeId({ sectionId: 'stories', itemId: s.story.id }, pack)),
      children: [],
    })),
  };
  const skills: DraftsNode = {
    id: 'coverage/skills',
    label: coverage.missingSkills.length ? 'Required skills no answer mentions' : 'Every required skill is mentioned',
    description: `${coverage.requiredSkills.length - coverage.missingSkills.length}/${coverage.requiredSkills.length} mentioned`,
    icon: coverage.missingSkills.length ? 'tools' : 'pass',
    contextValue: 'group',
    expanded: true,
    children: coverage.missingSkills.map((s) => ({
      id: `coverage/skills/${s.id}`,
      label: s.text,
      icon: 'circle-large-outline',
      contextValue: 'skill',
      command: openGuide(`job-description/required/${s.id}`),
      children: [],
    })),
  };
  return {
    id: 'coverage',
    label: 'Coverage',
    description: `across ${coverage.drafts} draft${coverage.drafts === 1 ? '' : 's'}`,
    tooltip: 'What all your drafts show together: values and principles, stories, required skills.',
    icon: 'graph',
    contextValue: 'coverage',
    expanded: true,
    children: [values, stories, skills],
  };
}

/** The rows of My Drafts. Empty when there are no drafts, so the view shows its welcome. */
export function buildDraftsTree(drafts: readonly DraftEntry[], coverage: Coverage | undefined, pack?: Parameters<typeof guideNodeId>[1]): DraftsNode[] {
  if (drafts.length === 0) return [];
  const rows = drafts.map(draftNode);
  if (coverage) rows.push(coverageNode(coverage, pack));
  return rows;
}

