import * as vscode from 'vscode';
import { compileRules, lintText, type Analyzer, type Finding } from '../../core/lint';
import { SETTING } from '../../core/lint/settings';
import { setJsoncValue } from '../../core/config/jsonc';
import { parseConfigFile, shortKey } from '../../core/config/configFile';
import { repoConfig } from '../config/repoConfig';
import { yieldToHost } from '../platform/host';
import type { Services } from '../services';
import { DISABLE_RULE_COMMAND, fixAllEdit, LintCodeActions } from './codeActions';
import { LintHover } from './hover';
import { LintController, MAX_DIAGNOSTICS, OPEN_REASON_COMMAND, toDiagnostic, type LintResult } from './lintController';
import { DraftSelector } from './lintSettings';
import { LintStatus } from './statusBar';
import { decodeText } from '../../core/text/decodeText';
import { LineIndex } from '../../core/text/lineIndex';

export const LINT_FILE_COMMAND = 'interviewCoach.lint.lintFile';
export const LINT_WORKSPACE_COMMAND = 'interviewCoach.lint.lintWorkspace';
export const FIX_ALL_COMMAND = 'interviewCoach.lint.fixAll';

/** What the rest of the extension (and the integration tests) can use of the linter. */
export interface LintFeature {
  readonly controller: LintController;
  /** Which files are answer drafts (`drafts.include` + `interview: true`); also for files not open. */
  readonly drafts: DraftSelector;
  readonly status: LintStatus;
  /** Runs more checks (e.g. the coach's) on every linted draft, through the same suppressions and settings. */
  addAnalyzer(analyzer: Analyzer): vscode.Disposable;
  /** Red flags of any text with the current pack and the settings of `uri`'s folder. */
  lintText(text: string, uri?: vscode.Uri): Finding[];
}

export interface WorkspaceLintSummary {
  readonly files: number;
  readonly filesWithFindings: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

import { WorkerSentenceAnalyser } from './workerSentenceAnalyser';

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

/** The red-flag linter in the editor: diagnostics, quick fixes, hover, status bar and commands. */
export function registerLint(context: vscode.ExtensionContext, services: Omit<Services, 'lint'>): LintFeature {
  const drafts = new DraftSelector();
  const controller = new LintController(services.packs, drafts, services.log);
  const status = new LintStatus(controller);
  // The meaning tier: its model loads in a worker thread the first time a sentence needs it.
  const language = new WorkerSentenceAnalyser(vscode.Uri.joinPath(context.extensionUri, 'dist'), services.log);

  context.subscriptions.push(
    drafts,
    controller,
    status,
    language,
    controller.useLanguage(language, language.onDidRead),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new LintCodeActions(controller), { providedCodeActionKinds: LintCodeActions.kinds }),
    vscode.languages.registerHoverProvider(MARKDOWN, new LintHover(controller)),
    vscode.commands.registerCommand(LINT_FILE_COMMAND, async (uri?: unknown) => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('Interview Coach: open a markdown file to lint it.');
        return undefined;
      }
      if (document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage(`Interview Coach lints markdown files; this one is ${document.languageId}.`);
        return undefined;
      }
      const result = await controller.lintNow(document, true);
      status.update();
      const n = result?.findings.filter((f) => f.severity !== 'hint').length ?? 0;
      if (result && n === 0) void vscode.window.setStatusBarMessage(`$(pass) Interview Coach: no red flags in ${vscode.workspace.asRelativePath(document.uri)}`, 4000);
      return result;
    }),
    vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, () => lintWorkspace(controller, drafts)),
    vscode.commands.registerCommand(FIX_ALL_COMMAND, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return false;
      const result = controller.resultFor(editor.document) ?? (await controller.lintNow(editor.document, true));
      const edit = result && result.version === editor.document.version ? fixAllEdit(editor.document, result.findings) : undefined;
      if (!edit) {
        void vscode.window.setStatusBarMessage('Interview Coach: nothing to fix', 3000);
        return false;
      }
      return vscode.workspace.applyEdit(edit);
    }),
    vscode.commands.registerCommand(DISABLE_RULE_COMMAND, async (ruleId?: unknown, uri?: unknown) => {
      if (typeof ruleId !== 'string') return;
      const scope = uri instanceof vscode.Uri ? uri : undefined;
      // A .interview-coach.jsonc that sets disabledRules wins over VS Code's settings: change it there.
      const configFile = repoConfig()?.fileFor(scope, SETTING.disabledRules);
      if (configFile) return disableInConfigFile(configFile, ruleId);
      const config = vscode.workspace.getConfiguration(undefined, scope);
      const current = config.get<string[]>(SETTING.disabledRules) ?? [];
      if (current.includes(ruleId)) return;
      // The workspace's settings when there is a workspace (the drafts live there), else the user's.
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await config.update(SETTING.disabledRules, [...current, ruleId], target);
      void vscode.window.showInformationMessage(`Interview Coach: "${ruleId}" is off in ${target === vscode.ConfigurationTarget.Workspace ? 'this workspace' : 'your user'} settings.`, 'Undo').then(async (choice) => {
        if (choice) await config.update(SETTING.disabledRules, current.length > 0 ? current : undefined, target);
      });
    }),
    vscode.commands.registerCommand(OPEN_REASON_COMMAND, async (ruleId?: unknown, cite?: unknown) => {
      const pack = await services.packs.pack();
      // From a diagnostic's code link only the rule id comes; the rule knows where the guide gives its reason.
      const rules = compileRules(pack, {});
      const known = [...rules.rules, ...rules.documentRules].find((r) => r.id === ruleId)?.cite;
      const target = isCite(cite) ? cite : known;
      const sectionId = target?.sectionId ?? pack?.sections.find((s) => s.kind === 'red-flags')?.id;
      if (!sectionId) return;
      await services.reader.show({ sectionId, ...(target?.anchor ? { anchor: target.anchor } : {}) });
    }),
  );

  // Lint what is already open once the pack has loaded; later documents as they open.
  void services.packs.get().then(() => controller.start());

  return {
    controller,
    drafts,
    status,
    addAnalyzer: (analyzer) => controller.addAnalyzer(analyzer),
    lintText: (text, uri) => lintText(text, controller.pack(), controller.optionsFor(uri)),
  };
}

