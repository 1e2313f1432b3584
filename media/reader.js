// @ts-check
// The guide reader: scrolls to the requested heading, keeps its place across hide/reload, and
// asks the host to switch sections. It receives no HTML from messages; the host renders the page.
(function () {
  const vscode = acquireVsCodeApi();
  /** @type {{ sectionId: string, anchor?: string }} */
  const initial = JSON.parse(document.body.dataset.initial || '{}');
  vscode.setState(initial);

  function normalise(/** @type {string} */ s) {
    return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  }

  function reveal(/** @type {string | undefined} */ anchor) {
    if (!anchor) return;
    const wanted = normalise(anchor);
    const headings = Array.from(document.querySelectorAll('main h1, main h2, main h3, main h4'));
    const match = headings.find((h) => normalise(h.textContent || '').includes(wanted));
    if (!match) return;
    match.setAttribute('tabindex', '-1');
    match.classList.add('target');
    match.scrollIntoView({ block: 'start' });
    /** @type {HTMLElement} */ (match).focus({ preventScroll: true });
  }

  document.querySelectorAll('nav a[data-section]').forEach((a) => {
    a.addEventListener('click', (event) => {
      event.preventDefault();
      const sectionId = /** @type {HTMLElement} */ (a).dataset.section;
      if (sectionId) vscode.postMessage({ type: 'open', sectionId });
    });
  });

  reveal(initial.anchor);
})();
