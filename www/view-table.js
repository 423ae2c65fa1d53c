// The table view: every record of every file, sortable, filtered by doc, kind and indicator,
// shown a page at a time so a million rows stay usable.
import { formatValue } from './pkg/render.js';
import { currentLang, t } from './i18n.js';
import { qualifierName, unitName } from './figure.js';
import { cellButton } from './keys.js';
import { onTurn, showPage } from './pager.js';

export const PAGE_ROWS = 200;

/** Columns of the table, in order; `cell` formats a record for display. */
const COLUMNS = [
  { key: 'index', cell: (r) => String(r.index + 1) },
  { key: 'file' },
  { key: 'doc' },
  { key: 'kind', cell: (r) => t(`kind.${r.kind}`) },
  { key: 'indicator' },
  { key: 'verb' },
  { key: 'value', cell: (r) => (r.placeholder || r.value !== null ? formatValue(r) : '') },
  { key: 'unit', cell: (r) => unitName(r.unit) },
  { key: 'qualifier', cell: (r) => qualifierName(r.qualifier) },
  { key: 'period' },
  { key: 'quote' },
];

/** The label of a record's report in the doc filter. */
export const docKey = (r) => (r.doc ? `${r.file} · ${r.doc}` : r.file ?? '');

/**
 * `rows` (in text order) sorted by `key`, nulls last, ties in text order. Sorts numbers, or the
 * ranks of the distinct strings (collated once each), so a million rows sort in well under a second.
 */
function sortRows(rows, key, dir) {
  const keys = rows.map((r) => r[key] ?? null);
  let numbers = keys;
  if (!keys.every((k) => k === null || typeof k === 'number')) {
    const collator = new Intl.Collator('zh');
    const distinct = [...new Set(keys.filter((k) => k !== null).map(String))].sort(collator.compare);
    const rank = new Map(distinct.map((v, i) => [v, i]));
    numbers = keys.map((k) => (k === null ? null : rank.get(String(k))));
  }
  const order = Array.from(rows, (_, i) => i);
  order.sort((i, j) => {
    const x = numbers[i];
    const y = numbers[j];
    if (x === y) return i - j;
    if (x === null) return 1;
    if (y === null) return -1;
    return dir * (x - y) || i - j;
  });
  return order.map((i) => rows[i]);
}

/**
 * @param {HTMLElement} root holds .filters (select.doc, select.kind, input.indicator), table, .pager
 * @param {{ onRowClick: (index: number) => void }} hooks
 */
