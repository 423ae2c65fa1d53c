// The keyboard: everything a click reaches, Tab reaches and Enter or Space uses. Native buttons do
// this themselves; marks, chart points and the like are made `activatable` and share one listener.

/** Makes `el` reachable by Tab and usable by Enter and Space, as a button is; named by `label`. */
export function activatable(el, label) {
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  if (label) el.setAttribute('aria-label', label);
  return el;
}

/** One listener for the page: Enter or Space on an activatable element clicks it. */
export function listenKeys(root = document) {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const el = event.target;
    if (!(el instanceof Element) || el.getAttribute('role') !== 'button' || el.localName === 'button') return;
    event.preventDefault();
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  });
}

/** A button holding `text`, for a header or a cell whose click does something. */
export function cellButton(text, className = '') {
  const b = document.createElement('button');
  b.type = 'button';
  if (className) b.className = className;
  b.textContent = text;
  return b;
}
