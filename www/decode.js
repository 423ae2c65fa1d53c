// Turns the bytes of a dropped or picked file into text: UTF-8, GB18030/GBK and UTF-16 (with or
// without BOM), .docx (word/document.xml, unzipped here, never past INFLATE_LIMIT) and .html (its
// visible text, by a tokenizer of its own). No DOM needed: the module runs in Node and in a Worker.

/** A file that cannot be read as a report; `code` is a message key (see i18n.js). */
export class DecodeError extends Error {
  constructor(code, detail = '') {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DecodeError';
    this.code = code;
  }
}

// Detection, the same as the CLI's (crates/cli/src/input.rs; tests/encodings holds the files
// both are tested on): a byte-order mark names the encoding; NUL bytes mean UTF-16 when one byte
// order reads as text, binary otherwise; valid UTF-8 is UTF-8; then GB18030 when it decodes. A blank text is empty; one with more than a tenth of control
// characters is binary.

function tryDecode(encoding, bytes) {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const PUNCTUATION = new Set([0x2014, 0x201c, 0x201d, 0x2018, 0x2019, 0x2026, 0xb7]);

/** The share of characters a Chinese or ASCII text is made of (as plausible_share in the CLI). */
function plausibleShare(text) {
  let total = 0;
  let good = 0;
  for (const c of text) {
    total++;
    const u = c.codePointAt(0);
    if ((u >= 0x20 && u <= 0x7e) || u === 0x09 || u === 0x0a || u === 0x0d
      || (u >= 0x3000 && u <= 0x303f) || (u >= 0x4e00 && u <= 0x9fff) || (u >= 0xff00 && u <= 0xffef)
      || PUNCTUATION.has(u)) good++;
  }
  return total === 0 ? 0 : good / total;
}

/** UTF-16 read both ways: the better reading as [share, encoding, text], or null. */
function utf16Reading(bytes) {
  if (bytes.length % 2 !== 0) return null;
  let best = null;
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const text = tryDecode(encoding, bytes);
    if (text === null) continue;
    const share = plausibleShare(text);
    if (!best || share > best[0]) best = [share, encoding, text];
  }
  return best;
}

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g;

const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

/** Refuses a decoded text that is blank or more than a tenth control characters. */
function checkText(text) {
  if (!/\S/.test(text)) throw new DecodeError('empty'); // no copy of a large text, as trim() makes
  let control = 0;
  CONTROL.lastIndex = 0;
  while (CONTROL.exec(text)) control++;
  let astral = 0; // characters, as the CLI counts them: a surrogate pair is one
  SURROGATE_PAIR.lastIndex = 0;
  while (SURROGATE_PAIR.exec(text)) astral++;
  if (control * 10 > text.length - astral) throw new DecodeError('binary');
}

/** Bytes no text holds: C0 controls other than white space, counted. */
function controlBytes(bytes) {
  let n = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) n++;
  return n;
}

