// The Compare view: over every loaded report, the target matrix (sortable), targets against
// actuals with their marks and gaps, the diff of two chosen reports, and two SVG charts.
// Every cell, bar and point that cites a statement carries data-src / data-input / data-doc /
// data-record; a click hands that location to `hooks.onJump`.
import { t } from './i18n.js';
import { figureText, formatAmount, formatGap, qualifierName, signedNumber } from './figure.js';
import { cellButton } from './keys.js';
import { barChart, lineChart } from './chart.js';
import { onTurn, showPage } from './pager.js';

/** Docs beyond which the matrix shows one indicator (regions × years) rather than all. */
export const ALL_INDICATORS_MAX_DOCS = 12;
/** Rows of the target-vs-actual table per page. */
export const PAGE_ROWS = 100;
/** Bars drawn at most. */
const MAX_BARS = 80;
/** Indicators offered in the picker at most (the most widely set first after the known ones). */
const MAX_INDICATORS = 400;

const keyOf = (row) => `${row.canonical}|${row.family}`;

/** A gap or a change with its sign, at most two decimals: +0.3, -4.31. */

/** A figure as a cell shows it: 6%左右, 4.5–5%, 增长—. */
export function formatFigure(f) {
  if (!f) return '';
  if (f.value === null) return f.verb ?? '—';
  return formatAmount(f, { sign: isDecline(f.verb) ? '−' : '' });
}

const isDecline = (verb) => !!verb && /下降|降低|减少|回落/.test(verb) && !/[到至为]$/.test(verb);

/** The value a chart draws: the middle of a range, negative for a decline. */
const plotted = (f) => {
  if (!f || f.value === null) return null;
  const mid = f.value_max !== null ? (f.value + f.value_max) / 2 : f.value;
  return isDecline(f.verb) ? -mid : mid;
};

function cellTitle(f, at) {
  return [f.indicator, figureText(f), f.period, at?.quote ? `「${at.quote}」` : '']
    .filter(Boolean)
    .join('\n');
}

function td(text, cls) {
  const cell = document.createElement('td');
  if (cls) cell.className = cls;
  cell.textContent = text;
  return cell;
}

function locate(node, at, src) {
  if (!at) return node;
  // The cell's text in a button: Tab reaches it, Enter jumps to its sentence.
  node.replaceChildren(cellButton(node.textContent, 'jump-button'));
  node.dataset.src = src;
  node.dataset.input = String(at.input);
  node.dataset.doc = String(at.doc);
  node.dataset.record = String(at.record);
  node.classList.add('jump');
  return node;
}

/**
 * @param {HTMLElement} root the #view-compare section
 * @param {{ onJump: (at: {input:number, doc:number, record:number}, src: string) => void,
 *           onTolerance: (points: number) => void,
 *           onDiffPick: (before: number, after: number) => void }} hooks
 */
