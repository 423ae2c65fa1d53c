// CSV (UTF-8 with BOM, headers in the interface language) and JSON exports. Offsets are turned
// into Unicode code points, as in the command-line tool's output.
import { t } from './i18n.js';

export const FIELDS = ['file', 'doc', 'kind', 'indicator', 'canonical', 'verb', 'value', 'value_max', 'unit',
  'qualifier', 'measure', 'absent', 'period', 'placeholder', 'headline', 'start', 'end', 'quote'];

/** Maps UTF-16 offsets of `text` to code-point offsets (any order; one pass per call). */
export function codePointOffsets(text, offsets) {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const map = new Map();
  let units = 0;
  let points = 0;
  for (const target of sorted) {
    while (units < target) {
      const c = text.charCodeAt(units);
      units += c >= 0xd800 && c <= 0xdbff && units + 1 < text.length ? 2 : 1;
      points++;
    }
    map.set(target, points);
  }
  return map;
}

/** The records of loaded files ({ name, text, analysis }) in the CLI's shape. */
export function exportRecords(files) {
  return files.flatMap((f) => {
    const records = f.analysis.docs.flatMap((d) => d.records);
    const cp = codePointOffsets(f.text, records.flatMap((r) => [r.start, r.end]));
    return records.map((r) => {
      const row = {};
      for (const k of FIELDS) row[k] = r[k];
      row.file = f.name;
      row.start = cp.get(r.start);
      row.end = cp.get(r.end);
      return row;
    });
  });
}

/** A CSV cell: quoted where it holds a quote, a comma or a line break. */
export function csvCell(v) {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text with a byte-order mark, so spreadsheet programs read it as UTF-8. */
export function toCsv(files) {
  const lines = [FIELDS.map((k) => csvCell(t(`col.${k}`))).join(',')];
  for (const row of exportRecords(files)) lines.push(FIELDS.map((k) => csvCell(row[k])).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** JSON: every file with its reports' metadata and records. */
export function toJson(files) {
  const records = exportRecords(files);
  let at = 0;
  const out = files.map((f) => ({
    file: f.name,
    docs: f.analysis.docs.map((d) => {
      const rs = records.slice(at, at + d.records.length);
      at += d.records.length;
      return { label: d.label, meta: d.meta, records: rs };
    }),
  }));
  return JSON.stringify({ files: out }, null, 2);
}

/** Offers `content` as a download (a blob URL: nothing leaves the machine). */
export function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
