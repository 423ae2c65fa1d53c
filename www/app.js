// The page: input (paste, pick, drop), analysis in a Worker, and the views.
// Each view is its own module (view-text.js, view-table.js); a new view plugs in the same way.
import { createWorkerAnalyzer } from './pkg/worker-client.js';
import { describeRecord } from './pkg/render.js';
import { currentLang, onLangChange, setLang, t } from './i18n.js';
import { DecodeError, decodeFile } from './decode.js';
import { createTextView } from './view-text.js';
import { createTableView } from './view-table.js';
import { createCompareView } from './view-compare.js';
import { download, toCsv, toJson } from './export.js';
import { DEMO_NAME, DEMO_TEXT } from './demo.js';

const $ = (selector) => document.querySelector(selector);

const analyzer = createWorkerAnalyzer({ url: new URL('./worker.js', import.meta.url) });

/**
 * Loaded files: { name, text, encoding, analysis, records, base, overrides };
 * `records[i].index === base + i`; `overrides[doc]` is the region / year the user set for a doc.
 */
const files = [];
let pastedCount = 0;
let busy = 0;

/** A record's tooltip in the interface language. */
const describe = (r) => describeRecord(r, (key) => t(key === 'headline' ? 'col.headline' : key));

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

// ---- the Compare view ----

/** The files of the comparison shown (its locations index them), and of the diff picked apart. */
const compared = { main: [], diff: [] };
let compareStale = true;
let compareRun = 0;
let aboutPoints = 0.3;

