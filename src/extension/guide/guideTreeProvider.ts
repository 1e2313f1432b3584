import * as vscode from 'vscode';
import type { ContentProblem } from '../../core/content/types';
import { buildOutline, type OutlineNode } from '../../core/guide/outline';
import { packStatus, type PackService, type PackState } from '../packService';
import type { ChecklistStore } from './checklistStore';

/** A row that reports a content problem instead of guide content. */
export interface ProblemNode {
  readonly kind: 'problem';
  readonly id: string;
  readonly label: string;
  readonly detail?: string;
  readonly problem?: ContentProblem;
  readonly children: readonly ProblemNode[];
}

export type GuideNode = OutlineNode | ProblemNode;

export function isProblemNode(node: GuideNode): node is ProblemNode {
  return (node as ProblemNode).kind === 'problem';
}

/** Extra text a feature may add to a section row (the quiz adds mastery). */
export type SectionDecorator = (sectionId: string) => string | undefined;

/**
 * Maps the loaded pack to tree rows. It never reads files: it rebuilds its outline when the
 * PackService reports a new state, and `getChildren` only walks that outline.
 */
export class GuideTreeProvider implements vscode.TreeDataProvider<GuideNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<GuideNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private roots: GuideNode[] = [];
  private readonly parents = new Map<string, GuideNode>();
  private readonly byId = new Map<string, GuideNode>();
  private readonly subscription: vscode.Disposable;
  private decorators: SectionDecorator[] = [];

  constructor(
    private readonly packs: PackService,
    private readonly checklist: ChecklistStore,
  ) {
    this.subscription = packs.onDidChange((state) => this.rebuild(state));
    if (packs.current) this.rebuild(packs.current);
  }

  addSectionDecorator(decorator: SectionDecorator): vscode.Disposable {
    this.decorators.push(decorator);
    this.changeEmitter.fire(undefined);
    return new vscode.Disposable(() => {
      this.decorators = this.decorators.filter((d) => d !== decorator);
    });
  }

  /** Re-render rows (e.g. after a decorator's data changed) without reloading content. */
  refreshRows(): void {
    this.changeEmitter.fire(undefined);
  }

  private rebuild(state: PackState): void {
    // A pack with nothing usable shows the view's welcome content (it needs an empty tree).
    this.roots = packStatus(state) === 'failed' ? [] : [...problemRows(state), ...buildOutline(state.result.pack!)];
    this.parents.clear();
    this.byId.clear();
    const index = (node: GuideNode, parent?: GuideNode) => {
      this.byId.set(node.id, node);
      if (parent) this.parents.set(node.id, parent);
      for (const child of node.children) index(child, node);
    };
    for (const root of this.roots) index(root);
    this.changeEmitter.fire(undefined);
  }

  node(id: string): GuideNode | undefined {
    return this.byId.get(id);
  }

  getChildren(element?: GuideNode): GuideNode[] {
    return element ? [...element.children] : this.roots;
  }

  getParent(element: GuideNode): GuideNode | undefined {
    return this.parents.get(element.id);
  }

  getTreeItem(node: GuideNode): vscode.TreeItem {
    if (isProblemNode(node)) return problemItem(node);
    const collapsible = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.id = node.id;
    item.tooltip = new vscode.MarkdownString(node.tooltip);
    item.iconPath = new vscode.ThemeIcon(node.icon);
    item.contextValue = node.contextValue;
    item.description = this.describe(node);
    if (node.checkItemId) {
      const packId = this.packs.current?.result.pack?.manifest.id ?? '';
      const checked = this.checklist.checked(packId).has(node.checkItemId);
      item.checkboxState = checked ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
      // VS Code renders and announces the checkbox itself; the label adds the state in words.
      item.accessibilityInformation = { label: `${node.label}, ${checked ? 'done' : 'not done'}` };
    }
    item.command = { command: 'interviewCoach.openGuideItem', title: 'Open in Guide', arguments: [node.id] };
    return item;
  }

  private describe(node: OutlineNode): string | undefined {
    if (node.contextValue !== 'section') return node.description;
    const parts: string[] = [];
    const checkItems = node.children.filter((c) => c.checkItemId);
    if (checkItems.length > 0) {
      const packId = this.packs.current?.result.pack?.manifest.id ?? '';
      const checked = this.checklist.checked(packId);
      parts.push(`${checkItems.filter((c) => checked.has(c.checkItemId!)).length}/${checkItems.length} done`);
    } else if (node.description) {
      parts.push(node.description);
    }
    for (const decorate of this.decorators) {
      const extra = decorate(node.sectionId);
      if (extra) parts.push(extra);
    }
    return parts.join(' · ') || undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

function problemRows(state: PackState): ProblemNode[] {
  const rows: ProblemNode[] = [];
  if (state.settingProblem) {
    rows.push({ kind: 'problem', id: 'problem/setting', label: 'Content folder not found', detail: state.settingProblem, children: [] });
  }
  const errors = state.result.problems;
  if (errors.length > 0) {
    const count = errors.filter((p) => p.severity === 'error').length;
    const warnings = errors.length - count;
    const label = [count ? `${count} error${count === 1 ? '' : 's'}` : '', warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
    rows.push({
      kind: 'problem',
      id: 'problem/content',
      label: `Content problems: ${label}`,
      detail: state.result.pack ? 'The rest of the guide loaded. Select a problem to open its file.' : 'The guide could not be loaded.',
      children: errors.map((p, i) => ({
        kind: 'problem' as const,
        id: `problem/content/${i}`,
        label: p.message,
        detail: `${p.file}:${p.line}:${p.column}`,
        problem: p,
        children: [],
      })),
    });
  }
  return rows;
}

function problemItem(node: ProblemNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, node.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.contextValue = 'problem';
  const isError = !node.problem || node.problem.severity === 'error';
  item.iconPath = new vscode.ThemeIcon(isError ? 'error' : 'warning', new vscode.ThemeColor(isError ? 'problemsErrorIcon.foreground' : 'problemsWarningIcon.foreground'));
  if (node.problem) {
    item.description = node.detail;
    item.tooltip = `${node.detail}: ${node.label}`;
    item.command = { command: 'interviewCoach.openContentProblem', title: 'Open File', arguments: [node.id] };
  } else {
    item.tooltip = node.detail;
    item.description = node.detail;
  }
  return item;
}