export function createTableView(root, hooks) {
  const table = root.querySelector('table');
  const head = table.tHead.rows[0];
  const body = table.tBodies[0];
  const pager = root.querySelector('.pager');
  const count = root.querySelector('.count');
  const fDoc = root.querySelector('select.doc');
  const fKind = root.querySelector('select.kind');
  const fIndicator = root.querySelector('input.indicator');
  let records = [];
  let shown = [];
  let sort = { key: 'index', dir: 1 };
  let page = 0;
  let selected = null;
  /** What the DOM shows: header and rows are rebuilt only when it changes. */
  let drawn = { head: '', rows: [], indices: [], selected: null };
  let docKeys = [];
  let printing = false;

  function header() {
    const sign = `${currentLang()} ${sort.key} ${sort.dir}`;
    if (drawn.head === sign) return;
    drawn.head = sign;
    head.replaceChildren(
      ...COLUMNS.map(({ key }) => {
        const th = document.createElement('th');
        th.dataset.key = key;
        // A button, so the sort is reached and used from the keyboard.
        th.append(cellButton(key === 'index' ? '#' : t(`col.${key}`), 'sort'));
        if (sort.key === key) {
          th.dataset.sort = sort.dir > 0 ? 'asc' : 'desc';
          th.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
        }
        return th;
      }),
    );
  }

  function options(select, values, label) {
    const keep = select.value;
    const all = new Option(t('all'), '');
    select.replaceChildren(all, ...values.map(([value, text]) => new Option(text, value)));
    select.value = values.some(([v]) => v === keep) ? keep : '';
    select.title = label;
  }

  /** The docs of the records, in order; a doc's records are consecutive, so one key per doc is made. */
  function docsOf(list) {
    const keys = new Set();
    let last = null;
    for (const r of list) {
      if (last && r.doc === last.doc && r.file === last.file) continue;
      keys.add(docKey(r));
      last = r;
    }
    return [...keys];
  }

  /** The doc filter's options, made again only when they change (a select of thousands is slow to change). */
  function docOptions(docs, all = false) {
    if (!all && docs.length === docKeys.length && docs.every((d, i) => d === docKeys[i])) return;
    options(fDoc, docs.map((d) => [d, d]), t('filterDoc'));
    docKeys = docs;
  }

  function filters() {
    docOptions(docKeys, true);
    options(fKind, ['target', 'plan5', 'actual', 'progress'].map((k) => [k, t(`kind.${k}`)]), t('filterKind'));
  }

  function apply() {
    const doc = fDoc.value;
    const kind = fKind.value;
    const needle = fIndicator.value.trim().toLowerCase();
    shown = !doc && !kind && !needle ? records.slice() : records.filter(
      (r) =>
        (!doc || docKey(r) === doc) &&
        (!kind || r.kind === kind) &&
        (!needle || r.indicator.toLowerCase().includes(needle) || r.canonical.toLowerCase().includes(needle)),
    );
    if (sort.key === 'index') {
      // Records arrive in text order: no sort needed.
      if (sort.dir < 0) shown.reverse();
    } else {
      shown = sortRows(shown, sort.key, sort.dir);
    }
    page = Math.min(page, Math.max(0, Math.ceil(shown.length / PAGE_ROWS) - 1));
    render();
  }

  function render(force = false) {
    header();
    // In print every row the filters leave is laid out, not a page of them.
    const onPage = printing ? shown : shown.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS);
    const same = !force && drawn.selected === selected && drawn.rows.length === onPage.length
      && onPage.every((r, i) => drawn.rows[i] === r && drawn.indices[i] === r.index);
    if (!same) drawRows(onPage);
    count.textContent = t('rowsShown', { n: shown.length });
    showPage(pager, page, Math.max(1, Math.ceil(shown.length / PAGE_ROWS)));
  }

  function drawRows(onPage) {
    drawn = { ...drawn, rows: onPage, indices: onPage.map((r) => r.index), selected };
    const labels = Object.fromEntries(COLUMNS.map(({ key }) => [key, key === 'index' ? '#' : t(`col.${key}`)]));
    const rows = onPage.map((r) => {
      const tr = document.createElement('tr');
      tr.dataset.index = String(r.index);
      tr.dataset.kind = r.kind;
      if (r.index === selected) tr.classList.add('selected');
      for (const c of COLUMNS) {
        const td = document.createElement('td');
        td.className = c.key;
        td.dataset.label = labels[c.key]; // a card's label at phone width (style.css)
        const text = c.cell ? c.cell(r) : r[c.key] ?? '';
        // The row's number is a button: Tab reaches the row, Enter shows its sentence.
        if (c.key === 'index') td.append(cellButton(text, 'row-jump'));
        else td.textContent = text;
        tr.append(td);
      }
      return tr;
    });
    body.replaceChildren(...rows);
  }

  head.addEventListener('click', (event) => {
    const th = event.target.closest('th');
    if (!th) return;
    sort = { key: th.dataset.key, dir: sort.key === th.dataset.key ? -sort.dir : 1 };
    apply();
    head.querySelector(`th[data-key="${sort.key}"] button`)?.focus();
  });
  body.addEventListener('click', (event) => {
    const tr = event.target.closest('tr[data-index]');
    if (tr) hooks.onRowClick(Number(tr.dataset.index));
  });
  for (const el of [fDoc, fKind]) el.addEventListener('change', () => ((page = 0), apply()));
  fIndicator.addEventListener('input', () => ((page = 0), apply()));
  onTurn(pager, (step) => ((page = Math.max(0, page + step)), render()));

  filters();

  return {
    /** Lays out every row (for print) or a page of them again. */
    setPrinting(on) {
      if (printing === on) return;
      printing = on;
      render(true);
    },
    /**
     * Replaces the rows: records carrying `index` (global), `file` and `doc`. `docs` are the doc
     * filter's options (`docKey` of each doc's records, in order): found in `next` when undefined,
     * left as they are when null (while files are being added).
     */
    setRecords(next, docs) {
      records = next;
      if (docs !== null) docOptions(docs ?? docsOf(records));
      apply();
    },
    /** Marks a row selected, turning to its page and scrolling it into view when it is shown. */
    select(index) {
      selected = index;
      const at = shown.findIndex((r) => r.index === index);
      if (at < 0) return render(), null;
      page = Math.floor(at / PAGE_ROWS);
      render();
      const tr = body.querySelector(`tr[data-index="${index}"]`);
      tr?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      return tr;
    },
    /** The records that pass the filters, in table order. */
    get shown() {
      return shown;
    },
    /** Re-renders in the current language. */
    relabel() {
      filters();
      render(true);
    },
  };
}
