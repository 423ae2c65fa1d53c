// The page: input (paste, pick, drop), analysis in a Worker, and the views.
// Each view is its own module (view-text.js, view-table.js); a new view plugs in the same way.
import { createWorkerAnalyzer } from './pkg/worker-client.js';
import { figureText } from './figure.js';
import { cellButton, listenKeys } from './keys.js';
import { currentLang, onLangChange, setLang, t } from './i18n.js';
import { createTextView } from './view-text.js';
import { createTableView, docKey } from './view-table.js';
import { createCompareView } from './view-compare.js';
import { createPanelView } from './view-panel.js';
import { download, toCsv, toJson } from './export.js';
import { DEMO_NAME, DEMO_TEXT } from './demo.js';
import { onTurn, showPage } from './pager.js';

const $ = (selector) => document.querySelector(selector);

// A pool of workers, one per core by default (`?workers=N` sets how many).
const analyzer = createWorkerAnalyzer({
  url: new URL('./worker.js', import.meta.url),
  decoder: new URL('./decode.js', import.meta.url),
  workers: Number(new URLSearchParams(location.search).get('workers')) || undefined,
});

/**
 * Loaded files: { name, text, encoding, analysis, records, base, overrides };
 * `records[i].index === base + i`; `overrides[doc]` is the region / year the user set for a doc.
 */
const files = [];
let pastedCount = 0;
let busy = 0;
/** Loads run one after the other, so files are listed in the order they were given. */
let loading = Promise.resolve();

/** A record's tooltip in the interface language. */
/** A record's tooltip: kind and indicator (its id where it is one of the schema's), the figure as said, measure, period. */
const describe = (r) =>
  [
    `${t(`kind.${r.kind}`)} · ${r.indicator}${r.canonical.startsWith('other:') ? '' : ` (${r.canonical})`}`,
    figureText(r) + (r.hardness ? ` (${t(`hard.${r.hardness}`)})` : ''),
    r.measure ? t(`measure.${r.measure}`) : '',
    r.period ?? '',
    r.headline ? t('col.headline') : '',
  ]
    .filter(Boolean)
    .join('\n');

const fileOf = (index) => files.find((f) => index >= f.base && index < f.base + f.records.length);

const textView = createTextView($('#view-text'), {
  describe,
  onMarkClick(index) {
    table.select(index);
    textView.reveal(index);
  },
});

const table = createTableView($('#view-table'), {
  onRowClick(index) {
    const file = fileOf(index);
    if (!file) return;
    if (textView.entry !== file) textView.show(file);
    table.select(index);
    textView.reveal(index);
  },
});

/** Shows the statement a location of a comparison or the panel names, in the text and the table. */
function jumpTo(file, at) {
  if (!file || !files.includes(file)) return;
  const before = file.analysis.docs.slice(0, at.doc).reduce((n, d) => n + d.records.length, 0);
  const index = file.base + before + at.record;
  showTab('records');
  if (textView.entry !== file) textView.show(file);
  table.select(index);
  textView.reveal(index);
}

// ---- the Compare view ----

/** The files of the comparison shown (its locations index them), and of the diff picked apart. */
const compared = { main: [], diff: [] };
let compareStale = true;
let compareRun = 0;
let aboutPoints = 0.3;

const compareView = createCompareView($('#view-compare'), {
  onJump(at, src) {
    jumpTo(compared[src]?.[at.input], at);
  },
  onTolerance(points) {
    aboutPoints = points;
    compareStale = true;
    panelStale = true;
    runCompare();
  },
  onDiffPick(before, after) {
    runDiff(before, after);
  },
});

const overridesOf = (f) => f.analysis.docs.map((_, d) => f.overrides?.[d] ?? null);

