import { parseOpenTarget } from '../../core/practice/protocol';

/**
 * The practice results page: its HTML comes from the host, escaped; this script only turns a
 * click (or Enter / Space, which buttons give for free) on `[data-open]` into an `open` message.
 */
declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const vscode = acquireVsCodeApi();

document.addEventListener('click', (event) => {
  const el = (event.target as Element | null)?.closest('[data-open]');
  if (!el) return;
  let target: unknown;
  try {
    target = JSON.parse(el.getAttribute('data-open') ?? '');
  } catch {
    return;
  }
  const valid = parseOpenTarget(target);
  if (valid) vscode.postMessage({ type: 'open', target: valid });
});
document.getElementById('score')?.focus();
vscode.postMessage({ type: 'ready' });
