import * as vscode from 'vscode';
import { loadPack } from '../core/content/loader';
import type { ContentFile, ContentProblem, LoadResult, Pack } from '../core/content/types';
import type { RepoConfig } from './config/repoConfig';
import { homeDirectory } from './platform/host';
import { decodeText } from '../core/text/decodeText';

export const CONTENT_PATH_SETTING = 'interviewCoach.contentPath';

/** What the extension currently knows of its content: the pack and every problem found loading it. */
export interface PackState {
  readonly result: LoadResult;
  /** The folder the pack was read from. */
  readonly folder: vscode.Uri;
  /** True when the folder is the user's own (the setting), false for the bundled guide. */
  readonly isUserPack: boolean;
  /** A problem with the setting itself (folder missing...), shown above the bundled guide. */
  readonly settingProblem?: string;
}

/**
 * Owns the one loaded Pack. Loads lazily on first use, reloads when the setting changes or a file
 * of the user's pack changes, and shows content problems in the Problems panel. Everything else
 * reads `current` and listens to `onDidChange`; nothing else reads content files.
 */
export class PackService implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<PackState>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('interview-coach-content');
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.diagnostics];
  private watcher: vscode.FileSystemWatcher | undefined;
  private watchedFolder: string | undefined;
  private state: PackState | undefined;
  private loading: Promise<PackState> | undefined;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every load; a load that finishes after a newer one started is dropped. */
  private generation = 0;

  private configuredFrom: string | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly repoConfig?: RepoConfig,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(CONTENT_PATH_SETTING)) void this.reload();
      }),
      // A config file's contentPath counts only once the workspace is trusted.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.reload()),
    );
    if (repoConfig) {
      this.disposables.push(
        repoConfig.onDidChange(() => {
          if (this.state && JSON.stringify(this.configured()) !== this.configuredFrom) void this.reload();
        }),
      );
    }
  }

  /**
   * The contentPath setting: from a `.interview-coach.jsonc` (relative to that file) when the
   * workspace is trusted, else VS Code's (which VS Code itself restricts to the user's settings in
   * an untrusted workspace: package.json lists it under `restrictedConfigurations`).
   */
  private configured(): { value: string; base?: vscode.Uri } {
    if (this.repoConfig && vscode.workspace.isTrusted) {
      const value = this.repoConfig.configFor(undefined)?.get(CONTENT_PATH_SETTING);
      const file = this.repoConfig.fileFor(undefined, CONTENT_PATH_SETTING);
      if (typeof value === 'string' && value.trim() && file) return { value: value.trim(), base: vscode.Uri.joinPath(file, '..') };
    }
    return { value: vscode.workspace.getConfiguration().get<string>(CONTENT_PATH_SETTING, '').trim() };
  }

  /** The loaded state, if loading has finished. */
  get current(): PackState | undefined {
    return this.state;
  }

  /** The pack, loading it on first call. */
  async pack(): Promise<Pack | undefined> {
    return (await this.get()).result.pack;
  }

  get(): Promise<PackState> {
    if (this.state) return Promise.resolve(this.state);
    this.loading ??= this.load();
    return this.loading;
  }

  async reload(): Promise<PackState> {
    this.loading = this.load();
    return this.loading;
  }

  private async load(): Promise<PackState> {
    const generation = ++this.generation;
    const state = await this.read();
    // Two loads can overlap (a setting change while a file save's reload is in flight); the
    // newest wins, and an older one neither publishes nor overwrites what it found.
    if (generation !== this.generation) return this.loading ?? state;
    this.apply(state);
    this.state = state;
    await vscode.commands.executeCommand('setContext', 'interviewCoach.packState', packStatus(state));
    this.changeEmitter.fire(state);
    return state;
  }

  /** Reads the configured (or bundled) pack; no side effects on what others see. */
  private async read(): Promise<PackState & { files?: readonly ContentFile[] }> {
    await this.repoConfig?.ready();
    const setting = this.configured();
    this.configuredFrom = JSON.stringify(setting);
    const configured = setting.value;
    if (configured) {
      const folder = resolveSetting(configured, setting.base);
      const files = folder ? await readPackFolder(folder) : undefined;
      if (folder && files) return { result: loadPack(folder.fsPath, files), folder, isUserPack: true, files };
      return {
        ...(await this.loadBundled()),
        settingProblem: `${CONTENT_PATH_SETTING}: "${configured}" is not a readable folder${folder ? ` (${folder.fsPath})` : ''}. Showing the bundled guide instead.`,
      };
    }
    return this.loadBundled();
  }

  /** Problems panel and folder watcher follow the state that won. */
  private apply(state: PackState & { files?: readonly ContentFile[] }): void {
    if (state.isUserPack && state.files) {
      this.publish(state.folder, state.files, state.result.problems);
      this.watch(state.folder);
    } else {
      this.diagnostics.clear();
      this.unwatch();
    }
  }

  private async loadBundled(): Promise<PackState> {
    const contentDir = vscode.Uri.joinPath(this.extensionUri, 'content');
    const entries = await vscode.workspace.fs.readDirectory(contentDir);
    const first = entries.filter(([, type]) => type === vscode.FileType.Directory).map(([name]) => name).sort()[0];
    const folder = vscode.Uri.joinPath(contentDir, first ?? '');
    const files = (await readPackFolder(folder)) ?? [];
    return { result: loadPack(folder.fsPath, files), folder, isUserPack: false };
  }

  private publish(folder: vscode.Uri, files: readonly ContentFile[], problems: readonly ContentProblem[]): void {
    this.diagnostics.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      const text = files.find((f) => f.path === p.file)?.text ?? '';
      const lineText = text.split(/\r?\n/)[p.line - 1] ?? '';
      const start = new vscode.Position(p.line - 1, p.column - 1);
      const end = new vscode.Position(p.line - 1, Math.max(p.column, lineText.length));
      const d = new vscode.Diagnostic(new vscode.Range(start, end), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'Interview Coach';
      const list = byFile.get(p.file) ?? [];
      list.push(d);
      byFile.set(p.file, list);
    }
    for (const [file, diags] of byFile) this.diagnostics.set(vscode.Uri.joinPath(folder, file), diags);
  }

  private watch(folder: vscode.Uri): void {
    if (this.watcher && this.watchedFolder === folder.toString()) return;
    this.unwatch();
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '*.md'));
    this.watchedFolder = folder.toString();
    const schedule = () => {
      // Saving several files at once (a git checkout) makes one reload, not one per file.
      if (this.reloadTimer) clearTimeout(this.reloadTimer);
      this.reloadTimer = setTimeout(() => void this.reload(), 150);
    };
    watcher.onDidChange(schedule);
    watcher.onDidCreate(schedule);
    watcher.onDidDelete(schedule);
    this.watcher = watcher;
  }

  private unwatch(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = undefined;
    this.watcher?.dispose();
    this.watcher = undefined;
    this.watchedFolder = undefined;
  }

  /** Where a content problem lives, for "open the broken file". */
  problemUri(p: ContentProblem): vscode.Uri | undefined {
    return this.state ? vscode.Uri.joinPath(this.state.folder, p.file) : undefined;
  }

  dispose(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.unwatch();
    for (const d of this.disposables) d.dispose();
  }
}