/** Compares every loaded file in the worker and shows the result. */
async function runCompare() {
  if (!compareStale || $('#view-compare').hidden) return;
  compareStale = false;
  const run = ++compareRun;
  const list = files.slice();
  if (list.length === 0) {
    compared.main = [];
    compareView.set({ options: {}, docs: [], matrix: { rows: [] }, attainment: [], progress: [], diffs: [] });
    compareView.setStatus(t('cmp.none'));
    return;
  }
  setBusy(1);
  compareView.setStatus(t('cmp.running', { n: list.length }));
  try {
    const started = performance.now();
    const cmp = await analyzer.compare(list.map((f) => f.analysis), { about_points: aboutPoints, overrides: list.map(overridesOf) });
    if (run === compareRun) {
      compared.main = list;
      compareView.set(cmp);
      compareView.setStatus(t('cmp.done', { n: cmp.docs.length, ms: Math.round(performance.now() - started) }));
    }
  } catch (err) {
    compareView.setStatus(t('err.engine', { message: err?.message ?? String(err) }));
  } finally {
    setBusy(-1);
  }
}

/** The diff of two docs no consecutive pair of the comparison gives: compared apart. */
async function runDiff(before, after) {
  const docs = compareView.comparison?.docs;
  if (!docs) return;
  const [b, a] = [docs[before], docs[after]];
  const list = [compared.main[b.input], compared.main[a.input]];
  const run = compareRun;
  setBusy(1);
  try {
    const cmp = await analyzer.compare(list.map((f) => f.analysis), { about_points: aboutPoints, overrides: list.map(overridesOf) });
    const index = (d, input) => cmp.docs.findIndex((x) => x.input === input && x.doc === d.doc);
    const [bi, ai] = [index(b, 0), index(a, b.input === a.input ? 0 : 1)];
    // The diff of exactly these two docs, in the order the user picked.
    const diff = cmp.diffs.find((x) => x.before === bi && x.after === ai) ?? null;
    if (run === compareRun && compareView.diffPick.join() === [before, after].join()) {
      compared.diff = list;
      compareView.setDiff(diff, 'diff');
    }
  } finally {
    setBusy(-1);
  }
}

// ---- the Panel view ----

/** The files of the panel shown (its locations index them). */
let paneled = [];
let panelStale = true;
let panelRun = 0;

const panelView = createPanelView($('#view-panel'), {
  onJump(at) {
    jumpTo(paneled[at.input], at);
  },
});

/** Builds the panel of every loaded file in the worker and shows it. */
async function runPanel() {
  if (!panelStale || $('#view-panel').hidden) return;
  panelStale = false;
  const run = ++panelRun;
  const list = files.slice();
  setBusy(1);
  panelView.setStatus(t('panel.running', { n: list.length }));
  try {
    const started = performance.now();
    const p = await analyzer.panel(list.map((f) => f.analysis), { about_points: aboutPoints, overrides: list.map(overridesOf) });
    if (run === panelRun) {
      paneled = list;
      panelView.set(p);
      panelView.setStatus(t('panel.done', { n: list.length, ms: Math.round(performance.now() - started) }));
    }
  } catch (err) {
    panelView.setStatus(t('err.engine', { message: err?.message ?? String(err) }));
  } finally {
    setBusy(-1);
  }
}

const exportAll = () => $('#view-panel input.export-all').checked;
$('#view-panel button.export-csv').addEventListener('click', () => download('zhibiao-panel.csv', panelView.csv(exportAll()), 'text/csv;charset=utf-8'));
$('#view-panel button.export-json').addEventListener('click', () => download('zhibiao-panel.json', panelView.json(exportAll()), 'application/json'));

function showTab(name) {
  for (const b of document.querySelectorAll('[data-tab]')) b.setAttribute('aria-selected', String(b.dataset.tab === name));
  $('#views').hidden = name !== 'records';
  $('#view-compare').hidden = name !== 'compare';
  $('#view-panel').hidden = name !== 'panel';
  if (name === 'compare') runCompare();
  if (name === 'panel') runPanel();
}
for (const b of document.querySelectorAll('[data-tab]')) b.addEventListener('click', () => showTab(b.dataset.tab));

