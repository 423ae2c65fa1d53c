// Small SVG charts drawn with DOM calls only (no library, nothing fetched): bars of one
// indicator's targets across reports, and targets against actuals over years as lines.
// Every bar and point carries data-input / data-doc / data-record of the statement it shows.
import { activatable } from './keys.js';

const NS = 'http://www.w3.org/2000/svg';

function el(name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Copies a location onto data attributes, so a click can jump to the sentence. */
function locate(node, at, label = '') {
  if (!at) return node;
  activatable(node, label);
  node.dataset.input = String(at.input);
  node.dataset.doc = String(at.doc);
  node.dataset.record = String(at.record);
  node.classList.add('jump');
  return node;
}

/** A scale from [lo, hi] (always including 0) to [a, b], and round ticks over it. */
function scale(values, a, b) {
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (lo === hi) hi = lo + 1;
  const step = niceStep((hi - lo) / 4);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const at = (v) => a + ((v - lo) / (hi - lo)) * (b - a);
  const ticks = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { at, ticks };
}

function niceStep(raw) {
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

function frame(width, height, title) {
  // A group, not an image: its points are controls of their own.
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': title });
  svg.append(el('title', {}, title));
  return svg;
}

function axis(svg, y, ticks, left, right, unit) {
  for (const v of ticks) {
    const yy = y(v);
    svg.append(el('line', { x1: left, x2: right, y1: yy, y2: yy, class: v === 0 ? 'axis zero' : 'axis' }));
    svg.append(el('text', { x: left - 6, y: yy + 4, class: 'tick', 'text-anchor': 'end' }, `${v}${unit}`));
  }
}

/**
 * Bars, one per item: { label, value, valueMax, qualifier, at, title }. A range draws its upper
 * bound as a thin cap above the bar.
 */
export function barChart({ items, unit = '', title = '', width = 640, height = 260 }) {
  const left = 48;
  const bottom = height - 46;
  const top = 18;
  const values = items.flatMap((i) => [i.value, i.valueMax ?? i.value]);
  const { at: y, ticks } = scale(values, bottom, top);
  const svg = frame(width, height, title);
  axis(svg, y, ticks, left, width - 8, unit);
  const slot = (width - left - 8) / Math.max(1, items.length);
  const bar = Math.max(3, Math.min(48, slot * 0.7));
  items.forEach((item, k) => {
    const x = left + slot * k + (slot - bar) / 2;
    const y0 = y(0);
    const y1 = y(item.value);
    const shown = `${item.valueMax != null ? `${item.value}–${item.valueMax}` : item.value}${unit}${item.qualifier ?? ''}`;
    // The name holds the figure written on the bar, then the rest.
    const g = locate(el('g', { class: 'bar' }), item.at, `${shown} ${item.title}`);
    g.append(el('title', {}, item.title));
    g.append(el('rect', { x, y: Math.min(y0, y1), width: bar, height: Math.max(1, Math.abs(y1 - y0)), class: `bar ${item.cls ?? ''}` }));
    if (item.valueMax !== null && item.valueMax !== undefined) {
      const ym = y(item.valueMax);
      g.append(el('line', { x1: x + bar / 2, x2: x + bar / 2, y1, y2: ym, class: 'range' }));
      g.append(el('line', { x1: x, x2: x + bar, y1: ym, y2: ym, class: 'range' }));
    }
    if (slot >= 22) {
      g.append(el('text', { x: x + bar / 2, y: Math.min(y1, y0) - 4, class: 'value', 'text-anchor': 'middle' }, shown));
    }
    if (slot >= 14) {
      const tx = x + bar / 2;
      g.append(el('text', { x: tx, y: bottom + 14, class: 'label', 'text-anchor': 'end', transform: `rotate(-30 ${tx} ${bottom + 14})` }, item.label));
    }
    svg.append(g);
  });
  return svg;
}

/**
 * Lines over years: series [{ name, cls, points: [{ x: year, y, at, title }] }]. Years run left to
 * right; each point is a circle that can be clicked.
 */
export function lineChart({ series, unit = '', title = '', width = 640, height = 260 }) {
  const left = 48;
  const right = width - 12;
  const bottom = height - 40;
  const top = 24;
  const points = series.flatMap((s) => s.points);
  const years = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
  const { at: y, ticks } = scale(points.map((p) => p.y), bottom, top);
  const span = Math.max(1, years.length - 1);
  const x = (year) => left + 16 + ((years.indexOf(year)) / span) * (right - left - 32);
  const svg = frame(width, height, title);
  axis(svg, y, ticks, left, right, unit);
  const every = Math.ceil(years.length / 14);
  years.forEach((yr, k) => {
    if (k % every === 0) svg.append(el('text', { x: x(yr), y: bottom + 16, class: 'label', 'text-anchor': 'middle' }, String(yr)));
  });
  series.forEach((s, k) => {
    const pts = s.points.slice().sort((a, b) => a.x - b.x);
    if (pts.length > 1) {
      svg.append(el('polyline', { points: pts.map((p) => `${x(p.x)},${y(p.y)}`).join(' '), class: `line ${s.cls}` }));
    }
    for (const p of pts) {
      const c = locate(el('circle', { cx: x(p.x), cy: y(p.y), r: 5, class: `point ${s.cls}` }), p.at, p.title);
      c.append(el('title', {}, p.title));
      svg.append(c);
    }
    const lx = left + 8 + k * 130;
    svg.append(el('line', { x1: lx, x2: lx + 18, y1: 10, y2: 10, class: `line ${s.cls}` }));
    svg.append(el('text', { x: lx + 22, y: 14, class: 'legend' }, s.name));
  });
  return svg;
}
