import { openLinksOnClick } from '../openLinks';

/**
 * The practice results page: its HTML comes from the host, escaped; this script only turns a
 * click (or Enter / Space, which buttons give for free) on `[data-open]` into an `open` message,
 * and keeps the page's data (which the host hands over in `data-initial`) as the webview's state,
 * so VS Code can give it back to the panel serializer after a window reload.
 */
declare function acquireVsCodeApi(): { postMessage(message: unknown): void; setState(state: unknown): void };
const vscode = acquireVsCodeApi();

const initial = document.body.getAttribute('data-initial');
if (initial) {
  try {
    vscode.setState({ results: JSON.parse(initial) as unknown });
  } catch {
    // Not JSON: nothing to keep; after a reload the page says its results could not be brought back.
  }
}

openLinksOnClick((message) => vscode.postMessage(message));
document.getElementById('score')?.focus();
vscode.postMessage({ type: 'ready' });