function isCite(value: unknown): value is NonNullable<Finding['cite']> {
  return typeof value === 'object' && value !== null && typeof (value as { sectionId?: unknown }).sectionId === 'string';
}

/**
 * Lints every answer draft of the workspace (open or not): markdown matching `drafts.include` or
 * declaring `interview: true`. Shows progress, can be cancelled, and opens the Problems panel.
 */
export async function lintWorkspace(controller: LintController, drafts: DraftSelector): Promise<WorkspaceLintSummary> {
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Interview Coach: linting answer drafts', cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git}/**', 10000, token);
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      let linted = 0;
      let withFindings = 0;
      let count = 0;
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) return { files: linted, filesWithFindings: withFindings, findings: count, cancelled: true };
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, files.length) });
        const document = open.get(uri.toString());
        let result: LintResult | undefined;
        if (document) {
          if (!drafts.isDraftDocument(document) || !controller.settingsFor(uri).enabled) continue;
          result = await controller.lintNow(document);
        } else {
          let text: string;
          try {
            text = decodeText(await vscode.workspace.fs.readFile(uri)).text;
          } catch {
            continue;
          }
          if (!drafts.isDraft(uri, text) || !controller.settingsFor(uri).enabled) continue;
          const findings = lintText(text, controller.pack(), controller.optionsFor(uri));
          const doc = pseudoDocument(uri, text);
          controller.publishClosed(uri, findings, findings.slice(0, MAX_DIAGNOSTICS).map((f) => toDiagnostic(doc, f)));
          result = { uri, version: -1, findings, diagnostics: [] };
        }
        linted++;
        const n = result?.findings.length ?? 0;
        count += n;
        if (n > 0) withFindings++;
        // Let other work run between files of a big workspace.
        if (i % 20 === 19) await yieldToHost();
      }
      return { files: linted, filesWithFindings: withFindings, findings: count, cancelled: false };
    },
  );
  const message =
    summary.files === 0
      ? 'Interview Coach: no answer drafts found (files matching interviewCoach.drafts.include, or markdown with "interview: true" in its frontmatter).'
      : `Interview Coach: ${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${summary.filesWithFindings} of ${summary.files} draft${summary.files === 1 ? '' : 's'}${summary.cancelled ? ' (cancelled)' : ''}.`;
  if (summary.findings > 0) {
    void vscode.window.showInformationMessage(message, 'Show Problems').then((c) => c && vscode.commands.executeCommand('workbench.actions.view.problems'));
  } else {
    void vscode.window.showInformationMessage(message);
  }
  return summary;
}

/** Enough of a TextDocument to turn offsets into positions for a file that is not open. */
function pseudoDocument(uri: vscode.Uri, text: string): vscode.TextDocument {
  const lines = new LineIndex(text);
  const positionAt = (offset: number): vscode.Position => {
    const { line, column } = lines.position(offset);
    return new vscode.Position(line - 1, column - 1);
  };
  return { uri, positionAt } as unknown as vscode.TextDocument;
}

/** Adds a rule to `lint.disabledRules` in a config file, keeping its comments; Undo puts the old text back. */
async function disableInConfigFile(file: vscode.Uri, ruleId: string): Promise<void> {
  const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  const current = parseConfigFile(file.path, before).file?.get(SETTING.disabledRules);
  const list = Array.isArray(current) ? current.filter((x): x is string => typeof x === 'string') : [];
  if (list.includes(ruleId)) return;
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(setJsoncValue(before, shortKey(SETTING.disabledRules), [...list, ruleId])));
  await repoConfig()?.reload();
  void vscode.window.showInformationMessage(`Interview Coach: "${ruleId}" is off in ${vscode.workspace.asRelativePath(file)}.`, 'Undo').then(async (choice) => {
    if (!choice) return;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(before));
    await repoConfig()?.reload();
  });
}
