// Renders a text with its records highlighted. Text is only ever inserted as text nodes.

/**
 * The figure of a record as text: `6`, `4.5–5`, `X` for a placeholder, `—` for none.
 * @param {import('./zhibiao.js').Record} r
 */
export function formatValue(r) {
  if (r.placeholder) return 'X';
  if (r.value === null) return '—';
  return r.value_max !== null ? `${r.value}–${r.value_max}` : String(r.value);
}

/**
 * A few lines describing a record, for a tooltip. `label(key, fallback)` translates the words
 * `kind.<kind>`, `hard.<hardness>` and `headline`; by default the schema's own spelling.
 * @param {import('./zhibiao.js').Record} r
 * @param {(key: string, fallback: string) => string} [label]
 */
export function describeRecord(r, label = (key, fallback) => fallback) {
  const hardness = r.hardness ? ` (${label(`hard.${r.hardness}`, r.hardness)})` : '';
  const lines = [
    `${label(`kind.${r.kind}`, r.kind)} · ${r.indicator} (${r.canonical})`,
    [r.verb, formatValue(r) + (r.unit ?? ''), r.qualifier].filter(Boolean).join(' ') + hardness,
  ];
  if (r.period) lines.push(r.period);
  if (r.headline) lines.push(label('headline', 'headline'));
  return lines.join('\n');
}

/**
 * Cuts [from, to) into pieces over which the set of covering records does not change.
 * Returns [{ start, end, cover: number[] }] where cover holds record indices, innermost first.
 */
function segments(records, from, to) {
  const inside = [];
  records.forEach((r, i) => {
    if (r.end > from && r.start < to && r.end > r.start) inside.push(i);
  });
  const cuts = new Set([from, to]);
  for (const i of inside) {
    cuts.add(Math.max(from, records[i].start));
    cuts.add(Math.min(to, records[i].end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = inside.slice().sort((a, b) => records[a].start - records[b].start);
  const out = [];
  let active = [];
  let next = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    while (next < byStart.length && records[byStart[next]].start <= a) active.push(byStart[next++]);
    active = active.filter((i) => records[i].end > a);
    const cover = active
      .filter((i) => records[i].start <= a && records[i].end >= b)
      .sort((x, y) => records[x].end - records[x].start - (records[y].end - records[y].start));
    out.push({ start: a, end: b, cover });
  }
  return out;
}

/**
 * Replaces the content of `element` with `text` (or its slice `[start, end)`), every record
 * wrapped in `<mark data-kind data-index data-records data-hardness title>`.
 * Where records overlap, a mark carries the innermost record's kind and index and lists all
 * covering indices in `data-records`. Indices are positions in `records` plus `indexOffset`
 * (for one table over several texts).
 *
 * @param {HTMLElement} element
 * @param {string} text
 * @param {import('./zhibiao.js').Record[]} records offsets in UTF-16 units of `text`
 * @param {{ start?: number, end?: number, indexOffset?: number, describe?: (r: any, i: number) => string }} [options]
 * @returns {number} the number of marks written
 */
export function renderHighlights(element, text, records, options = {}) {
  const from = Math.max(0, options.start ?? 0);
  const to = Math.min(text.length, options.end ?? text.length);
  const describe = options.describe ?? ((r) => describeRecord(r));
  const base = options.indexOffset ?? 0;
  const doc = element.ownerDocument;
  const fragment = doc.createDocumentFragment();
  let marks = 0;
  for (const seg of segments(records, from, to)) {
    const piece = text.slice(seg.start, seg.end);
    if (seg.cover.length === 0) {
      fragment.append(doc.createTextNode(piece));
      continue;
    }
    const i = seg.cover[0];
    const r = records[i];
    const mark = doc.createElement('mark');
    mark.className = 'zb-mark';
    mark.dataset.kind = r.kind;
    mark.dataset.index = String(base + i);
    mark.dataset.records = seg.cover.map((j) => base + j).join(' ');
    if (r.hardness) mark.dataset.hardness = r.hardness;
    if (r.headline) mark.dataset.headline = '';
    mark.title = seg.cover.map((j) => describe(records[j], base + j)).join('\n\n');
    mark.textContent = piece;
    fragment.append(mark);
    marks++;
  }
  element.replaceChildren(fragment);
  return marks;
}
