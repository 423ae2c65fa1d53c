// The pagers of the page's long lists (.prev, .page-label, .next): shown when there is more than one page.
import { t } from './i18n.js';

/** Shows page `page` (from 0) of `pages`. */
export function showPage(pager, page, pages) {
  pager.hidden = pages <= 1;
  const label = pager.querySelector('.page-label');
  const text = t('page', { n: page + 1, total: pages });
  if (label.textContent !== text) label.textContent = text;
  pager.querySelector('.prev').disabled = page === 0;
  pager.querySelector('.next').disabled = page >= pages - 1;
}

/** Calls `turn(-1)` on a click of the pager's previous button, `turn(1)` on its next button. */
export function onTurn(pager, turn) {
  pager.querySelector('.prev').addEventListener('click', () => turn(-1));
  pager.querySelector('.next').addEventListener('click', () => turn(1));
}