const compareView = createCompareView($('#view-compare'), {
  onJump(at, src) {
    const file = compared[src]?.[at.input];
    if (!file || !files.includes(file)) return;
    const before = file.analysis.docs.slice(0, at.doc).reduce((n, d) => n + d.records.length, 0);
    const index = file.base + before + at.record;
    showTab('records');
    if (textView.entry !== file) textView.show(file);
    table.select(index);
    textView.reveal(index);
  },
  onTolerance(points) {
    aboutPoints = points;
    compareStale = true;
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

function showTab(name) {
  for (const b of document.querySelectorAll('[data-tab]')) b.setAttribute('aria-selected', String(b.dataset.tab === name));
  $('#views').hidden = name !== 'records';
  $('#view-compare').hidden = name !== 'compare';
  if (name === 'compare') runCompare();
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
    }
  } catch (err) {
    console.warn(err);
  } finally {
    compareStale = true;
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

function renderDocs() {
  const head = $('#doc-meta thead tr');
  head.replaceChildren(
    ...META_COLUMNS.map((k) => {
      const th = document.createElement('th');
      th.textContent = t(k === 'file' || k === 'doc' ? `col.${k}` : `meta.${k}`);
      return th;
    }),
  );
  const rows = files.flatMap((f) =>
    f.analysis.docs.map((d, di) => {
      const m = d.meta;
      const o = f.overrides?.[di] ?? {};
      const cells = {
        file: f.name,
        doc: d.label ?? '',
        region: m.region ?? '',
        level: m.level ? t(`level.${m.level}`) : '',
        year: m.year === null ? '' : `${m.year}${m.half_year ? ` ${t('halfYear')}` : ''}`,
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
        } else td.textContent = cells[k];
        tr.append(td);
      }
      tr.addEventListener('click', () => textView.show(f));
      return tr;
    }),
  );
  $('#doc-meta tbody').replaceChildren(...rows);
  $('#docs').hidden = rows.length === 0;
}

// ---- the file list, with a message beside each name ----

function addItem(name) {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'name';
  button.textContent = name;
  const msg = document.createElement('span');
  msg.className = 'msg';
  li.append(button, msg);
  $('#file-list').append(li);
  return li;
}

function setItem(li, status, key, vars = {}) {
  li.dataset.status = status;
  li.dataset.msgKey = key;
  li.dataset.msgVars = JSON.stringify(vars);
  li.querySelector('.msg').textContent = t(key, vars);
}

function relabelItems() {
  for (const li of document.querySelectorAll('#file-list li[data-msg-key]')) {
    li.querySelector('.msg').textContent = t(li.dataset.msgKey, JSON.parse(li.dataset.msgVars));
  }
}

// ---- analysis ----

let lastRefresh = 0;
let lastCost = 0;
/** The text shown and the offset of its indices when it was last rendered. */
let rendered = { entry: null, base: -1 };

/**
 * Shows the files loaded so far. While files load (not `force`), at most every 300 ms, and never
 * more than a tenth of the time: a thousand reports load without re-rendering all of them each time.
 */
function refresh(force) {
  const now = performance.now();
  if (!force && now - lastRefresh < Math.max(300, 10 * lastCost)) return;
  lastRefresh = now;
  let base = 0;
  for (const f of files) {
    f.base = base;
    f.records.forEach((r, i) => (r.index = base + i));
    base += f.records.length;
  }
  table.setRecords(files.flatMap((f) => f.records));
  renderDocs();
  // The text shown is rendered again only where its marks' indices moved.
  if (force || rendered.entry !== textView.entry || rendered.base !== textView.entry?.base) {
    textView.render();
    rendered = { entry: textView.entry, base: textView.entry?.base };
  }
  lastCost = performance.now() - now;
  if (force) {
    compareStale = true;
    runCompare();
  }
}

function setBusy(delta) {
  busy += delta;
  document.body.dataset.busy = String(busy > 0);
}

async function addText(name, text, encoding, li) {
  setItem(li, 'analyzing', 'analyzing');
  const analysis = await analyzer.analyze(text, { file: name });
  const file = { name, text, encoding, analysis, records: analysis.docs.flatMap((d) => d.records), base: 0 };
  files.push(file);
  li.querySelector('.name').addEventListener('click', () => textView.show(file));
  setItem(li, 'ok', 'recordsFound', { n: file.records.length, encoding });
  return file;
}

function errorMessage(err) {
  if (err instanceof DecodeError) return [`err.${err.code}`, {}];
  if (err?.name === 'NotReadableError') return ['err.read', { message: err.message }];
  return ['err.engine', { message: err?.message ?? String(err) }];
}

async function loadFiles(list) {
  const todo = [...list];
  if (todo.length === 0) return;
  setBusy(1);
  const progress = $('#progress');
  progress.max = todo.length;
  progress.value = 0;
  progress.hidden = false;
  let first = null;
  const settle = async ({ li, analyzed }) => {
    try {
      const file = await analyzed;
      first ??= file;
      if (!textView.entry) textView.show(file);
    } catch (err) {
      setItem(li, 'error', ...errorMessage(err));
    }
    progress.value += 1;
    refresh(false);
  };
  // The worker analyzes a file while the next ones are read and decoded; the worker answers in
  // the order it was asked, so files keep the order they were given in.
  const inFlight = [];
  for (const f of todo) {
    const li = addItem(f.name);
    setItem(li, 'loading', 'loading');
    let analyzed;
    try {
      const { text, encoding } = await decodeFile(f.name, new Uint8Array(await f.arrayBuffer()));
      analyzed = addText(f.name, text, encoding, li);
    } catch (err) {
      analyzed = Promise.reject(err);
    }
    analyzed.catch(() => {}); // reported by settle
    inFlight.push({ li, analyzed });
    if (inFlight.length >= 4) await settle(inFlight.shift());
  }
  while (inFlight.length > 0) await settle(inFlight.shift());
  progress.hidden = true;
  if (first) textView.show(first);
  refresh(true);
  setBusy(-1);
}

async function loadText(name, text, encoding) {
  setBusy(1);
  const li = addItem(name);
  try {
    textView.show(await addText(name, text, encoding, li));
  } catch (err) {
    setItem(li, 'error', ...errorMessage(err));
  }
  refresh(true);
  setBusy(-1);
}

// ---- wiring ----

$('#analyze').addEventListener('click', () => {
  const text = $('#paste').value;
  if (text.trim() === '') return;
  pastedCount += 1;
  loadText(t('pasted', { n: pastedCount }), text, 'text');
});
$('#files').addEventListener('change', (event) => {
  loadFiles(event.target.files).finally(() => (event.target.value = ''));
});
$('#demo').addEventListener('click', () => loadText(DEMO_NAME, DEMO_TEXT, 'utf-8'));
$('#clear').addEventListener('click', () => {
  files.length = 0;
  $('#file-list').replaceChildren();
  textView.show(null);
  refresh(true);
});
$('#export-csv').addEventListener('click', () => download('zhibiao.csv', toCsv(files), 'text/csv;charset=utf-8'));
$('#export-json').addEventListener('click', () => download('zhibiao.json', toJson(files), 'application/json'));

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
  loadFiles(event.dataTransfer?.files ?? []);
});

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLang(button.dataset.lang));
}
onLangChange(() => {
  table.relabel();
  compareView.relabel();
  textView.render();
  renderDocs();
  relabelItems();
  markLang();
});
function markLang() {
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === currentLang()));
}

setLang(currentLang());
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
loadText(DEMO_NAME, DEMO_TEXT, 'utf-8');