/** `failed` when nothing usable loaded (no pack, or no section), so the Guide view shows its welcome. */
export function packStatus(state: PackState): 'ok' | 'problems' | 'failed' {
  if (!state.result.pack || state.result.pack.sections.length === 0) return 'failed';
  return state.result.problems.some((p) => p.severity === 'error') ? 'problems' : 'ok';
}

/** `~/x`, `${workspaceFolder}/x`, an absolute path, or a path relative to `base` (default: the first workspace folder). */
function resolveSetting(value: string, base?: vscode.Uri): vscode.Uri | undefined {
  const workspace = base ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  let path = value;
  if (path.includes('${workspaceFolder}')) {
    if (!workspace) return undefined;
    // Kept in the workspace's own scheme, so a virtual workspace (vscode-vfs://…) works too.
    if (path.startsWith('${workspaceFolder}')) return vscode.Uri.joinPath(workspace, path.slice('${workspaceFolder}'.length).replace(/\$\{workspaceFolder\}/g, ''));
    path = path.replace(/\$\{workspaceFolder\}/g, workspace.fsPath);
  }
  if (path.startsWith('~/') || path === '~') {
    const home = homeDirectory();
    if (!home) return undefined;
    path = home + path.slice(1);
  }
  if (/^([a-zA-Z]:)?[\\/]/.test(path)) return workspace && workspace.scheme !== 'file' ? workspace.with({ path }) : vscode.Uri.file(path);
  return workspace ? vscode.Uri.joinPath(workspace, path) : undefined;
}

/** The markdown files of a folder, or undefined when it is not a readable folder. */
async function readPackFolder(folder: vscode.Uri): Promise<ContentFile[] | undefined> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return undefined;
  }
  // A symbolic link to a file is File | SymbolicLink: followed, as the CLI follows it.
  const names = entries.filter(([name, type]) => (type & vscode.FileType.File) !== 0 && name.toLowerCase().endsWith('.md')).map(([name]) => name);
  const files = await Promise.all(
    names.map(async (name) => {
      try {
        return { path: name, text: decodeText(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name))).text };
      } catch {
        return undefined;
      }
    }),
  );
  return files.filter((f): f is ContentFile => f !== undefined);
}
