// Interface strings in Chinese (default) and English; the choice is kept in localStorage.

const KEY = 'zhibiao.lang';

const STRINGS = {
  zh: {
    title: '指标 · 政府工作报告数字提取',
    tagline: '找出报告中的每一个目标、规划目标、实际完成数和进度，并标出原文位置。全部在本机浏览器中完成，不上传任何内容。',
    pasteLabel: '粘贴报告文本',
    pastePlaceholder: '在此粘贴政府工作报告……',
    analyze: '分析',
    chooseFiles: '选择文件',
    dropHint: '或将 .txt / .md / .html / .docx 文件拖到这里（可多个）',
    demo: '示例报告',
    clear: '清空',
    files: '文件',
    docs: '报告',
    text: '原文',
    table: '表格',
    exportCsv: '导出 CSV',
    exportJson: '导出 JSON',
    filterDoc: '报告',
    filterKind: '类型',
    filterIndicator: '指标',
    all: '全部',
    page: '第 {n} / {total} 页',
    prev: '上一页',
    next: '下一页',
    rowsShown: '共 {n} 条记录',
    loading: '读取中…',
    analyzing: '分析中…',
    recordsFound: '{n} 条记录（{encoding}）',
    pasted: '粘贴文本 {n}',
    demoName: '示例：青岚市2023年政府工作报告',
    noRecords: '未找到记录',
    'err.empty': '文件为空或没有文字',
    'err.binary': '不是文本文件（二进制内容）',
    'err.undecodable': '无法识别文字编码（支持 UTF-8、GBK/GB18030、UTF-16）',
    'err.badZip': '压缩包已损坏或格式不支持',
    'err.badDocx': '不是有效的 .docx 文档',
    'err.engine': '分析失败：{message}',
    'err.read': '无法读取文件：{message}',
    'kind.target': '年度目标',
    'kind.plan5': '规划目标',
    'kind.actual': '实际完成',
    'kind.progress': '进度',
    'hard.floor': '硬约束（下限）',
    'hard.ceiling': '上限',
    'hard.soft': '软目标',
    'level.national': '国家',
    'level.province': '省级',
    'level.city': '市级',
    'level.county': '县级',
    'level.district': '区级',
    halfYear: '半年',
    legend: '图例',
    'col.file': '文件',
    'col.doc': '报告',
    'col.kind': '类型',
    'col.indicator': '指标',
    'col.canonical': '标准名',
    'col.verb': '动词',
    'col.value': '数值',
    'col.value_max': '上限值',
    'col.unit': '单位',
    'col.qualifier': '限定词',
    'col.period': '时期',
    'col.placeholder': '占位',
    'col.headline': '主要目标',
    'col.start': '起',
    'col.end': '止',
    'col.quote': '原文',
    'meta.region': '地区',
    'meta.level': '级别',
    'meta.year': '年份',
    'meta.title': '标题',
    'meta.date': '日期',
    'meta.speaker': '报告人',
    'meta.records': '记录',
    yes: '是',
    no: '否',
  },
  en: {
    title: 'zhibiao · figures of government work reports',
    tagline: 'Finds every target, five-year goal, actual figure and progress statement in a report, with its place in the text. Everything runs in this browser; nothing is uploaded.',
    pasteLabel: 'Paste a report',
    pastePlaceholder: 'Paste a government work report here…',
    analyze: 'Analyze',
    chooseFiles: 'Choose files',
    dropHint: 'or drop .txt / .md / .html / .docx files here (many at once)',
    demo: 'Demo report',
    clear: 'Clear',
    files: 'Files',
    docs: 'Reports',
    text: 'Text',
    table: 'Table',
    exportCsv: 'Export CSV',
    exportJson: 'Export JSON',
    filterDoc: 'Report',
    filterKind: 'Kind',
    filterIndicator: 'Indicator',
    all: 'All',
    page: 'Page {n} of {total}',
    prev: 'Previous',
    next: 'Next',
    rowsShown: '{n} records',
    loading: 'Reading…',
    analyzing: 'Analyzing…',
    recordsFound: '{n} records ({encoding})',
    pasted: 'Pasted text {n}',
    demoName: 'Demo: Qinglan 2023 government work report',
    noRecords: 'No records found',
    'err.empty': 'The file is empty or holds no text',
    'err.binary': 'Not a text file (binary content)',
    'err.undecodable': 'Unknown text encoding (UTF-8, GBK/GB18030 and UTF-16 are read)',
    'err.badZip': 'The archive is damaged or of an unsupported kind',
    'err.badDocx': 'Not a valid .docx document',
    'err.engine': 'Analysis failed: {message}',
    'err.read': 'Could not read the file: {message}',
    'kind.target': 'Target',
    'kind.plan5': 'Five-year goal',
    'kind.actual': 'Actual',
    'kind.progress': 'Progress',
    'hard.floor': 'Hard floor',
    'hard.ceiling': 'Ceiling',
    'hard.soft': 'Soft target',
    'level.national': 'national',
    'level.province': 'province',
    'level.city': 'city',
    'level.county': 'county',
    'level.district': 'district',
    halfYear: 'half-year',
    legend: 'Legend',
    'col.file': 'file',
    'col.doc': 'doc',
    'col.kind': 'kind',
    'col.indicator': 'indicator',
    'col.canonical': 'canonical',
    'col.verb': 'verb',
    'col.value': 'value',
    'col.value_max': 'value_max',
    'col.unit': 'unit',
    'col.qualifier': 'qualifier',
    'col.period': 'period',
    'col.placeholder': 'placeholder',
    'col.headline': 'headline',
    'col.start': 'start',
    'col.end': 'end',
    'col.quote': 'quote',
    'meta.region': 'Region',
    'meta.level': 'Level',
    'meta.year': 'Year',
    'meta.title': 'Title',
    'meta.date': 'Date',
    'meta.speaker': 'Speaker',
    'meta.records': 'Records',
    yes: 'yes',
    no: 'no',
  },
};

export const LANGS = Object.keys(STRINGS);

function stored() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

let lang = STRINGS[stored()] ? stored() : 'zh';
const listeners = new Set();

/** The current language, 'zh' or 'en'. */
export const currentLang = () => lang;

/** The string for `key` with `{name}` placeholders filled from `vars`. */
export function t(key, vars = {}) {
  const s = STRINGS[lang][key] ?? STRINGS.zh[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

/** Fills every [data-i18n], [data-i18n-placeholder] and [data-i18n-title] below `root`. */
export function applyI18n(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
}

/** Switches the language, remembers it and tells the listeners. */
export function setLang(next) {
  if (!STRINGS[next]) return;
  lang = next;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  applyI18n(document);
  for (const fn of listeners) fn(next);
}

/** Calls `fn(lang)` after every language switch. */
export function onLangChange(fn) {
  listeners.add(fn);
}
