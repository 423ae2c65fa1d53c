// The Panel view: one row per region, year and indicator over every loaded report — target,
// actual, status, the parent government's target and the markup over it (层层加码) — sortable,
// filtered by indicator, level and region, exported as shown, with a chart of a region's target
// against its parent's and its actual over the years.
import { lineChart } from './chart.js';
import { csvCell } from './export.js';
import { t } from './i18n.js';
import { formatFigure } from './view-compare.js';
import { formatGap, signedNumber } from './figure.js';

/** The columns of the table and of the export, in order. */
export const PANEL_COLUMNS = ['region', 'level', 'year', 'indicator', 'target', 'actual', 'status', 'gap', 'parent', 'parent_target', 'markup'];


/** The cells of a row as shown and exported: text, and a value to sort by. */
function cells(r) {
  return {
    region: [r.region, r.region],
    level: [r.level ? t(`level.${r.level}`) : '', r.level ?? ''],
    year: [String(r.year), r.year],
    indicator: [r.target.indicator, r.canonical],
    target: [formatFigure(r.target), r.target.value ?? -Infinity],
    actual: [r.actual ? formatFigure(r.actual) : '', r.actual?.value ?? -Infinity],
    status: [t(`status.${r.status}`), r.status],
    gap: [formatGap(r.gap, r.gap_unit), r.gap ?? -Infinity],
    parent: [r.parent ?? '', r.parent ?? ''],
    parent_target: [r.parent_target ? formatFigure(r.parent_target) : '', r.parent_target?.value ?? -Infinity],
    markup: [signedNumber(r.markup), r.markup ?? -Infinity],
  };
}

