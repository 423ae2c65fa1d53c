// The text view: one file's text with its records highlighted, paged so a huge text stays usable.
import { renderHighlights } from './pkg/render.js';
import { t } from './i18n.js';

/** UTF-16 units per page; pages end at a line break where one is near. */
export const PAGE_CHARS = 100_000;

/** Page boundaries of `text`: [0, b1, b2, …, text.length]. */
export function pageBreaks(text, size = PAGE_CHARS) {
  const breaks = [0];
  let at = 0;
  while (text.length - at > size) {
    let cut = text.lastIndexOf('\n', at + size);
    if (cut <= at + size / 2) cut = at + size;
    else cut += 1;
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
    const pages = breaks.length - 1;
    pager.hidden = pages <= 1;
    pager.querySelector('.page-label').textContent = t('page', { n: page + 1, total: pages });
    pager.querySelector('.prev').disabled = page === 0;
    pager.querySelector('.next').disabled = page >= pages - 1;
  }

  pager.querySelector('.prev').addEventListener('click', () => {
    page = Math.max(0, page - 1);
    render();
  });
  pager.querySelector('.next').addEventListener('click', () => {
    page = Math.min(breaks.length - 2, page + 1);
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
