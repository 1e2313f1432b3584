import * as vscode from 'vscode';
import { resolveStory } from '../../core/coach/draft';
import { draftChoices, draftTemplate, type DraftChoice, type DraftRequest } from '../../core/coach/template';
import type { Pack } from '../../core/content/types';
import type { PackService } from '../packService';
import { readCoachSettings } from './settings';
import { draftsFolder } from '../../core/coach/draftsFolder';
import { fileExists } from '../util/fileExists';

export const NEW_DRAFT_COMMAND = 'interviewCoach.newAnswerDraft';

/**
 * What the command may be given instead of asking (tests, keybindings, other commands):
 * a likely question's id (or `pitch`), or a question of your own with an optional story.
 */
export interface NewDraftArgs {
  readonly questionId?: string;
  readonly question?: string;
  readonly story?: string;
}

export interface NewDraftResult {
  readonly uri: vscode.Uri;
  /** False when the file already existed: it was opened, never overwritten. */
  readonly created: boolean;
}

function isArgs(value: unknown): value is NewDraftArgs {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['questionId', 'question', 'story'].every((k) => v[k] === undefined || typeof v[k] === 'string');
}

/**
 * "Interview Coach: New Answer Draft": pick a likely question (or type your own), and get
 * `<folder>/<slug>.md` with the frontmatter and hints the guide gives for it. Never overwrites.
 */
export async function newAnswerDraft(packs: PackService, arg?: unknown): Promise<NewDraftResult | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showErrorMessage('Interview Coach: open a folder first; answer drafts are files in your workspace.');
    return undefined;
  }
  const pack = await packs.pack();
  if (!pack) {
    void vscode.window.showErrorMessage('Interview Coach: the guide could not be loaded, so there are no questions to draft. Open the Guide view to see why.');
    return undefined;
  }
  const request = isArgs(arg) && (arg.questionId || arg.question) ? fromArgs(pack, arg) : await ask(pack);
  if (!request) return undefined;

  const template = draftTemplate(pack, request);
  const settings = readCoachSettings(folder.uri);
  // Inside the workspace only: the setting may come from the workspace's own settings.
  const target = draftsFolder(folder.uri.fsPath, settings.folder);
  if (target.ignored) void vscode.window.showWarningMessage(`Interview Coach: ${target.ignored}.`);
  const dir = vscode.Uri.joinPath(folder.uri, ...target.segments);
  const uri = vscode.Uri.joinPath(dir, template.fileName);
  const shown = vscode.workspace.asRelativePath(uri, false);

  if (await fileExists(uri)) {
    await vscode.window.showTextDocument(uri, { preview: false });
    void vscode.window.showInformationMessage(`Interview Coach: ${shown} already exists. It is open, unchanged: a new draft never overwrites one.`);
    return { uri, created: false };
  }
  await vscode.workspace.fs.createDirectory(dir);
  // Checked again right before writing, so a file that appeared meanwhile is still kept.
  if (await fileExists(uri)) {
    await vscode.window.showTextDocument(uri, { preview: false });
    return { uri, created: false };
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(template.text));
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const cursor = editor.document.positionAt(template.cursor);
  editor.selection = new vscode.Selection(cursor, cursor);
  editor.revealRange(new vscode.Range(cursor, cursor), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { uri, created: true };
}

function fromArgs(pack: Pack, arg: NewDraftArgs): DraftRequest | undefined {
  if (arg.questionId) {
    const choice = draftChoices(pack).find((c) => c.id === arg.questionId);
    if (!choice) {
      void vscode.window.showErrorMessage(`Interview Coach: the guide has no likely question "${arg.questionId}". Run "New Answer Draft" from the palette to pick one of its questions, or type your own.`);
      return undefined;
    }
    return requestFor(choice);
  }
  const story = arg.story ? resolveStory(pack, arg.story) : undefined;
  if (arg.story && !story) {
    void vscode.window.showErrorMessage(`Interview Coach: the guide has no story "${arg.story}"; its stories are ${pack.sections.flatMap((sec) => (sec.kind === 'stories' ? sec.stories.map((st) => st.id) : [])).join(', ') || 'none'}. Run "New Answer Draft" from the palette to pick one.`);
    return undefined;
  }
  return { question: arg.question!, ...(story ? { story } : {}) };
}

function requestFor(choice: DraftChoice): DraftRequest {
  return { question: choice.question, ...(choice.story ? { story: choice.story } : {}), ...(choice.likely ? { likely: choice.likely } : {}), ...(choice.pitch ? { pitch: true } : {}) };
}

type QuestionItem = vscode.QuickPickItem & { choice?: DraftChoice; own?: boolean };

async function ask(pack: Pack): Promise<DraftRequest | undefined> {
  const items: QuestionItem[] = draftChoices(pack).map((choice) => ({
    label: choice.question,
    description: choice.pitch ? '$(megaphone) the pitch' : choice.story ? `$(book) Story ${choice.story.number}: ${choice.story.title}` : undefined,
    detail: choice.likely?.points.join(' · '),
    choice,
  }));
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: '$(edit) Type your own question…', own: true, alwaysShow: true });
  const picked = await vscode.window.showQuickPick(items, { title: 'New Answer Draft', placeHolder: 'Which question will you answer?', matchOnDetail: true });
  if (!picked) return undefined;
  if (picked.choice) return requestFor(picked.choice);

  const question = await vscode.window.showInputBox({
    title: 'New Answer Draft: your question',
    prompt: 'The interview question this draft answers',
    placeHolder: 'Tell me about a time you…',
    validateInput: (v) => (v.trim() ? undefined : 'Type the question'),
  });
  if (!question?.trim()) return undefined;
  const stories = pack.sections.flatMap((s) => (s.kind === 'stories' ? s.stories : []));
  const none: vscode.QuickPickItem = { label: 'No story', description: 'not a story question' };
  const storyItems = stories.map((s) => ({ label: `Story ${s.number}: ${s.title}`, description: s.subject, detail: s.demonstrates.map((d) => d.why).join(' · '), story: s }));
  const storyPick = await vscode.window.showQuickPick<vscode.QuickPickItem & { story?: (typeof stories)[number] }>([none, ...storyItems], {
    title: 'New Answer Draft: which story will you tell?',
    placeHolder: 'A story gives the draft STAR headings and its values',
  });
  if (!storyPick) return undefined;
  return { question: question.trim(), ...(storyPick.story ? { story: storyPick.story } : {}) };
}