export function createPanelView(root, hooks) {
  const $ = (s) => root.querySelector(s);
  const fIndicator = $('select.indicator');
  const fLevel = $('select.level');
  const fRegion = $('input.region');
  const fChart = $('select.chart-region');
  const table = $('table.panel-rows');
  let panel = null;
  let sort = { col: 'year', dir: 1 };

  /** The rows the filters leave, in the order of the sort. */
  function shown() {
    if (!panel) return [];
    const want = fIndicator.value;
    const level = fLevel.value;
    const region = fRegion.value.trim();
    const rows = panel.rows.filter((r) => (!want || r.canonical === want) && (!level || r.level === level) && (!region || r.region.includes(region) || (r.parent ?? '').includes(region)));
    const key = (r) => cells(r)[sort.col][1];
    const collator = new Intl.Collator('zh');
    return rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => {
        const [x, y] = [key(a.r), key(b.r)];
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
        return c * sort.dir || a.i - b.i;
      })
      .map(({ r }) => r);
  }

  function pickers() {
    const keep = fIndicator.value;
    const counts = new Map();
    for (const r of panel.rows) counts.set(r.canonical, { n: (counts.get(r.canonical)?.n ?? 0) + 1, name: counts.get(r.canonical)?.name ?? r.target.indicator });
    const ordered = [...counts].sort((a, b) => b[1].n - a[1].n);
    fIndicator.replaceChildren(new Option(t('cmp.allIndicators'), ''), ...ordered.map(([id, { n, name }]) => new Option(`${name} · ${n}`, id)));
    const preferred = counts.has('gdp') ? 'gdp' : ordered[0]?.[0] ?? '';
    fIndicator.value = counts.has(keep) ? keep : preferred;
    const keepLevel = fLevel.value;
    const levels = [...new Set(panel.rows.map((r) => r.level).filter(Boolean))];
    fLevel.replaceChildren(new Option(t('panel.allLevels'), ''), ...levels.map((l) => new Option(t(`level.${l}`), l)));
    fLevel.value = levels.includes(keepLevel) ? keepLevel : '';
  }

  function renderTable(rows) {
    const head = document.createElement('tr');
    for (const col of PANEL_COLUMNS) {
      const th = document.createElement('th');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'sort';
      b.dataset.col = col;
      b.textContent = t(`panel.col.${col}`) + (sort.col === col ? (sort.dir > 0 ? ' ▲' : ' ▼') : '');
      th.setAttribute('aria-sort', sort.col === col ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
      th.append(b);
      head.append(th);
    }
    table.tHead.replaceChildren(head);
    const body = document.createDocumentFragment();
    for (const r of rows) {
      const tr = document.createElement('tr');
      tr.dataset.canonical = r.canonical;
      tr.dataset.status = r.status;
      const c = cells(r);
      for (const col of PANEL_COLUMNS) {
        const td = document.createElement('td');
        td.className = col;
        const at = col === 'target' ? r.target_at : col === 'actual' ? r.actual_at : col === 'parent_target' ? r.parent_at : null;
        if (at) {
          const b = document.createElement('button');
          b.type = 'button';
          b.className = 'jump';
          b.textContent = c[col][0];
          b.addEventListener('click', () => hooks.onJump(at));
          td.append(b);
        } else {
          td.textContent = c[col][0];
        }
        if (col === 'status') td.dataset.status = r.status;
        if (col === 'why' || col === 'status') td.title = r.why;
        tr.append(td);
      }
      body.append(tr);
    }
    table.tBodies[0].replaceChildren(body);
  }

  /** Mean markup over the parent, per level, of the rows shown. */
  function summary(rows) {
    const parts = [];
    for (const level of ['province', 'city']) {
      const m = rows.filter((r) => r.level === level && r.markup !== null).map((r) => r.markup);
      if (m.length) {
        const mean = m.reduce((a, b) => a + b, 0) / m.length;
        const above = m.filter((v) => v > 0).length;
        parts.push(t('panel.markup', { level: t(`level.${level}`), n: m.length, mean: signedNumber(mean), above: Math.round((100 * above) / m.length) }));
      }
    }
    $('.panel-note').textContent = `${t('panel.count', { n: rows.length, docs: panel.docs.length, dup: panel.duplicates.length })} ${parts.join('；')}`;
  }

  /** The chart: one region's targets, its parent's and its actuals over the years. */
  function chart(rows) {
    const regions = [...new Set(rows.map((r) => r.region))];
    const keep = fChart.value;
    fChart.replaceChildren(...regions.map((r) => new Option(r, r)));
    const withParent = regions.find((g) => rows.some((r) => r.region === g && r.parent_target));
    fChart.value = regions.includes(keep) ? keep : withParent ?? regions[0] ?? '';
    const mine = rows.filter((r) => r.region === fChart.value && r.target.value !== null);
    const figure = $('figure.panel-chart');
    if (!fIndicator.value || mine.length === 0) {
      figure.replaceChildren();
      return;
    }
    const point = (r, f, at) => ({ x: r.year, y: f.value, at, title: `${r.region} ${r.year}: ${formatFigure(f)}` });
    const series = [
      { name: t('cmp.targets'), cls: 'target', points: mine.map((r) => point(r, r.target, r.target_at)) },
      { name: t('panel.parentTargets'), cls: 'parent', points: mine.filter((r) => r.parent_target?.value != null).map((r) => point(r, r.parent_target, r.parent_at)) },
      { name: t('cmp.actuals'), cls: 'actual', points: mine.filter((r) => r.actual?.value != null).map((r) => point(r, r.actual, r.actual_at)) },
    ];
    const unit = mine[0].target.unit ?? '';
    const svg = lineChart({ series, unit, title: t('panel.chartTitle', { region: fChart.value, indicator: mine[0].target.indicator }) });
    svg.addEventListener('click', (e) => {
      const at = e.target.closest?.('[data-input]');
      if (at) hooks.onJump({ input: Number(at.dataset.input), doc: Number(at.dataset.doc), record: Number(at.dataset.record) });
    });
    figure.replaceChildren(svg);
  }

  function render() {
    if (!panel) return;
    const rows = shown();
    renderTable(rows);
    summary(rows);
    chart(rows);
  }

  table.addEventListener('click', (e) => {
    const b = e.target.closest('button.sort');
    if (!b) return;
    sort = sort.col === b.dataset.col ? { col: sort.col, dir: -sort.dir } : { col: b.dataset.col, dir: 1 };
    render();
    root.querySelector(`button.sort[data-col="${sort.col}"]`)?.focus();
  });
  for (const f of [fIndicator, fLevel, fChart]) f.addEventListener('change', render);
  fRegion.addEventListener('input', render);

  return {
    set(p) {
      panel = p;
      pickers();
      render();
    },
    setStatus(text) {
      $('.panel-status').textContent = text;
    },
    relabel() {
      if (panel) {
        pickers();
        render();
      }
    },
    /** The rows shown (or all), as CSV text with a byte-order mark, headers in the interface language. */
    csv(all = false) {
      const rows = all ? panel?.rows ?? [] : shown();
      const lines = [PANEL_COLUMNS.map((c) => csvCell(t(`panel.col.${c}`))).join(',')];
      for (const r of rows) {
        const c = cells(r);
        lines.push(PANEL_COLUMNS.map((col) => csvCell(c[col][0])).join(','));
      }
      return '\ufeff' + lines.join('\r\n') + '\r\n';
    },
    /** The rows shown (or all) as JSON, with every field of the engine. */
    json(all = false) {
      return JSON.stringify({ rows: all ? panel?.rows ?? [] : shown(), duplicates: panel?.duplicates ?? [] }, null, 2);
    },
  };
}
