import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import type { Section } from '../../core/content/types';
import type { PackService } from '../packService';
import { escapeHtml, pageHtml, webviewOptions } from '../util/webviewHtml';

export const READER_VIEW_TYPE = 'interviewCoach.reader';

/** What the reader shows; also its persisted webview state, so a reload restores it. */
export interface ReaderTarget {
  readonly sectionId: string;
  readonly anchor?: string;
}

export function isReaderTarget(value: unknown): value is ReaderTarget {
  const v = value as ReaderTarget | undefined;
  return typeof v === 'object' && v !== null && typeof v.sectionId === 'string' && (v.anchor === undefined || typeof v.anchor === 'string');
}

/**
 * One reader panel that renders a section's markdown body in the editor's theme. Pack content
 * is rendered by markdown-it with raw HTML off, so a user pack cannot inject markup or scripts.
 */
export class GuideReader implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private target: ReaderTarget | undefined;
  private markdown: MarkdownIt | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly packs: PackService,
  ) {
    this.disposables.push(
      packs.onDidChange(() => {
        if (this.panel && this.target) void this.render(this.target);
      }),
      vscode.window.registerWebviewPanelSerializer(READER_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: unknown) => {
          this.adopt(panel);
          await this.render(isReaderTarget(state) ? state : { sectionId: (await this.packs.pack())?.sections[0]?.id ?? '' });
        },
      }),
    );
  }

  async show(target: ReaderTarget): Promise<void> {
    if (!this.panel) {
      this.adopt(
        vscode.window.createWebviewPanel(READER_VIEW_TYPE, 'Interview Guide', { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, webviewOptions(this.extensionUri)),
      );
    } else {
      this.panel.reveal(undefined, false);
    }
    await this.render(target, true);
  }

  /** The section and anchor on screen, for tests and the "current section" commands. */
  get shown(): ReaderTarget | undefined {
    return this.panel ? this.target : undefined;
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon-activitybar.svg');
    panel.webview.onDidReceiveMessage((message: unknown) => {
      // The page may only ask to open another section; anything else is ignored.
      if (isReaderTarget(message) && (message as { type?: unknown }).type === 'open') void this.render({ sectionId: message.sectionId });
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.target = undefined;
    });
  }

  /** `focus`: the user asked for this place, so the page moves keyboard focus to it. */
  private async render(target: ReaderTarget, focus = false): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const pack = await this.packs.pack();
    const section = pack?.sections.find((s) => s.id === target.sectionId) ?? pack?.sections[0];
    this.target = section ? { sectionId: section.id, ...(target.anchor ? { anchor: target.anchor } : {}) } : target;
    panel.title = section ? section.title : 'Interview Guide';
    const body = section ? await this.renderSection(section, pack!.sections) : '<p>The guide could not be loaded. See the Guide view for the reason.</p>';
    panel.webview.html = pageHtml({
      webview: panel.webview,
      extensionUri: this.extensionUri,
      title: panel.title,
      styles: ['media/reader.css'],
      script: 'media/reader.js',
      body,
      data: { ...this.target, focus },
    });
  }

  private async renderSection(section: Section, all: readonly Section[]): Promise<string> {
    if (!this.markdown) {
      const { default: MarkdownItCtor } = await import('markdown-it');
      this.markdown = new MarkdownItCtor({ html: false, linkify: false, typographer: false });
    }
    const nav = all
      .map((s) => `<li><a href="#" data-section="${escapeHtml(s.id)}"${s.id === section.id ? ' aria-current="page"' : ''}>${escapeHtml(s.title)}</a></li>`)
      .join('');
    return `<nav aria-label="Guide sections"><ol>${nav}</ol></nav><main id="content" tabindex="-1">${this.markdown.render(section.body)}</main>`;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
