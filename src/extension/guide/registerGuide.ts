import * as vscode from 'vscode';
import { packStatus, type PackService } from '../packService';
import type { GuideReader } from '../reader/guideReader';
import { ChecklistStore } from './checklistStore';
import { GuideTreeProvider, isProblemNode, type GuideNode } from './guideTreeProvider';

export const GUIDE_VIEW_ID = 'interviewCoach.guide';

export interface GuideFeature {
  readonly provider: GuideTreeProvider;
  readonly view: vscode.TreeView<GuideNode>;
  readonly checklist: ChecklistStore;
  /** What ticking or unticking checklist rows does (the checkbox event calls it too). */
  setChecked(changes: readonly { id: string; checked: boolean }[]): Promise<void>;
}

/** The Guide tree: rows from the pack, checklist checkboxes, and the commands its rows run. */
export function registerGuide(context: vscode.ExtensionContext, packs: PackService, reader: GuideReader): GuideFeature {
  const checklist = new ChecklistStore(context.globalState);
  const provider = new GuideTreeProvider(packs, checklist);
  const view = vscode.window.createTreeView(GUIDE_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true, manageCheckboxStateManually: true });

  const updateMessage = () => {
    const state = packs.current;
    const first = state?.result.problems.find((p) => p.severity === 'error');
    view.message = !state
      ? 'Loading the guide…'
      : packStatus(state) === 'failed'
        ? `The guide could not be loaded. ${first ? `${first.file}:${first.line}: ${first.message}` : ''}`.trim()
        : undefined;
  };
  updateMessage();

  const setChecked = async (changes: readonly { id: string; checked: boolean }[]) => {
    const packId = packs.current?.result.pack?.manifest.id;
    if (!packId || changes.length === 0) return;
    await checklist.set(packId, changes);
    provider.refreshRows();
  };

  context.subscriptions.push(
    provider,
    view,
    packs.onDidChange(updateMessage),
    view.onDidChangeCheckboxState((event) =>
      setChecked(
        event.items.flatMap(([node, state]) =>
          !isProblemNode(node) && node.checkItemId ? [{ id: node.checkItemId, checked: state === vscode.TreeItemCheckboxState.Checked }] : [],
        ),
      ),
    ),
    vscode.commands.registerCommand('interviewCoach.refreshGuide', async () => {
      await packs.reload();
    }),
    vscode.commands.registerCommand('interviewCoach.openGuideItem', async (nodeId?: unknown) => {
      const node = typeof nodeId === 'string' ? provider.node(nodeId) : undefined;
      if (!node || isProblemNode(node)) return;
      await reader.show({ sectionId: node.sectionId, ...(node.anchor && node.contextValue !== 'section' ? { anchor: node.anchor } : {}) });
    }),
    vscode.commands.registerCommand('interviewCoach.openGuide', async (sectionId?: unknown) => {
      const pack = await packs.pack();
      const id = typeof sectionId === 'string' ? sectionId : pack?.sections[0]?.id;
      if (!id) {
        void vscode.window.showErrorMessage('Interview Coach: the guide could not be loaded. Open the Guide view to see why.');
        return;
      }
      await reader.show({ sectionId: id });
    }),
    vscode.commands.registerCommand('interviewCoach.openContentProblem', async (nodeId?: unknown) => {
      const state = await packs.get();
      const node = typeof nodeId === 'string' ? provider.node(nodeId) : undefined;
      const problem = node && isProblemNode(node) ? node.problem : state.result.problems.find((p) => p.severity === 'error') ?? state.result.problems[0];
      if (!problem) {
        void vscode.window.showInformationMessage('Interview Coach: the content pack has no problems.');
        return;
      }
      const uri = packs.problemUri(problem);
      if (!uri) return;
      const position = new vscode.Position(problem.line - 1, problem.column - 1);
      await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position) });
    }),
  );

  // Activation stays cheap: the pack loads after `activate` returns.
  void packs.get();
  return { provider, view, checklist, setChecked };
}