// ---- per-doc metadata ----

/** Sets a doc's region or year as the user corrected it; a one-report file is analyzed again with them. */
async function editMeta(file, d, key, raw) {
  const value = raw.trim();
  const current = { ...(file.overrides?.[d] ?? {}) };
  if (key === 'year') {
    const year = Number(value);
    current.year = value === '' || !Number.isInteger(year) ? null : year;
  } else {
    current.region = value === '' ? null : value;
  }
  file.overrides ??= [];
  file.overrides[d] = current;
  setBusy(1);
  try {
    if (file.analysis.docs.length === 1) {
      // The year also dates what the report says of 过去一年; the region names its records' doc.
      const options = { file: file.name };
      if (current.year != null) options.year = current.year;
      if (current.region != null) options.region = current.region;
      file.analysis = await analyzer.analyze(file.text, options);
      file.records = file.analysis.docs.flatMap((x) => x.records);
      file.indexed = -1;
    }
  } catch (err) {
    console.warn(err);
  } finally {
    docRows.delete(file);
    refresh(true);
    if (textView.entry === file) textView.show(file);
    runCompare();
    setBusy(-1);
  }
}

function metaInput(file, d, key, value) {
  const input = document.createElement('input');
  input.className = 'meta-edit';
  input.dataset.key = key;
  input.value = value;
  input.title = t('meta.edit');
  if (key === 'year') input.inputMode = 'numeric';
  if (file.overrides?.[d]?.[key] != null) input.dataset.changed = '';
  input.addEventListener('click', (event) => event.stopPropagation());
  input.addEventListener('change', () => editMeta(file, d, key, input.value));
  return input;
}

const META_COLUMNS = ['file', 'doc', 'region', 'level', 'year', 'title', 'date', 'speaker', 'records'];

/** Reports per page of the reports table. */
const DOC_PAGE_ROWS = 100;
let docPage = 0;
/** The rows of a file's docs in the reports table, built when first shown; `docRows.delete(file)` rebuilds them. */
let docRows = new WeakMap();
/** The rows in the reports table now. */
let docsDrawn = [];

function buildDocRows(f) {
  return f.analysis.docs.map((d, di) => {
    const m = d.meta;
    const o = f.overrides?.[di] ?? {};
    const cells = {
      file: f.name,
      doc: d.label ?? '',
      level: m.level ? t(`level.${m.level}`) : '',
      title: m.title ?? '',
      date: m.date ?? '',
      speaker: m.speaker ?? '',
      records: String(d.records.length),
    };
    const tr = document.createElement('tr');
    for (const k of META_COLUMNS) {
      const td = document.createElement('td');
      td.className = k;
      if (k === 'region') td.append(metaInput(f, di, k, o.region ?? m.region ?? ''));
      else if (k === 'year') {
        td.append(metaInput(f, di, k, String(o.year ?? m.year ?? '')));
        if (m.half_year) td.append(` ${t('halfYear')}`);
      } else if (k === 'file') td.append(cellButton(cells[k], 'show-file'));
      else td.textContent = cells[k];
      tr.append(td);
    }
    tr.addEventListener('click', () => textView.show(f));
    return tr;
  });
}

function rowsOf(file) {
  if (!docRows.has(file)) docRows.set(file, buildDocRows(file));
  return docRows.get(file);
}