/** The encoding of bytes without a byte-order mark, and their text. */
function sniff(bytes) {
  if (bytes.includes(0)) {
    const best = utf16Reading(bytes);
    if (best && best[0] >= 0.8) return { text: best[2], encoding: best[1] };
    throw new DecodeError('binary');
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  // (UTF-16 without NULs would be Chinese without a digit, a space or a line break: no report.
  // Reading such bytes as UTF-16 would turn any even-length Latin-1 text into ideographs.)
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  throw new DecodeError(controlBytes(bytes) * 10 > bytes.length ? 'binary' : 'undecodable');
}

/**
 * Decodes text bytes, returning { text, encoding }. Throws DecodeError 'empty', 'binary' or
 * 'undecodable'.
 * @param {Uint8Array} bytes
 */
export function decodeText(bytes) {
  if (bytes.length === 0) throw new DecodeError('empty');
  let decoded;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? ['utf-8', 3]
    : bytes[0] === 0xff && bytes[1] === 0xfe ? ['utf-16le', 2]
      : bytes[0] === 0xfe && bytes[1] === 0xff ? ['utf-16be', 2] : null;
  if (bom) {
    const text = tryDecode(bom[0], bytes.subarray(bom[1]));
    if (text === null) throw new DecodeError(bom[0] === 'utf-8' ? 'undecodable' : 'binary');
    decoded = { text, encoding: bom[0] };
  } else {
    decoded = sniff(bytes);
  }
  checkText(decoded.text);
  return decoded;
}

// ---- zip (for .docx) ----

const u16 = (b, i) => b[i] | (b[i + 1] << 8);
const u32 = (b, i) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/** True when the bytes start like a zip archive. */
export function isZip(bytes) {
  return bytes.length >= 4 && u32(bytes, 0) === 0x04034b50;
}

/**
 * Lists the entries of a zip archive from its central directory:
 * [{ name, method, compressedSize, size, offset }].
 */
export function zipEntries(bytes) {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DecodeError('badZip', 'no end of central directory');
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  const names = new TextDecoder();
  const entries = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new DecodeError('badZip', 'central directory');
    const nameLength = u16(bytes, p + 28);
    entries.push({
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      offset: u32(bytes, p + 42),
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    });
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

/**
 * The most bytes one archive entry may inflate to (128 MiB): a report's document.xml is a few
 * MB; a small file that inflates past this is refused before it can exhaust memory.
 */
export const INFLATE_LIMIT = 128 * 1024 * 1024;

const tooLarge = () => new DecodeError('tooLarge', `inflates past ${INFLATE_LIMIT / 1048576} MB`);

/** Inflates, stopping as soon as the output passes `limit`. */
async function inflateRaw(data, limit) {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The uncompressed bytes of one zip entry (stored or deflated), at most `limit` of them. */
export async function zipRead(bytes, entry, limit = INFLATE_LIMIT) {
  // The size the archive declares is checked first, and the inflated bytes counted all the
  // same (a declared size may lie).
  if (entry.size > limit) throw tooLarge();
  const p = entry.offset;
  if (u32(bytes, p) !== 0x04034b50) throw new DecodeError('badZip', 'local header');
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge();
    return data;
  }
  if (entry.method === 8) return inflateRaw(data, limit);
  throw new DecodeError('badZip', `compression method ${entry.method}`);
}

// ---- docx ----

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e) => {
    if (e[0] !== '#') return ENTITIES[e] ?? m;
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/** The text of a WordprocessingML document: runs of <w:t>, a line per paragraph. */
export function documentXmlText(xml) {
  const out = [];
  const tags = /<(\/?)w:(t|p|tab|br|cr)\b[^>]*?(\/?)>/g;
  let inText = false;
  let last = 0;
  for (let m; (m = tags.exec(xml)); ) {
    if (inText) out.push(unescapeXml(xml.slice(last, m.index)));
    const [, closing, tag, selfClosing] = m;
    if (tag === 't') inText = !closing && !selfClosing;
    else if (tag === 'p' && (closing || selfClosing)) out.push('\n');
    else if (tag === 'tab') out.push('\t');
    else if ((tag === 'br' || tag === 'cr') && !closing) out.push('\n');
    last = tags.lastIndex;
  }
  return out.join('');
}

/** The text of a .docx file. */
export async function docxText(bytes) {
  const entry = zipEntries(bytes).find((e) => e.name === 'word/document.xml');
  if (!entry) throw new DecodeError('badDocx', 'no word/document.xml');
  const xml = new TextDecoder().decode(await zipRead(bytes, entry));
  const text = documentXmlText(xml);
  if (!/\S/.test(text)) throw new DecodeError('empty'); // no copy of a large text, as trim() makes
  return text;
}

// ---- html ----

const BLOCKS = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section',
  'article', 'header', 'footer', 'table', 'ul', 'ol', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'td',
  'th', 'title', 'body', 'main', 'nav', 'aside', 'figure', 'figcaption', 'center', 'form']);
/** Elements whose content is no text of the page. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'svg',
  'math', 'textarea', 'select', 'button']);
const HTML_ENTITIES = {
  ...ENTITIES, nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘',
  rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', divide: '÷',
  plusmn: '±', le: '≤', ge: '≥', deg: '°', permil: '‰', yen: '¥', copy: '©', reg: '®', bull: '•',
};

function unescapeHtml(s) {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (m, e) => {
    if (e[0] !== '#') return HTML_ENTITIES[e] ?? HTML_ENTITIES[e.toLowerCase()] ?? m;
    const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
  });
}

/**
 * The visible text of an HTML document. A tokenizer of its own, not the browser's parser: no
 * element is ever created, so nothing of the file (scripts, inline handlers, images, styles) is
 * run, fetched or even checked against the page's security policy. Block elements end lines;
 * scripts, styles, the head and the like are left out; entities are decoded.
 * @param {string} html
 */
export function htmlText(html) {
  const out = [];
  const tag = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:[^<>"']|"[^"<]*"|'[^'<]*')*>/g;
  let last = 0;
  for (let m; (m = tag.exec(html)); ) {
    out.push(unescapeHtml(html.slice(last, m.index)));
    last = tag.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    if (!m[1] && SKIP.has(name)) {
      // Everything up to the element's end tag (or the end of the file) is left out.
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = last;
      const end = close.exec(html);
      last = end ? close.lastIndex : html.length;
      tag.lastIndex = last;
      if (name === 'head' || name === 'title') out.push('\n');
    } else if (BLOCKS.has(name)) {
      out.push('\n');
    }
  }
  out.push(unescapeHtml(html.slice(last)));
  return out.join('').replace(/\u00a0/g, ' ').replace(/[ \t]*\n[ \t\n]*\n/g, '\n').trim();
}

/** The kind of a file by its name: 'docx', 'html' or 'text'. */
export function fileKind(name) {
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'docx') return 'docx';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  return 'text';
}

/**
 * The text of a file: { text, encoding }. Throws DecodeError.
 * @param {string} name
 * @param {Uint8Array} bytes
 */
export async function decodeFile(name, bytes) {
  const kind = fileKind(name);
  if (kind === 'docx' || (isZip(bytes) && kind !== 'html')) {
    if (!isZip(bytes)) throw new DecodeError('badDocx', 'not a zip archive');
    return { text: await docxText(bytes), encoding: 'docx' };
  }
  const decoded = decodeText(bytes);
  if (kind === 'html') {
    const text = htmlText(decoded.text);
    if (text === '') throw new DecodeError('empty');
    return { text, encoding: decoded.encoding };
  }
  return decoded;
}
