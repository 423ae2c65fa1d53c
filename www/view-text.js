// The text view: one file's text with its records highlighted, paged so a huge text stays usable.
import { activatable } from './keys.js';
import { renderHighlights } from './pkg/render.js';
import { onTurn, showPage } from './pager.js';

/** UTF-16 units per page; pages end at a line break where one is near. */
export const PAGE_CHARS = 100_000;

/**
 * Units per page of text without a line break near the cut: the browser lays out one long line
 * in more than linear time (100,000 units of brackets took 0.5 s, 20,000 took 40 ms).
 */
export const LINE_CHARS = 20_000;

/** Page boundaries of `text`: [0, b1, b2, …, text.length]. Linear: each search is bounded. */
export function pageBreaks(text, size = PAGE_CHARS, line = LINE_CHARS) {
  const breaks = [0];
  let at = 0;
  while (text.length - at > line) {
    // The last line break in the second half of the page, searched in that half only.
    const from = at + Math.floor(size / 2);
    const nl = text.length - at <= size ? -2 : text.slice(from, at + size + 1).lastIndexOf('\n');
    let cut;
    if (nl === -2 && text.slice(at).includes('\n')) {
      break; // the rest fits one page and has line breaks
    } else if (nl >= 0) {
      cut = from + nl + 1;
    } else {
      // No break near: a short page, cut at a break within it if there is one.
      const near = text.slice(at, at + line + 1).lastIndexOf('\n');
      cut = near > 0 ? at + near + 1 : at + line;
    }
    // Never split a surrogate pair.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut += 1;
    breaks.push(cut);
    at = cut;
  }
  breaks.push(text.length);
  return breaks;
}

/**
 * @param {HTMLElement} root the view's container (holds .pager and .report)
 * @param {{ onMarkClick: (index: number) => void, describe: (r: object, i: number) => string }} hooks
 */
export function createTextView(root, hooks) {
  const report = root.querySelector('.report');
  const pager = root.querySelector('.pager');
  const title = root.querySelector('.view-title');
  let entry = null;
  let breaks = [0, 0];
  let page = 0;

  function render() {
    if (!entry) {
      report.replaceChildren();
      pager.hidden = true;
      title.textContent = '';
      return;
    }
    title.textContent = entry.name;
    renderHighlights(report, entry.text, entry.records, {
      start: breaks[page],
      end: breaks[page + 1],
      indexOffset: entry.base,
      describe: hooks.describe,
    });
    // Every mark is reached by Tab and selects its row with Enter.
    for (const mark of report.querySelectorAll('mark[data-index]')) activatable(mark);
    showPage(pager, page, breaks.length - 1);
  }

  onTurn(pager, (step) => {
    page = Math.max(0, Math.min(breaks.length - 2, page + step));
    render();
  });
  report.addEventListener('click', (event) => {
    const mark = event.target.closest('mark[data-index]');
    if (mark) hooks.onMarkClick(Number(mark.dataset.index));
  });

  return {
    /** Shows a loaded file ({ name, text, records, base }) from its first page. */
    show(next) {
      if (next !== entry) {
        entry = next;
        breaks = entry ? pageBreaks(entry.text) : [0, 0];
        page = 0;
      }
      render();
    },
    /** The file shown. */
    get entry() {
      return entry;
    },
    /** Turns to the page of global record `index` of the shown file, scrolls to it and flashes it. */
    reveal(index) {
      const r = entry?.records[index - entry.base];
      if (!r) return null;
      let p = breaks.findIndex((b, i) => i < breaks.length - 1 && r.start >= b && r.start < breaks[i + 1]);
      if (p < 0) p = breaks.length - 2;
      if (p !== page) {
        page = p;
        render();
      }
      for (const m of report.querySelectorAll('mark.selected')) m.classList.remove('selected');
      const marks = report.querySelectorAll(`mark[data-records~="${index}"]`);
      if (marks.length === 0) return null;
      marks[0].scrollIntoView({ block: 'center', behavior: 'instant' });
      for (const m of marks) {
        m.classList.add('selected');
        m.classList.remove('flash');
        void m.offsetWidth; // restart the animation
        m.classList.add('flash');
      }
      return marks[0];
    },
    render,
  };
}
