import * as vscode from 'vscode';
import { toBase64 } from '../platform/host';

/** A nonce for a webview's Content-Security-Policy, from a cryptographic source. */
export function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return toBase64(bytes).replace(/[^A-Za-z0-9]/g, '');
}

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Options every webview of ours uses: scripts on, and only `media/` and `dist/` readable. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
  };
}

/**
 * The page skeleton: a strict CSP (nothing but our own nonce'd script and our stylesheet), the
 * codicon font, and the body the caller provides (already escaped or sanitised).
 */
export function pageHtml(opts: {
  webview: vscode.Webview;
  extensionUri: vscode.Uri;
  title: string;
  styles: string[];
  script: string;
  body: string;
  /** JSON handed to the script through an escaped data attribute, never through inline script. */
  data?: unknown;
  /**
   * The contents of `styles` and `script`, to write into the page (under the same nonce) instead
   * of linking them: each link is a round trip through VS Code's resource loader, and the webview
   * is shown only once its page has loaded. A text that could end its element early is linked.
   */
  inline?: { readonly css?: string; readonly js?: string };
}): string {
  const n = nonce();
  const asset = (path: string) => opts.webview.asWebviewUri(vscode.Uri.joinPath(opts.extensionUri, path)).toString();
  const css = opts.inline?.css !== undefined && !/<\/style/i.test(opts.inline.css) ? opts.inline.css : undefined;
  const js = opts.inline?.js !== undefined && !/<\/script/i.test(opts.inline.js) ? opts.inline.js : undefined;
  const csp = [
    "default-src 'none'",
    `style-src ${opts.webview.cspSource}${css !== undefined ? ` 'nonce-${n}'` : ''}`,
    `font-src ${opts.webview.cspSource}`,
    `img-src ${opts.webview.cspSource} data:`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${css !== undefined ? `<style nonce="${n}">${css}</style>` : opts.styles.map((s) => `<link rel="stylesheet" href="${asset(s)}">`).join('\n')}
<title>${escapeHtml(opts.title)}</title>
</head>
<body${opts.data === undefined ? '' : ` data-initial="${escapeHtml(JSON.stringify(opts.data))}"`}>
${opts.body}
${js !== undefined ? `<script nonce="${n}">${js}</script>` : `<script nonce="${n}" src="${asset(opts.script)}"></script>`}
</body>
</html>`;
}
