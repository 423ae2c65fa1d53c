// CSV (UTF-8 with BOM, headers and values in the interface language) and JSON (the schema's own
// values) exports, of the records the filters show or of all of them. Offsets are turned into
// Unicode code points, as in the command-line tool's output.
import { t } from './i18n.js';
import { qualifierName, unitName } from './figure.js';
import { FIELDS } from './fields.js';

export { FIELDS };

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

/**
 * The records of loaded files ({ name, text, analysis }) in the CLI's shape; only those in
 * `only` (a Set of the records themselves) when given.
 */
export function exportRecords(files, only = null) {
  return files.flatMap((f) => {
    const all = f.analysis.docs.flatMap((d) => d.records);
    const records = only ? all.filter((r) => only.has(r)) : all;
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

const yesNo = (v) => (v === true ? t('yes') : v === false ? t('no') : v);

/** A CSV value in the interface language: kinds, measures, qualifiers, units and yes / no. */
const LOCAL = {
  kind: (v) => t(`kind.${v}`),
  measure: (v) => (v ? t(`measure.${v}`) : v),
  qualifier: (v) => qualifierName(v),
  unit: (v) => unitName(v),
  absent: yesNo,
  placeholder: yesNo,
  headline: yesNo,
};

/** CSV text with a byte-order mark, so spreadsheet programs read it as UTF-8. */
export function toCsv(files, only = null) {
  const lines = [FIELDS.map((k) => csvCell(t(`col.${k}`))).join(',')];
  for (const row of exportRecords(files, only)) {
    lines.push(FIELDS.map((k) => csvCell(LOCAL[k] ? LOCAL[k](row[k]) : row[k])).join(','));
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** JSON: every file with its reports' metadata and records (those in `only` when given). */
export function toJson(files, only = null) {
  const out = files.map((f) => ({
    file: f.name,
    docs: f.analysis.docs
      .map((d) => ({ label: d.label, meta: d.meta, records: exportRecords([{ ...f, analysis: { docs: [d] } }], only) }))
      .filter((d) => !only || d.records.length > 0),
  })).filter((f) => !only || f.docs.length > 0);
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
