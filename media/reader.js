// @ts-check
// The guide reader: scrolls to the requested heading, keeps its place across hide/reload, and
// asks the host to switch sections. It receives no HTML from messages; the host renders the page.
(function () {
  const vscode = acquireVsCodeApi();
  /** @type {{ sectionId: string, anchor?: string, focus?: boolean }} */
  const initial = JSON.parse(document.body.dataset.initial || '{}');
  // The persisted state is where the reader is, not whether it should grab focus again.
  vscode.setState({ sectionId: initial.sectionId, anchor: initial.anchor });

  function normalise(/** @type {string} */ s) {
    return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  }

  /**
   * The element an anchor names: a heading that contains it, else a heading holding all of its
   * words ("From Culture Memo" finds "From the Culture Memo"), else a list item, paragraph or
   * table cell that contains it (a red flag's own line).
   */
  function findAnchor(/** @type {string} */ anchor) {
    const wanted = normalise(anchor);
    const words = wanted.split(' ').filter((w) => w.length > 2);
    const headings = Array.from(document.querySelectorAll('main h1, main h2, main h3, main h4'));
    return (
      headings.find((h) => normalise(h.textContent || '').includes(wanted)) ||
      headings.find((h) => {
        const text = ' ' + normalise(h.textContent || '') + ' ';
        return words.length > 0 && words.every((w) => text.includes(' ' + w + ' '));
      }) ||
      Array.from(document.querySelectorAll('main li, main p, main td, main blockquote')).find((el) => normalise(el.textContent || '').includes(wanted))
    );
  }

  function reveal(/** @type {string | undefined} */ anchor, /** @type {boolean} */ focus) {
    if (!anchor) return;
    const match = findAnchor(anchor);
    if (!match) return;
    match.setAttribute('tabindex', '-1');
    match.classList.add('target');
    match.scrollIntoView({ block: 'start' });
    // Focus only when the user asked for this place; a restore after reload must not steal it.
    if (focus) /** @type {HTMLElement} */ (match).focus({ preventScroll: true });
  }

  document.querySelectorAll('nav a[data-section]').forEach((a) => {
    a.addEventListener('click', (event) => {
      event.preventDefault();
      const sectionId = /** @type {HTMLElement} */ (a).dataset.section;
      if (sectionId) vscode.postMessage({ type: 'open', sectionId });
    });
  });

  reveal(initial.anchor, !!initial.focus);
})();