export function createCompareView(root, hooks) {
  const $ = (s) => root.querySelector(s);
  const fIndicator = $('select.indicator');
  const fRegion = $('select.region');
  const fStatus = $('select.status');
  const fBefore = $('select.before');
  const fAfter = $('select.after');
  const tolerance = $('input.tolerance');
  let cmp = null;
  let rowByKey = new Map();
  let sort = { col: null, dir: 1 };
  let page = 0;
  let diff = null; // { diff, docs, src }
  let printing = false; // every target-vs-actual row laid out, not a page

  const regionOf = (d) => d.region ?? d.label ?? '';
  const docLabel = (d) => d.label || `#${d.input + 1}`;
  const docColumn = (d) => (d.year === null ? '?' : `${d.year}${d.half_year ? 'H1' : ''}`);

  /** Fills the pickers; `keepDiff` keeps the two reports picked (same comparison, new language). */
  function pickers(keepDiff = false) {
    const keep = fIndicator.value;
    const rows = cmp.matrix.rows.map((r) => ({ r, n: r.cells.reduce((n, c) => n + (c ? 1 : 0), 0) }));
    const known = rows.filter(({ r }) => !r.canonical.startsWith('other:'));
    const other = rows.filter(({ r }) => r.canonical.startsWith('other:') && r.n > 1).sort((a, b) => b.n - a.n);
    const offered = [...known, ...other].slice(0, MAX_INDICATORS);
    const options = offered.map(({ r, n }) => new Option(`${r.indicator}${r.family && r.family !== '%' ? ` (${r.family})` : ''} · ${n}`, keyOf(r)));
    const many = cmp.docs.length > ALL_INDICATORS_MAX_DOCS;
    fIndicator.replaceChildren(...(many ? [] : [new Option(t('cmp.allIndicators'), '')]), ...options);
    fIndicator.value = [...fIndicator.options].some((o) => o.value === keep) ? keep : fIndicator.options[0]?.value ?? '';
    const regions = [...new Set(cmp.docs.map(regionOf))].sort(new Intl.Collator('zh').compare);
    const keepRegion = fRegion.value;
    fRegion.replaceChildren(new Option(t('cmp.allRegions'), ''), ...regions.map((r) => new Option(r, r)));
    fRegion.value = regions.includes(keepRegion) ? keepRegion : '';
    const keepStatus = fStatus.value;
    fStatus.replaceChildren(new Option(t('cmp.allStatuses'), ''), ...['met', 'exceeded', 'missed', 'unknown'].map((s) => new Option(t(`status.${s}`), s)));
    fStatus.value = keepStatus;
    const docOptions = () => cmp.docs.map((d, i) => new Option(`${docLabel(d)}`, String(i)));
    const [b, a] = cmp.diffs[0] ? [cmp.diffs[0].before, cmp.diffs[0].after] : [0, Math.min(1, cmp.docs.length - 1)];
    const keepPair = keepDiff && [fBefore.value, fAfter.value].every((v) => Number(v) < cmp.docs.length);
    const [kb, ka] = [fBefore.value, fAfter.value];
    fBefore.replaceChildren(...docOptions());
    fAfter.replaceChildren(...docOptions());
    fBefore.value = keepPair ? kb : String(b);
    fAfter.value = keepPair ? ka : String(a);
  }

  // ---- the matrix ----

  /** The table the matrix shows: { corner, columns: [{ key, label }], rows: [{ label, cells: Map }] }. */
  function matrixModel() {
    const row = rowByKey.get(fIndicator.value);
    const region = fRegion.value;
    if (!row) {
      // Every indicator × every doc.
      // The main targets only (a row any report sets in its main-targets paragraph), unless the
      // full list is asked for; rows are named as the reports write them, never by id.
      const columns = cmp.docs.map((d, i) => ({ key: String(i), label: docLabel(d) }));
      const all = $('input.matrix-all').checked;
      const rows = cmp.matrix.rows
        .filter((r) => all || r.cells.some((c) => c?.target.headline))
        .map((r) => ({
          label: `${r.indicator}`,
          sub: r.family && r.family !== '%' ? `${r.indicator} (${r.family})` : r.indicator,
          cells: new Map(r.cells.map((c, i) => [String(i), c]).filter(([, c]) => c)),
        }));
      return { corner: t('cmp.indicator'), columns, rows, total: cmp.matrix.rows.length };
    }
    // One indicator: regions × years.
    const years = new Map();
    const byRegion = new Map();
    cmp.docs.forEach((d, i) => {
      const cell = row.cells[i];
      const r = regionOf(d);
      if (region && r !== region) return;
      if (!byRegion.has(r)) byRegion.set(r, new Map());
      const col = docColumn(d);
      years.set(col, d.year ?? Infinity);
      if (cell && !byRegion.get(r).has(col)) byRegion.get(r).set(col, cell);
    });
    const columns = [...years].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([key]) => ({ key, label: key }));
    const rows = [...byRegion].filter(([, cells]) => cells.size > 0).map(([label, cells]) => ({ label, cells }));
    return { corner: t('meta.region'), columns, rows, row };
  }

  function renderMatrix() {
    const table = $('table.matrix');
    const model = matrixModel();
    const collator = new Intl.Collator('zh');
    let rows = model.rows;
    if (sort.col === '') {
      rows = rows.slice().sort((a, b) => sort.dir * collator.compare(a.label, b.label));
    } else if (sort.col !== null) {
      const v = (r) => plotted(r.cells.get(sort.col)?.target);
      rows = rows.slice().sort((a, b) => {
        const [x, y] = [v(a), v(b)];
        if (x === y) return 0;
        if (x === null) return 1;
        if (y === null) return -1;
        return sort.dir * (x - y);
      });
    }
    const head = document.createElement('tr');
    for (const c of [{ key: '', label: model.corner }, ...model.columns]) {
      const th = document.createElement('th');
      th.dataset.col = c.key;
      th.append(cellButton(c.label, 'sort'));
      if (sort.col === c.key) {
        th.dataset.sort = sort.dir > 0 ? 'asc' : 'desc';
        th.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
      }
      head.append(th);
    }
    const body = rows.map((r) => {
      const tr = document.createElement('tr');
      const name = td(r.label, 'name');
      if (r.sub) name.title = r.sub;
      tr.append(name);
      for (const c of model.columns) {
        const cell = r.cells.get(c.key);
        const cellTd = td(cell ? formatFigure(cell.target) : '', 'figure');
        if (cell) {
          cellTd.title = cellTitle(cell.target, cell.at);
          if (cell.target.qualifier) cellTd.dataset.qualifier = cell.target.qualifier;
          locate(cellTd, cell.at, 'main');
        }
        tr.append(cellTd);
      }
      return tr;
    });
    table.tHead.replaceChildren(head);
    table.tBodies[0].replaceChildren(...body);
    // Regions × years: the latest years in sight.
    const box = table.parentElement;
    box.scrollLeft = model.row ? box.scrollWidth : 0;
    $('.matrix-note').textContent = model.row
      ? t('cmp.matrixOne', { indicator: model.row.indicator, unit: model.row.family })
      : t(model.total > rows.length ? 'cmp.matrixMain' : 'cmp.matrixAll', { n: rows.length, total: model.total });
  }

  // ---- targets against actuals ----

  function attainmentRows() {
    const row = rowByKey.get(fIndicator.value);
    const region = fRegion.value;
    const status = fStatus.value;
    return cmp.attainment.filter(
      (a) =>
        (!row || (a.canonical === row.canonical && a.family === row.family)) &&
        (!region || regionOf(cmp.docs[a.target_doc]) === region) &&
        (!status || a.status === status),
    );
  }

  function renderAttainment() {
    const shown = attainmentRows();
    const pages = Math.max(1, Math.ceil(shown.length / PAGE_ROWS));
    page = Math.min(page, pages - 1);
    const table = $('table.attainment');
    const head = document.createElement('tr');
    for (const k of ['region', 'year', 'indicator', 'target', 'actual', 'status', 'gap']) {
      const th = document.createElement('th');
      th.textContent = t(`cmp.col.${k}`);
      head.append(th);
    }
    const body = (printing ? shown : shown.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS)).map((a) => {
      const tr = document.createElement('tr');
      tr.dataset.status = a.status;
      tr.dataset.canonical = a.canonical;
      const target = locate(td(formatFigure(a.target), 'figure target'), a.target_at, 'main');
      target.title = cellTitle(a.target, a.target_at);
      const actual = locate(td(formatFigure(a.actual), 'figure actual'), a.actual_at, 'main');
      if (a.actual) actual.title = cellTitle(a.actual, a.actual_at);
      const mark = document.createElement('span');
      mark.className = 'status-mark';
      mark.dataset.status = a.status;
      mark.textContent = t(`status.${a.status}`);
      mark.title = a.rule;
      const status = td('', 'status');
      status.append(mark);
      const gap = formatGap(a.gap, a.gap_unit);
      tr.append(
        td(regionOf(cmp.docs[a.target_doc]), 'region'),
        td(`${a.year ?? ''}${a.stage === 'half_year' ? ` ${t('halfYear')}` : ''}`, 'year'),
        td(a.target.indicator, 'indicator'),
        target,
        actual,
        status,
        td(gap, 'gap'),
      );
      return tr;
    });
    table.tHead.replaceChildren(head);
    table.tBodies[0].replaceChildren(...body);
    const counts = { met: 0, exceeded: 0, missed: 0, unknown: 0 };
    for (const a of shown) counts[a.status] += 1;
    $('.attainment-note').textContent = t('cmp.attainmentCount', { n: shown.length, ...counts });
    showPage($('.attainment-pager'), page, pages);
  }

  // ---- charts ----

  function chartRow() {
    return rowByKey.get(fIndicator.value) ?? cmp.matrix.rows[0] ?? null;
  }

  function renderCharts() {
    const row = chartRow();
    const bars = $('.chart.bars');
    const lines = $('.chart.lines');
    if (!row) {
      bars.replaceChildren();
      lines.replaceChildren();
      return;
    }
    const unit = row.family === '%' ? '%' : '';
    const region = fRegion.value;
    let items = [];
    row.cells.forEach((cell, i) => {
      const d = cmp.docs[i];
      if (!cell || cell.target.value === null || (region && regionOf(d) !== region)) return;
      const sign = isDecline(cell.target.verb) ? -1 : 1;
      items.push({
        label: docLabel(d),
        value: sign * cell.target.value,
        valueMax: cell.target.value_max !== null ? sign * cell.target.value_max : null,
        qualifier: cell.target.qualifier,
        cls: `q-${cell.target.qualifier ? 'soft' : 'bare'}`,
        at: cell.at,
        title: `${docLabel(d)}\n${cellTitle(cell.target, cell.at)}`,
      });
    });
    const total = items.length;
    items = items.slice(0, MAX_BARS);
    const barTitle = t('cmp.barsTitle', { indicator: row.indicator });
    const barCaption = document.createElement('figcaption');
    barCaption.textContent = total > items.length ? `${barTitle} ${t('cmp.firstN', { n: items.length, total })}` : barTitle;
    bars.replaceChildren(barCaption, barChart({ items, unit, title: barTitle }));

    // Lines: one region's targets and actuals of this indicator, by year.
    const rows = cmp.attainment.filter((a) => a.canonical === row.canonical && a.family === row.family && a.stage === 'annual' && a.year !== null);
    let place = region;
    if (!place) {
      const n = new Map();
      for (const a of rows) {
        const r = regionOf(cmp.docs[a.target_doc]);
        n.set(r, (n.get(r) ?? 0) + (a.actual ? 2 : 1));
      }
      place = [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    }
    const mine = rows.filter((a) => regionOf(cmp.docs[a.target_doc]) === place);
    const point = (a, f, at) => ({ x: a.year, y: plotted(f), at, title: `${a.year} ${cellTitle(f, at)}` });
    const series = [
      { name: t('cmp.targets'), cls: 'target', points: mine.filter((a) => plotted(a.target) !== null).map((a) => point(a, a.target, a.target_at)) },
      { name: t('cmp.actuals'), cls: 'actual', points: mine.filter((a) => plotted(a.actual) !== null).map((a) => point(a, a.actual, a.actual_at)) },
    ];
    const lineTitle = t('cmp.linesTitle', { region: place, indicator: row.indicator });
    const lineCaption = document.createElement('figcaption');
    lineCaption.textContent = lineTitle;
    lines.replaceChildren(lineCaption, ...(mine.length ? [lineChart({ series, unit, title: lineTitle })] : []));
    for (const node of root.querySelectorAll('.chart [data-record]')) node.dataset.src = 'main';
  }

  // ---- the diff ----

  function renderDiff() {
    const table = $('table.diff');
    const head = document.createElement('tr');
    for (const k of ['indicator', 'before', 'after', 'change', 'delta']) {
      const th = document.createElement('th');
      th.textContent = t(`cmp.col.${k}`);
      head.append(th);
    }
    table.tHead.replaceChildren(head);
    if (!diff) {
      table.tBodies[0].replaceChildren();
      return;
    }
    const { rows } = diff.diff;
    const body = rows.map((r) => {
      const tr = document.createElement('tr');
      tr.dataset.canonical = r.canonical;
      tr.dataset.changes = r.changes.join(' ');
      const before = locate(td(formatFigure(r.before), 'figure before'), r.before_at, diff.src);
      const after = locate(td(formatFigure(r.after), 'figure after'), r.after_at, diff.src);
      const changes = td('', 'changes');
      for (const c of r.changes.length ? r.changes : ['same']) {
        const mark = document.createElement('span');
        mark.className = 'change-mark';
        mark.dataset.change = c;
        // A change of qualifier says which: 收紧（左右→以上）, 放宽（以上→左右）.
        const q = (f) => qualifierName(f?.qualifier) || t('change.bare');
        mark.textContent = c === 'hardened' || c === 'softened'
          ? t('change.which', { change: t(`change.${c}`), before: q(r.before), after: q(r.after) })
          : t(`change.${c}`);
        changes.append(mark);
      }
      tr.append(td(r.indicator, 'indicator'), before, after, changes, td(signedNumber(r.delta), 'delta'));
      return tr;
    });
    table.tBodies[0].replaceChildren(...body);
  }

  function pickDiff() {
    const b = Number(fBefore.value);
    const a = Number(fAfter.value);
    const found = cmp.diffs.find((d) => d.before === b && d.after === a);
    if (found) {
      diff = { diff: found, src: 'main' };
      renderDiff();
    } else {
      diff = null;
      renderDiff();
      if (b !== a) hooks.onDiffPick(b, a);
    }
  }

  function render() {
    if (!cmp) return;
    renderMatrix();
    renderAttainment();
    renderCharts();
    renderDiff();
  }

  // ---- events ----

  $('table.matrix').tHead.addEventListener('click', (event) => {
    const th = event.target.closest('th');
    if (!th) return;
    sort = { col: th.dataset.col, dir: sort.col === th.dataset.col ? -sort.dir : th.dataset.col === '' ? 1 : -1 };
    renderMatrix();
    $(`table.matrix thead th[data-col="${CSS.escape(sort.col)}"] button`)?.focus();
  });
  for (const el of [fIndicator, fRegion]) {
    el.addEventListener('change', () => {
      sort = { col: null, dir: 1 };
      page = 0;
      renderMatrix();
      renderAttainment();
      renderCharts();
    });
  }
  fStatus.addEventListener('change', () => ((page = 0), renderAttainment()));
  $('input.matrix-all').addEventListener('change', renderMatrix);
  for (const el of [fBefore, fAfter]) el.addEventListener('change', pickDiff);
  onTurn($('.attainment-pager'), (step) => ((page = Math.max(0, page + step)), renderAttainment()));
  tolerance.addEventListener('change', () => {
    const v = Number(tolerance.value);
    if (Number.isFinite(v) && v >= 0) hooks.onTolerance(v);
  });
  root.addEventListener('click', (event) => {
    const hit = event.target.closest('[data-record]');
    if (!hit || !root.contains(hit)) return;
    hooks.onJump({ input: Number(hit.dataset.input), doc: Number(hit.dataset.doc), record: Number(hit.dataset.record) }, hit.dataset.src);
  });

  return {
    /** Lays out every target-vs-actual row (for print) or a page of them again. */
    setPrinting(on) {
      if (printing === on) return;
      printing = on;
      if (cmp) renderAttainment();
    },
    /** Shows a comparison (keeps the picks that still apply). */
    set(next) {
      cmp = next;
      rowByKey = new Map(cmp.matrix.rows.map((r) => [keyOf(r), r]));
      pickers();
      diff = null;
      render();
      if (cmp.docs.length >= 2) pickDiff();
    },
    /** Shows the diff of two docs computed apart: `src` names the inputs its locations index. */
    setDiff(next, src) {
      diff = next ? { diff: next, src } : null;
      renderDiff();
    },
    /** The picked pair, as indices into the comparison's docs. */
    get diffPick() {
      return [Number(fBefore.value), Number(fAfter.value)];
    },
    setStatus(text) {
      $('.compare-status').textContent = text;
    },
    get comparison() {
      return cmp;
    },
    relabel() {
      if (!cmp) return;
      pickers(true);
      render();
    },
  };
}
