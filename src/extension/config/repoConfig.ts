import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, dirnamePosix, overlay, resolveConfig, type ConfigFile, type ConfigReader, type ResolvedConfig } from '../../core/config/configFile';

/**
 * The `.interview-coach.jsonc` files of the workspace (and of its folders' parents up to the
 * repository root), read through `vscode.workspace.fs` so they work on every URI scheme and in the
 * browser. They are read once, then again when one changes; lookups are synchronous, through the
 * same `resolveConfig` the CLI uses. A file's settings win over VS Code's for the keys it sets.
 */
export class RepoConfig implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires after a config file was created, changed or deleted and has been read again. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('interview-coach-config');
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.diagnostics];
  /** Config file texts by URI string (undefined: looked for, not there). */
  private texts = new Map<string, string | undefined>();
  /** Folders (URI strings) that hold `.git`: the walk up stops there. */
  private repositoryRoots = new Set<string>();
  /** Resolved configs by folder URI string; emptied whenever the files are read again. */
  private resolved = new Map<string, ResolvedConfig>();
  private loading: Promise<void> | undefined;
  private loaded = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const schedule = () => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload(), 100);
    };
    watcher.onDidChange(schedule);
    watcher.onDidCreate(schedule);
    watcher.onDidDelete(schedule);
    this.disposables.push(watcher, vscode.workspace.onDidChangeWorkspaceFolders(schedule));
  }

  /** Reads the files once; later calls return the same promise. */
  ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  async reload(): Promise<void> {
    this.loading = this.load();
    await this.loading;
  }

  private async load(): Promise<void> {
    const texts = new Map<string, string | undefined>();
    const roots = new Set<string>();
    const decoder = new TextDecoder();
    const read = async (uri: vscode.Uri) => {
      try {
        texts.set(uri.toString(), decoder.decode(await vscode.workspace.fs.readFile(uri)));
      } catch {
        texts.set(uri.toString(), undefined);
      }
    };
    const exists = async (uri: vscode.Uri) => {
      try {
        await vscode.workspace.fs.stat(uri);
        return true;
      } catch {
        return false;
      }
    };
    // Inside the workspace: every config file (a folder's file applies to what is below it). A
    // file system that cannot search (some virtual ones) still gets the folders' own files below.
    const found = await Promise.resolve(vscode.workspace.findFiles(`**/${CONFIG_FILE_NAME}`, '**/node_modules/**', 200)).catch(() => [] as vscode.Uri[]);
    await Promise.all(found.map(read));
    // Each folder and its parents, up to the repository root.
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (let dir = folder.uri.path; ; ) {
        const at = folder.uri.with({ path: dir });
        const file = vscode.Uri.joinPath(at, CONFIG_FILE_NAME);
        if (!texts.has(file.toString())) await read(file);
        if (await exists(vscode.Uri.joinPath(at, '.git'))) {
          roots.add(at.toString());
          break;
        }
        const parent = dirnamePosix(dir);
        if (parent === dir) break;
        dir = parent;
      }
    }
    this.texts = texts;
    this.loaded = true;
    this.repositoryRoots = roots;
    this.resolved = new Map();
    this.publishProblems();
    this.changeEmitter.fire();
  }

  /**
   * The config that applies to `uri`: a workspace folder (its own and its parents' files) or a
   * file in one (the files from its folder up). Undefined before the files are read.
   */
  configFor(uri: vscode.Uri | undefined): ResolvedConfig | undefined {
    if (!this.loading) void this.ready();
    const target = uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!target) return undefined;
    const isFolder = vscode.workspace.workspaceFolders?.some((f) => f.uri.toString() === target.toString()) ?? false;
    const dir = isFolder ? target.path : dirnamePosix(target.path);
    const key = target.with({ path: dir }).toString();
    let config = this.resolved.get(key);
    if (!config) {
      config = resolveConfig(dir, this.reader(target));
      // Only once the files are read: before that every lookup is VS Code's settings alone.
      if (this.loaded) this.resolved.set(key, config);
    }
    return config;
  }

  /** Identifies the files that apply to `uri`, for caches of settings. */
  keyFor(uri: vscode.Uri | undefined): string {
    return this.configFor(uri)?.files.map((f) => f.path).join('|') ?? '';
  }

  /** A lookup of full setting names: the config file's value when it sets one, else VS Code's. */
  lookup(uri: vscode.Uri | undefined, editor: (key: string) => unknown): (key: string) => unknown {
    return overlay(this.configFor(uri), editor);
  }

  /** The file that sets `key` for `uri`, as a URI (for paths relative to it). */
  fileFor(uri: vscode.Uri | undefined, key: string): vscode.Uri | undefined {
    const target = uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const file: ConfigFile | undefined = this.configFor(target)?.fileFor(key);
    return file && target ? target.with({ path: file.path }) : undefined;
  }

  private reader(base: vscode.Uri): ConfigReader {
    return {
      readFile: (path) => this.texts.get(base.with({ path }).toString()),
      isRepositoryRoot: (dir) => this.repositoryRoots.has(base.with({ path: dir }).toString()),
    };
  }

  private publishProblems(): void {
    this.diagnostics.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const [key, text] of this.texts) {
      if (text === undefined) continue;
      const uri = vscode.Uri.parse(key);
      const config = resolveConfig(dirnamePosix(uri.path), { readFile: (p) => (p === uri.path ? text : undefined), isRepositoryRoot: () => true });
      for (const p of config.problems) {
        const pos = new vscode.Position(p.line - 1, p.column - 1);
        const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Warning);
        d.source = 'Interview Coach';
        byFile.set(key, [...(byFile.get(key) ?? []), d]);
      }
    }
    for (const [key, list] of byFile) this.diagnostics.set(vscode.Uri.parse(key), list);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * The one RepoConfig of the running extension, for settings readers that are plain functions.
 * Until activation sets it (and in tests that construct features alone) settings come from VS Code only.
 */
let current: RepoConfig | undefined;

export function setRepoConfig(config: RepoConfig | undefined): void {
  current = config;
}

export function repoConfig(): RepoConfig | undefined {
  return current;
}

/** VS Code's settings for `scope`, overlaid with the config files that apply to `at` (default: `scope`). */
export function settingsLookup(scope: vscode.Uri | undefined, at: vscode.Uri | undefined = scope): (key: string) => unknown {
  const config = vscode.workspace.getConfiguration(undefined, scope);
  const editor = (key: string) => config.get(key);
  return current ? current.lookup(at, editor) : editor;
}
