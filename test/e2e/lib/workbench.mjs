// What a person does in the VS Code workbench, as Playwright steps on code-server's page: run a
// command from F1, pick from a quick pick, open a view, expand tree rows, read the editor, the
// Problems panel and a webview. Every step waits on what the page shows (Playwright's
// auto-waiting locators, `expect`-style polls on the DOM); none sleeps for a fixed time.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Polls `read()` until `check(value)` holds; fails with the last value seen. */
export async function until(read, check, { timeout = 30_000, message = 'condition', interval = 100 } = {}) {
  const end = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await read();
      if (check(last)) return last;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > end) {
      throw new assert.AssertionError({
        message: `timed out after ${timeout} ms waiting for ${message}; last seen: ${lastError ? lastError.message : JSON.stringify(last)}`,
      });
    }
    await new Promise((r) => setTimeout(r, interval)); // a poll interval, not a wait for the app
  }
}

/**
 * Like `until`, but the value must also stay the same (and `check` hold) on every poll for
 * `stableMs` in a row: for UI that moves around for a moment before it settles (the walkthrough
 * moves the focus between steps after one is selected; the palette re-filters as text arrives).
 */
export async function settled(read, check, { stableMs = 400, ...options } = {}) {
  let since;
  let last;
  return until(
    read,
    (value) => {
      const key = JSON.stringify(value);
      if (!check(value) || key !== last) {
        last = key;
        since = check(value) ? Date.now() : undefined;
        return false;
      }
      return Date.now() - since >= stableMs;
    },
    options,
  );
}

