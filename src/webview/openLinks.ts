import { parseOpenTarget } from '../core/practice/protocol';

/**
 * Turns a click on a `[data-open]` element (its attribute holds an open target as JSON) into an
 * `open` message for the host, after checking the target's shape: the readiness dashboard and the
 * practice results page both link to sections, questions and draft lines this way. With
 * `keyboard`, Enter and Space on such an element that is not a <button> (an SVG bar with
 * role=button) act as a click too; a <button> does that itself.
 */
export function openLinksOnClick(post: (message: unknown) => void, options: { keyboard?: boolean } = {}): void {
  const openFrom = (el: Element): void => {
    let target: unknown;
    try {
      target = JSON.parse(el.getAttribute('data-open') ?? '');
    } catch {
      return;
    }
    const valid = parseOpenTarget(target);
    if (valid) post({ type: 'open', target: valid });
  };
  document.addEventListener('click', (event) => {
    const el = (event.target as Element | null)?.closest('[data-open]');
    if (el) openFrom(el);
  });
  if (!options.keyboard) return;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const el = (event.target as Element | null)?.closest('[data-open]');
    if (!el || el.tagName === 'BUTTON') return;
    event.preventDefault();
    openFrom(el);
  });
}