/** The reports table, a page of it: rows are built once and put in only when the page changes. */
function renderDocs() {
  const head = $('#doc-meta thead tr');
  if (head.dataset.lang !== currentLang()) {
    head.dataset.lang = currentLang();
    head.replaceChildren(
      ...META_COLUMNS.map((k) => {
        const th = document.createElement('th');
        th.textContent = t(k === 'file' || k === 'doc' ? `col.${k}` : `meta.${k}`);
        return th;
      }),
    );
  }
  const total = files.reduce((n, f) => n + f.analysis.docs.length, 0);
  const pages = Math.max(1, Math.ceil(total / DOC_PAGE_ROWS));
  docPage = Math.min(docPage, pages - 1);
  const [from, to] = [docPage * DOC_PAGE_ROWS, (docPage + 1) * DOC_PAGE_ROWS];
  const rows = [];
  for (let i = 0, at = 0; i < files.length && at < to; at += files[i++].analysis.docs.length) {
    if (at + files[i].analysis.docs.length > from) rows.push(...rowsOf(files[i]).slice(Math.max(0, from - at), to - at));
  }
  if (rows.length !== docsDrawn.length || rows.some((tr, i) => tr !== docsDrawn[i])) {
    $('#doc-meta tbody').replaceChildren(...rows);
    docsDrawn = rows;
  }
  showPage($('#docs .pager'), docPage, pages);
  $('#docs').hidden = total === 0;
}
onTurn($('#docs .pager'), (step) => {
  docPage = Math.max(0, docPage + step);
  renderDocs();
  $('#docs .docs-scroll').scrollTop = 0;
});

// ---- the file list, with a message beside each name ----

// Items and their messages change at the next refresh, all at once: a thousand files do not lay
// the list out a thousand times.
let newItems = document.createDocumentFragment();
/** Items to change at the next refresh: li → [status, message key, message vars]. */
const itemChanges = new Map();

function addItem(name, status, key) {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'name';
  button.textContent = name;
  const msg = document.createElement('span');
  msg.className = 'msg';
  li.append(button, msg);
  setItem(li, status, key);
  newItems.append(li);
  return li;
}

function setItem(li, status, key, vars = {}) {
  itemChanges.set(li, [status, key, vars]);
  requestRefresh();
}

function flushItems() {
  for (const [li, [status, key, vars]] of itemChanges) {
    li.dataset.status = status;
    li.dataset.msgKey = key;
    li.dataset.msgVars = JSON.stringify(vars);
    li.querySelector('.msg').textContent = t(key, vars);
  }
  itemChanges.clear();
  $('#file-list').append(newItems);
}

function relabelItems() {
  for (const li of document.querySelectorAll('#file-list li[data-msg-key]')) {
    li.querySelector('.msg').textContent = t(li.dataset.msgKey, JSON.parse(li.dataset.msgVars));
  }
}

// ---- the progress bar: each phase of a load with a measure of its own ----
//
// Reading (sizes not yet known: the bar shows work without a measure), analyzing (bytes analyzed
// of the bytes given, the part of a large text under way included), receiving (the records of
// files whose analysis is done, handed to the page: files received of files given), drawing
// (text, table, comparison and panel made again: no measure, the phase named). The label beside
// the bar says which phase it is, so a full bar never stands for work still running.

/** The load under way (loads run one at a time). */
const meter = { total: null, done: 0, parts: new Map(), files: 0, received: 0, phase: null, timer: 0 };
const METER_MS = 100;

const mb = (bytes) => (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);

function drawMeter() {
  meter.timer = 0;
  const progress = $('#progress');
  const label = $('#phase');
  if (meter.phase === null) return;
  let value = meter.done;
  for (const part of meter.parts.values()) value += part;
  let phase = meter.phase;
  if (phase === 'load') {
    if (meter.total === null || (value === 0 && meter.received === 0)) phase = 'reading';
    else phase = value < meter.total ? 'analyzing' : 'receiving';
  }
  if (phase === 'analyzing') {
    progress.max = Math.max(1, meter.total);
    progress.value = value;
  } else if (phase === 'receiving') {
    progress.max = Math.max(1, meter.files);
    progress.value = meter.received;
  } else {
    progress.removeAttribute('value'); // reading, drawing: work without a measure
  }
  progress.dataset.phase = phase;
  const vars = { done: meter.received, n: meter.files, mb: mb(value), total: mb(meter.total ?? 0), pct: meter.total ? Math.floor((100 * value) / meter.total) : 0 };
  label.dataset.phase = phase;
  label.dataset.vars = JSON.stringify(vars);
  label.textContent = t(`phase.${phase}`, vars);
}

