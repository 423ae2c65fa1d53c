// Figures, units and qualifiers as a reader says them, in the page's language: 突破1万亿元 and
// 6%左右 in Chinese (a qualifier stands where the language puts it), "over 1 trillion yuan" and
// "about 6%" in English (magnitudes 万 / 亿 / 万亿 worked into the number). One owner for every
// view and export that shows a figure.
import { currentLang } from './i18n.js';

/** Qualifiers written before the number in Chinese (超过5%); the rest follow it (5%左右). */
const BEFORE = new Set(['约', '近', '超过', '不低于', '不超过']);

const QUALIFIER_EN = {
  左右: ['about', ''],
  约: ['about', ''],
  近: ['nearly', ''],
  以上: ['', ' or more'],
  不低于: ['no less than', ''],
  超过: ['over', ''],
  以内: ['at most', ''],
  以下: ['under', ''],
  不超过: ['no more than', ''],
};

/** Magnitude prefixes of a Chinese unit, longest first. */
const MAGNITUDES = [['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['亿', 1e8], ['千万', 1e7], ['百万', 1e6], ['十万', 1e5], ['万', 1e4], ['千', 1e3], ['百', 1e2]];

/** Base units in English; '' for a counter that needs no word (个, 座, 条 …). */
const BASE_EN = {
  '%': '%', '‰': '‰', 个百分点: 'pp', 百分点: 'pp', 倍: '×',
  元: 'yuan', 美元: 'US dollars', 港元: 'HK dollars', 欧元: 'euros',
  人: 'people', 名: 'people', 位: 'people', 人次: 'person-times', 户: 'households', 家: 'firms',
  吨: 't', 公斤: 'kg', 千克: 'kg', 斤: 'jin', 亩: 'mu', 公顷: 'ha', 米: 'm', 公里: 'km', 千米: 'km',
  平方米: 'm²', 平方公里: 'km²', 平方千米: 'km²', 立方米: 'm³', 千瓦: 'kW', 千瓦时: 'kWh', 兆瓦: 'MW',
  度: 'kWh', 标箱: 'TEU', 标准箱: 'TEU', 辆: 'vehicles', 台: 'units', 套: 'units', 艘: 'ships',
  项: 'items', 件: 'items', 次: 'times', 场: 'events', 批: 'batches', 所: 'institutions', 张: 'beds',
  间: 'rooms', 处: 'sites', 头: 'head', 只: 'head', 株: 'plants', 棵: 'trees', 年: 'years', 岁: 'years',
  天: 'days', 小时: 'hours', 分钟: 'minutes', 册: 'volumes', 篇: 'papers', 部: 'works',
  个: '', 座: '', 条: '', 块: '', 本: '', 种: 'kinds', 类: 'kinds', 余: '',
};

const SCALES = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** A number rounded to at most `digits` decimals, with thousands separators in English. */
function plain(x, digits = 4) {
  return Number(x.toFixed(digits)).toLocaleString('en', { maximumFractionDigits: digits });
}

/** The unit split into its magnitude (1e8 for 亿元) and its base (元). */
function splitUnit(unit) {
  if (!unit) return [1, ''];
  if (unit in BASE_EN) return [1, unit];
  for (const [prefix, factor] of MAGNITUDES) {
    if (unit.startsWith(prefix) && unit.length > prefix.length) return [factor, unit.slice(prefix.length)];
  }
  return [1, unit];
}

/** The English word of a base unit, or the unit itself where none is known. */
const baseEn = (base) => BASE_EN[base] ?? base;

/**
 * The unit as a column holds it in the page's language: 亿元 → "100 million yuan",
 * 个百分点 → "pp"; as written in Chinese.
 */
/** A number as tables show it: at most two decimals, '' for none. */
export const plainNumber = (v) => (v === null || v === undefined ? '' : String(Math.round(v * 100) / 100));

/** A difference as tables show it: signed (+0.5, -1.2), at most two decimals, '' for none. */
export const signedNumber = (v) => (v === null || v === undefined ? '' : `${v > 0 ? '+' : ''}${plainNumber(v)}`);

export function unitName(unit, lang = currentLang()) {
  if (!unit || lang !== 'en') return unit ?? '';
  const [factor, base] = splitUnit(unit);
  const word = baseEn(base);
  if (factor === 1) return word;
  const scale = SCALES.find(([s]) => factor >= s);
  const magnitude = scale ? `${plain(factor / scale[0])} ${scale[1]}` : plain(factor);
  return word ? `${magnitude} ${word}` : magnitude;
}

/** An amount with its unit in English, the magnitude worked in: 5000亿元 → "500 billion yuan". */
function amountEn(low, high, unit) {
  const [factor, base] = splitUnit(unit);
  const word = baseEn(base);
  const top = Math.max(Math.abs(low * factor), Math.abs((high ?? low) * factor));
  const scale = factor === 1 ? null : SCALES.find(([s]) => top >= s);
  const div = scale ? scale[0] : 1;
  const n = (x) => plain((x * factor) / div);
  const number = high === null || high === undefined ? n(low) : `${n(low)}–${n(high)}`;
  const words = [scale?.[1], word].filter(Boolean).join(' ');
  if (!words) return number;
  return /^[%‰×]$/.test(word) && !scale ? `${number}${word}` : `${number} ${words}`;
}

/** A qualifier's word in the page's language (以上 → "or more"). */
export function qualifierName(q, lang = currentLang()) {
  if (!q || lang !== 'en') return q ?? '';
  const [before, after] = QUALIFIER_EN[q] ?? [q, ''];
  return (before || after).trim();
}

/**
 * A figure ({ value, value_max, unit, qualifier, verb?, placeholder? }) as a reader says it:
 * 6%左右, 超过1万亿元, 4.5–5%; "about 6%", "over 1 trillion yuan". `sign` writes a decline as −.
 */
export function formatAmount(f, { sign = '', lang = currentLang() } = {}) {
  if (f.placeholder) return 'X';
  if (f.value === null || f.value === undefined) return '—';
  const q = f.qualifier ?? '';
  if (lang === 'en') {
    const [before, after] = QUALIFIER_EN[q] ?? [q, ''];
    return `${before ? `${before} ` : ''}${sign}${amountEn(f.value, f.value_max, f.unit)}${after}`;
  }
  const v = f.value_max !== null && f.value_max !== undefined ? `${f.value}–${f.value_max}` : String(f.value);
  const body = `${sign}${v}${f.unit ?? ''}`;
  return BEFORE.has(q) ? `${q}${body}` : `${body}${q}`;
}

/** A gap in its unit (+0.3个百分点, −4.31%; "+0.3 pp" in English). */
export function formatGap(gap, unit, lang = currentLang()) {
  if (gap === null || gap === undefined) return '';
  const n = `${gap > 0 ? '+' : ''}${Number(gap.toFixed(2))}`;
  if (!unit) return n;
  if (lang !== 'en') return `${n}${unit}`;
  const word = unitName(unit, 'en');
  return /^[%‰×]$/.test(word) ? `${n}${word}` : `${n} ${word}`;
}

/** Verbs in English, where a figure's verb is one of the common ones. */
const VERB_EN = {
  增长: 'growth', 增加: 'increase', 提高: 'raise', 提升: 'raise', 下降: 'decline', 降低: 'lower',
  减少: 'reduction', 达到: 'reach', 达: 'reach', 超过: 'over', 突破: 'over', 控制在: 'held to',
  保持在: 'kept at', 稳定在: 'kept at', 新增: 'new', 新建: 'newly built', 完成: 'complete',
  实现: 'achieve', 为: '', 是: '', 占: 'share',
};

/**
 * The verb and figure together as a reader says them: 增长6%左右, 突破1.2万亿元 (a verb that
 * says 超过 itself takes the qualifier's place); "growth about 6%", "over 1.2 trillion yuan".
 */
export function figureText(f, lang = currentLang()) {
  if (!f) return '';
  const sayOver = f.qualifier === '超过' && !!f.verb && /^(超过|突破|超)$/.test(f.verb);
  const amount = formatAmount(sayOver ? { ...f, qualifier: null } : f, { lang });
  if (!f.verb) return amount;
  if (lang !== 'en') return `${f.verb}${amount}`;
  const verb = VERB_EN[f.verb] ?? f.verb;
  return verb ? `${verb} ${amount}` : amount;
}