const exact = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page, { shotsDir }) {
    this.page = page;
    this.shotsDir = shotsDir;
    this.shotCount = 0;
    /** README screenshots taken this run: docs/screenshots/<name> → the file. */
    this.docShots = new Map();
  }

  // ---- the window ----------------------------------------------------------------------------

  /** The workbench is up and the extension host has started (the status bar shows its items). */
  async ready() {
    await this.page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
  }

  /** F1 → "Developer: Reload Window", and waits for the new page to load. */
  async reloadWindow() {
    const loaded = this.page.waitForEvent('load', { timeout: 60_000 });
    await this.runCommand('Developer: Reload Window');
    await loaded;
    await this.ready();
  }

  /**
   * Saves a PNG of the window, and of the region `clip` if given. `doc` names the image (the
   * region when there is one) as README screenshot docs/screenshots/<doc>, which the walkthrough
   * shows too (`walkthrough: true` only documents that: one copy of each image in the .vsix); the
   * runner copies them only with --update-docs.
   */
  async screenshot(name, { clip, doc, walkthrough } = {}) {
    mkdirSync(this.shotsDir, { recursive: true });
    const file = join(this.shotsDir, `${String(++this.shotCount).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    let image = file;
    if (clip) {
      image = file.replace(/\.png$/, '-region.png');
      await this.page.screenshot({ path: image, clip });
    }
    if (doc) this.docShots.set(`docs/screenshots/${doc}`, image);
    if (walkthrough && !doc) throw new Error(`screenshot ${name}: a walkthrough image is a README screenshot (give doc)`);
    return file;
  }

  /** A region of the page: from the top-left of one element to the bottom-right of another, within bounds. */
  async region(from, to, { pad = 8, maxWidth = 1000, maxHeight = 640 } = {}) {
    const a = await from.boundingBox();
    const b = await (to ?? from).boundingBox();
    const x = Math.max(0, Math.min(a.x, b.x) - pad);
    const y = Math.max(0, Math.min(a.y, b.y) - pad);
    const width = Math.min(maxWidth, Math.max(a.x + a.width, b.x + b.width) + pad - x);
    const height = Math.min(maxHeight, Math.max(a.y + a.height, b.y + b.height) + pad - y);
    return { x, y, width, height };
  }

  /** The color theme, picked as a person does: F1 → "Preferences: Color Theme" → its name. */
  async setColorTheme(label, kind) {
    await this.runCommand('Preferences: Color Theme', { leavesQuickInputOpen: true });
    await this.quickPickRow(/Light|Dark/).first().waitFor(); // the theme list, not the palette
    await this.filterQuickInput(label);
    await this.pick(label);
    await this.page.locator(`.monaco-workbench.${kind}`).waitFor();
  }

  // ---- command palette and quick picks --------------------------------------------------------

  quickInput() {
    return this.page.locator('.quick-input-widget');
  }

  /** A visible quick-pick row whose label is exactly `label` (string) or matches it (RegExp). */
  quickPickRow(label) {
    const name = typeof label === 'string' ? exact(label) : label;
    return this.quickInput().locator('.quick-input-list .monaco-list-row', { has: this.page.locator('.label-name', { hasText: name }) });
  }

  /** Rows of the open quick pick: label, description, and aria-label. */
  async quickPickRows() {
    return this.quickInput()
      .locator('.quick-input-list .monaco-list-row')
      .evaluateAll((rows) =>
        rows.map((r) => ({
          label: r.querySelector('.label-name')?.textContent ?? '',
          description: r.querySelector('.label-description')?.textContent ?? '',
          aria: r.getAttribute('aria-label') ?? '',
        })),
      );
  }

  /** Chooses the quick-pick row labelled `label` with the keyboard (arrows, then Enter). */
  async pick(label) {
    const row = this.quickPickRow(label).first();
    await row.waitFor();
    const focused = () => this.quickInput().locator('.quick-input-list .monaco-list-row.focused').getAttribute('aria-label').catch(() => undefined);
    for (let i = 0; i < 60 && !(await row.getAttribute('class'))?.split(' ').includes('focused'); i++) {
      const before = await focused();
      await this.page.keyboard.press('ArrowDown');
      await until(focused, (now) => now !== before, { message: 'the quick pick focus to move' });
    }
    assert.ok((await row.getAttribute('class'))?.split(' ').includes('focused'), `could not move the quick pick's focus to ${label}`);
    await this.page.keyboard.press('Enter');
  }

  /** Types `text` into the open quick input's filter box. */
  async filterQuickInput(text) {
    const input = this.quickInput().locator('input');
    await input.waitFor();
    await input.fill(text);
  }

  /**
   * Presses `key` (F1, Ctrl+P…) and resolves with the quick input's text box once it is open and
   * keeps the focus. When a webview had the focus, VS Code hands it back to the webview's page a
   * moment after a quick pick closes; a quick input opened in that moment closes again at once.
   * A person presses the key again, and so do we (at most twice more, saying so in the log).
   */
  async openQuickInput(key) {
    const input = this.quickInput().locator('input');
    const open = () => input.evaluate((el) => el === document.activeElement && el.offsetParent !== null).catch(() => false);
    for (let attempt = 1; ; attempt++) {
      const fromWebview = await this.page.evaluate(() => document.activeElement?.tagName === 'IFRAME');
      await this.page.keyboard.press(key);
      try {
        await input.waitFor({ timeout: 10_000 });
        if (fromWebview) await settled(open, Boolean, { stableMs: 300, timeout: 3_000, message: 'the quick input to keep the focus' });
        else await until(open, Boolean, { timeout: 3_000, message: 'the quick input to have the focus' });
        return input;
      } catch (err) {
        if (attempt === 3) throw err;
        process.stderr.write(`[e2e] note: the quick input opened by ${key} lost the focus at once (to a webview); pressing ${key} again\n`);
        if (await this.quickInput().isVisible()) await this.page.keyboard.press('Escape');
      }
    }
  }

  /** F1, type the command's title, choose it. Waits for the palette to close unless told not to. */
  async runCommand(title, { leavesQuickInputOpen = false } = {}) {
    for (let attempt = 1; ; attempt++) {
      const input = await this.openQuickInput('F1');
      await input.fill(`>${title}`);
      await this.pick(title);
      if (!leavesQuickInputOpen) return this.quickInput().waitFor({ state: 'hidden' });
      // The command opens a quick input of its own. If a webview had the focus before F1, VS Code
      // can hand it back just after the palette closes, which closes the command's quick input at
      // once (as openQuickInput says of F1). A person runs the command again, and so do we.
      const open = () => input.evaluate((el) => el === document.activeElement && el.offsetParent !== null && !el.value.startsWith('>')).catch(() => false);
      try {
        await settled(open, Boolean, { stableMs: 300, timeout: 5_000, message: `the quick input of "${title}" to open and keep the focus` });
        return undefined;
      } catch (err) {
        if (attempt === 3) throw err;
        process.stderr.write(`[e2e] note: the quick input of "${title}" closed at once (the focus went back to a webview); running it again\n`);
        if (await this.quickInput().isVisible()) await this.page.keyboard.press('Escape');
      }
    }
  }

  /** Whether the command palette offers `title` (e.g. to check `when` clauses). */
  async paletteOffers(title) {
    const input = await this.openQuickInput('F1');
    await input.fill(`>${title}`);
    // Offered: its row shows up. Not offered: the filtered list (maybe empty) settles without it.
    const labels = () => this.quickPickRows().then((rows) => rows.map((r) => r.label));
    let offered = false;
    await Promise.race([
      this.quickPickRow(title).first().waitFor().then(() => (offered = true), () => {}),
      settled(labels, (l) => !l.includes(title), { stableMs: 500 }).catch(() => {}),
    ]);
    offered ||= (await labels()).includes(title);
    await this.page.keyboard.press('Escape');
    await this.quickInput().waitFor({ state: 'hidden' });
    return offered;
  }

  // ---- views and trees ----------------------------------------------------------------------

  /** Waits until the side bar shows the view container `name` (e.g. restored after a reload). */
  async containerShown(name) {
    await this.page.locator('.part.sidebar .composite.title .title-label h2', { hasText: new RegExp(`^${name}$`, 'i') }).waitFor();
  }

  /** Clicks the activity-bar icon of a view container, unless it is already open. */
  async openContainer(name) {
    // Built-in containers carry their shortcut in the name: "Explorer (Ctrl+Shift+E)".
    const tab = this.page.locator('.part.activitybar').getByRole('tab', { name: new RegExp(`^${name}( \\(.*\\))?$`) });
    await tab.waitFor();
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    await until(() => tab.getAttribute('aria-selected'), (v) => v === 'true', { message: `${name} to be selected` });
  }

  /**
   * Gives the view `name` the side bar's height: collapses the other expanded views of the open
   * container by their headers, as a person does, and expands `name` if it is collapsed.
   */
  async focusView(name) {
    const headers = this.page.locator('.part.sidebar .pane-header');
    await headers.first().waitFor();
    const title = (h) => h.locator('h3.title').textContent().then((t) => t.trim().toLowerCase());
    for (const header of await headers.all()) {
      const isTarget = (await title(header)) === name.toLowerCase();
      const expanded = (await header.getAttribute('aria-expanded')) === 'true';
      if (isTarget !== expanded) {
        await header.locator('h3.title').click();
        await until(() => header.getAttribute('aria-expanded'), (v) => v === String(isTarget), { message: `the ${await title(header)} view to ${isTarget ? 'expand' : 'collapse'}` });
      }
    }
  }

  /** Runs a view's title-bar action by its label (e.g. "Collapse All"). */
  async viewAction(viewName, label) {
    const header = this.page.locator('.part.sidebar .pane-header', { has: this.page.locator('h3.title', { hasText: new RegExp(`^${viewName}$`, 'i') }) });
    await header.hover();
    await header.getByRole('button', { name: label, exact: true }).click();
  }

  /** A tree view by its accessible name (e.g. "Guide"). */
  tree(name) {
    return this.page.locator('.part.sidebar').getByRole('tree', { name });
  }

  /** Rows of a tree as they are shown: level, label, description, expanded and checked state. */
  async treeRows(tree) {
    return tree.locator('.monaco-list-row').evaluateAll((rows) =>
      rows
        .map((r) => ({
          top: parseFloat(r.style.top || '0'),
          level: Number(r.getAttribute('aria-level')),
          label: r.querySelector('.label-name')?.textContent ?? '',
          description: r.querySelector('.label-description')?.textContent ?? '',
          expanded: r.getAttribute('aria-expanded') === null ? undefined : r.getAttribute('aria-expanded') === 'true',
          checked: r.querySelector('.custom-view-tree-node-item-checkbox')?.getAttribute('aria-checked') ?? undefined,
        }))
        .sort((a, b) => a.top - b.top)
        .map(({ top, ...row }) => row),
    );
  }

  /** The row of `tree` whose label is exactly `label` (string) or matches it (RegExp). */
  treeRow(tree, label, level) {
    const name = typeof label === 'string' ? exact(label) : label;
    const rows = tree.locator(level ? `.monaco-list-row[aria-level="${level}"]` : '.monaco-list-row');
    return rows.filter({ has: this.page.locator('.label-name', { hasText: name }) }).first();
  }

  /** Expands a row with its chevron (a click on the label would run the row's command). */
  async expand(row) {
    await row.waitFor();
    if ((await row.getAttribute('aria-expanded')) === 'true') return;
    await row.locator('.monaco-tl-twistie').click();
    await until(() => row.getAttribute('aria-expanded'), (v) => v === 'true', { message: 'the row to expand' });
  }

  /** Drags the side bar's edge so long row labels show in full (and in the screenshots). */
  async setSidebarWidth(width) {
    const bar = await this.page.locator('.part.sidebar').boundingBox();
    if (!bar || Math.abs(bar.width - width) < 2) return;
    const edge = bar.x + bar.width;
    const y = bar.y + bar.height / 2;
    await this.page.mouse.move(edge, y);
    await this.page.mouse.down();
    await this.page.mouse.move(edge + (width - bar.width) / 2, y, { steps: 4 });
    await this.page.mouse.move(bar.x + width, y, { steps: 4 });
    await this.page.mouse.up();
    await until(() => this.page.locator('.part.sidebar').boundingBox(), (b) => Math.abs(b.width - width) < 4, {
      message: `the side bar to be ${width}px wide`,
    });
  }

  // ---- editors ------------------------------------------------------------------------------

  /** Ctrl+P, the file's name, Enter; resolves when its tab is the active one. */
  async openFile(relativePath) {
    const name = relativePath.split('/').pop();
    const input = await this.openQuickInput('Control+P');
    await input.fill(relativePath);
    await this.pick(name);
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    await this.activeEditor().locator('.view-lines .view-line').first().waitFor();
  }

  activeEditor() {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /**
   * The active editor's rendered text by line number (1-based), joining a wrapped line's parts.
   * Only the lines on screen are rendered; drafts are short enough to be on screen whole.
   */
  async editorLines() {
    return this.activeEditor().evaluate((editor) => {
      const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')]
        .map((el) => ({ top: el.parentElement.offsetTop, n: Number(el.textContent) }))
        .filter((x) => x.n > 0)
        .sort((a, b) => a.top - b.top);
      const parts = [...editor.querySelectorAll('.view-lines .view-line')]
        .map((el) => ({ top: el.offsetTop, text: el.textContent.replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top);
      const lines = {};
      for (const part of parts) {
        const owner = numbers.filter((x) => x.top <= part.top).pop();
        if (owner) lines[owner.n] = (lines[owner.n] ?? '') + part.text;
      }
      return lines;
    });
  }

  /** Squiggles in the active editor: severity (from the class), and where they are drawn. */
  async squiggles() {
    return this.activeEditor().evaluate((editor) =>
      [...editor.querySelectorAll('.view-overlays .cdr[class*="squiggly-"]')].map((el) => ({
        severity: /squiggly-(error|warning|info|hint)/.exec(el.className)?.[1] ?? el.className,
        top: el.parentElement.offsetTop,
        left: el.offsetLeft,
        width: el.offsetWidth,
      })),
    );
  }

  /** Puts the cursor at a 1-based line and column with "Go to Line/Column" (Ctrl+G). */
  async goTo(line, column) {
    const input = await this.openQuickInput('Control+G');
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.quickInput().waitFor({ state: 'hidden' });
    const status = this.page.locator('.statusbar-item[id="status.editor.selection"]');
    await status.filter({ hasText: `Ln ${line}, Col ${column}` }).waitFor();
  }

  /**
   * Clicks the lightbulb beside the cursor and resolves with the code action menu. VS Code drops
   * the lightbulb when the editor's layout shifts (a CodeLens arriving, say) and shows it again on
   * the next cursor move, so a missing bulb gets the nudge a person would give it.
   */
  async openLightbulbMenu() {
    const bulb = this.activeEditor().locator('.lightBulbWidget').first();
    for (let attempt = 1; ; attempt++) {
      try {
        await bulb.waitFor({ timeout: 5_000 });
        break;
      } catch (err) {
        if (attempt === 3) throw err;
        await this.page.keyboard.press('ArrowRight');
        await this.page.keyboard.press('ArrowLeft');
      }
    }
    await bulb.click();
    const menu = this.page.locator('.action-widget');
    await menu.waitFor();
    return menu;
  }

  // ---- panels -------------------------------------------------------------------------------

  /** Opens the Problems panel (Ctrl+Shift+M) and resolves with its rows, in order. */
  async problems() {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await panel.waitFor();
    return this.problemRows();
  }

  async problemRows() {
    return this.page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
      rows
        .map((r) => ({ top: parseFloat(r.style.top || '0'), level: Number(r.getAttribute('aria-level')), aria: r.getAttribute('aria-label') ?? '', text: r.innerText.replace(/\s+/g, ' ').trim() }))
        .sort((a, b) => a.top - b.top)
        .map(({ top, ...row }) => row),
    );
  }

  // ---- webviews -----------------------------------------------------------------------------

  /** The content frame of the visible webview panel: `iframe.webview.ready` → `#active-frame`. */
  webview() {
    return this.page.frameLocator('iframe.webview.ready:visible').frameLocator('#active-frame');
  }
}