/** `part` of item `key` is analyzed (the whole of it, when `whole`): drawn at most every 100 ms. */
function advanceMeter(key, part, whole = false) {
  if (whole) {
    meter.parts.delete(key);
    meter.done += part;
  } else meter.parts.set(key, part);
  meter.timer ||= setTimeout(drawMeter, METER_MS);
}

/** A file's records reached the page. */
function receivedMeter() {
  meter.received += 1;
  meter.timer ||= setTimeout(drawMeter, METER_MS);
}

/** Shows the bar for a load of `files` files (their total size unknown yet). */
function startMeter(files) {
  Object.assign(meter, { total: null, done: 0, parts: new Map(), files, received: 0, phase: 'load' });
  $('#progress').hidden = false;
  $('#phase').hidden = false;
  drawMeter();
}

function meterTotal(total) {
  meter.total = total;
  drawMeter();
}

/** The files are in: what is left is drawing the views, until the page is idle. */
function drawingMeter() {
  if (meter.phase === null) return;
  meter.phase = 'drawing';
  drawMeter();
}

function endMeter() {
  clearTimeout(meter.timer);
  meter.timer = 0;
  meter.phase = null;
  $('#progress').hidden = true;
  $('#phase').hidden = true;
}

// ---- analysis ----

/** Refreshes while files load: at most every 250 ms, and never more than a tenth of the time. */
const REFRESH_MS = 250;
let lastRefresh = 0;
let lastCost = 0;
let refreshTimer = 0;
/** The text shown and the offset of its indices when it was last rendered. */
let rendered = { entry: null, base: -1 };
/** The records of the first `files` files, in order, and the keys of their docs, as the table has them. */
let listed = { files: 0, records: [], docs: [] };

function requestRefresh() {
  if (refreshTimer) return;
  const wait = lastRefresh + Math.max(REFRESH_MS, 10 * lastCost) - performance.now();
  refreshTimer = setTimeout(() => refresh(false), Math.max(0, wait));
}

/**
 * Shows the files loaded so far: indices, the records table, the reports table, the text shown.
 * `final` (after a load or an edit) also renders the text again and compares anew.
 */
function refresh(final) {
  clearTimeout(refreshTimer);
  refreshTimer = 0;
  const now = performance.now();
  lastRefresh = now;
  // Files loaded since the last refresh are appended to the table's records; anything else
  // (an edit, a clear) lists them all again.
  let base = 0;
  let moved = listed.files > files.length;
  files.forEach((f, i) => {
    if (f.indexed !== base) {
      f.base = base;
      f.records.forEach((r, j) => (r.index = base + j));
      f.indexed = base;
      moved ||= i < listed.files;
    }
    base += f.records.length;
  });
  if (moved) listed = { files: 0, records: [], docs: [] };
  for (const f of files.slice(listed.files)) {
    for (const r of f.records) listed.records.push(r);
    for (const d of f.analysis.docs) if (d.records.length > 0) listed.docs.push(docKey(d.records[0]));
  }
  listed.files = files.length;
  flushItems();
  // The doc filter changes at the end of a load only: a select of thousands of reports is slow to change.
  table.setRecords(listed.records, final || busy === 0 ? [...new Set(listed.docs)] : null);
  renderDocs();
  // The text shown is rendered again only where its marks' indices moved.
  if (final || rendered.entry !== textView.entry || rendered.base !== textView.entry?.base) {
    textView.render();
    rendered = { entry: textView.entry, base: textView.entry?.base };
  }
  lastCost = performance.now() - now;
  if (final) {
    compareStale = true;
    panelStale = true;
    runCompare();
    runPanel();
  }
}

function setBusy(delta) {
  busy += delta;
  document.body.dataset.busy = String(busy > 0);
  if (busy === 0) endMeter();
}

function errorMessage(err) {
  // A DecodeError, thrown here or in a worker.
  if (err?.name === 'DecodeError') return [`err.${err.code}`, {}];
  if (err?.name === 'NotReadableError') return ['err.read', { message: err.message }];
  return ['err.engine', { message: err?.message ?? String(err) }];
}

/**
 * Reads and analyzes `items` ({ name, size, run(onProgress) → { text, encoding, analysis } }) in
 * the workers, enough at once to keep every worker busy, and adds them in the order given; the
 * progress bar advances by the size analyzed, the part of a large text under way included. Then
 * shows the first one added.
 */
function load(items) {
  if (items.length === 0) return loading;
  setBusy(1);
  // The user's own reports replace the demo: it is no column of their comparison, no row of their
  // panel or export.
  const own = !items.some((item) => item.demo);
  loading = loading.then(() => (own && dropDemo(), loadNow(items))).catch((err) => console.error(err)).finally(() => setBusy(-1));
  return loading;
}

/** Removes the demo report, if it is loaded. */
function dropDemo() {
  const i = files.findIndex((f) => f.demo);
  if (i < 0) return;
  const [demo] = files.splice(i, 1);
  demo.li?.remove();
  if (textView.entry === demo) textView.show(null);
  refresh(true);
}

const demoItem = () => ({ ...textItem(DEMO_NAME, DEMO_TEXT, 'utf-8'), demo: true });

// Files analyzed or queued at once, per worker, so that no worker waits for the page. Large files
// count by size too: one per worker at least, more below 32 MB a worker.
const IN_FLIGHT = 16;
const IN_FLIGHT_BYTES = 32e6;

// A file's size is a question to the browser (a millisecond or so for each): beyond the first
// files, sizes are asked a slice at a time while the first files are analyzed.
const SIZE_SLICE = 256;

async function loadNow(items) {
  const jobs = items.map((item) => ({ item, size: 0, li: null, result: null }));
  const sizeOf = (job) => (job.size ||= Math.max(1, job.item.size));
  const measure = async () => {
    for (let i = 0; i < jobs.length; i += SIZE_SLICE) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve));
      jobs.slice(i, i + SIZE_SLICE).forEach(sizeOf);
    }
    meterTotal(jobs.reduce((n, job) => n + job.size, 0));
  };
  startMeter(jobs.length);
  const measured = measure();
  const workers = analyzer.workers;
  let running = 0;
  let runningSize = 0;
  const full = () => running >= IN_FLIGHT * workers || (running >= workers && runningSize >= IN_FLIGHT_BYTES * workers);
  let wake = null;
  let settled = 0;
  let first = null;
  // Files finished out of turn wait until those before them are done.
  const settle = () => {
    for (; settled < jobs.length && jobs[settled].result; settled++) {
      const { li, result } = jobs[settled];
      if (result.error) {
        setItem(li, 'error', ...errorMessage(result.error));
        continue;
      }
      const file = result.file;
      file.demo = !!jobs[settled].item.demo;
      file.li = li;
      files.push(file);
      li.querySelector('.name').addEventListener('click', () => textView.show(file));
      setItem(li, 'ok', 'recordsFound', { n: file.records.length, encoding: file.encoding });
      first ??= file;
      if (!textView.entry) textView.show(file);
    }
    requestRefresh();
  };
  for (const job of jobs) {
    while (full()) await new Promise((resolve) => (wake = resolve));
    const { name } = job.item;
    job.li = addItem(name, 'loading', 'loading');
    running++;
    runningSize += sizeOf(job);
    let started = false;
    const onProgress = (fraction) => {
      if (!started) setItem(job.li, 'analyzing', 'analyzing');
      started = true;
      advanceMeter(job, fraction * job.size);
    };
    Promise.resolve()
      .then(() => job.item.run(onProgress))
      .then(
        ({ text, encoding, analysis }) => ({
          file: { name, text, encoding, analysis, records: analysis.docs.flatMap((d) => d.records), base: 0, indexed: -1 },
        }),
        (error) => ({ error }),
      )
      .then((result) => {
        running--;
        runningSize -= job.size;
        wake?.();
        job.result = result;
        advanceMeter(job, job.size, true);
        receivedMeter();
        settle();
      });
  }
  while (running > 0) await new Promise((resolve) => (wake = resolve));
  await measured;
  drawingMeter();
  // The label is painted before the views are made again (that may hold the page a moment).
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  refresh(true);
  // The first file read is shown (rendered once: after the refresh has set its indices).
  if (first && textView.entry !== first) {
    textView.show(first);
    rendered = { entry: first, base: first.base };
  }
}

/** A text analyzed as it is. */
const textItem = (name, text, encoding) => ({
  name,
  size: text.length,
  run: async (onProgress) => ({ text, encoding, analysis: await analyzer.analyze(text, { file: name }, { onProgress }) }),
});

/** A file, read and decoded (www/decode.js, HTML and .docx included) in a worker. */
const fileItem = (f) => ({
  name: f.name,
  get size() {
    return f.size;
  },
  run: (onProgress) => analyzer.analyzeFile(f, { file: f.name }, { onProgress }),
});

// ---- wiring ----

function analyzePasted(text) {
  if (!/\S/.test(text)) return;
  pastedCount += 1;
  load([textItem(t('pasted', { n: pastedCount }), text, 'text')]);
}
$('#analyze').addEventListener('click', () => analyzePasted($('#paste').value));
// A large paste is analyzed at once and never put in the text box: laying out a box of 100 MB of
// text takes the browser half a minute.
const LARGE_PASTE = 1_000_000;
$('#paste').addEventListener('paste', (event) => {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (text.length < LARGE_PASTE) return;
  event.preventDefault();
  analyzePasted(text);
});
$('#files').addEventListener('change', (event) => {
  load([...event.target.files].map(fileItem)).finally(() => (event.target.value = ''));
});
$('#demo').addEventListener('click', () => load([demoItem()]));
$('#clear').addEventListener('click', () => {
  files.length = 0;
  newItems = document.createDocumentFragment();
  itemChanges.clear();
  $('#file-list').replaceChildren();
  textView.show(null);
  refresh(true);
});
// What the filters show is exported, unless everything is asked for.
const exported = () => ($('#export-all').checked ? null : new Set(table.shown));
$('#export-csv').addEventListener('click', () => download('zhibiao.csv', toCsv(files, exported()), 'text/csv;charset=utf-8'));
$('#export-json').addEventListener('click', () => download('zhibiao.json', toJson(files, exported()), 'application/json'));

document.addEventListener('dragover', (event) => {
  event.preventDefault();
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', (event) => {
  if (!event.relatedTarget) document.body.classList.remove('dragging');
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  document.body.classList.remove('dragging');
  load([...(event.dataTransfer?.files ?? [])].map(fileItem));
});

for (const button of document.querySelectorAll('button[data-lang]')) {
  button.addEventListener('click', () => setLang(button.dataset.lang));
}
onLangChange(() => {
  table.relabel();
  compareView.relabel();
  panelView.relabel();
  textView.render();
  docRows = new WeakMap();
  renderDocs();
  relabelItems();
  markLang();
});
function markLang() {
  for (const b of document.querySelectorAll('button[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === currentLang()));
}

setLang(currentLang());
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
listenKeys();
// Print: every row of the paged tables is laid out while the page prints (print dialogs fire
// beforeprint / afterprint; an emulated print medium only changes the media query).
const printing = (on) => {
  table.setPrinting(on);
  compareView.setPrinting(on);
};
window.addEventListener('beforeprint', () => printing(true));
window.addEventListener('afterprint', () => printing(false));
matchMedia('print').addEventListener('change', (event) => printing(event.matches));
load([demoItem()]);
